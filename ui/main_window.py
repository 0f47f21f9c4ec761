"""The main window (the full navigation is built by the desktop issue)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow


class MainWindow(QMainWindow):
    def __init__(self, path: str | None = None):
        super().__init__()
        name = Path(path).name if path else self.tr("no workspace")
        self.setWindowTitle(self.tr("{0} — jointaudit").format(name))
        self.setCentralWidget(QLabel(self.tr("jointaudit")))
        self.resize(1200, 800)
