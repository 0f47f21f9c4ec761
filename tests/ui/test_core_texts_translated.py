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
from tests.ui.test_review_pane import review  # noqa: F401  (a fixture: a template to review)


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
    # how each came about ("rated on site") in the language too, never the English words
    from jointaudit.services.checklist import PROVENANCE_WORDS, provenance_words

    unrated = next(r for r in view.model.rows() if r.key != key and r.scheme_words)
    shown = " ".join(s for _, s in unrated.scheme_words)
    assert provenance_words("not_rated", language) in shown
    assert f"({PROVENANCE_WORDS['not_rated']})" not in shown
    switch_language(window, qtbot, "en")


@pytest.mark.parametrize("language, changed, role, kind", [
    ("es", "ítem conjunto", {"member": "miembro", "broader": "más amplia"}, "tipo: "),
    ("fr", "point commun", {"member": "membre", "broader": "plus large"}, "type : ")])
def test_the_review_pane_and_approvals_say_the_cores_words_in_the_ui_language(
        review, qtbot, language, changed, role, kind):  # noqa: F811  (the fixture)
    from sqlmodel import select

    from jointaudit.reports.labels import change_words, code_words
    from jointaudit.store.models import JointItem
    from tests.ui.test_review_pane import PASSPHRASE

    window, view, pane, profile = review
    pane.approve_with(PASSPHRASE, profile)
    wait_jobs(qtbot, window)
    qtbot.waitUntil(lambda: pane.sheet.status.status == "approved")
    shared = next(it for it in pane.sheet.items
                  if {c.scheme_id for c in it.clauses} == {"irma", "rjc-cop"} and it.links)
    with window.ctx.workspace.session() as s:  # the template changes after its approval
        item = s.exec(select(JointItem).where(JointItem.item_key == shared.key,
                                              JointItem.template_id == pane.sheet.template_id)
                      ).one()
        item.title = item.title + " (reworded)"
        s.add(item)

    switch_language(window, qtbot, language)
    view = window.show_view("approvals")
    wait_jobs(qtbot, window)
    view.tabs.setCurrentWidget(view.review)
    pane = view.review
    qtbot.waitUntil(lambda: pane.sheet is not None and pane.sheet.scheme_id == "irma"
                    and any(it.changes for it in pane.sheet.items))
    number = next(n for n, it in enumerate(pane.sheet.items) if it.key == shared.key)
    pane.go_to(number)
    it = pane.sheet.items[number]
    text = pane.detail.toPlainText()
    assert it.changes and it.changes[0].startswith("joint item")  # the core's English …
    for line in it.changes:  # … is not what the pane shows
        assert line not in text
    assert change_words(it.change_parts[0], language) in text and changed in text
    for c in it.clauses:
        assert f"({role.get(c.role, code_words('clause_role', c.role, language))})" in text
        assert f"({c.role})" not in text
    assert kind + code_words("item_kind", it.kind, language) in text
    for link in it.links:  # the links: relationship and origin in words
        assert link not in text
        source, rel, target, origin, _why, _extras = it.link_parts[0]
        assert f"— {code_words('origin', origin, language)}" in text
        assert f" {rel} " not in text or rel == "equal" and language == "fr"

    # the Approvals status: the template changed since the approval, said in the language
    view.tabs.setCurrentIndex(0)
    status = {a.scheme_id: n for n, a in enumerate(view.status.rows())}
    qtbot.waitUntil(lambda: view.status.rowCount() > 0)
    view.status_view.selectRow(status["irma"])
    diff = view.diff.toPlainText()
    row = view.status.rows()[status["irma"]]
    assert row.changes and all(line not in diff for line in row.changes)
    assert all(change_words(p, language) in diff for p in row.change_parts)
    switch_language(window, qtbot, "en")


@pytest.mark.parametrize("language, cannot, team_words", [
    ("es", "está ocupada por el periodo bloqueado", ("Ningún", "Solo", "aprobación")),
    ("fr", "est occupée par la période bloquée", ("Aucun", "Seuls", "agrément"))])
def test_planning_problems_team_problems_and_warnings_follow_the_ui_language(
        demo_window, qtbot, language, cannot, team_words):
    from datetime import timedelta

    from jointaudit.planning.cycles import AuditWindow
    from jointaudit.planning.explain import diagnose
    from jointaudit.planning.windows import Blackout, SiteCalendar
    from jointaudit.reports.labels import sentence
    from jointaudit.services.planning import _problem

    window = demo_window
    view = plan_and_save(window, qtbot)
    plan = view.plans[0]
    # a window no visit fits: a blackout over all but its first two days (the core's own
    # explanation and alternatives, as the Plan view lists what cannot be planned)
    w = next(r for r in plan.windows if r.words)
    aw = AuditWindow(w.uid, "", w.scheme, w.kind, w.label, "on_site", w.earliest, w.latest,
                     w.due, w.reason, w.verified, words=w.words)
    cal = SiteCalendar((Blackout(w.earliest + timedelta(days=2), w.latest, "rainy season"),))
    problem = _problem(diagnose(aw, 5, cal, w.earliest, plan.horizon_start))
    plan.problems.append(problem)
    english = view._summary_html()
    assert problem.message in english
    assert plan.warnings and all(x in english for x in plan.warnings)
    staffed = [v for v in plan.visits if v.team_problems or v.warnings]
    assert staffed

    switch_language(window, qtbot, language)
    view = window.show_view("plan")
    wait_jobs(qtbot, window)
    plan = view.plans[0]
    plan.problems.append(problem)
    said = view._summary_html()
    assert problem.message not in said and cannot in said
    assert sentence(problem.parts, language) in said
    for english_alt, parts in zip(problem.alternatives, problem.alternative_parts,
                                  strict=True):
        assert (english_alt not in said) == bool(parts)  # each alternative the core words
    assert plan.warnings and not any(x in said for x in plan.warnings)
    assert all(sentence(p, language) in said for p in plan.warning_parts)

    for v in staffed:  # a visit's team problems and approval warnings
        number = next(n for n in range(view.visits.rowCount())
                      if view.visits.row_object(n)[1].number == v.number)
        view.visits_view.selectRow(number)
        text = view.explain.toPlainText()
        for prob in v.team_problems:
            assert prob.message not in text
            assert sentence(prob.parts, language, prob.message).split(":")[0] in text
        for warning in v.warnings:
            assert warning not in text
        assert any(word in text for word in team_words)
    switch_language(window, qtbot, "en")


ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.mark.parametrize("language, first_due", [("es", "2 de agosto de 2027"),
                                                 ("fr", "2 août 2027")])
def test_the_sites_upcoming_audits_are_named_and_dated_in_the_ui_language(
        demo_window, qtbot, language, first_due):
    from jointaudit.reports.labels import pick
    from tests.ui.test_site_view import site_view

    window = demo_window
    view = site_view(window, qtbot)

    def shown():
        return [(view.due.row_object(r), view.due.index(r, 0).data(),
                 view.due.index(r, 1).data()) for r in range(view.due.rowCount())]
    english = shown()
    audits = [(d, due, what) for d, due, what in english if d.earliest is not None]
    assert audits and all(what == d.what and ISO.search(what) for d, _, what in audits)

    switch_language(window, qtbot, language)
    view = site_view(window, qtbot)
    said = shown()
    audits = [(d, due, what) for d, due, what in said if d.earliest is not None]
    assert len(audits) == len([a for a in english if a[0].earliest is not None])
    for d, due, what in audits:
        assert not ISO.search(what) and not ISO.search(due), (due, what)
        own = pick(dict(d.words), language)
        assert what.startswith(own), (what, own)
        if own != d.label:  # the pack has its own words: the English name is gone
            assert d.label not in what
    assert any(pick(dict(d.words), language) != d.label for d, _, _ in audits)
    first = next(x for x in said if x[0].kind == "audit")
    assert first[1] == first_due and "2027" in first[2]
    switch_language(window, qtbot, "en")


@pytest.mark.parametrize("language, said", [
    ("es", ("requisitos evaluables", "enlaces añadidos")),
    ("fr", ("exigences évaluables", "liens ajoutés"))])
def test_the_merge_status_says_what_was_merged_in_words_without_ids(demo_window, qtbot,
                                                                     language, said):
    from jointaudit.library.crosswalk.importer import shipped_crosswalk_files
    from tests.ui.flows import merge

    window = demo_window
    view = merge(window, qtbot)
    english = view.merge_status.text()
    en_merged = view.templates.index(view.templates.rowCount() - 1, 3).data()
    ids = [p.stem for p in shipped_crosswalk_files()]
    assert "assessable requirements →" in english and "link(s) added" in english
    assert en_merged in english and any(i in english for i in ids)

    switch_language(window, qtbot, language)
    view = merge(window, qtbot, name="Nkwanta conjunta")
    status = view.merge_status.text()
    merged = view.templates.index(view.templates.rowCount() - 1, 3).data()
    assert all(w in status for w in said), status
    assert said[0] in merged and merged in status
    assert "assessable" not in status and "link(s)" not in status and "recognition" \
        not in status
    assert not any(i in status for i in ids), status  # no crosswalk ids …
    assert "IRMA" in status and "RJC" in status and " ↔ " in status  # … the schemes' names
    switch_language(window, qtbot, "en")


@pytest.mark.parametrize("language, unit, expires", [("es", " B, ", "vence el"),
                                                      ("fr", " o, ", "expire le")])
def test_an_items_evidence_is_labelled_in_the_ui_language(demo_window, qtbot, tmp_path,
                                                          language, unit, expires):
    from datetime import date

    from jointaudit.reports.labels import fmt_date
    from tests.ui.test_evidence import a_photo, checklist_with_item

    window = demo_window
    view = checklist_with_item(window, qtbot)
    photo = a_photo(tmp_path / "tailings-dam.png")
    view.attach(photo)
    wait_jobs(qtbot, window)
    size = photo.stat().st_size
    english = view.evidence.item(0).text()
    assert english.startswith(f"tailings-dam.png ({size:,} B, expires ")
    day = date.fromisoformat(ISO.search(english).group())

    switch_language(window, qtbot, language)
    view = window.show_view("checklist")
    wait_jobs(qtbot, window)
    view.table.selectRow(2)
    wait_jobs(qtbot, window)
    said = view.evidence.item(0).text()
    spaced = re.sub(r"[\u00a0\u202f]", " ", said)  # Babel's no-break spaces
    assert said.startswith(f"tailings-dam.png ({size}") and unit in spaced, said
    assert f"{expires} {fmt_date(day, language)})" in said and not ISO.search(said), said
    assert "expires" not in said
    switch_language(window, qtbot, "en")


ENGLISH_HOW = ("rated on site", "not yet rated", "carried from", "joint rating", "needs its own",
               "implied by", "given to the equal", "shared core", "override for", "met by",
               "evidence:", "not applicable:")


@pytest.mark.parametrize("language, on_site", [("es", "calificación conjunta, trasladada"),
                                               ("fr", "notation commune, reportée")])
def test_how_each_scheme_rating_was_reached_reads_in_the_ui_language(demo_window, qtbot,
                                                                      language, on_site):
    from PySide6.QtCore import Qt

    from tests.ui.flows import merge_and_use

    window = demo_window
    plan_and_save(window, qtbot)
    view = merge_and_use(window, qtbot)

    def how(view, row):
        view.table.selectRow(row)
        wait_jobs(qtbot, window)
        return [view.scheme_ratings.index(r, 3).data()
                for r in range(view.scheme_ratings.rowCount())]
    view.table.setFocus()
    view.table.selectRow(0)
    wait_jobs(qtbot, window)
    qtbot.keyClick(view.table, Qt.Key.Key_1)  # a joint rating, carried to each scheme
    wait_jobs(qtbot, window)
    rows = range(min(8, view.proxy.rowCount()))
    english = [how(view, r) for r in rows]
    assert any("joint rating, carried" in c for c in english[0]), english[0]
    assert all(any(e in c for e in ENGLISH_HOW) for cells in english for c in cells)

    switch_language(window, qtbot, language)
    view = window.show_view("checklist")
    wait_jobs(qtbot, window)
    said = [how(view, r) for r in rows]
    assert [len(c) for c in said] == [len(c) for c in english]
    assert any(on_site in c for c in said[0]), said[0]
    for cells, en in zip(said, english, strict=True):
        for c, e in zip(cells, en, strict=True):
            assert c != e and not any(w in c for w in ENGLISH_HOW), (c, e)
    switch_language(window, qtbot, "en")
