"""Planned visits as an iCalendar file (.ics, via ``icalendar``) and as a CSV list.

Visits are all-day events (DTEND is exclusive in iCalendar, so it is the day after the last
visit day). UIDs are stable for a site, start and audits, so re-exporting a plan updates
the events in a calendar instead of duplicating them.
"""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from jointaudit.planning.plan_view import PlanView

CSV_HEADER = ["site", "visit", "start", "end", "days", "audits", "team", "certification_bodies",
              "person_days_joint", "person_days_separate", "why"]


def _uid(site: str, number: int, audits: tuple[str, ...]) -> str:
    digest = hashlib.sha256("|".join((site, str(number), *audits)).encode()).hexdigest()[:16]
    return f"{digest}@jointaudit"


def visits_ics(views: list[PlanView], *, stamp: datetime | None = None) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//jointaudit//joint audit visits//EN")
    cal.add("version", "2.0")
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    for view in views:
        for v in view.visits:
            ev = Event()
            ev.add("uid", _uid(view.site, v.number, v.audits))
            ev.add("dtstamp", stamp)
            ev.add("dtstart", v.start)
            ev.add("dtend", v.end + timedelta(days=1))
            ev.add("summary", f"Joint audit {view.site}: " + " + ".join(v.audits))
            team = "; ".join(f"{m.name} ({m.role}, {m.cb})" for m in v.team) or "not assigned"
            ev.add("description", f"{v.why}\nTeam: {team}\n"
                                  f"Effort: {v.person_days_joint:g} person-days"
                                  f" (separately {v.person_days_separate:g})")
            ev.add("location", view.site)
            cal.add_component(ev)
    return cal.to_ical()


def visits_csv(views: list[PlanView]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for view in views:
        for v in view.visits:
            writer.writerow([view.site, v.number, v.start.isoformat(), v.end.isoformat(), v.days,
                             " + ".join(v.audits), "; ".join(m.name for m in v.team),
                             "; ".join(sorted({m.cb for m in v.team})),
                             f"{v.person_days_joint:g}", f"{v.person_days_separate:g}", v.why])
    return out.getvalue()
