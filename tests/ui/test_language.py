"""Languages: switching to Spanish (or French) from the Settings menu retranslates the whole
window at once — menus, navigation, views — along with Qt's own strings; the choice is kept
in QSettings for the next start."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.settings import Preferences


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def nav_labels(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_switch_language_to_spanish_and_back(window, qtbot):
    assert menu_titles(window)[0] == "&File"
    window.nav.setCurrentRow(3)
    window.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&Archivo")
    assert nav_labels(window) == ["Planificar", "Lista de verificación", "Aprobaciones",
                                  "Informes", "Biblioteca", "Sitio"]
    assert window.current_view() is window.views["reports"]  # still where the user was
    assert window.views["reports"].export_button.text() == "Exportar PDF…"
    assert "sin espacio de trabajo" in window.windowTitle()
    # Qt's own catalogue (qtbase_es) is loaded too: standard dialog buttons are Spanish
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert Preferences().language() == "es"
    assert window.language_actions["es"].isChecked()

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&File")
    assert nav_labels(window)[0] == "Plan"


def test_french_catalogue_translates_the_views(window, qtbot):
    window.set_language("fr")
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "&Fichier")
    assert nav_labels(window)[4] == "Bibliothèque"
    assert window.views["library"].import_button.text() == "Importer ou valider un paquet…"
