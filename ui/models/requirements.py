"""A scheme version's requirement tree (clause ids of any depth and style) as a tree model.

Built from the library service's flat rows (each names its parent clause); searching goes
through a recursive filter proxy so a match keeps its ancestors visible.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

ROW_ROLE = Qt.ItemDataRole.UserRole + 20
ID_ROLE = Qt.ItemDataRole.UserRole + 21

Index = QModelIndex | QPersistentModelIndex


class _Node:
    __slots__ = ("row", "parent", "children", "index_in_parent")

    def __init__(self, row: Any, parent: _Node | None):
        self.row = row
        self.parent = parent
        self.children: list[_Node] = []
        self.index_in_parent = 0


class RequirementTreeModel(QAbstractItemModel):
    """Rows need ``clause_id``, ``parent_clause_id``, ``title``, ``topics``, ``critical``,
    ``assessable`` and ``verified`` (the library service's ``RequirementRow``)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("RequirementTreeModel", "Clause"),
        QT_TRANSLATE_NOOP("RequirementTreeModel", "Title"),
        QT_TRANSLATE_NOOP("RequirementTreeModel", "Topics"),
        QT_TRANSLATE_NOOP("RequirementTreeModel", "Flags"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._root = _Node(None, None)
        self._by_id: dict[Any, _Node] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        root = _Node(None, None)
        by_clause: dict[str, _Node] = {}
        nodes = []
        for r in rows:
            node = _Node(r, None)
            by_clause[r.clause_id] = node
            nodes.append(node)
        for node in nodes:
            parent = by_clause.get(node.row.parent_clause_id or "", root)
            if parent is node:
                parent = root
            node.parent = parent
            node.index_in_parent = len(parent.children)
            parent.children.append(node)
        self._root = root
        self._by_id = {getattr(n.row, "id", n.row.clause_id): n for n in nodes}
        self.endResetModel()

    def index_of(self, requirement_id: Any, column: int = 0) -> QModelIndex:
        node = self._by_id.get(requirement_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(node.index_in_parent, column, node)

    def _node(self, index: Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(self.COLUMNS) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        node = self._node(parent)
        if row >= len(node.children):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        parent = node.parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.index_in_parent, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate("RequirementTreeModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = index.internalPointer().row
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r.clause_id
            if col == 1:
                return r.title
            if col == 2:
                return ", ".join(r.topics)
            flags = []
            if r.critical:
                flags.append(QCoreApplication.translate("RequirementTreeModel", "critical"))
            if not r.assessable:
                flags.append(QCoreApplication.translate("RequirementTreeModel", "heading"))
            if not r.verified:
                flags.append(QCoreApplication.translate("RequirementTreeModel", "unverified"))
            return " · ".join(flags)
        if role == Qt.ItemDataRole.FontRole and not r.assessable:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col in (0, 1):
            return "\n\n".join(x for x in (f"{r.clause_id} {r.title}", r.text, r.guidance) if x)
        if role == ROW_ROLE:
            return r
        if role == ID_ROLE:
            return getattr(r, "id", r.clause_id)
        return None


class RequirementSearchProxy(QSortFilterProxyModel):
    """Text search over clause id, title and topics; a match keeps its ancestors."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setAutoAcceptChildRows(True)
