"""What the core writes about a plan — why a visit is on its day, the audit types ("Mid-term
review"), the team's roles — reads in Spanish and French in the app, from the same catalogue
the reports use (jointaudit.reports.labels and the packs' own words)."""

from __future__ import annotations

import re

import pytest

from jointaudit.reports.labels import role_label
from tests.ui.conftest import wait_jobs
from tests.ui.flows import plan_and_save
from tests.ui.test_fits_laptop import switch_language


def _shown(view):
    """(visit explanation, Audits column, Team column, Audit column of every window)."""
    number = next(n for n in range(view.visits.rowCount())
                  if view.visits.row_object(n)[1].team)  # a visit with its team
    view.visits_view.selectRow(number)
    row = view.visits.row_object(number)[1]
    audits = view.visits.index(number, 4).data()
    team = view.visits.index(number, 5).data()
    kinds = [view.windows.index(r, 2).data() for r in range(view.windows.rowCount())]
    return view.explain.toPlainText(), audits, team, kinds, row


@pytest.mark.parametrize("language, mid_term, why_words", [
    ("es", "Revisión de medio término", ("el inicio más tardío", "el primer día",
                                         "cerca del plazo")),
    ("fr", "Revue à mi-parcours", ("le début le plus tardif", "le premier jour",
                                   "vers l'échéance"))])
def test_plan_texts_from_the_core_follow_the_ui_language(demo_window, qtbot, language,
                                                          mid_term, why_words):
    window = demo_window
    plan_and_save(window, qtbot)
    english, en_audits, en_team, en_kinds, row = _shown(window.views["plan"])
    assert row.why in english and row.team  # the core's English sentence, and a team
    assert "Mid-term review" in en_kinds

    switch_language(window, qtbot, language)
    view = window.show_view("plan")
    wait_jobs(qtbot, window)
    said, audits, team, kinds, row = _shown(view)
    assert row.why not in said  # the visit's "why" is not the English sentence …
    assert any(w in said for w in why_words), said
    assert audits != en_audits  # … nor are the audit types
    assert mid_term in kinds and "Mid-term review" not in kinds
    for member in row.team:  # … nor the roles
        assert f"{member.name} ({role_label(member.role, language)})" in team
        assert f"({role_label(member.role, 'en')})" not in team and f"({member.role})" \
            not in team
    assert team != en_team
    switch_language(window, qtbot, "en")


WHY, PLANNED = 8, 6  # the windows table's Why and Planned columns


@pytest.mark.parametrize("language, because, visit", [
    ("es", "porque la regla dice entre", "visita"),
    ("fr", "car la règle dit entre", "visite")])
def test_why_an_audit_window_is_where_it_is_follows_the_ui_language(demo_window, qtbot,
                                                                    language, because, visit):
    window = demo_window
    plan_and_save(window, qtbot)
    view = window.views["plan"]
    rows = [view.windows.row_object(r)[1] for r in range(view.windows.rowCount())]
    english = [view.windows.index(r, WHY).data() for r in range(len(rows))]
    assert english == [w.reason for w in rows]  # English: the core's own sentence
    assert any("because the rule says" in e for e in english)
    assert any(w.planned.startswith("visit ") for w in rows)

    switch_language(window, qtbot, language)
    view = window.show_view("plan")
    wait_jobs(qtbot, window)
    rows = [view.windows.row_object(r)[1] for r in range(view.windows.rowCount())]
    said = [view.windows.index(r, WHY).data() for r in range(len(rows))]
    assert said and all(s and "because the rule says" not in s for s in said), said
    assert all(w.reason not in said for w in rows)
    assert any(because in s for s in said)
    anchor = {"es": "el inicio del certificado", "fr": "le début du certificat"}[language]
    assert any(anchor in s for s in said)  # the rule's dates, said in the language
    offsets = re.compile(r"[+−]\d+ (year|month|week|day)")  # the pack's source stays quoted
    assert any(offsets.search(e) for e in english) and not any(offsets.search(s) for s in said)
    planned = [view.windows.index(r, PLANNED).data() for r in range(len(rows))]
    assert any(p.startswith(f"{visit} ") for p in planned)
    assert not any(p.startswith("visit ") or p == "not planned" for p in planned)
    switch_language(window, qtbot, "en")


@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_schemes_rating_words_in_the_checklist_follow_the_ui_language(demo_window, qtbot,
                                                                          language):
    from PySide6.QtCore import Qt

    from jointaudit.services import fieldwork
    from tests.ui.flows import merge_and_use

    window = demo_window
    plan_and_save(window, qtbot)
    view = merge_and_use(window, qtbot)
    view.table.setFocus()
    view.table.selectRow(0)
    wait_jobs(qtbot, window)
    key = view.current_key()
    qtbot.keyClick(view.table, Qt.Key.Key_1)  # conforms: each scheme's own word for it
    wait_jobs(qtbot, window)

    def shown(view):
        ratings = [view.scheme_ratings.row_object(r) for r in
                   range(view.scheme_ratings.rowCount())]
        cells = [view.scheme_ratings.index(r, 2).data() for r in range(len(ratings))]
        view.scheme_table.selectRow(0)  # the override offers that scheme's levels
        offered = [view.override.itemText(i) for i in range(view.override.count())]
        return ratings, cells, offered

    ratings, english, en_offered = shown(view)
    ws = window.ctx.workspace

    def words(lang):
        return [dict(fieldwork.rating_levels(ws, c.version_id, lang))[c.level_id]
                for c in ratings]
    assert english == words("en")

    switch_language(window, qtbot, language)
    view = window.show_view("checklist")
    wait_jobs(qtbot, window)
    view.table.selectRow(view.proxy.mapFromSource(view.model.index(
        view.model.row_for(key), 0)).row())
    wait_jobs(qtbot, window)
    ratings, said, offered = shown(view)
    assert said == words(language) and said != english, (said, english)
    assert offered and offered != en_offered
    assert offered == [w for _, w in fieldwork.rating_levels(ws, ratings[0].version_id,
                                                              language)]
    row = view.model.row_object(view.model.row_for(key))
    assert any(w in " ".join(s for _, s in row.scheme_words) for w in said)
    switch_language(window, qtbot, "en")
