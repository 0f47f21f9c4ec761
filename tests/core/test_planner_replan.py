"""Dragging a visit re-plans what follows it (demo workspace, real shipped packs).

The refiner Helvetia holds RJC COP 2019 (certificate 2024-06-15 – 2027-06-14), RJC CoC,
LBMA (financial year ending 31 March) and Fairmined. Planned from 2027-01-01 over 5 years
its first joint visit is 2027-06-10 – 2027-06-14 (the last start that fits the COP
recertification window 2027-02-14 – 2027-06-14). RJC: recertification inside that window
keeps continuity (the next certificate starts at the previous expiry); started earlier, the
next certificate starts on the decision date, two weeks after the audit (the pack's
``early_renewal_starts``), and its recertification window is its last 4 months.
"""

from __future__ import annotations

from datetime import date

import pytest

from jointaudit.demo.seed import create_demo_workspace
from jointaudit.planning import explain
from jointaudit.planning.inputs import PlanOptions, site_problem
from jointaudit.planning.portfolio import plan_portfolio
from jointaudit.planning.replan import replan
from jointaudit.planning.windows import why_not_covered
from jointaudit.records.sites import find_site
from jointaudit.services.planning import check_move

REFINERY = "Helvetia Gold Refining SA"
OPTS = PlanOptions(date(2027, 1, 1), 5)
COP = "rjc-cop@2019"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from jointaudit.store.db import open_workspace

    path = tmp_path_factory.mktemp("demo") / "demo.jaworkspace"
    create_demo_workspace(path).close()
    ws = open_workspace(path)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def refinery(demo):
    with demo.session() as s:
        problem, packs, _ = site_problem(s, find_site(s, REFINERY), OPTS, {})
    return problem.inp, plan_portfolio([problem], packs, None)[0].plan


def _dates(visits):
    return [(v.start, v.end) for v in visits]


def _uids(visit):
    return {w.uid for w in visit.windows}


def test_the_plan_before_any_move(refinery):
    _, plan = refinery
    # the 2028 LBMA assurance (year to 31 March, window 1 April – 30 June, last start
    # 26 June) joins nothing: four weeks before that last start
    assert _dates(plan.visits)[:2] == [(date(2027, 6, 10), date(2027, 6, 14)),
                                       (date(2028, 5, 29), date(2028, 6, 2))]
    assert f"{COP}/recertification/c0" in _uids(plan.visits[0])
    # the next COP recertification: certificate 2027-06-15 – 2030-06-14, its last 4 months
    c1 = next(w for v in plan.visits for w in v.windows if w.uid == f"{COP}/recertification/c1")
    assert (c1.earliest, c1.latest) == (date(2030, 2, 14), date(2030, 6, 14))


def test_an_early_cop_recertification_moves_the_next_certificates_windows(refinery):
    inp, plan = refinery
    r = replan(inp, plan, 0, date(2027, 1, 11))
    assert (r.moved.start, r.moved.end) == (date(2027, 1, 11), date(2027, 1, 15))
    # both RJC recertifications stay on the moved visit as early renewals …
    assert _uids(r.moved) == {f"{COP}/recertification/c0", "rjc-coc@2012/recertification/c0"}
    assert any("RJC Code of Practices 2019 Recertification audit starts before its window"
               " opens on 2027-02-14: an early renewal" in n for n in r.early)
    # … so the next COP certificate starts on the decision date 2027-01-29 (audit end
    # 2027-01-15 + 2 weeks) and ends 2030-01-28: its windows move by those dates
    moved = {s.now.uid: (s.was.earliest, s.was.latest, s.now.earliest, s.now.latest)
             for s in r.shifted}
    assert moved[f"{COP}/recertification/c1"] == (
        date(2030, 2, 14), date(2030, 6, 14), date(2029, 9, 28), date(2030, 1, 28))
    assert moved[f"{COP}/mid_term_review/c1"] == (
        date(2028, 6, 15), date(2029, 6, 15), date(2028, 1, 29), date(2029, 1, 29))
    assert moved["rjc-coc@2012/recertification/c1"][2:] == (date(2029, 9, 28),
                                                            date(2030, 1, 28))
    # the later visit holding the next COP recertification follows: 5 days ending 2030-01-28
    cop_c1 = next(v for v in r.later if f"{COP}/recertification/c1" in _uids(v))
    assert (cop_c1.start, cop_c1.end) == (date(2030, 1, 24), date(2030, 1, 28))
    change = next(c for c in r.changes if c.new is cop_c1)
    assert change.kind == "moved" and change.old.start == date(2030, 6, 10)
    # LBMA's year to 31 March 2027 and Fairmined cannot be audited in January: they get
    # their own visit, four weeks before the last start LBMA's window allows (26 June)
    assert {w.uid for w, _ in r.dropped} == {"lbma-rgg@9/annual_assurance/fy2027-03-31",
                                             "fairmined@2.0/recertification/c0"}
    added = [c.new for c in r.changes if c.kind == "added"]
    assert (date(2027, 5, 29), date(2027, 6, 2)) in _dates(added)
    assert r.impossible == []
    # every re-planned visit satisfies the cover definition; they all follow the moved one
    for v in r.later:
        assert v.start > r.moved.end
        for w in v.windows:
            assert why_not_covered(w, v.start, v.days, inp.calendar) is None


def test_a_recertification_moved_inside_its_window_keeps_the_next_certificate(refinery):
    inp, plan = refinery
    r = replan(inp, plan, 0, date(2027, 5, 3))
    assert r.dropped == [] and r.early == [] and r.shifted == []
    assert {c.kind for c in r.changes} == {"unchanged"}


def test_a_move_that_leaves_no_room_for_a_later_window_names_it(refinery):
    inp, plan = refinery
    # the 2028 visit dragged to 2029-06-26 – 2029-06-30: the 2029 assurance (financial
    # year to 31 March 2029, due by 30 June) has no room after it
    r = replan(inp, plan, 1, date(2029, 6, 26))
    assert _dates(r.kept) == [(date(2027, 6, 10), date(2027, 6, 14))]
    assert r.floor == date(2029, 7, 1)
    by_uid = {p.subject: p for p in r.impossible}
    p = by_uid["lbma-rgg@9/annual_assurance/fy2029-03-31"]
    assert p.code == explain.MOVED_PAST
    assert p.message == (
        "The LBMA Responsible Gold Guidance 9 Annual assurance engagement window 2029-04-01–"
        "2029-06-30 has no room left for a 5-day visit after the moved visit (2029-06-26–"
        "2029-06-30): the visits that follow it start on 2029-07-01.")
    assert p.alternatives == (
        "an extra 5-day visit from 2029-06-21 to 2029-06-25, before the moved visit",
        "start the moved visit by 2029-06-21 so that this audit still fits after it")
    # the moved visit's own 2028 audits: it can go back and cover them again
    own = by_uid["lbma-rgg@9/annual_assurance/fy2028-03-31"]
    assert "move the visit back to start by 2028-06-26, so that it covers this audit again" \
        in own.alternatives
    # the 2029 visit is gone; the 2030 one is untouched
    assert [c.old.start for c in r.changes if c.kind == "removed"] == [date(2029, 5, 29)]
    assert (date(2030, 6, 10), date(2030, 6, 14)) in _dates(r.later)


def test_a_visit_dragged_before_an_earlier_one_makes_that_one_follow_it(refinery):
    inp, plan = refinery
    r = replan(inp, plan, 1, date(2027, 5, 17))
    assert r.kept == [] and r.moved.windows == ()  # the 2028 audits are not open in May 2027
    first = r.later[0]
    assert (first.start, first.end) == (date(2027, 6, 10), date(2027, 6, 14))
    assert f"{COP}/recertification/c0" in _uids(first)


def test_check_move_returns_the_replanned_visits_as_read_rows(demo):
    check = check_move(demo, REFINERY, OPTS, 1, date(2027, 1, 11))
    assert check.moved_number == 1 and check.plan is not None
    assert [v.number for v in check.later] == list(range(2, len(check.plan.visits) + 1))
    moved = next(c for c in check.changes if c.change == "moved")
    assert (moved.was_start, moved.start) == (date(2030, 6, 10), date(2030, 1, 24))
    assert moved.audits == ("RJC Code of Practices 2019 Recertification audit",
                            "RJC Chain-of-Custody Standard 2012 Recertification audit")
    shift = next(s for s in check.shifted if s.uid == f"{COP}/recertification/c1")
    assert (shift.earliest, shift.latest) == (date(2029, 9, 28), date(2030, 1, 28))
    # the dropped audits are named; the new plan's windows point at their new visits
    assert not check.ok and any("LBMA" in p and "before the window opens on 2027-04-01" in p
                                for p in check.problems)
    planned = {w.uid: w.planned for w in check.plan.windows}
    assert planned["lbma-rgg@9/annual_assurance/fy2027-03-31"] == "visit 2"
    # the whole new plan has its teams
    assert all(v.team or v.team_problems for v in check.plan.visits if v.audits)
    impossible = check_move(demo, REFINERY, OPTS, 2, date(2029, 6, 26)).impossible
    assert {p.code for p in impossible} == {explain.MOVED_PAST}
