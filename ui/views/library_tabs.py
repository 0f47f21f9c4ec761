"""The Library's further tabs: records import (sites, CBs, auditors from CSV/XLSX, every bad
row listed with its row number and column; nothing imported on error)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jointaudit.common.errors import JointAuditError
from ui.problems import ProblemsTable
from ui.views.base import has_core_service

RECORD_KINDS = ("sites", "cbs", "auditors")


class RecordsTab(QWidget):
    """Import the records the planner needs from spreadsheets."""

    def __init__(self, view):
        super().__init__()
        self.view = view
        self.setWindowTitle(QCoreApplication.translate("RecordsTab", "Records"))
        layout = QVBoxLayout(self)
        intro = QLabel(QCoreApplication.translate(
            "RecordsTab", "Import sites (with facilities, blackouts, languages), certification "
            "bodies (with their scheme approvals) or auditors (with qualifications) from a CSV "
            "or XLSX file. A file with any bad row is refused whole, every problem listed."))
        intro.setWordWrap(True)  # unwrapped, this one line set the window's minimum width
        layout.addWidget(intro)
        row = QHBoxLayout()
        labels = {"sites": QCoreApplication.translate("RecordsTab", "Import sites…"),
                  "cbs": QCoreApplication.translate("RecordsTab", "Import CBs…"),
                  "auditors": QCoreApplication.translate("RecordsTab", "Import auditors…")}
        self.buttons = {}
        for kind in RECORD_KINDS:
            button = QPushButton(labels[kind])
            button.clicked.connect(lambda _c=False, k=kind: self.choose(k))
            row.addWidget(button)
            self.buttons[kind] = button
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.problems = ProblemsTable()
        self.problems.setObjectName("recordProblems")
        self.problems.hide()
        layout.addWidget(self.problems, 1)
        self.editor = None
        if has_core_service("records"):
            from ui.views.records_editor import RecordsEditor

            self.editor = RecordsEditor(view)
            layout.addWidget(self.editor, 4)

    def reload(self) -> None:
        if self.editor is not None and self.view.ctx.workspace is not None:
            self.editor.reload()

    def choose(self, kind: str) -> None:
        from ui.settings import open_file

        path = open_file(self, "records", QCoreApplication.translate(
            "RecordsTab", "Import records"), QCoreApplication.translate(
                "RecordsTab", "Tables (*.csv *.xlsx)"))
        if path:
            self.import_file(kind, path)

    def import_file(self, kind: str, path: Path) -> None:
        from jointaudit.records import imports as records_import

        fn = {"sites": records_import.import_sites, "cbs": records_import.import_cbs,
              "auditors": records_import.import_auditors}[kind]
        self.status.setText(QCoreApplication.translate("RecordsTab", "Checking {0}…").format(
            path.name))
        self.view.run(lambda ws, job: fn(ws, path), lambda r: self._done(kind, r),
                      on_error=self._failed, changes="records", name=f"import {kind}")

    def _done(self, kind: str, result) -> None:
        self.problems.hide()
        self.status.setText(result.describe(kind))
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, JointAuditError):
            self.view.ctx.report_error(exc)
            return
        self.status.setText(QCoreApplication.translate(
            "RecordsTab", "Nothing was imported: {0}").format(exc.message))
        self.problems.set_problems(list(exc.problems))
        self.problems.setVisible(bool(exc.problems))


def optional_tabs(view) -> list:
    tabs = [("records", lambda: RecordsTab(view))]
    if has_core_service("checklist"):
        from ui.views.crosswalk_editor import CrosswalkEditor

        tabs.insert(0, ("crosswalk", lambda: CrosswalkEditor(view)))
    return tabs
