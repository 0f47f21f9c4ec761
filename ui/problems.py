"""Core errors shown as messages: the summary, then every problem with its file and place.

The core raises typed errors (``jointaudit.common.errors``) carrying :class:`Problem` items; the
UI never shows a traceback for them. Anything else is a bug: it is shown too (the user's
data is safe: the transaction rolled back), with the traceback under "Details".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jointaudit.common.errors import JointAuditError, Problem
from ui.models.records import SORT_ROLE, Column, RecordTableModel


def problem_columns() -> list[Column]:
    return [
        Column(QCoreApplication.translate("Problems", "File"), lambda p: p.file or ""),
        Column(QCoreApplication.translate("Problems", "Line"), lambda p: p.line if p.line is not None else "",
               sort_key=lambda p: p.line or 0, align_right=True),
        Column(QCoreApplication.translate("Problems", "Field / clause"), lambda p: p.path or ""),
        Column(QCoreApplication.translate("Problems", "Problem"), lambda p: p.message, tooltip=lambda p: str(p)),
        Column(QCoreApplication.translate("Problems", "Code"), lambda p: p.code),
    ]


class ProblemsTable(QTableView):
    """A sortable list of problems (file, line, field, message, code)."""

    def __init__(self, problems: list[Problem] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = RecordTableModel(problem_columns(), problems or [], self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.source)
        proxy.setSortRole(SORT_ROLE)
        self.setModel(proxy)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()

    def set_problems(self, problems: list[Problem]) -> None:
        self.source.set_rows(problems)
        self.resizeColumnsToContents()


class ProblemsDialog(QDialog):
    def __init__(self, title: str, message: str, problems: list[Problem], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        label = QLabel(message)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.table = ProblemsTable(problems, self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 360)


def describe(exc: BaseException) -> tuple[str, list[Problem]]:
    if isinstance(exc, JointAuditError):
        return exc.message, list(exc.problems)
    return QCoreApplication.translate("Problems", "Unexpected error: {0}").format(exc), []


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> QDialog:
    """Show a core error (non-modal: tests and users keep working; returns the dialog)."""
    title = title or QCoreApplication.translate("Problems", "Could not complete the operation")
    message, problems = describe(exc)
    if problems:
        dlg: QDialog = ProblemsDialog(title, message, problems, parent)
    else:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                          QMessageBox.StandardButton.Close, parent)
        trace = getattr(exc, "formatted_traceback", "")
        if trace and not isinstance(exc, JointAuditError):
            box.setDetailedText(trace)
        dlg = box
    dlg.setObjectName("errorDialog")
    dlg.open()
    return dlg
