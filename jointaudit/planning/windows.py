"""The cover definition: when a visit of L days starting on s covers an audit window.

A visit occupies [s, s+L−1]. It covers a window iff s ≥ earliest, s+L−1 ≤ latest, no visit
day falls in a site blackout, the window's scheme has an approval valid on every visit day
and through the report deadline (last day + the pack's report lag), and — for a
multi-facility scope — the visit ends within the pack's limit from its first day.
Everything the planner decides goes through these functions, and the oracle test checks
every planned visit against :func:`why_not_covered`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property

from jointaudit.common.date_rules import Offset, add
from jointaudit.planning.cycles import AuditWindow

ONE = timedelta(days=1)


@dataclass(frozen=True)
class Blackout:
    start: date
    end: date
    reason: str = ""

    def describe(self) -> str:
        what = f" ({self.reason})" if self.reason else ""
        return f"blackout {self.start.isoformat()}–{self.end.isoformat()}{what}"


@dataclass(frozen=True)
class ApprovalSpan:
    """A period in which some CB may audit a scheme version at this site."""

    version_key: str
    start: date
    end: date | None  # None: open-ended
    holder: str = ""  # the CB's name

    def describe(self) -> str:
        until = self.end.isoformat() if self.end else "open-ended"
        return f"{self.holder or 'a CB'} approved {self.start.isoformat()}–{until}"


@dataclass(frozen=True)
class SiteCalendar:
    """What limits a site's visit dates: its blackouts and its schemes' CB approvals.

    ``approvals`` is None when approvals are not checked (none recorded in the workspace);
    a version key missing from a checked mapping means no CB is approved for it at all.
    """

    blackouts: tuple[Blackout, ...] = ()
    approvals: dict[str, tuple[ApprovalSpan, ...]] | None = None

    @cached_property
    def _by_start(self) -> tuple[list[date], list[Blackout], list[date]]:
        """Blackouts by first day, with the latest last day among each prefix: the planner
        asks "which blackout does this visit hit" millions of times in a portfolio plan."""
        ordered = sorted(self.blackouts, key=lambda b: (b.start, b.end))
        reach, last = [], date.min
        for b in ordered:
            last = max(last, b.end)
            reach.append(last)
        return [b.start for b in ordered], ordered, reach

    def blackout_hit(self, start: date, end: date) -> Blackout | None:
        """The last-starting blackout overlapping [start, end], if any."""
        starts, ordered, reach = self._by_start
        i = bisect_right(starts, end) - 1  # the last blackout starting on or before ``end``
        while i >= 0 and reach[i] >= start:
            if ordered[i].end >= start:
                return ordered[i]
            i -= 1
        return None


def report_deadline(window: AuditWindow, end: date) -> date:
    return add(end, window.report_lag)


def beyond_known_approvals(cal: SiteCalendar, window: AuditWindow) -> date | None:
    """The last recorded approval end, if the window opens after every approval ends.

    Approvals are renewed as a matter of course, so a window that opens after the last
    recorded approval of its scheme is planned as if renewed, with a warning; a window that
    opens while approvals are recorded must fit them."""
    spans = (cal.approvals or {}).get(window.version_key, ())
    if not spans or any(a.end is None for a in spans):
        return None
    last = max(a.end for a in spans if a.end is not None)
    return last if window.earliest > last else None


def _approval_ok(cal: SiteCalendar, window: AuditWindow, start: date, end: date) -> bool:
    if cal.approvals is None or beyond_known_approvals(cal, window):
        return True
    until = report_deadline(window, end)
    return any(a.start <= start and (a.end is None or until <= a.end)
               for a in cal.approvals.get(window.version_key, ()))


def _scope_ok(window: AuditWindow, start: date, end: date) -> bool:
    return window.scope_within is None or end < add(start, window.scope_within)


def why_not_covered(window: AuditWindow, start: date, length: int,
                    cal: SiteCalendar) -> str | None:
    """None if a visit [start, start+length−1] covers the window, else the reason why not."""
    end = start + (length - 1) * ONE
    if start < window.earliest:
        return f"starts before the window opens on {window.earliest.isoformat()}"
    if end > window.latest:
        return f"ends after the window closes on {window.latest.isoformat()}"
    b = cal.blackout_hit(start, end)
    if b is not None:
        return f"falls in the {b.describe()}"
    if not _approval_ok(cal, window, start, end):
        return (f"no CB approval for {window.scheme_label} covers the visit and the report"
                f" deadline {report_deadline(window, end).isoformat()}")
    if not _scope_ok(window, start, end):
        within = window.scope_within.describe() if window.scope_within else "its limit"
        return f"the multi-facility scope must finish within {within}"
    return None


def covers(window: AuditWindow, start: date, length: int, cal: SiteCalendar) -> bool:
    """``why_not_covered(...) is None``, without wording the reason (the planner asks this
    for every candidate window; tests/core/test_cover_definition.py checks they agree)."""
    end = start + (length - 1) * ONE
    return (window.earliest <= start and end <= window.latest
            and cal.blackout_hit(start, end) is None
            and (cal.approvals is None or _approval_ok(cal, window, start, end))
            and (window.scope_within is None or _scope_ok(window, start, end)))


def covers_all(windows: Iterable[AuditWindow], start: date, length: int,
               cal: SiteCalendar) -> bool:
    """Whether one visit covers every window: :func:`covers` for each, with the site's
    blackouts (the same for every window) looked up once."""
    end = start + (length - 1) * ONE
    if cal.blackout_hit(start, end) is not None:
        return False
    for w in windows:
        if not (w.earliest <= start and end <= w.latest
                and (cal.approvals is None or _approval_ok(cal, w, start, end))
                and (w.scope_within is None or _scope_ok(w, start, end))):
            return False
    return True


def _last_end_for(window: AuditWindow, approval_end: date) -> date:
    """The last visit day whose report deadline still falls within an approval."""
    lag = window.report_lag
    x = add(approval_end, Offset(-lag.years, -lag.months, -lag.weeks, -lag.days))
    while add(x, lag) > approval_end:
        x -= ONE
    while add(x + ONE, lag) <= approval_end:
        x += ONE
    return x


def latest_start(window: AuditWindow, length: int, cal: SiteCalendar,
                 floor: date) -> date | None:
    """The latest s ≥ floor at which a visit of ``length`` days covers the window."""
    low = max(window.earliest, floor)
    span = (length - 1) * ONE
    s = window.latest - span
    spans = None if cal.approvals is None else cal.approvals.get(window.version_key, ())
    while s >= low:
        b = cal.blackout_hit(s, s + span)
        if b is not None:
            s = b.start - ONE - span
            continue
        if spans is not None and not _approval_ok(cal, window, s, s + span):
            best = None  # the latest start some approval allows at or before s
            for a in spans:
                last = s if a.end is None else min(s, _last_end_for(window, a.end) - span)
                if last >= a.start and (best is None or last > best):
                    best = last
            if best is None or best >= s:
                return None
            s = best
            continue
        if not _scope_ok(window, s, s + span):
            return None
        return s
    return None


def earliest_start(windows: Iterable[AuditWindow], length: int, cal: SiteCalendar,
                   floor: date, ceiling: date) -> date | None:
    """The earliest s in [floor, ceiling] covering every given window (for left-shifting)."""
    ws = list(windows)
    s = max([floor] + [w.earliest for w in ws])
    span = (length - 1) * ONE
    while s <= ceiling:
        b = cal.blackout_hit(s, s + span)
        if b is not None:
            s = b.end + ONE
            continue
        if covers_all(ws, s, length, cal):
            return s
        s += ONE
    return None
