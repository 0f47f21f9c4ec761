"""A CB approval on record: which certification body may audit which scheme (version),
for which commodities and regions, over which dates — and the one reading of those rows
that both the window step (may *some* CB audit on these days?) and the team step (may
*this* CB?) use.

A renewal is often recorded as a second row starting the day after the first ends; such
rows chain into one continuous approval, so a visit across the renewal date is approved.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Approval:
    cb_id: int
    scheme_id: str
    version_key: str | None  # None: every version of the scheme
    start: date
    end: date | None
    commodities: tuple[str, ...] = ()  # empty: any
    regions: tuple[str, ...] = ()  # empty: anywhere
    cb: str = ""  # the CB's name, for explanations


@dataclass(frozen=True)
class ApprovedPeriod:
    """One CB's unbroken approval for a scheme version at one site (rows chained)."""

    cb_id: int
    cb: str
    start: date
    end: date | None  # None: open-ended

    def covers(self, first: date, last: date) -> bool:
        return self.start <= first and (self.end is None or last <= self.end)


def _scope_ok(values: tuple[str, ...], *wanted: str) -> bool:
    return not values or any(w and w in values for w in wanted)


def applies(a: Approval, version_key: str, commodity: str, places: tuple[str, ...]) -> bool:
    """Whether the row approves its CB for this scheme version, commodity and place."""
    return (a.scheme_id == version_key.split("@")[0] and a.version_key in (None, version_key)
            and _scope_ok(a.commodities, commodity) and _scope_ok(a.regions, *places))


def chain(periods: Iterable[tuple[date, date | None]]) -> list[tuple[date, date | None]]:
    """Periods merged where they overlap or one starts the day after another ends."""
    out: list[list] = []
    for start, end in sorted(periods, key=lambda p: p[0]):
        if out and (out[-1][1] is None or start <= out[-1][1] + ONE_DAY):
            if out[-1][1] is not None and (end is None or end > out[-1][1]):
                out[-1][1] = end
            continue
        out.append([start, end])
    return [(s, e) for s, e in out]


def approved_periods(approvals: Iterable[Approval], version_key: str, commodity: str,
                     places: tuple[str, ...]) -> tuple[ApprovedPeriod, ...]:
    """Every CB's chained approval periods for this scheme version at a site."""
    by_cb: dict[int, list[Approval]] = {}
    for a in approvals:
        if applies(a, version_key, commodity, places):
            by_cb.setdefault(a.cb_id, []).append(a)
    out = []
    for cb_id, rows in sorted(by_cb.items()):
        name = rows[0].cb
        out += [ApprovedPeriod(cb_id, name, s, e) for s, e in chain((a.start, a.end)
                                                                   for a in rows)]
    return tuple(out)


def last_known_end(periods: Iterable[ApprovedPeriod]) -> date | None:
    """The last day any applicable approval runs to; None if one is open-ended or none is
    recorded."""
    ends = [p.end for p in periods]
    known = [e for e in ends if e is not None]
    if not ends or len(known) < len(ends):
        return None
    return max(known)


def assumed_renewed(periods: Iterable[ApprovedPeriod], opens: date) -> date | None:
    """The last recorded approval end, if a window opening on ``opens`` starts after every
    applicable approval ends: approvals are renewed as a matter of course, so such a window
    is planned as if renewed (with a warning). Both steps ask this, with the window's
    opening day, so they never disagree."""
    last = last_known_end(list(periods))
    return last if last is not None and opens > last else None
