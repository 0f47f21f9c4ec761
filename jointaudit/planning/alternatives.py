"""Concrete alternatives for a window no visit can cover: *which* other CB, *which* split.

* **Another CB.** When no approval on record lets a CB audit a window on its possible dates,
  name the CBs of the workspace that come closest — approved for the scheme but under another
  version, another commodity or region, or over other dates — with what they lack and whether
  one of their auditors is qualified as lead for the scheme on those dates; or say plainly
  that no CB of the workspace is approved for the scheme, and the approval period a visit
  would need. The workspace's approvals and leads arrive as plain data
  (:class:`CbDirectory`, filled by ``planning.inputs``) on the site's calendar
  (:class:`PlanningCalendar`), so this module never reads the database.
* **Split visit.** A multi-facility scope (e.g. RJC: every facility within 4 months of the
  first audit day) need not be one visit. :func:`split_facilities` shares the facilities over
  k visits (k = 2, 3, …), each as long as its share of the single visit's days (so never
  longer than the maximum visit length), placed as early as the cover rules allow — no
  blackout, approvals through the report deadline, inside the window — and keeps the first
  split whose last visit ends within the scope limit of the first day.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date

from jointaudit.common.date_rules import add
from jointaudit.planning.approvals import Approval
from jointaudit.planning.cycles import AuditWindow
from jointaudit.planning.windows import ONE, SiteCalendar, report_deadline, why_not_covered


@dataclass(frozen=True)
class LeadOnRecord:
    """An auditor's lead qualification for a scheme, with the CB the auditor works for."""

    cb: str
    auditor: str
    scheme_id: str
    start: date
    end: date | None
    commodities: tuple[str, ...] = ()


@dataclass(frozen=True)
class CbDirectory:
    """Every CB approval and lead qualification on record, and the site's scope."""

    approvals: tuple[Approval, ...] = ()
    leads: tuple[LeadOnRecord, ...] = ()
    commodity: str = ""
    places: tuple[str, ...] = ()  # the site's country and region


@dataclass(frozen=True)
class PlanningCalendar(SiteCalendar):
    """A site calendar that also carries the workspace's CBs, for the explanations."""

    cbs: CbDirectory | None = None


def _scheme(window: AuditWindow) -> str:
    return window.version_key.split("@")[0]


def _version(key: str) -> str:
    return key.split("@", 1)[1] if "@" in key else key


def _until(end: date | None) -> str:
    return end.isoformat() if end else "open-ended"


def _lacks(a: Approval, window: AuditWindow, d: CbDirectory) -> list[str]:
    """What keeps this approval from applying to the window at this site (dates aside)."""
    out = []
    if a.version_key not in (None, window.version_key):
        out.append(f"version {_version(a.version_key)}, not {_version(window.version_key)}")
    if a.commodities and d.commodity not in a.commodities:
        out.append(f"{', '.join(a.commodities)} only, not {d.commodity or 'this commodity'}")
    if a.regions and not set(d.places) & set(a.regions):
        where = next((p for p in d.places if p), "this site")
        out.append(f"only in {', '.join(a.regions)}, not {where}")
    return out


def _leads(d: CbDirectory, cb: str, scheme: str, start: date, end: date) -> list[str]:
    return sorted({q.auditor for q in d.leads if q.cb == cb and q.scheme_id == scheme
                   and q.start <= start and (q.end is None or end <= q.end)
                   and (not q.commodities or d.commodity in q.commodities)})


def other_cbs(window: AuditWindow, length: int, cal: SiteCalendar,
              starts: list[date], named: str = "") -> list[str]:
    """Alternatives naming the CBs that could audit the window on one of ``starts`` (the
    days whose only obstacle is the approval), and what each lacks; ``named`` is a CB whose
    renewal is already proposed."""
    first = starts[0]
    need = report_deadline(window, first + (length - 1) * ONE)
    period = f"{first.isoformat()} through {need.isoformat()}"
    d = getattr(cal, "cbs", None)
    if d is None:
        return [f"another CB approved for {window.scheme_label} from {period}"]
    scheme = _scheme(window)
    out = []
    for cb in sorted({a.cb for a in d.approvals if a.scheme_id == scheme} - {named}):
        best = None  # ((how much it lacks, no lead), sentence)
        for a in (a for a in d.approvals if a.cb == cb and a.scheme_id == scheme):
            lacks = _lacks(a, window, d)
            s = next((s for s in starts if a.start <= s and (
                a.end is None or report_deadline(window, s + (length - 1) * ONE) <= a.end)),
                None)
            if s is None:
                lacks.append(f"does not cover {period}")
                s = first
            end = s + (length - 1) * ONE
            leads = _leads(d, cb, scheme, s, end)
            who = (f"its lead {', '.join(leads)} is qualified from {s.isoformat()}" if leads
                   else f"none of its auditors is qualified as lead for {scheme} from"
                   f" {s.isoformat()}")
            text = (f"another CB: {cb}, approved for {scheme} {a.start.isoformat()}–"
                    f"{_until(a.end)}: {'; '.join(lacks)}; {who}")
            if best is None or (len(lacks), not leads) < best[0]:
                best = ((len(lacks), not leads), text)
        if best is not None:
            out.append(best[1])
    scope = ", ".join(p for p in (d.commodity, *d.places) if p)
    out.append(f"no CB in the workspace is approved for {window.scheme_label}"
               f"{f' ({scope})' if scope else ''} from {period}: that is the approval a"
               " visit on those dates needs")
    return out


def split_facilities(window: AuditWindow, length: int, cal: SiteCalendar,
                     floor: date) -> list[tuple[date, date, int]] | None:
    """The window's facilities over the fewest visits that fit: (start, end, facilities)
    per visit, or None when no split fits."""
    n = window.facilities
    if n < 2:
        return None
    single = replace(window, scope_within=None)  # each part on its own; the scope below
    seen: dict[tuple[date, int], bool] = {}

    def fits(day: date, days: int) -> bool:
        if (day, days) not in seen:
            seen[day, days] = why_not_covered(single, day, days, cal) is None
        return seen[day, days]

    def place(day: date, sizes: list[int], lengths: list[int]):
        parts = []
        for size, days in zip(sizes, lengths, strict=True):
            while day + (days - 1) * ONE <= window.latest and not fits(day, days):
                day += ONE
            if day + (days - 1) * ONE > window.latest:
                return None
            parts.append((day, day + (days - 1) * ONE, size))
            day += days * ONE
        return parts

    for k in range(2, n + 1):
        sizes = [n // k + (1 if i < n % k else 0) for i in range(k)]
        lengths = [max(1, math.ceil(length * size / n)) for size in sizes]
        day = max(window.earliest, floor)
        while day <= window.latest:
            parts = place(day, sizes, lengths)
            if parts is None:
                break
            if window.scope_within is None or parts[-1][1] < add(parts[0][0],
                                                                   window.scope_within):
                return parts
            day = parts[0][0] + ONE
    return None


def describe_split(window: AuditWindow, parts: list[tuple[date, date, int]]) -> str:
    pieces = ", ".join(f"{n} facilit{'y' if n == 1 else 'ies'} {a.isoformat()}–{b.isoformat()}"
                       for a, b, n in parts)
    limit = "" if window.scope_within is None else (
        f", all within {window.scope_within.describe()} of {parts[0][0].isoformat()}")
    return f"split the {window.facilities} facilities over {len(parts)} visits: {pieces}{limit}"
