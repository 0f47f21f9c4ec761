"""What the core writes about a plan — why a visit is on its day, the audit types ("Mid-term
review"), the team's roles — reads in Spanish and French in the app, from the same catalogue
the reports use (jointaudit.reports.labels and the packs' own words)."""

from __future__ import annotations

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
