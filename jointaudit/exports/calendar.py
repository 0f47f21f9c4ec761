"""Planned visits as an iCalendar file (.ics, via ``icalendar``) and as a CSV list.

Visits are all-day events (DTEND is exclusive in iCalendar, so it is the day after the last
visit day); desk obligations (self-assessments, management letters) are all-day events on
the day the plan put them. An event's UID is made of the site and the audit windows it
serves (scheme version, audit kind, the window's dates), never of its place in the plan:
re-planning from a later date keeps the UID of a visit that serves the same audits, so a
calendar updates the event instead of duplicating it, and two visits never share one.

Every text the user typed (site, auditor and CB names, reasons) is neutralised against
formula injection like the checklist exports (:func:`~jointaudit.exports.checklist_rows.
neutralise`): a site named ``=HYPERLINK(...)`` reaches a spreadsheet, or a calendar that
exports to one, as text, never as a formula.
"""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from jointaudit.exports.checklist_rows import neutralise
from jointaudit.planning.plan_view import PlanView, WindowRow

VISIT_CATEGORY = "audit visit"
DESK_CATEGORY = "desk obligation"
CSV_HEADER = ["site", "visit", "start", "end", "days", "audits", "team", "certification_bodies",
              "person_days_joint", "person_days_separate", "why"]


def _uid(site: str, windows) -> str:
    served = sorted(f"{w.scheme}|{w.kind}|{w.earliest.isoformat()}|{w.latest.isoformat()}"
                    for w in windows)
    digest = hashlib.sha256("\n".join((site, *served)).encode()).hexdigest()[:24]
    return f"{digest}@jointaudit"


def served_windows(view: PlanView, number: int) -> list[WindowRow]:
    return [w for w in view.windows if w.planned == f"visit {number}"]


def visit_uid(view: PlanView, visit) -> str:
    windows = served_windows(view, visit.number)
    if not windows:  # a visit serving no window (hand-made): its dates are all it has
        return _uid(view.site, [WindowRow("", "", "visit", "", "on_site", visit.start,
                                          visit.end, None, "", False, "", "")])
    return _uid(view.site, windows)


def _desk_day(w: WindowRow) -> date | None:
    if w.planned.startswith("desk on "):
        try:
            return date.fromisoformat(w.planned.removeprefix("desk on "))
        except ValueError:
            return None
    return None


def visits_ics(views: list[PlanView], *, stamp: datetime | None = None) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//jointaudit//joint audit visits//EN")
    cal.add("version", "2.0")
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    for view in views:
        for v in view.visits:
            ev = Event()
            ev.add("uid", visit_uid(view, v))
            ev.add("dtstamp", stamp)
            ev.add("dtstart", v.start)
            ev.add("dtend", v.end + timedelta(days=1))
            ev.add("summary", f"Joint audit {view.site}: " + " + ".join(v.audits))
            team = "; ".join(f"{m.name} ({m.role}, {m.cb})" for m in v.team) or "not assigned"
            ev.add("description", neutralise(f"{v.why}\nTeam: {team}\n"
                                  f"Effort: {v.person_days_joint:g} person-days"
                                  f" (separately {v.person_days_separate:g})"))
            ev.add("location", neutralise(view.site))
            ev.add("categories", [VISIT_CATEGORY])
            cal.add_component(ev)
        for w in view.windows:
            day = _desk_day(w)
            if day is None:
                continue
            ev = Event()
            ev.add("uid", _uid(view.site, [w]))
            ev.add("dtstamp", stamp)
            ev.add("dtstart", day)
            ev.add("dtend", day + timedelta(days=1))
            ev.add("summary", f"Desk obligation {view.site}: {w.scheme} {w.label}")
            ev.add("description", f"Due by {w.latest.isoformat()} (window"
                                  f" {w.earliest.isoformat()} to {w.latest.isoformat()}).\n"
                                  f"{w.reason}")
            ev.add("location", neutralise(view.site))
            ev.add("categories", [DESK_CATEGORY])
            cal.add_component(ev)
    return cal.to_ical()


def visits_csv(views: list[PlanView]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for view in views:
        for v in view.visits:
            writer.writerow([neutralise(x) for x in (
                view.site, v.number, v.start.isoformat(), v.end.isoformat(), v.days,
                " + ".join(v.audits), "; ".join(m.name for m in v.team),
                "; ".join(sorted({m.cb for m in v.team})),
                f"{v.person_days_joint:g}", f"{v.person_days_separate:g}", v.why)])
    return out.getvalue()
