"""The checklist's item panel shows the item's title and requirement text in the app's
language: an imported overlay's words first (with the file they came from), else the pack's
title in that language (its title file), else the pack's own title."""

from __future__ import annotations

from jointaudit.checklist.visit import visit_checklist
from jointaudit.reports.titles import shipped_titles
from tests.ui.conftest import wait_jobs
from tests.ui.flows import merge_and_use, plan_and_save
from ui.models.checklist import KEY_ROLE


def _titled_items(window, visit_id: int):
    """The items that carry a source clause's title (not one the merge wrote), by key."""
    with window.ctx.workspace.session() as s:
        return {it.key: src for it in visit_checklist(s, visit_id).items
                for src in it.sources[:1] if src.title == it.title}


def _select(window, qtbot, view, key: str) -> None:
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data(
        KEY_ROLE) == key)
    view.table.selectRow(row)
    wait_jobs(qtbot, window)
    assert view.current_key() == key


def test_the_item_panel_shows_the_overlays_words_in_the_apps_language(demo_window, qtbot,
                                                                     tmp_path):
    window = demo_window
    plan_and_save(window, qtbot)
    view = merge_and_use(window, qtbot)
    titled = _titled_items(window, view.visit_id)
    (key, overlaid), (other_key, other) = list(titled.items())[:2]
    _select(window, qtbot, view, other_key)
    assert "Official text" not in view.item_text_source.text()  # English, pack words only

    overlay = tmp_path / "textos-oficiales.csv"
    overlay.write_text("clause_id,title_es,text_es\n"
                       f"{overlaid.clause_id},Título oficial en español,"
                       "\"El texto oficial, tal como lo tiene el auditor.\"\n",
                       encoding="utf-8")
    library = window.show_view("library")
    wait_jobs(qtbot, window)
    library.import_overlay(overlaid.version_id, overlay)
    wait_jobs(qtbot, window)
    assert "1 requirement" in library.import_status.text()

    window.show_view("checklist")
    window.set_language("es")
    qtbot.waitUntil(lambda: window.views["checklist"] is not view)
    wait_jobs(qtbot, window)
    panel = window.views["checklist"]
    try:
        _select(window, qtbot, panel, other_key)
        expected = shipped_titles().requirement(other.version_id, other.clause_id)["es"]
        assert expected in panel.item_title.text()  # no overlay here: the title file's
        assert panel.item_text.isHidden()
        _select(window, qtbot, panel, key)
        assert "Título oficial en español" in panel.item_title.text()
        assert overlaid.title not in panel.item_title.text()
        assert panel.item_text.text() == "El texto oficial, tal como lo tiene el auditor."
        assert not panel.item_text.isHidden()
        assert "textos-oficiales.csv" in panel.item_text_source.text()
    finally:
        window.set_language("en")
        wait_jobs(qtbot, window)


def test_the_item_list_and_its_topic_filter_speak_the_apps_language(demo_window, qtbot):
    window = demo_window
    plan_and_save(window, qtbot)
    view = merge_and_use(window, qtbot)
    titled = _titled_items(window, view.visit_id)
    key, src = next(iter(titled.items()))
    english_topics = {view.topic.itemText(i) for i in range(1, view.topic.count())}
    assert english_topics and not any("-" in t and " " not in t for t in english_topics)

    window.set_language("es")
    qtbot.waitUntil(lambda: window.views["checklist"] is not view)
    wait_jobs(qtbot, window)
    panel = window.views["checklist"]
    try:
        row = next(r for r in range(panel.proxy.rowCount())
                   if panel.proxy.index(r, 0).data(KEY_ROLE) == key)
        title = panel.proxy.index(row, 1).data()
        assert title == shipped_titles().requirement(src.version_id, src.clause_id)["es"]
        assert title != src.title
        # topics in words, in Spanish, in the column and in the filter (never the ids)
        topics = panel.proxy.index(row, 3).data()
        assert topics and topics not in {t for t in english_topics}
        spanish_topics = {panel.topic.itemText(i) for i in range(1, panel.topic.count())}
        assert spanish_topics and spanish_topics != english_topics
        panel.topic.setCurrentIndex(1)
        wait_jobs(qtbot, window)
        assert 0 < panel.proxy.rowCount() < len(titled) + 100
    finally:
        window.set_language("en")
        wait_jobs(qtbot, window)
