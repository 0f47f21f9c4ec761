"""The dialog after a refused (stale) save: someone else saved the item after this screen
read it. It names who, when and which fields, shows their version beside mine, and offers
the choices bundle merges offer (jointaudit.services.checklist.keep_after_refusal):

- Keep mine: save mine on top of theirs (a field only they changed keeps theirs);
- Keep theirs: reload their version; mine is not saved, and stays readable (and
  selectable) here and on the clipboard;
- Keep both: mine stays, theirs is appended to the observation as a note.

Nothing is decided by closing the dialog: Escape is "keep theirs" only in that nothing is
saved, and the view says so (mine on the clipboard).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ui.models.checklist import severity_label


class RefusedEditDialog(QDialog):
    chosen = Signal(str)  # "mine" / "theirs" / "both"

    def __init__(self, refused, item_label: str, parent=None):
        super().__init__(parent)
        self.setObjectName("refusedEditDialog")
        self.setWindowTitle(self.tr("Someone else saved this item first"))
        self.refused = refused
        who = refused.by or self.tr("someone else")
        when = refused.at or self.tr("a moment ago")
        words = {"severity": self.tr("rating"), "observation": self.tr("observation"),
                 "confidential": self.tr("confidential mark"),
                 "scheme_overrides": self.tr("scheme overrides"),
                 "needs_rerating": self.tr("re-rating flag"),
                 "rerating_reason": self.tr("re-rating reason"), "author": self.tr("author")}
        fields = ", ".join(words.get(f, f) for f in refused.fields) or self.tr("the finding")
        self.summary = QLabel(self.tr(
            "<b>{0}</b> changed {1} at {2} ({3}) after you opened it. Your save was refused "
            "and nothing of yours is saved yet. Choose what to keep.").format(
                who, item_label, when, fields))
        self.summary.setWordWrap(True)
        grid = QGridLayout()
        theirs, mine = refused.theirs, refused.mine
        grid.addWidget(QLabel(self.tr("<b>Theirs</b> (saved, revision {0})").format(
            theirs.revision)), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Mine</b> (not saved, based on revision {0})")
                              .format(refused.base_revision)), 0, 1)
        self.theirs_rating = QLabel(self._rating(theirs))
        self.mine_rating = QLabel(self._rating(mine))
        grid.addWidget(self.theirs_rating, 1, 0)
        grid.addWidget(self.mine_rating, 1, 1)
        self.theirs_text = self._text(theirs.observation, "theirsText")
        self.mine_text = self._text(mine.observation, "mineText")
        grid.addWidget(self.theirs_text, 2, 0)
        grid.addWidget(self.mine_text, 2, 1)
        buttons = QDialogButtonBox()
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_mine.setToolTip(self.tr("Save mine on top of theirs; a field only they "
                                          "changed keeps theirs"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_theirs.setToolTip(self.tr("Show their version; mine is not saved (it is "
                                            "put on the clipboard)"))
        self.keep_both = QPushButton(self.tr("Keep both"))
        self.keep_both.setToolTip(self.tr("Keep mine and add theirs to the observation as a "
                                          "note, as bundle merges do"))
        for button, choice in ((self.keep_mine, "mine"), (self.keep_theirs, "theirs"),
                               (self.keep_both, "both")):
            button.setObjectName(f"keep_{choice}")
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _c=False, c=choice: self._choose(c))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(760, 380)

    def _rating(self, side) -> str:
        flag = self.tr(" · confidential") if side.confidential else ""
        return self.tr("Rating: {0}").format(severity_label(side.severity)) + flag

    def _text(self, text: str, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setObjectName(name)
        box.setReadOnly(True)  # read-only, still selectable: mine can be copied from here
        return box

    def _choose(self, choice: str) -> None:
        self.accept()
        self.chosen.emit(choice)

    def reject(self) -> None:  # closed without a choice: nothing saved, mine kept readable
        super().reject()
        self.chosen.emit("theirs")


class RefusedRecordDialog(QDialog):
    """The same choice for a record (site, certification body, auditor, …) saved by someone
    else after the form read it: every field that differs, theirs beside mine; Keep mine
    (a field I left as shown keeps theirs) or Keep theirs (mine is not saved; the editor's
    status line and the clipboard keep it). Keep both has no meaning for a record's fields
    (there is no observation to carry theirs as a note), so it is not offered."""

    chosen = Signal(str)  # "mine" / "theirs"

    def __init__(self, refused, base: dict, mine: dict, labels: dict, shown, parent=None):
        from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

        super().__init__(parent)
        self.setObjectName("refusedRecordDialog")
        self.setWindowTitle(self.tr("Someone else saved this record first"))
        theirs = refused.current.values
        row = next(iter(refused.rows), None)
        # what they changed: from the audit trail (it logs sites, certificates, audit
        # records, bodies and auditors); else (a record kind it does not log, or a change
        # it has no entry of) read off the record
        changed = list(row.changed) if row and row.changed else [
            n for n in mine if shown(n, base.get(n)) != shown(n, theirs.get(n))]
        fields = ", ".join(labels.get(f, f) for f in changed) or self.tr("the record")
        if row and row.by:
            text = self.tr(
                "<b>{0}</b> changed this record at {1} ({2}) after you opened it. Your save "
                "was refused and nothing of yours is saved yet. Choose what to keep.").format(
                    row.by, row.at or self.tr("a moment ago"), fields)
        else:
            text = self.tr(
                "Someone else saved this record after you opened it (changed: {0}; version "
                "{1} → {2}). Your save was refused and nothing of yours is saved yet. Choose "
                "what to keep.").format(fields, refused.base_version, refused.current.version)
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        names = [n for n in mine if shown(n, mine.get(n)) != shown(n, theirs.get(n))]
        self.table = QTableWidget(len(names), 3)
        self.table.setObjectName("differences")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Theirs (saved)"),
                                              self.tr("Mine (not saved)")])
        for r, name in enumerate(names):
            for c, text in enumerate((labels.get(name, name), shown(name, theirs.get(name)),
                                      shown(name, mine.get(name)))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.differences = names
        buttons = QDialogButtonBox()
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_mine.setToolTip(self.tr("Save mine on top of theirs; a field you did not "
                                          "change keeps theirs"))
        self.keep_theirs = QPushButton(self.tr("Keep theirs"))
        self.keep_theirs.setToolTip(self.tr("Show their version; mine is not saved (it is "
                                            "put on the clipboard)"))
        for button, choice in ((self.keep_mine, "mine"), (self.keep_theirs, "theirs")):
            button.setObjectName(f"keep_{choice}")
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(lambda _c=False, c=choice: self._choose(c))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(700, 340)

    def _choose(self, choice: str) -> None:
        self.accept()
        self.chosen.emit(choice)
