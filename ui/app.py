"""Application bootstrap: QApplication, settings identity, language, the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ui.i18n import install_language, system_language
from ui.main_window import MainWindow, app_icon
from ui.settings import Preferences


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("jointaudit")
    app.setApplicationName("jointaudit")
    app.setApplicationDisplayName("jointaudit")
    # Lets Wayland/X11 docks match the window to packaging/linux/*.desktop and its icon.
    app.setDesktopFileName("org.jointaudit.JointAudit")
    app.setWindowIcon(app_icon())
    return app


def run_gui(path: str | None = None, *, self_test: bool = False) -> int:
    app = make_app()
    if self_test:  # packaging's end-to-end check of a build (ui/self_test.py)
        from ui.self_test import run_self_test

        return run_self_test(app)
    prefs = Preferences()
    install_language(prefs.language() or system_language())
    window = MainWindow(path, prefs=prefs)
    window.show_fitted()
    window.start(path)
    from ui import processes  # the worker processes' server starts now, off the UI thread

    window.workers.submit(lambda job: processes.warm_up(), workspace=False, name="warm up")
    return app.exec()
