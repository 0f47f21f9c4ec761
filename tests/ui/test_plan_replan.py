"""Dropping a dragged visit re-plans the visits after it: the "After the move" panel lists
their new dates and the timeline shows the re-planned visits (demo workspace, offscreen)."""

from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate, QPoint, Qt

from tests.ui.conftest import wait_jobs


def test_dropping_the_cop_recertification_early_replans_the_next_one(demo_window, qtbot):
    view = demo_window.show_view("plan")
    wait_jobs(qtbot, demo_window)
    view.site.setCurrentIndex(view.site.findData("Helvetia Gold Refining SA"))
    view.start.setDate(QDate(2027, 1, 1))
    view.years.setValue(5)
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, demo_window)
    before = view.plans[0].visits
    assert (before[0].start, before[0].end) == (date(2027, 6, 10), date(2027, 6, 14))
    cop_next = next(v for v in before if v.start == date(2030, 6, 10))

    tl = view.timeline
    tl.resize(1400, tl.minimumHeight())
    marker = tl.data().visits[0]
    press = tl.visit_rect(marker).center().toPoint()
    # drag about 140 days earlier: mid-January 2027, before the COP window opens (14 Feb)
    target = press.x() - int(tl.x_of(marker.start) - tl.x_of(date(2027, 1, 20)))
    qtbot.mousePress(tl, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(tl, QPoint(target, press.y()))
    with qtbot.waitSignal(tl.visit_moved):
        qtbot.mouseRelease(tl, Qt.MouseButton.LeftButton, pos=QPoint(target, press.y()))
    wait_jobs(qtbot, demo_window)

    plan = view.plans[0]
    moved = plan.visits[0]
    assert date(2027, 1, 1) <= moved.start < date(2027, 2, 14)
    # an early renewal: the next certificate runs from the decision date (2 weeks after the
    # visit) for 3 years, and its recertification is planned on the last 5 days of it
    expiry = moved.end + timedelta(weeks=2) + relativedelta(years=3) - timedelta(days=1)
    replanned = next(v for v in plan.visits
                     if "RJC Code of Practices 2019 Recertification audit" in v.audits
                     and v.number > 1)
    assert (replanned.start, replanned.end) == (expiry - timedelta(days=4), expiry)
    text = view.explain.toPlainText()
    assert "After the move:" in text and "Visits after it:" in text
    assert (f"Visit {replanned.number}: {replanned.start} to {replanned.end} (was"
            f" {cop_next.start} to {cop_next.end})") in text
    assert "Windows that moved with it:" in text and "an early renewal" in text
    # LBMA and Fairmined cannot be audited in January: a new visit, four weeks before the
    # last start LBMA's 1 April – 30 June window allows
    assert "Visit 2: 2027-05-29 to 2027-06-02 (new visit)" in text
    # the timeline and the visits table show the re-planned plan
    assert (replanned.start, replanned.end) in {(v.start, v.end) for v in tl.data().visits}
    assert view.visits.rowCount() == len(plan.visits)
