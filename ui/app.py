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
    app.setWindowIcon(app_icon())
    return app


def run_gui(path: str | None = None, *, self_test: bool = False) -> int:
    app = make_app()
    prefs = Preferences()
    install_language(prefs.language() or system_language())
    window = MainWindow(path, prefs=prefs)
    window.show()
    if self_test:
        # the frozen-bundle smoke test: the window builds and paints, then we leave
        app.processEvents()
        window.grab()
        window.close()
        return 0
    window.start(path)
    return app.exec()
