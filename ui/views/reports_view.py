"""Reports: choose a visit, the schemes and the language; edit each scheme report's free-text
fields; validate (every problem listed); export in the worker with a progress bar and
Cancel; preview the PDF inside the app (QtPdf ``QPdfView``); open the output folder.
Also the joint summary, the checklist (PDF, XLSX, CSV) and the site's obligations register.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.problems import ProblemsTable
from ui.views.base import View

KINDS = (
    ("scheme", "Scheme report"),
    ("joint_summary", "Joint summary"),
    ("checklist", "Checklist"),
    ("obligations", "Site obligations register"),
)


def reports_service():
    from jointaudit.services import reports

    return reports


def visits_source():
    """Which visits can be reported on, and the checklist as a table."""
    from jointaudit.services import fieldwork

    return fieldwork


class ReportsView(View):
    key = "reports"
    parts = ("plan", "checklist", "reports")

    def title(self) -> str:
        return self.tr("Reports")

    def summary(self) -> str:
        return self.tr("Validate and export each scheme's report, the joint summary, "
                       "the checklist and the obligations register")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.targets: list = []
        self.job = None
        self.output: Path | None = None
        split = QSplitter()
        left = QWidget()
        ll = QVBoxLayout(left)
        form = QFormLayout()
        self.visit = QComboBox()
        self.visit.currentIndexChanged.connect(self._visit_chosen)
        form.addRow(self.tr("Visit:"), self.visit)
        self.kind = QComboBox()
        labels = {"scheme": self.tr("Scheme report"), "joint_summary": self.tr("Joint summary"),
                  "checklist": self.tr("Checklist"),
                  "obligations": self.tr("Site obligations register")}
        for key, _ in KINDS:
            self.kind.addItem(labels[key], key)
        form.addRow(self.tr("Report:"), self.kind)
        self.language = QComboBox()
        for code, name in (("en", "English"), ("es", "Español"), ("fr", "Français")):
            self.language.addItem(name, code)
        form.addRow(self.tr("Language:"), self.language)
        self.draft = QCheckBox(self.tr("Draft (watermarked; allowed with open problems)"))
        form.addRow("", self.draft)
        ll.addLayout(form)
        ll.addWidget(QLabel(self.tr("Schemes:")))
        self.schemes = QListWidget()
        self.schemes.setObjectName("reportSchemes")
        self.schemes.currentItemChanged.connect(self._scheme_chosen)
        ll.addWidget(self.schemes)

        self.fields_box = QGroupBox(self.tr("Free-text fields of the selected scheme's report"))
        self.fields_form = QFormLayout(self.fields_box)
        self.field_edits: dict[str, QPlainTextEdit] = {}
        # whose fields the editors hold, and what the workspace holds for them: typing is
        # saved for *that* report even after another scheme or visit was clicked
        self._fields_key: tuple[int, str] | None = None
        self._fields_saved: dict[str, str] = {}
        self._fields_timer = QTimer(self)
        self._fields_timer.setSingleShot(True)
        self._fields_timer.setInterval(800)  # autosave once typing pauses
        self._fields_timer.timeout.connect(self.save_fields)
        ll.addWidget(self.fields_box)
        self.save_fields_button = QPushButton(self.tr("Save fields"))
        self.save_fields_button.clicked.connect(self.save_fields)
        ll.addWidget(self.save_fields_button)

        buttons = QHBoxLayout()
        self.validate_button = QPushButton(self.tr("Validate"))
        self.validate_button.clicked.connect(self.validate)
        buttons.addWidget(self.validate_button)
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.clicked.connect(self.choose_output)
        buttons.addWidget(self.export_button)
        self.table_button = QPushButton(self.tr("Checklist XLSX/CSV…"))
        self.table_button.clicked.connect(self.choose_table_output)
        buttons.addWidget(self.table_button)
        ll.addLayout(buttons)
        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setTextVisible(True)
        self.progress.hide()
        progress_row.addWidget(self.progress, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        progress_row.addWidget(self.cancel_button)
        ll.addLayout(progress_row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        ll.addWidget(self.status)
        self.problems = ProblemsTable()
        self.problems.setObjectName("reportProblems")
        self.problems.hide()
        ll.addWidget(self.problems, 1)
        scroll = QScrollArea()  # keeps the window usable on short screens
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        split.addWidget(scroll)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.pdf = QPdfDocument(self)
        self.preview = QPdfView()
        self.preview.setObjectName("pdfPreview")
        self.preview.setDocument(self.pdf)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        rl.addWidget(self.preview, 1)
        self.open_folder_button = QPushButton(self.tr("Open output folder"))
        self.open_folder_button.setEnabled(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        rl.addWidget(self.open_folder_button)
        split.addWidget(right)
        split.setSizes([460, 720])
        self.layout_.addWidget(split, 1)

    def reset(self) -> None:
        self.targets = []
        self.visit.blockSignals(True)
        self.visit.clear()
        self.visit.blockSignals(False)
        self.schemes.blockSignals(True)
        self.schemes.clear()
        self.schemes.blockSignals(False)
        self._show_fields({})  # their typing was saved on the old workspace (save_pending)
        self.pdf.close()
        self.output = None
        self.open_folder_button.setEnabled(False)
        self.status.clear()
        self.problems.set_problems([])
        self.problems.hide()

    # visits & schemes ------------------------------------------------------------------------
    def reload(self) -> None:
        self.visit.clear()
        self.schemes.clear()
        if self.ctx.workspace is None or not self.needs("reports", "checklist"):
            return
        source = visits_source()
        self.run(lambda ws, job: [v for v in source.list_visits(ws) if v.template_id],
                 self._show_visits,
                     name="list visits")

    def _show_visits(self, visits) -> None:
        self.visit.blockSignals(True)
        self.visit.clear()
        for v in visits:
            self.visit.addItem(v.label, v)
        self.visit.blockSignals(False)
        if visits:
            self._visit_chosen(0)

    def current_visit(self):
        return self.visit.currentData()

    def _visit_chosen(self, _index: int) -> None:
        self.save_fields()
        visit = self.current_visit()
        if visit is None:
            return

        def work(ws, job):
            svc = reports_service()
            request = svc.ReportRequest("joint_summary", visit_id=visit.id)
            return svc.report_targets(ws, visit.id), svc.default_language(ws, request)

        self.run(work, self._show_visit_reports, name="report targets")

    def _show_visit_reports(self, result) -> None:
        """The visit's reports, and the language its schemes use at this site by default
        (Spanish for a Fairmined cooperative in Colombia); the user may choose another."""
        targets, lang = result
        index = self.language.findData(lang)
        if index >= 0:
            self.language.setCurrentIndex(index)
        self._show_targets(targets)

    def _show_targets(self, targets) -> None:
        self.targets = list(targets)
        self.schemes.clear()
        for t in self.targets:
            state = self.tr("ready") if t.ready else self.tr("{0} problem(s)").format(
                len(t.problems))
            item = QListWidgetItem(f"{t.label} — {state}")
            item.setData(Qt.ItemDataRole.UserRole, t.version_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.schemes.addItem(item)
        if self.targets:
            self.schemes.setCurrentRow(0)

    def checked_versions(self) -> list[str]:
        return [self.schemes.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.schemes.count())
                if self.schemes.item(i).checkState() == Qt.CheckState.Checked]

    # free-text fields ------------------------------------------------------------------------
    def save_pending(self) -> None:
        self.save_fields()

    def _scheme_chosen(self, item, _previous) -> None:
        self.save_fields()
        visit = self.current_visit()
        if item is None or visit is None:
            return
        version = item.data(Qt.ItemDataRole.UserRole)
        target = next((t for t in self.targets if t.version_id == version), None)
        # the mandatory fields still empty are named by the validation problems
        missing = [p.path.split(".", 1)[1] for p in (target.problems if target else ())
                   if p.path and p.path.startswith("fields.")]
        key = (visit.id, version)
        self.run(lambda ws, job: reports_service().load_fields(ws, visit.id, version),
                 lambda fields: self._show_fields({**dict.fromkeys(missing, ""), **fields},
                                                  key),
                 name="report fields")

    def _show_fields(self, fields: dict, key: tuple[int, str] | None = None) -> None:
        self._fields_timer.stop()
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.field_edits = {}
        self._fields_key = key
        self._fields_saved = {k: str(v or "") for k, v in fields.items()}
        for name, value in fields.items():
            edit = QPlainTextEdit(str(value or ""))
            edit.setObjectName(f"field_{name}")
            edit.setMaximumHeight(70)
            edit.textChanged.connect(self._fields_timer.start)
            self.field_edits[name] = edit
            self.fields_form.addRow(name.replace("_", " ") + ":", edit)

    def unsaved_fields(self) -> dict[str, str]:
        values = {k: e.toPlainText() for k, e in self.field_edits.items()}
        return values if values != self._fields_saved else {}

    def save_fields(self) -> None:
        """Save the shown report's fields if they changed (autosave, scheme switch, Save)."""
        self._fields_timer.stop()
        values = self.unsaved_fields()
        if self._fields_key is None or not values:
            return
        (visit_id, version), self._fields_saved = self._fields_key, dict(values)
        self.run(lambda ws, job: reports_service().save_fields(ws, visit_id, version, values),
                 lambda _f: self.status.setText(self.tr("Fields saved.")),
                 # a part no view reloads on: a reload would move the user off the scheme
                 changes="report fields", name="save report fields")

    # validate & export ---------------------------------------------------------------------
    def validate(self) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        self.run(lambda ws, job: reports_service().report_targets(ws, visit.id),
                     self._validated, name="validate reports")

    def _validated(self, targets) -> None:
        self._show_targets(targets)
        problems = [p for t in targets for p in t.problems]
        self.problems.set_problems(problems)
        self.problems.setVisible(bool(problems))
        self.status.setText(self.tr("Every selected report is ready.") if not problems else
                            self.tr("{0} problem(s) stand in the way of a final report.").format(
                                len(problems)))

    def default_folder(self) -> Path:
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs or Path.home()) / "jointaudit-reports"

    def choose_output(self) -> None:
        from ui.settings import choose_folder

        folder = choose_folder(self, "reports", self.tr("Output folder"), self.default_folder())
        if folder:
            self.export(folder)

    def requests(self) -> list:
        reports = reports_service()
        visit = self.current_visit()
        kind = self.kind.currentData()
        common = dict(lang=self.language.currentData(), draft=self.draft.isChecked())
        if kind == "scheme":
            return [reports.ReportRequest("scheme", visit_id=visit.id, version_id=v, **common)
                    for v in self.checked_versions()]
        if kind == "obligations":
            return [reports.ReportRequest("obligations", site_id=visit.site_id, **common)]
        return [reports.ReportRequest(kind, visit_id=visit.id, **common)]

    def export(self, folder: Path) -> None:
        if self.current_visit() is None:
            return
        requests = self.requests()
        visit = self.current_visit()
        jobs = []
        for req in requests:
            name = f"{visit.file_stem}-{req.kind}-{(req.version_id or '').replace('@', '-')}"
            jobs.append((req, str(folder / f"{name.rstrip('-')}-{req.lang}.pdf")))
        from ui import processes

        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        # in a worker process: building a long PDF must not hold the UI thread
        self.job = self.run_in_process(processes.export_reports, jobs,
                                       on_result=self._exported, on_progress=self._progress,
                                       on_cancelled=self._cancelled,
                                       on_finished=self._export_done,
                                       on_error=self._export_failed, name="export report")

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress.setFormat(f"%p% · {message}")

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _cancelled(self) -> None:
        self.status.setText(self.tr("Export cancelled; no file was left behind."))

    def _export_failed(self, exc) -> None:
        from ui.problems import describe

        message, problems = describe(exc)
        self.status.setText(message)
        self.problems.set_problems(problems)
        self.problems.setVisible(bool(problems))

    def _export_done(self) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.export_button.setEnabled(True)

    def _exported(self, written: list[Path]) -> None:
        if not written:
            return
        self.output = written[-1]
        self.status.setText(self.tr("Written: {0}").format(", ".join(p.name for p in written)))
        self.show_pdf(written[0])
        self.open_folder_button.setEnabled(True)

    def show_pdf(self, path: Path) -> None:
        self.pdf.close()
        self.pdf.load(str(path))

    def open_folder(self) -> None:
        if self.output:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.output.parent)))

    # tables ----------------------------------------------------------------------------------
    def choose_table_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the checklist"), str(self.default_folder() / "checklist.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_table(Path(path))

    def export_table(self, path: Path) -> None:
        visit = self.current_visit()
        if visit is None:
            return
        source = visits_source()
        self.run(lambda ws, job: source.export_checklist(ws, visit.id, path),
                     lambda _r: self.status.setText(self.tr("Written: {0}").format(path.name)),
                     name="export checklist table")
