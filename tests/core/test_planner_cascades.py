"""Planning with cascades: a renewing audit's planned date fixes the next certificate and so
every later window of its scheme; the exhaustive search is never worse than the greedy
heuristic and both plans satisfy the cover definition."""

from __future__ import annotations

import random
from datetime import date, timedelta

from jointaudit.planning.cycles import SchemeHistory, start_chain
from jointaudit.planning.effort import EffortContext
from jointaudit.planning.exact import plan_exact
from jointaudit.planning.visits import PlanInput, plan_greedy
from jointaudit.planning.windows import Blackout, SiteCalendar, why_not_covered
from tests.core.planner_packs import d, kind, make_pack

H0 = date(2027, 1, 1)


def decision_pack(name: str, months: int, weeks: int):
    """Validity from the decision date (2 weeks after the audit), renewed in the last
    ``weeks`` weeks before expiry."""
    return make_pack(name, {
        "validity": {"months": months}, "next_validity_starts": "decision_date",
        "decision_lag": {"weeks": 2},
        "audits": [kind("certification", "first", d("membership_start"),
                        d("membership_start", weeks=weeks), renews=True, days=1),
                   kind("recertification", "cycle", d("certificate_expiry", weeks=-weeks),
                        d("certificate_expiry"), renews=True, days=1)]})


def _instance(rng, days):
    packs = [decision_pack("ca", rng.choice([1, 2]), rng.randint(1, 2)),
             decision_pack("cb", rng.choice([1, 2]), rng.randint(1, 2))]
    end = H0 + timedelta(days=days)
    chains = tuple(start_chain(SchemeHistory(p, member_since=H0 + timedelta(rng.randint(0, 20))),
                               H0, end) for p in packs)
    s = H0 + timedelta(rng.randint(0, days))
    cal = SiteCalendar((Blackout(s, s + timedelta(rng.randint(1, 6)), "holiday"),))
    return PlanInput(chains, (), {p.version_key: p for p in packs}, cal,
                     EffortContext(fixed_visit_days=1), H0, end)


def _check(plan, inp):
    for v in plan.visits:
        for w in v.windows:
            assert why_not_covered(w, v.start, v.days, inp.calendar) is None
    uids = [w.uid for v in plan.visits for w in v.windows]
    assert len(uids) == len(set(uids))


def test_the_next_window_follows_the_planned_date():
    pack = decision_pack("ca", 12, 8)
    inp = PlanInput((start_chain(SchemeHistory(pack, member_since=date(2027, 3, 31)), H0,
                                 date(2029, 12, 31)),), (), {pack.version_key: pack},
                    SiteCalendar(), EffortContext(fixed_visit_days=1), H0, date(2029, 12, 31))
    plan = plan_greedy(inp)
    first, second = plan.visits[:2]
    assert first.start == date(2027, 5, 26)  # the last day of 8 weeks after joining
    # decision 2 weeks later (9 Jun 2027) starts a 1-year certificate ending 8 Jun 2028;
    # recertification in its last 8 weeks, planned on its last day
    assert (second.windows[0].earliest, second.windows[0].latest) == (
        date(2028, 4, 13), date(2028, 6, 8))
    assert second.start == date(2028, 6, 8)


def test_exhaustive_search_is_never_worse_than_the_heuristic():
    rng = random.Random(3)
    for _ in range(4):
        inp = _instance(rng, 75)
        greedy, exact = plan_greedy(inp), plan_exact(inp, max_states=20_000)
        assert exact is not None
        _check(greedy, inp)
        _check(exact, inp)
        assert len(exact.visits) <= len(greedy.visits)
