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


def test_switching_language_keeps_the_plan_shown_its_choices_and_the_selected_visit(
        demo_window, qtbot):
    from PySide6.QtCore import QDate, Qt

    from tests.ui.conftest import wait_jobs

    window = demo_window
    view = window.show_view("plan")
    wait_jobs(qtbot, window)
    view.site.setCurrentIndex(next(i for i in range(view.site.count())
                                   if "Helvetia" in view.site.itemText(i)))
    view.start.setDate(QDate(2027, 1, 15))
    view.years.setValue(3)
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window)
    view.visits_view.selectRow(2)
    view.lower_tabs.setCurrentIndex(1)
    shown = [(v.number, v.start, v.end) for v in view.plans[0].visits]
    chosen = view.visits_view.currentIndex().data(Qt.ItemDataRole.DisplayRole)

    window.language_actions["es"].trigger()
    qtbot.waitUntil(lambda: window.views["plan"] is not view)
    wait_jobs(qtbot, window)
    again = window.views["plan"]
    assert window.current_view() is again
    assert again.plan_button.text() == "Planificar"
    # the same site's plan, not the whole portfolio planned anew from today
    assert "Helvetia" in again.site.currentText()
    assert [p.site for p in again.plans] == ["Helvetia Gold Refining SA"]
    assert [(v.number, v.start, v.end) for v in again.plans[0].visits] == shown
    assert again.start.date() == QDate(2027, 1, 15) and again.years.value() == 3
    assert again.lower_tabs.currentIndex() == 1
    assert again.visits_view.currentIndex().row() == 2
    assert again.visits_view.currentIndex().data(Qt.ItemDataRole.DisplayRole) == chosen
    assert again.save_button.isEnabled()


def test_switching_language_keeps_the_checklist_visit_and_item(demo_window, qtbot):
    from tests.ui.conftest import wait_jobs
    from tests.ui.flows import merge_and_use, plan_and_save

    window = demo_window
    plan_and_save(window, qtbot)
    view = merge_and_use(window, qtbot)
    assert view.proxy.rowCount() > 5
    view.table.selectRow(4)
    wait_jobs(qtbot, window)
    visit, key = view.visit.currentData(), view.current_key()
    assert key is not None

    window.set_language("fr")
    qtbot.waitUntil(lambda: window.views["checklist"] is not view)
    wait_jobs(qtbot, window)
    again = window.views["checklist"]
    assert window.current_view() is again
    assert again.visit.currentData() == visit
    assert again.current_key() == key
    assert again.tabs.currentIndex() == 0
