"""Oracle: on random small instances with fixed windows, blackouts and visit lengths, the
planner's visit count equals the minimum a brute-force search finds, and every visit
satisfies the cover definition (checked here from first principles, not by the planner's
own cover function)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import combinations

import pytest

from jointaudit.planning.cycles import AuditWindow
from jointaudit.planning.effort import EffortContext
from jointaudit.planning.visits import PlanInput, plan_greedy
from jointaudit.planning.windows import Blackout, SiteCalendar
from tests.core.planner_packs import annual_pack

DAY0 = date(2028, 2, 20)  # the range crosses 29 Feb 2028
PACK = annual_pack("orc")


def _instance(rng: random.Random):
    span = rng.randint(8, 40)
    windows = []
    for i in range(rng.randint(1, 6)):
        a = rng.randint(0, span - 1)
        b = rng.randint(a, min(span - 1, a + rng.randint(0, 15)))
        windows.append(AuditWindow(
            uid=f"w{i}", version_key=PACK.version_key, scheme_label="ORC", kind="audit",
            label="audit", mode="on_site", earliest=DAY0 + timedelta(a),
            latest=DAY0 + timedelta(b), due=None, reason="test", verified=True))
    blackouts = []
    for _ in range(rng.randint(0, 3)):
        a = rng.randint(0, span - 1)
        blackouts.append(Blackout(DAY0 + timedelta(a), DAY0 + timedelta(a + rng.randint(0, 4))))
    return windows, tuple(blackouts), rng.randint(1, 4)


def _feasible_starts(w, blackouts, length):
    """Start days whose whole visit lies inside the window and outside every blackout."""
    out = set()
    day = w.earliest
    while day + timedelta(length - 1) <= w.latest:
        visit = {day + timedelta(k) for k in range(length)}
        if not any(b.start <= d <= b.end for b in blackouts for d in visit):
            out.add(day)
        day += timedelta(1)
    return out


def _brute_force_minimum(windows, blackouts, length):
    options = {w.uid: _feasible_starts(w, blackouts, length) for w in windows}
    coverable = {uid: s for uid, s in options.items() if s}
    if not coverable:
        return 0, set(options) - set(coverable)
    days = sorted(set().union(*coverable.values()))
    for k in range(1, len(coverable) + 1):
        for chosen in combinations(days, k):
            if all(s & set(chosen) for s in coverable.values()):
                return k, set(options) - set(coverable)
    raise AssertionError("unreachable: one day per window always works")


@pytest.mark.parametrize("seed", range(4))
def test_greedy_visit_count_is_the_brute_force_minimum(seed):
    rng = random.Random(seed)
    for _ in range(60):  # 4 × 60 = 240 instances
        windows, blackouts, length = _instance(rng)
        inp = PlanInput(chains=(), fixed=tuple(windows), packs={PACK.version_key: PACK},
                        calendar=SiteCalendar(blackouts=blackouts),
                        effort=EffortContext(fixed_visit_days=length),
                        horizon_start=DAY0, horizon_end=DAY0 + timedelta(60))
        plan = plan_greedy(inp)
        minimum, impossible = _brute_force_minimum(windows, blackouts, length)
        assert len(plan.visits) == minimum, (windows, blackouts, length, plan.visits)
        assert {p.subject for p in plan.problems} == impossible
        assigned = [w.uid for v in plan.visits for w in v.windows]
        assert sorted(assigned) == sorted(set(assigned))  # each window in exactly one visit
        assert set(assigned) | impossible == {w.uid for w in windows}
        for v in plan.visits:
            assert v.days == length
            days = {v.start + timedelta(k) for k in range(length)}
            assert not any(b.start <= d <= b.end for b in blackouts for d in days)
            for w in v.windows:
                assert w.earliest <= v.start and v.end <= w.latest
