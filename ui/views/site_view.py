"""Site: what a mine site (or refinery, cooperative) must do across its schemes, with no
joint template or saved plan needed — pick the site and see its combined obligations, what
falls due (audits and desk deliverables as planned, certificates, corrective-action
deadlines), its open findings with each scheme's deadlines; print it or export the PDF
register."""

from __future__ import annotations

import html
from pathlib import Path

from babel.dates import format_date
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
)

from ui import words
from ui.i18n import current_language
from ui.models.checklist import severity_label
from ui.models.records import Column, RecordTableModel
from ui.views.base import View

KIND_COLOURS = {"not planned": QColor("#f6c4c4"), "action": QColor("#fde8b0")}


def overview_service():
    from jointaudit.services import site_overview

    return site_overview


class SiteView(View):
    key = "site"
    parts = ("plan", "records", "findings", "checklist", "library")

    def title(self) -> str:
        return self.tr("Site")

    def summary(self) -> str:
        return self.tr("One site's obligations across its schemes, what falls due, its open "
                       "findings and corrective actions")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.current = None  # the SiteOverview shown
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Site:")))
        self.site = QComboBox()
        self.site.setObjectName("sitePicker")
        self.site.setMinimumContentsLength(24)
        self.site.currentIndexChanged.connect(lambda _i: self.show_site())
        bar.addWidget(self.site, 1)
        bar.addWidget(QLabel(self.tr("As of:")))
        self.on = QDateEdit(QDate.currentDate())
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.dateChanged.connect(lambda _d: self.show_site())
        bar.addWidget(self.on)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_overview)
        bar.addWidget(self.print_button)
        self.export_button = QPushButton(self.tr("Export PDF register…"))
        self.export_button.clicked.connect(self.choose_export)
        bar.addWidget(self.export_button)
        self.layout_.addLayout(bar)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.layout_.addWidget(self.headline)

        self.tabs = QTabWidget()
        self.obligations = QTreeWidget()
        self.obligations.setObjectName("siteObligations")
        self.obligations.setHeaderLabels([self.tr("Obligation"), self.tr("Required by"),
                                          self.tr("Recognition"), self.tr("Open actions")])
        # the obligation's title takes the room; the other columns keep a readable width
        self.obligations.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.obligations.header().setStretchLastSection(False)
        for col, width in ((1, 250), (2, 140), (3, 170)):
            self.obligations.setColumnWidth(col, width)
        self.tabs.addTab(self.obligations, self.tr("Obligations"))
        self.due = RecordTableModel([
            Column(self.tr("Due"), lambda d: words.day(d.due), sort_key=lambda d: str(d.due)),
            Column(self.tr("What"), words.due_what, tooltip=words.due_what),
            Column(self.tr("Scheme"), lambda d: d.scheme),
            Column(self.tr("Kind"), lambda d: self.kind_label(d.kind)),
        ], parent=self, background=lambda d: KIND_COLOURS.get(d.kind))
        self.tabs.addTab(self._table(self.due, "siteDue"), self.tr("What falls due"))
        self.findings = RecordTableModel([
            Column(self.tr("Visit"), lambda f: f.visit),
            Column(self.tr("Item"), lambda f: f.item, tooltip=lambda f: f.observation),
            Column(self.tr("Rating"), lambda f: severity_label(f.severity)),
            Column(self.tr("Corrective actions (per scheme)"), self._actions_text),
        ], parent=self)
        self.tabs.addTab(self._table(self.findings, "siteFindings"),
                         self.tr("Open findings"))
        self.layout_.addWidget(self.tabs, 1)

    def _table(self, model, name: str) -> QTableView:
        view = QTableView()
        view.setObjectName(name)
        view.setModel(model)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        return view

    def kind_label(self, kind: str) -> str:
        return {"audit": self.tr("audit"), "desk": self.tr("desk deliverable"),
                "certificate": self.tr("certificate"), "action": self.tr("corrective action"),
                "visit": self.tr("joint visit"), "not planned": self.tr("not planned")}.get(
                    kind, kind)

    def _actions_text(self, f) -> str:
        parts = []
        for a in f.actions:
            due = ", ".join(x for x in (
                self.tr("plan by {0}").format(a.plan_due) if a.plan_due else "",
                self.tr("close by {0}").format(a.close_due) if a.close_due else "",
                self.tr("{0} priority").format(words.priority(a.priority))
                if getattr(a, "priority", "") else "",
                self.tr("owner {0}").format(a.owner) if getattr(a, "owner", "") else "") if x)
            parts.append(f"{a.scheme}: {words.action_status(a.status)}" + (f" ({due})" if due
                                                                          else ""))
        return "; ".join(parts) or self.tr("none raised yet")

    # loading ---------------------------------------------------------------------------------
    def reset(self) -> None:
        self.current = None
        self.site.blockSignals(True)
        self.site.clear()
        self.site.blockSignals(False)
        self._show(None)

    def view_state(self) -> dict:
        return super().view_state() | {"site": self.site.currentText(),
                                        "on": self.on.date()}

    def restore_view_state(self, state: dict) -> None:
        super().restore_view_state(state)
        self.on.setDate(state["on"])
        if state["site"]:  # kept as the choice while the names load again
            self.site.blockSignals(True)
            self.site.addItem(state["site"])
            self.site.blockSignals(False)

    def reload(self) -> None:
        if self.ctx.workspace is None:
            return
        self.run(lambda ws, job: overview_service().site_names(ws), self._show_sites,
                 name="site names")

    def _show_sites(self, names: list[str]) -> None:
        current = self.site.currentText()
        self.site.blockSignals(True)
        self.site.clear()
        self.site.addItems(names)
        self.site.setCurrentIndex(max(0, self.site.findText(current)))
        self.site.blockSignals(False)
        if names:
            self.show_site()
        else:
            self._show(None)
            self.show_notice(self.tr("No site yet: add one in Library → Records."))

    def show_site(self) -> None:
        name = self.site.currentText()
        if not name or self.ctx.workspace is None:
            return
        on = self.on.date().toPython()
        self.headline.setText(self.tr("Loading {0}…").format(name))
        self.run(lambda ws, job: overview_service().overview(ws, name, on), self._show,
                 name="site overview")

    def _show(self, overview) -> None:
        if overview is not None and overview.site != self.site.currentText():
            return  # another site was picked meanwhile
        self.current = overview
        self.obligations.clear()
        self.due.set_rows(overview.due if overview else [])
        self.findings.set_rows(overview.findings if overview else [])
        if overview is None:
            self.headline.clear()
            return
        reg = overview.register
        self.headline.setText(self.tr(
            "<b>{0}</b> as of {1}: {2} obligation(s) · {3} item(s) falling due · {4} open "
            "finding(s)").format(html.escape(overview.site),
                                 format_date(overview.on, "long", locale=current_language()),
                                 self._count(), len(overview.due), len(overview.findings))
            + (f"<br><i>{html.escape(overview.register_problem)}</i>"
               if overview.register_problem else ""))
        if reg is None:
            return
        for topic, rows in self._groups(overview):
            node = QTreeWidgetItem([f"{topic} ({len(rows)})"])
            self.obligations.addTopLevelItem(node)
            for title, requires, recognition, actions in rows:
                QTreeWidgetItem(node, [title, requires, recognition, actions])
        self.obligations.expandAll()

    def _groups(self, overview):
        """Per topic of the register: (topic, [(title, required by, recognition, open
        actions)]) in the UI's language, as the register's report words them; scheme
        labels and clause ids, never version ids."""
        from jointaudit.reports.labels import pick  # (not at start-up: reports bring ReportLab)

        lang = current_language()
        reg, printed = overview.register, overview.words
        out = []
        for n, (topic, items) in enumerate(reg.groups.items()):
            group = printed.groups[n] if printed and n < len(printed.groups) else None
            rows = []
            for m, o in enumerate(items):
                row = group.rows[m] if group and m < len(group.rows) else None
                labels = {v: label for (label, _), (v, _c, _t)
                          in zip(row.requires, o.requires, strict=True)} if row else {}
                actions = "; ".join(
                    f"{labels.get(a.version_id, a.version_id)}: {words.action_status(a.status)}"
                    + (f" → {format_date(a.close_due, 'medium', locale=lang)}"
                       if a.close_due else "") for a in o.open_actions)
                if row is None:
                    rows.append((o.title, "; ".join(f"{v} {c}" for v, c, _t in o.requires),
                                 "; ".join(o.recognition), actions))
                    continue
                requires = "; ".join(f"{labels[v]} {c}" for v, c, _t in o.requires)
                recognition = "; ".join(pick(r, lang) if isinstance(r, dict) else r
                                        for r in row.recognition)
                rows.append((pick(row.titles, lang) or row.title, requires, recognition,
                             actions))
            out.append(((pick(group.titles, lang) if group else "") or topic, rows))
        return out

    def _count(self) -> int:
        reg = self.current.register if self.current else None
        return sum(len(v) for v in reg.groups.values()) if reg else 0

    # print & export --------------------------------------------------------------------------
    def overview_html(self) -> str:
        o = self.current
        if o is None:
            return ""
        esc = html.escape
        on = format_date(o.on, "long", locale=current_language())
        out = [f"<h1>{esc(o.site)}</h1><p>{esc(self.tr('As of {0}').format(on))}</p>",
               f"<h2>{esc(self.tr('What falls due'))}</h2><table border='1' cellpadding='3'>"]
        out += [f"<tr><td>{esc(words.day(d.due))}</td><td>{esc(words.due_what(d))}</td><td>{esc(d.scheme)}</td>"
                f"<td>{esc(self.kind_label(d.kind))}</td></tr>" for d in o.due]
        out.append(f"</table><h2>{esc(self.tr('Open findings'))}</h2><ul>")
        out += [f"<li>{esc(f.visit)} · {esc(f.item)} · {esc(severity_label(f.severity))} · "
                f"{esc(self._actions_text(f))}</li>" for f in o.findings]
        out.append(f"</ul><h2>{esc(self.tr('Obligations'))}</h2>")
        for topic, rows in (self._groups(o) if o.register else ()):
            out.append(f"<h3>{esc(topic)}</h3><ul>")
            out += [f"<li>{esc(title)} — {esc(requires)}</li>"
                    for title, requires, _recognition, _actions in rows]
            out.append("</ul>")
        return "".join(out)

    def print_to(self, printer: QPrinter) -> None:
        doc = QTextDocument()
        doc.setHtml(self.overview_html())
        doc.print_(printer)

    def print_overview(self) -> None:
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def save_pdf(self, path: Path) -> None:
        """What Print does, into a PDF file (the print dialog offers the same)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self.print_to(printer)

    def choose_export(self) -> None:
        from ui.settings import remember_folder, remembered_folder

        name = self.site.currentText()
        if not name:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the obligations register"),
            str(remembered_folder("exports") / f"{name}-obligations.pdf"),
            self.tr("PDF (*.pdf)"))
        if path:
            remember_folder("exports", Path(path).parent)
            self.export_register(Path(path))

    def export_register(self, path: Path) -> None:
        from jointaudit.services import reports

        name, on = self.site.currentText(), self.on.date().toPython()
        lang = current_language()

        def work(ws, job):
            request = reports.ReportRequest("obligations", site_id=reports.site_id(ws, name),
                                            lang=lang, today=on)
            return reports.export(ws, request, path, cancel=job.cancel_event)

        self.run(work, lambda p: self.show_notice(self.tr("Written: {0}").format(p)),
                 name="export obligations register")
