"""Application bootstrap: QApplication, settings identity, the main window."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from jointaudit.resources import resource_path
from ui.main_window import MainWindow


def run_gui(path: str | None = None, *, self_test: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("jointaudit")
    app.setApplicationName("jointaudit")
    # Lets Wayland/X11 docks match the window to packaging/linux/*.desktop and its icon.
    app.setDesktopFileName("org.jointaudit.JointAudit")
    app.setWindowIcon(QIcon(str(resource_path("icons", "jointaudit.svg"))))
    if self_test:  # packaging's end-to-end check of a build (ui/self_test.py)
        from ui.self_test import run_self_test

        return run_self_test(app)
    window = MainWindow(path)
    window.show()
    return app.exec()
