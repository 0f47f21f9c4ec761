"""Language switching: our own .qm catalogue plus Qt's qtbase translations (dialog buttons,
standard shortcuts). Installing translators makes Qt send LanguageChange to every widget;
the main window answers by rebuilding its texts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from jointaudit.common.resources import resource_path
from ui.settings import LANGUAGES

_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The language the UI speaks now (reports exported from it default to it)."""
    return _current[0]


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def install_language(code: str) -> list[str]:
    """Switch the running app to ``code`` ("en", "es", "fr"); returns the catalogues loaded."""
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    loaded: list[str] = []
    _current[0] = code
    QLocale.setDefault(QLocale(code))
    if code == "en":
        # No catalogue needed: English is the source language. Still tell the widgets (an
        # empty translator would not: Qt ignores it and sends no LanguageChange).
        QCoreApplication.postEvent(app, QEvent(QEvent.Type.LanguageChange))
        return loaded
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        (f"qtbase_{code}", qt_dir),
        (f"jointaudit_{code}", str(resource_path("translations"))),
    ):
        tr = QTranslator(app)
        if tr.load(name, folder):
            app.installTranslator(tr)
            _installed.append(tr)
            loaded.append(name)
    return loaded
