"""The crosswalk editor: two scheme versions' requirement trees side by side and the links
between them; relationship, rationale and strength of a link; suggested links (by text
similarity, with their score) to accept or reject; consistency warnings. Every edit is a
command on a QUndoStack, undone with the state the service returned."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui import words
from ui.models.records import Column, RecordTableModel
from ui.models.requirements import ID_ROLE, RequirementTreeModel
from ui.widgets.bounded import BoundedSpinBox

RELATIONSHIPS = ("equal", "subset", "superset", "intersects", "not_related")


def services():
    from jointaudit.services import checklist, fieldwork, library

    return checklist, fieldwork, library


class LinkCommand(QUndoCommand):
    """Set (or delete) one link; undo puts back what the service says was there before."""

    def __init__(self, editor: CrosswalkEditor, new, *, delete_id: int | None = None,
                 text: str = ""):
        super().__init__(text)
        self.editor = editor
        self.new = new
        self.delete_id = delete_id
        self.before = None  # the link's state before this edit, as the service returned it

    # The edits run on the serialized workspace pool, so each job sees the one before it
    # finished: ``before`` is recorded inside the job, not in a UI-thread callback.
    def redo(self) -> None:
        checklist = services()[0]
        if self.delete_id is not None:
            link_id = self.delete_id

            def work(ws):
                self.before = checklist.delete_link(ws, link_id)
                self.new = None
        else:
            new = self.new

            def work(ws):
                self.before = checklist.set_link(ws, new)
        self.editor.apply(work)

    def undo(self) -> None:
        checklist = services()[0]
        pair = self.editor.pair()

        def work(ws):
            before, new = self.before, self.new
            if before is not None:
                checklist.set_link(ws, before)
            elif new is not None:  # it did not exist before: remove it again
                hit = next((lk for lk in checklist.links(ws, *pair)
                            if (lk.source_requirement_id, lk.target_requirement_id)
                            == (new.source_requirement_id, new.target_requirement_id)), None)
                if hit is not None:
                    checklist.delete_link(ws, hit.id)

        self.editor.apply(work)


class CrosswalkEditor(QWidget):
    def __init__(self, view):
        super().__init__()
        self.view = view
        self.setWindowTitle(QCoreApplication.translate("CrosswalkEditor", "Crosswalks"))
        self.undo_stack = view.ctx.undo_stack  # one history with the other edits (Edit menu)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.left_version = QComboBox()
        self.right_version = QComboBox()
        top.addWidget(QLabel(QCoreApplication.translate("CrosswalkEditor", "From:")))
        top.addWidget(self.left_version, 1)
        top.addWidget(QLabel(QCoreApplication.translate("CrosswalkEditor", "To:")))
        top.addWidget(self.right_version, 1)
        self.undo_button = QPushButton(QCoreApplication.translate("CrosswalkEditor", "Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(QCoreApplication.translate("CrosswalkEditor", "Redo"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        top.addWidget(self.undo_button)
        top.addWidget(self.redo_button)
        layout.addLayout(top)
        for combo in (self.left_version, self.right_version):
            combo.currentIndexChanged.connect(self.reload_pair)

        split = QSplitter()
        self.left_model, self.right_model = RequirementTreeModel(self), RequirementTreeModel(self)
        self.left_tree, self.right_tree = QTreeView(), QTreeView()
        for tree, model in ((self.left_tree, self.left_model),
                            (self.right_tree, self.right_model)):
            tree.setModel(model)
            tree.setUniformRowHeights(True)
            tree.setColumnHidden(2, True)
            tree.setColumnHidden(3, True)
            split.addWidget(tree)
        self.left_tree.selectionModel().currentChanged.connect(self._left_chosen)

        middle = QWidget()
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(0, 0, 0, 0)
        self.links = RecordTableModel([
            Column(QCoreApplication.translate("CrosswalkEditor", "From"), lambda lk: lk.source),
            Column(QCoreApplication.translate("CrosswalkEditor", "Relationship"), lambda lk: words.relationship(lk.relationship)),
            Column(QCoreApplication.translate("CrosswalkEditor", "To"), lambda lk: lk.target),
            Column(QCoreApplication.translate("CrosswalkEditor", "Status"), lambda lk: words.link_status(lk.status)),
            Column(QCoreApplication.translate("CrosswalkEditor", "Strength"), lambda lk: lk.strength, align_right=True),
            Column(QCoreApplication.translate("CrosswalkEditor", "Origin"), lambda lk: lk.origin),
        ], parent=self)
        self.links_view = QTableView()
        self.links_view.setObjectName("crosswalkLinks")
        self.links_view.setModel(self.links)
        self.links_view.verticalHeader().hide()
        self.links_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.links_view.selectionModel().currentRowChanged.connect(self._link_chosen)
        ml.addWidget(self.links_view, 1)
        form = QFormLayout()
        self.relationship = QComboBox()
        for r in RELATIONSHIPS:
            self.relationship.addItem(words.relationship(r), r)
        form.addRow(QCoreApplication.translate("CrosswalkEditor", "Relationship:"), self.relationship)
        self.rationale = QLineEdit()
        form.addRow(QCoreApplication.translate("CrosswalkEditor", "Rationale:"), self.rationale)
        self.strength = BoundedSpinBox(0, 10)
        form.addRow(QCoreApplication.translate("CrosswalkEditor", "Strength (0–10):"), self.strength)
        self.shared_core = QLineEdit()
        form.addRow(QCoreApplication.translate("CrosswalkEditor", "Shared part (intersects):"), self.shared_core)
        ml.addLayout(form)
        buttons = QHBoxLayout()
        self.save_link_button = QPushButton(QCoreApplication.translate("CrosswalkEditor", "Save link"))
        self.save_link_button.clicked.connect(self.save_link)
        buttons.addWidget(self.save_link_button)
        self.link_pair_button = QPushButton(QCoreApplication.translate("CrosswalkEditor", "Link the two selected clauses"))
        self.link_pair_button.clicked.connect(self.link_selected)
        buttons.addWidget(self.link_pair_button)
        self.delete_button = QPushButton(QCoreApplication.translate("CrosswalkEditor", "Delete link"))
        self.delete_button.clicked.connect(self.delete_link)
        buttons.addWidget(self.delete_button)
        ml.addLayout(buttons)
        ml.addWidget(QLabel(QCoreApplication.translate("CrosswalkEditor", "Suggestions for the selected clause (score 0–100):")))
        self.suggestions = RecordTableModel([
            Column(QCoreApplication.translate("CrosswalkEditor", "Clause"), lambda c: c.clause_id),
            Column(QCoreApplication.translate("CrosswalkEditor", "Title"), lambda c: c.title),
            Column(QCoreApplication.translate("CrosswalkEditor", "Score"), lambda c: f"{c.score:.0f}", sort_key=lambda c: c.score,
                   align_right=True),
        ], parent=self)
        self.suggestions_view = QTableView()
        self.suggestions_view.setModel(self.suggestions)
        self.suggestions_view.verticalHeader().hide()
        self.suggestions_view.setSelectionBehavior(
            QAbstractItemView.SelectionBehavior.SelectRows)
        self.suggestions_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        ml.addWidget(self.suggestions_view)
        row = QHBoxLayout()
        self.accept_button = QPushButton(QCoreApplication.translate("CrosswalkEditor", "Accept suggestion"))
        self.accept_button.clicked.connect(lambda: self.decide_suggestion("accepted"))
        self.reject_button = QPushButton(QCoreApplication.translate("CrosswalkEditor", "Reject suggestion"))
        self.reject_button.clicked.connect(lambda: self.decide_suggestion("rejected"))
        row.addWidget(self.accept_button)
        row.addWidget(self.reject_button)
        ml.addLayout(row)
        ml.addWidget(QLabel(QCoreApplication.translate("CrosswalkEditor", "Consistency warnings:")))
        self.warnings = QListWidget()
        self.warnings.setObjectName("crosswalkWarnings")
        self.warnings.setMaximumHeight(110)
        ml.addWidget(self.warnings)
        split.insertWidget(1, middle)
        split.setSizes([300, 560, 300])
        layout.addWidget(split, 1)
        self._suggestion_source: int | None = None

    # loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        library = services()[2]
        self.view.run(lambda ws, job: library.list_versions(ws), self._show_versions,
                      name="crosswalk versions")

    def _show_versions(self, versions) -> None:
        for combo, pick in ((self.left_version, 0), (self.right_version, 1)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for v in versions:
                combo.addItem(v.id, v.id)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else min(pick, combo.count() - 1))
            combo.blockSignals(False)
        self.reload_pair()

    def pair(self) -> tuple[str, str]:
        return self.left_version.currentData(), self.right_version.currentData()

    def reload_pair(self) -> None:
        a, b = self.pair()
        if not a or not b:
            return
        checklist, fieldwork, library = services()

        def load(ws, job):
            return (library.requirement_tree(ws, a), library.requirement_tree(ws, b),
                    checklist.links(ws, a, b), fieldwork.crosswalk_warnings(ws, [a, b]))

        self.view.run(load, self._show_pair, name="crosswalk pair")

    def _show_pair(self, loaded) -> None:
        left, right, links, warnings = loaded
        self.left_model.set_rows(left)
        self.right_model.set_rows(right)
        self.left_tree.expandToDepth(0)
        self.right_tree.expandToDepth(0)
        self.links.set_rows(links)
        self.links_view.resizeColumnsToContents()
        self.warnings.clear()
        for code, message in warnings:
            self.warnings.addItem(f"{message} [{code}]")

    def apply(self, fn) -> None:
        """Run one edit in the worker, then reload the pair (links and warnings)."""
        self.view.run(lambda ws, job: fn(ws), lambda _value: self.reload_pair(),
                      changes="crosswalk", name="crosswalk edit")

    # editing -----------------------------------------------------------------------------
    def _link_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        lk = self.links.row_object(current.row())
        self.relationship.setCurrentIndex(max(0, self.relationship.findData(lk.relationship)))
        self.rationale.setText(lk.rationale)
        self.strength.setValue(lk.strength)
        self.shared_core.setText(lk.shared_core)

    def _edited(self, lk, **changes):
        return replace(lk, relationship=self.relationship.currentData(),
                       rationale=self.rationale.text(), strength=self.strength.value(),
                       shared_core=self.shared_core.text(), **changes)

    def save_link(self) -> None:
        index = self.links_view.currentIndex()
        if not index.isValid():
            return
        lk = self.links.row_object(index.row())
        self.undo_stack.push(LinkCommand(self, self._edited(lk), text=QCoreApplication.translate("CrosswalkEditor", "edit link")))

    def delete_link(self) -> None:
        index = self.links_view.currentIndex()
        if not index.isValid():
            return
        lk = self.links.row_object(index.row())
        self.undo_stack.push(LinkCommand(self, None, delete_id=lk.id, text=QCoreApplication.translate("CrosswalkEditor", "delete link")))

    def link_selected(self) -> None:
        a = self.left_tree.currentIndex().data(ID_ROLE)
        b = self.right_tree.currentIndex().data(ID_ROLE)
        if a is None or b is None:
            return
        self.new_link(a, b, status="accepted", origin="curated")

    def new_link(self, source_id: int, target_id: int, *, status: str, origin: str) -> None:
        checklist = services()[0]
        new = checklist.LinkView(None, source_id, target_id, "", "",
                                 self.relationship.currentData(), status, origin,
                                 self.strength.value(), self.rationale.text(),
                                 self.shared_core.text())
        self.undo_stack.push(LinkCommand(self, new, text=QCoreApplication.translate("CrosswalkEditor", "add link")))

    # suggestions -------------------------------------------------------------------------
    def _left_chosen(self, current, _previous) -> None:
        requirement_id = current.data(ID_ROLE) if current.isValid() else None
        if requirement_id is None:
            return
        a, b = self.pair()
        checklist = services()[0]

        def load(ws, job):
            found = checklist.suggestions(ws, a, b)
            return next((s for s in found if s.source_id == requirement_id), None)

        self._suggestion_source = requirement_id
        self.view.run(load, self._show_suggestions, name="suggestions")

    def _show_suggestions(self, suggestion) -> None:
        if suggestion is None or suggestion.source_id != self._suggestion_source:
            self.suggestions.set_rows([])
            return
        self.suggestions.set_rows(list(suggestion.candidates))

    def decide_suggestion(self, status: str) -> None:
        index = self.suggestions_view.currentIndex()
        if not index.isValid() or self._suggestion_source is None:
            return
        candidate = self.suggestions.row_object(index.row())
        self.new_link(self._suggestion_source, candidate.requirement_id, status=status,
                      origin="suggested")
