"""Application bootstrap: QApplication, settings identity, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow


def run_gui(path: str | None = None, *, self_test: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("jointaudit")
    app.setApplicationName("jointaudit")
    window = MainWindow(path)
    window.show()
    if self_test:
        return 0
    return app.exec()
