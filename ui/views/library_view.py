"""Library: scheme versions and their requirement trees (with search), pack import with every
problem listed, the crosswalk editor, and the records the planner needs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.models.records import ROW_ROLE, SORT_ROLE, Column, RecordTableModel
from ui.models.requirements import RequirementSearchProxy, RequirementTreeModel
from ui.problems import ProblemsTable
from ui.views.base import View


def library_service():
    from jointaudit.services import library

    return library


class LibraryView(View):
    key = "library"
    parts = ("library",)

    def title(self) -> str:
        return self.tr("Library")

    def summary(self) -> str:
        return self.tr("Schemes and their requirements, crosswalks, CBs and auditors")

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs)
        self.tabs.addTab(self._schemes_tab(), self.tr("Schemes"))
        self.extra_tabs: dict[str, QWidget] = {}
        for key, maker in self._optional_tabs():
            tab = maker()
            self.extra_tabs[key] = tab
            self.tabs.addTab(tab, tab.windowTitle())

    def _optional_tabs(self):
        """Tabs built on core services that may not be in this build."""
        from ui.views.library_tabs import optional_tabs

        return optional_tabs(self)

    # schemes & requirements ---------------------------------------------------------------
    def _schemes_tab(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import or validate a pack…"))
        self.import_button.clicked.connect(self.choose_pack)
        bar.addWidget(self.import_button)
        self.overlay_button = QPushButton(self.tr("Import official text overlay…"))
        self.overlay_button.setToolTip(self.tr(
            "Add the scheme's official requirement texts (which we may not ship) to the "
            "selected version from a file you hold a licence for."))
        self.overlay_button.clicked.connect(self.choose_overlay)
        bar.addWidget(self.overlay_button)
        self.import_status = QLabel()
        self.import_status.setWordWrap(True)
        bar.addWidget(self.import_status, 1)
        outer.addLayout(bar)
        self.pack_problems = ProblemsTable()
        self.pack_problems.setObjectName("packProblems")
        self.pack_problems.hide()
        outer.addWidget(self.pack_problems)

        split = QSplitter()
        self.versions = RecordTableModel([
            Column(self.tr("Version"), lambda v: v.id),
            Column(self.tr("Title"), lambda v: v.title),
            Column(self.tr("Requirements"), lambda v: v.requirements, align_right=True),
            Column(self.tr("Unverified rules"), lambda v: v.unverified_rules, align_right=True),
            Column(self.tr("Effective"), lambda v: v.effective_from or ""),
        ], parent=self)
        versions_proxy = QSortFilterProxyModel(self)
        versions_proxy.setSourceModel(self.versions)
        versions_proxy.setSortRole(SORT_ROLE)
        self.versions_view = QTableView()
        self.versions_view.setModel(versions_proxy)
        self.versions_view.setSortingEnabled(True)
        self.versions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.versions_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.versions_view.verticalHeader().hide()
        self.versions_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.versions_view.selectionModel().currentRowChanged.connect(self._version_chosen)
        split.addWidget(self.versions_view)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search clause id, title or topic…"))
        self.search.setClearButtonEnabled(True)
        rl.addWidget(self.search)
        self.tree_model = RequirementTreeModel(self)
        self.tree_proxy = RequirementSearchProxy(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.search.textChanged.connect(self._search)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        rl.addWidget(self.tree)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree.selectionModel().currentChanged.connect(self._requirement_chosen)
        rl.addWidget(self.detail)
        split.addWidget(right)
        split.setSizes([420, 760])
        outer.addWidget(split, 1)
        return tab

    def reset(self) -> None:
        self.versions.set_rows([])
        self.tree_model.set_rows([])
        self.detail.clear()

    def reload(self) -> None:
        if self.ctx.workspace is None:
            self.versions.set_rows([])
            self.tree_model.set_rows([])
            return
        self.run(lambda ws, job: library_service().list_versions(ws), self._show_versions,
                     name="list scheme versions")
        for tab in self.extra_tabs.values():
            tab.reload()

    def _show_versions(self, rows) -> None:
        self.versions.set_rows(rows)
        self.versions_view.resizeColumnsToContents()
        if rows and not self.versions_view.currentIndex().isValid():
            self.versions_view.selectRow(0)

    def _version_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        version = current.data(ROW_ROLE)
        self.run(lambda ws, job: library_service().requirement_tree(ws, version.id),
                     self._show_tree, name="requirement tree")

    def _show_tree(self, rows) -> None:
        self.tree_model.set_rows(rows)
        self.tree.expandToDepth(0)
        self.tree.resizeColumnToContents(0)

    def _search(self, text: str) -> None:
        self.tree_proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def _requirement_chosen(self, current, _previous) -> None:
        row = current.data(Qt.ItemDataRole.UserRole + 20) if current.isValid() else None
        if row is None:
            self.detail.clear()
            return
        source = self.tr("verified") if row.verified else self.tr("unverified")
        self.detail.setText(f"<b>{row.clause_id}</b> {row.title}<br>{row.text}"
                            f"<br><i>{row.source_ref} ({source})</i>")

    # pack import ---------------------------------------------------------------------------
    def choose_pack(self) -> None:
        from ui.settings import open_file

        path = open_file(self, "packs", self.tr("Import a scheme pack"),
                         self.tr("Scheme packs (*.yaml *.yml *.json)"))
        if path:
            self.import_pack(path)

    def import_pack(self, path: Path) -> None:
        self.import_status.setText(self.tr("Checking {0}…").format(path.name))
        self.run(lambda ws, job: library_service().import_pack(ws, path),
                     self._imported, changes="library", name="import pack")

    def _imported(self, outcome) -> None:
        self.pack_problems.set_problems(list(outcome.problems))
        self.pack_problems.setVisible(bool(outcome.problems))
        if outcome.ok:
            self.import_status.setText(outcome.message)
        else:
            self.import_status.setText(self.tr("Nothing was imported: {0}").format(
                outcome.message))

    # text overlay --------------------------------------------------------------------------
    def current_version(self):
        index = self.versions_view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def choose_overlay(self) -> None:
        version = self.current_version()
        if version is None:
            return
        from ui.settings import open_file

        path = open_file(self, "overlays", self.tr("Text overlay for {0}").format(version.id),
                         self.tr("Tables (*.csv *.xlsx)"))
        if path:
            self.import_overlay(version.id, path)

    def import_overlay(self, version_id: str, path: Path) -> None:
        from jointaudit.library.packs.overlay import import_overlay

        self.import_status.setText(self.tr("Checking {0}…").format(path.name))
        self.run(lambda ws, job: import_overlay(ws, version_id, path), self._overlaid,
                 on_error=self._overlay_failed, changes="library", name="import overlay")

    def _overlaid(self, result) -> None:
        self.pack_problems.hide()
        self.import_status.setText(self.tr("{0}: {1} requirement text(s) updated.").format(
            result.version_id, result.updated))

    def _overlay_failed(self, exc) -> None:
        from ui.problems import describe

        message, problems = describe(exc)
        self.import_status.setText(self.tr("Nothing was imported: {0}").format(message))
        self.pack_problems.set_problems(problems)
        self.pack_problems.setVisible(bool(problems))
