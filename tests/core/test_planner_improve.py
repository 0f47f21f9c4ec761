"""Improving the greedy plan by pulling renewing audits earlier (planning/improve.py).

The greedy planner audits every renewal as late as its window allows. The improvement
search tries a few earlier days for each visit holding a cascading renewal, re-plans the
rest, and keeps a move only when the whole plan scores better:

* on the shipped RMAP + LBMA refinery where greedy needs 5 visits and the exact optimum 4,
  it finds the 4 (the same dates as the exact search);
* it is never worse than the greedy plan, every visit satisfies the cover definition and
  every chain's windows are what ``advance`` produces from the planned dates;
* on small instances it is never better than the exact optimum (it finds plans, it does
  not invent them), and it does close part of the greedy heuristic's gap;
* the product plans each site with it, within a re-plan budget per portfolio.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.planning.cycles import SchemeHistory, periodic_windows, start_chain
from jointaudit.planning.effort import EffortContext
from jointaudit.planning.exact import plan_exact, plan_score
from jointaudit.planning.improve import improve
from jointaudit.planning.portfolio import plan_site, site_budget
from jointaudit.planning.visits import PlanInput, plan_greedy
from jointaudit.planning.windows import Blackout, SiteCalendar
from tests.conftest import PACKS
from tests.core.test_planner_exact import (
    LBMA,
    RMAP,
    assert_valid,
    refinery,
    shipped_instance,
    tiny_instance,
    weekly_instance,
)

DAY = timedelta(days=1)


def test_pulling_rmap_earlier_aligns_it_with_lbma_and_saves_a_visit():
    inp = refinery(date(2027, 2, 25), date(2028, 12, 31))
    greedy = plan_greedy(inp)
    better = improve(inp, greedy)
    # greedy: RMAP re-audits on 23–25 Feb 2027, 23–25 Feb 2028, 23–25 Feb 2029 (each the
    # last days of its window), LBMA assurance on 28 Aug – 2 Sep 2027 and 2028 (four weeks
    # before the last start its 1 Jul – 30 Sep window allows): 5 visits
    assert (len(greedy.visits), greedy.auditor_days) == (5, 21.0)
    # improved: RMAP re-audit pulled to 1–3 Jan 2027 → status 4 Jan 2027 to 3 Jan 2028,
    # re-audit window 3 Oct 2027 – 3 Jan 2028, audited 3–5 Oct 2027 → status to 5 Oct 2028,
    # re-audit window 5 Jul – 5 Oct 2028, which meets LBMA's 1 Jul – 30 Sep 2028: one joint
    # visit
    assert [(v.start, v.end) for v in better.visits] == [
        (date(2027, 1, 1), date(2027, 1, 3)), (date(2027, 8, 28), date(2027, 9, 2)),
        (date(2027, 10, 3), date(2027, 10, 5)), (date(2028, 7, 5), date(2028, 7, 13))]
    joint = better.visits[-1]
    assert {w.version_key for w in joint.windows} == {RMAP.version_key, LBMA.version_key}
    assert (len(better.visits), better.auditor_days) == (4, 20.4)
    assert plan_score(better) == plan_score(plan_exact(inp))
    # two moves, each explained: the first re-audit to the horizon start (its re-plan
    # already ends earlier), then the next one from 1 Jan 2028 to 3 Oct 2027, which saves the
    # visit
    first, _, second, _ = (v.why for v in better.visits)
    assert "brought forward from 2027-02-23 by the improvement search" in first
    assert "brought forward from 2028-01-01" in second
    assert "needs 1 visit(s) fewer" in second
    assert_valid(better, inp)


def test_no_budget_keeps_the_greedy_plan():
    inp = refinery(date(2027, 2, 25), date(2028, 12, 31))
    greedy = plan_greedy(inp)
    assert improve(inp, greedy, budget=0) is greedy


def five_scheme_site(rng: random.Random) -> PlanInput:
    """A site holding all five shipped schemes' certificates over three years, with a
    rainy season and December holidays every year."""
    h0 = date(2027, 1, 1)
    h1 = h0 + 3 * 365 * DAY
    packs = [validate_pack_file(PACKS / f"{n}.yaml") for n in
             ("rjc-cop-2019", "fairmined-2.0", "irma-1.0", "lbma-rgg-9", "rmi-rmap")]
    fye = rng.choice(["03-31", "06-30", "12-31"])
    histories = []
    for pack in packs:
        years = pack.cycle.validity.years or 1
        start = h0 - rng.randint(0, 365 * years - 1) * DAY
        histories.append(SchemeHistory(pack, certificate_start=start,
                                       certificate_expiry=start + (365 * years - 1) * DAY,
                                       financial_year_end=fye))
    blackouts = []
    for year in range(h0.year, h1.year + 1):
        m = rng.randint(1, 10)
        blackouts += [Blackout(date(year, m, 1), date(year, m + 1, 28), "rain"),
                      Blackout(date(year, 12, 20), date(year, 12, 31), "holidays")]
    return PlanInput(tuple(start_chain(h, h0, h1) for h in histories),
                     tuple(w for h in histories for w in periodic_windows(h, h0, h1)),
                     {p.version_key: p for p in packs}, SiteCalendar(tuple(blackouts)),
                     EffortContext(rng.choice(["mine", "refinery"]),
                                   rng.choice(["small", "medium", "large"]),
                                   max_visit_days=5), h0, h1)


def test_improved_plans_are_valid_and_never_worse_than_greedy():
    rng = random.Random(3)
    fewer = 0
    for inp in [shipped_instance(rng) for _ in range(12)] + \
               [five_scheme_site(rng) for _ in range(8)]:
        greedy = plan_greedy(inp)
        better = improve(inp, greedy)
        assert plan_score(better) <= plan_score(greedy)
        assert_valid(better, inp)
        fewer += len(better.visits) < len(greedy.visits)
    assert fewer  # the search does save visits on real packs, not only keep the plan


def test_improved_plans_are_never_better_than_the_exact_optimum():
    rng = random.Random(21)
    closed = 0
    instances = [tiny_instance(rng) for _ in range(30)] + \
        [weekly_instance(rng) for _ in range(30)] + [shipped_instance(rng) for _ in range(4)]
    for inp in instances:
        exact = plan_exact(inp)
        greedy = plan_greedy(inp)
        better = improve(inp, greedy)
        assert plan_score(exact) <= plan_score(better) <= plan_score(greedy)
        assert_valid(better, inp)
        closed += plan_score(better) < plan_score(greedy)
    assert closed


def test_the_product_plans_each_site_with_the_improvement_within_a_portfolio_budget():
    inp = refinery(date(2027, 2, 25), date(2028, 12, 31))
    assert len(plan_site(inp).visits) == 4
    # greedy's fifth visit (23–25 Feb 2029) ends after the plan's last day, 31 Dec 2028: it
    # belongs to the next plan and is named in a note, not planned
    greedy = plan_site(inp, improve_budget=0)
    assert len(greedy.visits) == 4 and [w.uid for w in greedy.beyond] == [
        "rmi-rmap@gold/re_audit/c2"]
    assert "can be audited after the plan ends on 2028-12-31" in greedy.notes[-1]
    # 40 re-plans for each site up to 25 sites; beyond, 1,000 shared: 1 each for 1,000
    assert (site_budget(1), site_budget(25), site_budget(100), site_budget(1000),
            site_budget(10_000)) == (40, 40, 10, 1, 0)


def test_an_earlier_end_alone_does_not_cut_a_certificate_short(tmp_path):
    """Demo mine, five years from 22 Nov 2026: pulling the joint IRMA + RJC COP
    recertification (greedy: 25 Feb 2032, after the plan's last day) into late October 2031
    would end the plan earlier but save no visit and no auditor-day, while the certificates
    it renews lose four months. The search may pass through such moves; the site keeps the
    greedy plan, and the recertification belongs to the next plan."""
    from jointaudit.demo.seed import create_demo_workspace
    from jointaudit.planning.inputs import PlanOptions
    from jointaudit.services.planning import plan_sites

    ws = create_demo_workspace(tmp_path / "demo.jaworkspace")
    try:
        (view,) = plan_sites(ws, "Nkwanta Ridge Gold Mine", PlanOptions(date(2026, 11, 22), 5))
    finally:
        ws.close()
    last = view.visits[-1]
    # IRMA's surveillance is due *within* 18 months (a deadline on the window's last day
    # 2030-09-01, no due date inside it, last start 2030-08-30): the visit joins nothing, so
    # it is planned four weeks (the safety margin) before that start, not at month 12
    assert (last.start, last.end) == (date(2030, 8, 2), date(2030, 8, 4))
    assert "safety margin" in last.why
    assert not any("improvement search" in v.why for v in view.visits)
    assert len(view.visits) == 3
    assert {w.planned for w in view.windows if w.kind in ("reassessment", "recertification")
            and w.latest > date(2031, 11, 21)} == {"after the horizon"}


def test_windows_computed_up_front_are_left_where_greedy_put_them(monkeypatch):
    """With every window computed up front (``cycles.project``: each audit assumed on its
    due date), no chain moves with a visit's date, so there is nothing to improve even
    though the RMAP re-audits are renewals: the greedy plan comes back untouched, without
    spending a re-plan."""
    from jointaudit.planning.cycles import project

    base = refinery(date(2027, 2, 25), date(2028, 12, 31))
    rmap = base.chains[0].history
    fixed = tuple(project(rmap, base.horizon_start, base.horizon_end).windows) + base.fixed
    inp = PlanInput((), fixed, base.packs, base.calendar, base.effort, base.horizon_start,
                    base.horizon_end)
    assert any(w.cascades for w in fixed)  # renewals, by kind
    greedy = plan_greedy(inp)
    replans = []
    monkeypatch.setattr("jointaudit.planning.improve.replan",
                        lambda *args: replans.append(args))
    assert improve(inp, greedy) is greedy
    assert replans == []
