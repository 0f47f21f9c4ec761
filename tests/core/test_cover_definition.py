"""The cover definition's fast paths agree with its plain statement.

The planner asks "does this visit cover that window" hundreds of thousands of times in a
portfolio plan, so ``covers`` answers without wording a reason and blackouts are found by
bisection. Here both are checked against the worded ``why_not_covered`` and a linear scan,
on random windows, blackouts, CB approvals and multi-facility scopes around 29 Feb 2028.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from jointaudit.common.date_rules import Offset
from jointaudit.planning.cycles import AuditWindow
from jointaudit.planning.windows import (
    ApprovalSpan,
    Blackout,
    SiteCalendar,
    covers,
    covers_all,
    why_not_covered,
)

DAY0 = date(2028, 2, 10)


def _day(rng: random.Random, span: int = 60) -> date:
    return DAY0 + timedelta(rng.randint(0, span))


def _window(rng: random.Random, i: int) -> AuditWindow:
    a = _day(rng)
    return AuditWindow(
        uid=f"w{i}", version_key=rng.choice(["rjc-cop@2019", "irma@1.0"]), scheme_label="S",
        kind="audit", label="audit", mode="on_site", earliest=a,
        latest=a + timedelta(rng.randint(0, 30)), due=None, reason="test", verified=True,
        report_lag=Offset(days=rng.choice([0, 14, 60])),
        scope_within=rng.choice([None, Offset(days=3), Offset(months=1)]))


def _calendar(rng: random.Random) -> SiteCalendar:
    blackouts = []
    for _ in range(rng.randint(0, 6)):
        a = _day(rng)
        blackouts.append(Blackout(a, a + timedelta(rng.randint(0, 12)), "closed"))
    approvals = None
    if rng.random() < 0.7:
        approvals = {}
        for key in ("rjc-cop@2019", "irma@1.0"):
            spans = []
            for _ in range(rng.randint(0, 2)):
                a = _day(rng) - timedelta(30)
                end = None if rng.random() < 0.2 else a + timedelta(rng.randint(10, 120))
                spans.append(ApprovalSpan(key, a, end, "Audit CB"))
            if spans:
                approvals[key] = tuple(spans)
    return SiteCalendar(tuple(blackouts), approvals)


@pytest.mark.parametrize("seed", range(5))
def test_covers_says_yes_exactly_when_no_reason_is_worded(seed):
    rng = random.Random(seed)
    for _ in range(400):
        cal = _calendar(rng)
        windows = [_window(rng, i) for i in range(rng.randint(1, 3))]
        start, length = _day(rng), rng.randint(1, 6)
        for w in windows:
            assert covers(w, start, length, cal) == (
                why_not_covered(w, start, length, cal) is None), (w, start, length, cal)
        assert covers_all(windows, start, length, cal) == all(
            why_not_covered(w, start, length, cal) is None for w in windows)


@pytest.mark.parametrize("seed", range(5))
def test_the_blackout_found_by_bisection_is_the_last_starting_one_that_overlaps(seed):
    rng = random.Random(seed)
    for _ in range(400):
        cal = _calendar(rng)
        start = _day(rng)
        end = start + timedelta(rng.randint(0, 8))
        overlapping = [b for b in cal.blackouts if b.start <= end and b.end >= start]
        hit = cal.blackout_hit(start, end)
        if not overlapping:
            assert hit is None
        else:
            assert hit in overlapping
            assert hit.start == max(b.start for b in overlapping)
