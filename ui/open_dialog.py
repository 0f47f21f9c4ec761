"""File → Open: one dialog for both kinds of workspace — pick a ``.jaworkspace`` file, or
"Connect to server…" for a workspace on a PostgreSQL server (ui/server_login.py).

It is Qt's own (non-native) file dialog, the only kind that can carry an extra button; its
"Look in" history holds the folders of the recent workspace files. The Open recent menu
(files and servers) stays as it was.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QGridLayout, QHBoxLayout, QLabel, QPushButton

SUFFIX = ".jaworkspace"


def is_server(address: str) -> bool:
    return address.startswith(("postgresql://", "postgresql+psycopg://", "postgres://"))


class OpenWorkspaceDialog(QFileDialog):
    server_requested = Signal()  # the user chose "Connect to server…" instead of a file

    def __init__(self, parent, folder: str, recent: list[str] | None = None):
        super().__init__(parent, "", folder)
        self.setObjectName("openWorkspaceDialog")
        self.setWindowTitle(self.tr("Open workspace"))
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # to carry the button
        self.setFileMode(QFileDialog.FileMode.ExistingFile)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        self.setNameFilters([self.tr("jointaudit workspaces (*{0})").format(SUFFIX),
                             self.tr("All files (*)")])
        recent = recent or []
        folders = list(dict.fromkeys(str(Path(p).parent) for p in recent if not is_server(p)))
        if folders:
            self.setHistory(folders)
        self.server_button = QPushButton(self.tr("Connect to server…"))
        self.server_button.setObjectName("connectServer")
        self.server_button.setToolTip(self.tr(
            "Open a team workspace on a PostgreSQL server instead of a file"))
        self.server_button.clicked.connect(self._server)
        hint = QLabel(self.tr("A team workspace on a server?"))
        row = QHBoxLayout()
        row.addWidget(hint)
        row.addWidget(self.server_button)
        row.addStretch(1)
        grid = self.layout()
        if isinstance(grid, QGridLayout):  # Qt's file dialog lays itself out in a grid
            grid.addLayout(row, grid.rowCount(), 0, 1, grid.columnCount())
        else:  # pragma: no cover - another Qt style of the dialog: still reachable
            grid.addWidget(self.server_button)

    def _server(self) -> None:
        self.reject()
        self.server_requested.emit()
