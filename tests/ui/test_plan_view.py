"""Plan view on the demo workspace: plan a site in the worker, see its windows and visits on
the painted timeline with explanations; drag a visit and get live validation; save; .ics."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt

from tests.ui.conftest import wait_jobs


def plan_site(window, qtbot, name_part: str):
    view = window.show_view("plan")
    wait_jobs(qtbot, window)
    index = next(i for i in range(view.site.count()) if name_part in view.site.itemText(i))
    view.site.setCurrentIndex(index)
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window)
    return view


def test_the_portfolio_is_planned_when_the_workspace_opens(demo_window, qtbot):
    view = demo_window.show_view("plan")
    wait_jobs(qtbot, demo_window)
    sites = [view.site.itemText(i) for i in range(1, view.site.count())]
    assert len(sites) == 4 and len(view.plans) == 4  # the demo's four sites
    assert view.site.itemText(0) == "Whole portfolio"


def test_plan_a_site_shows_windows_visits_and_explanations(demo_window, qtbot):
    view = plan_site(demo_window, qtbot, "Helvetia")
    assert [p.site for p in view.plans] == ["Helvetia Gold Refining SA"]
    data = view.timeline.data()
    assert data.visits and data.windows and len(data.lanes) >= 3
    first = view.plans[0].visits[0]
    # the visit covers several schemes' audits at once: that is the point of a joint visit
    assert len(first.audits) >= 2
    assert view.visits.rowCount() == len(view.plans[0].visits)
    assert "joint visit" in view.explain.toPlainText()
    assert view.save_button.isEnabled()


def test_dragging_a_visit_outside_its_windows_is_flagged_live(demo_window, qtbot):
    view = plan_site(demo_window, qtbot, "Helvetia")
    tl = view.timeline
    tl.resize(1400, tl.minimumHeight())
    marker = tl.data().visits[0]
    press = tl.visit_rect(marker).center().toPoint()
    far = tl.x_of(marker.start + timedelta(days=400))
    qtbot.mousePress(tl, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(tl, QPoint(int(far), press.y()))
    qtbot.waitUntil(lambda: bool(tl.live_problems), timeout=20000)
    assert any("window" in p or "visit" in p for p in tl.live_problems)
    with qtbot.waitSignal(tl.visit_moved):
        qtbot.mouseRelease(tl, Qt.MouseButton.LeftButton, pos=QPoint(int(far), press.y()))
    wait_jobs(qtbot, demo_window)
    moved = view.plans[0].visits[0]
    assert moved.start > marker.start + timedelta(days=300)
    assert "After the move" in view.explain.toPlainText()


def test_save_the_plan_and_export_ics(demo_window, qtbot, tmp_path):
    view = plan_site(demo_window, qtbot, "Helvetia")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, demo_window)
    assert "Plan saved" in view.notice.text()
    out = tmp_path / "visits.ics"
    view.write_ics(out)
    wait_jobs(qtbot, demo_window)
    text = out.read_text()
    assert text.startswith("BEGIN:VCALENDAR") and text.count("CATEGORIES:audit visit") == len(
        view.plans[0].visits)


def test_a_sites_blackouts_are_shaded_on_its_timeline(demo_window, qtbot):
    view = plan_site(demo_window, qtbot, "Nkwanta")
    rains = [b for b in view.plans[0].blackouts if "rainy" in b.reason]
    assert rains, "the demo mine shuts for the rainy season"
    shaded = view.timeline.data().blackouts
    assert {(b.start, b.end) for b in rains} <= {(b.start, b.end) for b in shaded}
    # no visit of the plan falls in a blackout
    for v in view.plans[0].visits:
        assert all(v.end < b.start or v.start > b.end for b in shaded)
