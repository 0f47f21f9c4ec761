"""Why a window cannot be covered, in words, with the nearest alternatives.

The planner never raises for an impossible plan: it names the window, blackout, approval or
auditor that makes it impossible (a stable ``code`` for programs, a sentence for people) and
offers what would work instead — a split visit, another CB, a date just outside the window.
The split and the other CBs are concrete (dates, names): see ``planning.alternatives``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from jointaudit.planning.alternatives import describe_split, other_cbs, split_facilities
from jointaudit.planning.cycles import AuditWindow
from jointaudit.planning.windows import ONE, SiteCalendar, report_deadline, why_not_covered

# Stable codes; the tests and the UI key on them.
OVERDUE = "window-overdue"
BLACKOUT = "blackout-covers-window"
APPROVAL_EXPIRED = "approval-expired"
NO_APPROVAL = "no-approval"
TOO_SHORT = "window-too-short"
SCOPE = "multi-facility-scope"
NO_LEAD = "no-qualified-auditor"
DOUBLE_BOOKED = "auditor-double-booked"
NO_CB = "no-approved-cb"
TEAM_SHORT = "team-short"
MOVED_PAST = "moved-visit-leaves-no-room"


@dataclass(frozen=True)
class Explanation:
    code: str
    subject: str  # the window uid, or "visit <start>" for team problems
    message: str
    alternatives: tuple[str, ...] = ()
    # ``message`` as a sentence key and its values, and each alternative's (``()`` where an
    # alternative has none), for saying them in another language (reports.labels.sentence)
    parts: tuple = ()
    alternative_parts: tuple = ()

    def __str__(self) -> str:
        alts = "".join(f"\n    alternative: {a}" for a in self.alternatives)
        return f"{self.message} [{self.code}]{alts}"


def _free_stretches(window: AuditWindow, cal: SiteCalendar) -> list[tuple[date, date]]:
    """Maximal runs of non-blackout days inside the window."""
    out, run = [], None
    day = window.earliest
    while day <= window.latest:
        if cal.blackout_hit(day, day) is None:
            run = (run[0], day) if run else (day, day)
        elif run:
            out.append(run)
            run = None
        day += ONE
    if run:
        out.append(run)
    return out


def _window_words(window: AuditWindow) -> tuple:
    """The window as a sentence names it ("RJC COP 2019 Mid-term review window …")."""
    return ("$window", (window.scheme_label, window.label, window.words), window.earliest,
            window.latest)


def _nearest_outside(window: AuditWindow, length: int, cal: SiteCalendar) -> list[str]:
    """The nearest start just before or after the window with no blackout day."""
    return [text for text, _ in _nearest_outside_said(window, length, cal)]


def _nearest_outside_said(window: AuditWindow, length: int,
                          cal: SiteCalendar) -> list[tuple[str, tuple]]:
    out: list[tuple[str, tuple]] = []
    span = (length - 1) * ONE
    s = window.latest - span
    for step, label in ((ONE, "after"), (-ONE, "before")):
        day = s if step == ONE else window.earliest
        for _ in range(366):
            if cal.blackout_hit(day, day + span) is None and (
                    day + span > window.latest or day < window.earliest):
                late = (day + span - window.latest).days if step == ONE else \
                    (window.earliest - day).days
                out.append((f"a {length}-day visit from {day.isoformat()}, {late} day(s)"
                            f" {label} the window",
                            (f"alt_outside_{label}", (("length", length), ("day", day),
                                                      ("n", late)))))
                break
            day += step
    return out


def _explained(code: str, uid: str, message: str, parts: tuple,
               alternatives: list[tuple[str, tuple]]) -> Explanation:
    return Explanation(code, uid, message, tuple(a for a, _ in alternatives), parts,
                       tuple(p for _, p in alternatives))


def diagnose(window: AuditWindow, length: int, cal: SiteCalendar, floor: date,
             horizon_start: date) -> Explanation:
    """Why no visit of ``length`` days starting on or after ``floor`` covers the window."""
    uid = window.uid
    what = f"{window.scheme_label} {window.label} window {window.earliest.isoformat()}–" \
           f"{window.latest.isoformat()}"
    said = _window_words(window)
    if window.latest < horizon_start:
        return _explained(OVERDUE, uid, f"The {what} closed before the plan starts on"
                          f" {horizon_start.isoformat()}: the audit is overdue.",
                          ("problem_overdue", (("what", said), ("start", horizon_start))),
                          [("plan it as soon as possible and tell the scheme",
                            ("alt_asap", ()))])

    def splits() -> list[tuple[str, tuple]]:  # the facilities over several visits, if asked
        parts = split_facilities(window, length, cal, floor)
        return [(describe_split(window, parts), ())] if parts else []

    days_open = (window.latest - max(window.earliest, floor)).days + 1
    if days_open < length:
        alts = splits() or [(f"split the audit into visits of at most {max(days_open, 1)}"
                             " day(s)", ("alt_split_at_most", (("n", max(days_open, 1)),)))]
        return _explained(TOO_SHORT, uid, f"The {what} leaves {max(days_open, 0)} day(s) from"
                          f" {max(window.earliest, floor).isoformat()}, fewer than the"
                          f" {length}-day visit it needs.",
                          ("problem_too_short", (("what", said), ("n", max(days_open, 0)),
                                                 ("day", max(window.earliest, floor)),
                                                 ("length", length))), alts)
    # Try every start; classify the first obstacle of each.
    reasons: dict[str, list[date]] = {}
    s = max(window.earliest, floor)
    while s + (length - 1) * ONE <= window.latest:
        why = why_not_covered(window, s, length, cal)
        key = ("blackout" if why and "blackout" in why else "approval" if why and "approval"
               in why else "scope" if why and "scope" in why else "other")
        reasons.setdefault(key, []).append(s)
        s += ONE
    if "blackout" in reasons and len(reasons) == 1:
        hits = {cal.blackout_hit(d, d + (length - 1) * ONE) for d in reasons["blackout"]}
        hit = sorted((b for b in hits if b is not None), key=lambda b: b.start)
        stretches = [r for r in _free_stretches(window, cal) if r[0] >= floor]
        ways = splits() + [(f"split into shorter visits in the free days {a.isoformat()}–"
                            f"{b.isoformat()}", ("alt_free_days", (("start", a), ("end", b))))
                           for a, b in stretches[:3]]
        if len(stretches) > 3:
            ways.append((f"… or in {len(stretches) - 3} later free stretch(es) of the window",
                         ("alt_later_stretches", (("n", len(stretches) - 3),))))
        ways += _nearest_outside_said(window, length, cal)
        return _explained(BLACKOUT, uid, f"The {what} is covered by "
                          + ", ".join(b.describe() for b in hit)
                          + f": no {length}-day visit fits between them.",
                          ("problem_blackout", (
                              ("what", said), ("length", length),
                              ("blackouts", ("$list", tuple(
                                  ("$blackout", b.start, b.end, b.reason) for b in hit))))),
                          ways)
    if "approval" in reasons:
        spans = (cal.approvals or {}).get(window.version_key, ())
        first_free = reasons["approval"][0]
        if not spans:
            return _explained(NO_APPROVAL, uid, f"No certification body is approved for"
                              f" {window.scheme_label}, so the {what} cannot be audited.",
                              ("problem_no_approval", (("scheme", window.scheme_label),
                                                       ("what", said))),
                              [(a, ()) for a in other_cbs(window, length, cal,
                                                          reasons["approval"])])
        last = max(spans, key=lambda a: a.end or date.max)
        deadline = report_deadline(window, first_free + (length - 1) * ONE)
        renew: list[tuple[str, tuple]] = [(f"{last.holder or 'the CB'} renews its approval to at least"
                  f" {deadline.isoformat()}", ("alt_renew", (("holder", last.holder),
                                                             ("day", deadline))))]
        renew += [(a, ()) for a in other_cbs(window, length, cal, reasons["approval"],
                                             last.holder)]
        return _explained(APPROVAL_EXPIRED, uid, f"{last.describe()} for"
                          f" {window.scheme_label} ends before the only possible visit dates"
                          f" from {first_free.isoformat()} (report due by"
                          f" {deadline.isoformat()}) in the {what}.",
                          ("problem_approval_expired", (
                              ("approval", ("$approval", last.holder, last.start, last.end)),
                              ("scheme", window.scheme_label), ("day", first_free),
                              ("deadline", deadline), ("what", said))), renew)
    if "scope" in reasons:
        within = window.scope_within.describe() if window.scope_within else "its limit"
        o = window.scope_within
        limit = ("$duration", (o.years, o.months, o.weeks, o.days)) if o else \
            ("$label", "its_limit")
        return _explained(SCOPE, uid, f"A {length}-day visit cannot finish the multi-facility"
                          f" scope of the {what} within {within}"
                          " of its first day.",
                          ("problem_scope", (("length", length), ("what", said),
                                             ("within", limit))),
                          splits() or [(
                              f"splitting the {window.facilities} facilities over several"
                              f" visits does not shorten the {length} on-site days: a larger"
                              " team (shorter visit) or a longer scope period would",
                              ("alt_scope_team", (("n", window.facilities),
                                                  ("length", length))))])
    return _explained(TOO_SHORT, uid, f"No {length}-day visit fits the {what}.",
                      ("problem_no_fit", (("length", length), ("what", said))),
                      splits() + _nearest_outside_said(window, length, cal))


def moved_past(window: AuditWindow, length: int, moved_start: date, moved_end: date,
               slot: date | None, start_by: date | None,
               back_by: date | None = None) -> Explanation:
    """A window that fitted before a visit was moved, and no longer fits after it: visits
    that follow a moved visit start the day after it ends. ``slot``: an extra visit before
    the moved one; ``start_by``: the last start of the moved visit that leaves room after
    it; ``back_by``: the last start at which the moved visit covers this window again."""
    what = f"{window.scheme_label} {window.label} window {window.earliest.isoformat()}–" \
           f"{window.latest.isoformat()}"
    alts: list[tuple[str, tuple]] = []
    if slot is not None:
        alts.append((f"an extra {length}-day visit from {slot.isoformat()} to"
                     f" {(slot + (length - 1) * ONE).isoformat()}, before the moved visit",
                     ("alt_extra_visit", (("length", length), ("start", slot),
                                          ("end", slot + (length - 1) * ONE)))))
    if start_by is not None:
        alts.append((f"start the moved visit by {start_by.isoformat()} so that this audit"
                     " still fits after it", ("alt_start_by", (("day", start_by),))))
    if back_by is not None:
        alts.append((f"move the visit back to start by {back_by.isoformat()}, so that it"
                     " covers this audit again", ("alt_back_by", (("day", back_by),))))
    return _explained(MOVED_PAST, window.uid, f"The {what} has no room left for a {length}-day"
                      f" visit after the moved visit ({moved_start.isoformat()}–"
                      f"{moved_end.isoformat()}): the visits that follow it start on"
                      f" {(moved_end + ONE).isoformat()}.",
                      ("problem_moved_past", (("what", _window_words(window)),
                                              ("length", length), ("start", moved_start),
                                              ("end", moved_end),
                                              ("next", moved_end + ONE))), alts)


def expiring(cal: SiteCalendar, today: date, ahead: timedelta) -> list[str]:
    """Warnings for approvals ending within ``ahead`` of ``today``."""
    return [text for text, _ in expiring_said(cal, today, ahead)]


def expiring_said(cal: SiteCalendar, today: date, ahead: timedelta) -> list[tuple[str, tuple]]:
    """:func:`expiring`, each warning with its sentence key and values."""
    out = []
    for key, spans in sorted((cal.approvals or {}).items()):
        for a in spans:
            if a.end is not None and today <= a.end <= today + ahead:
                out.append((f"{a.holder or 'a CB'}'s approval for {key} expires on"
                            f" {a.end.isoformat()}", ("warn_expiring", (
                                ("holder", a.holder), ("version", key), ("day", a.end)))))
    return out
