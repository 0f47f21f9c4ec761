"""Calendar export of a real demo plan: every event's UID comes from the site and the audit
windows it serves, so re-planning from a later date keeps the UID of each visit that still
serves the same audits, and never hands one visit's UID to another; desk obligations are
events too."""

from __future__ import annotations

from datetime import date

import pytest
from icalendar import Calendar

from jointaudit.demo.seed import create_demo_workspace
from jointaudit.exports.calendar import served_windows, visit_uid, visits_ics
from jointaudit.planning.inputs import PlanOptions
from jointaudit.services.planning import plan_sites

SITE = "Helvetia Gold Refining SA"
MINE = "Nkwanta Ridge Gold Mine"  # IRMA's and RJC's desk reviews fall between its visits


@pytest.fixture(scope="module")
def demo_plans(tmp_path_factory):
    ws = create_demo_workspace(tmp_path_factory.mktemp("cal") / "demo.jaworkspace")
    try:
        return {(site, start): plan_sites(ws, site, PlanOptions(horizon_start=start))[0]
                for site in (SITE, MINE)
                for start in (date(2026, 11, 22), date(2027, 8, 15), date(2027, 9, 1))}
    finally:
        ws.close()


@pytest.fixture
def plans(demo_plans):
    return demo_plans[SITE, date(2026, 11, 22)], demo_plans[SITE, date(2027, 9, 1)]


def served(view, visit):
    return {(w.scheme, w.kind, w.earliest, w.latest) for w in served_windows(view, visit.number)}


def test_a_visit_that_did_not_change_keeps_its_uid_when_replanned_later(plans):
    early, later = plans
    early_by_audits = {frozenset(served(early, v)): visit_uid(early, v) for v in early.visits}
    kept = [v for v in later.visits if frozenset(served(later, v)) in early_by_audits]
    # The later plan starts after the first visits: it numbers the rest from 1 again, yet
    # each visit serving the same windows keeps the early plan's UID.
    assert kept, "some visits of the later plan serve the same windows as before"
    assert any(v.number != next(e.number for e in early.visits
                                if served(early, e) == served(later, v)) for v in kept)
    for v in kept:
        assert visit_uid(later, v) == early_by_audits[frozenset(served(later, v))]


def test_no_two_visits_share_a_uid_and_a_changed_visit_gets_a_new_one(plans):
    early, later = plans
    for view in plans:
        uids = [visit_uid(view, v) for v in view.visits]
        assert len(set(uids)) == len(uids)
    early_uids = {visit_uid(early, v): served(early, v) for v in early.visits}
    for v in later.visits:
        uid = visit_uid(later, v)
        if uid in early_uids:
            assert early_uids[uid] == served(later, v)  # same UID only for the same audits


def test_a_visit_moved_by_a_later_start_keeps_its_uid(demo_plans):
    # IRMA's surveillance falls within 18 months of the mine's certificate (2027-03-01 –
    # 2027-09-01): planned from November 2026 it sits four weeks before its last start
    # (2 Aug); planned from 15 August 2027 the first visit serves the same audits, later
    early, later = demo_plans[MINE, date(2026, 11, 22)], demo_plans[MINE, date(2027, 8, 15)]
    moved = later.visits[0]
    first = next(v for v in early.visits if served(early, v) == served(later, moved))
    assert first.start != moved.start
    assert visit_uid(early, first) == visit_uid(later, moved)


def test_the_ics_carries_visits_and_desk_obligations_with_those_uids(demo_plans):
    early = demo_plans[MINE, date(2026, 11, 22)]
    events = list(Calendar.from_ical(visits_ics([early])).walk("VEVENT"))
    visits = [e for e in events if "audit visit" in e.get("categories").to_ical().decode()]
    desk = [e for e in events if "desk obligation" in e.get("categories").to_ical().decode()]
    assert [str(e["uid"]) for e in visits] == [visit_uid(early, v) for v in early.visits]
    planned_desk = [w for w in early.windows if w.planned.startswith("desk on ")]
    assert planned_desk and len(desk) == len(planned_desk)
    for e, w in zip(desk, planned_desk, strict=True):
        assert e.decoded("dtstart").isoformat() == w.planned.removeprefix("desk on ")
        assert w.label in str(e["summary"])
    assert len({str(e["uid"]) for e in events}) == len(events)
