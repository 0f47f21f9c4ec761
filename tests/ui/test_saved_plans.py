"""Plans are saved knowingly and kept tidy: a dragged plan that leaves audits without a
visit saves only after a confirmation naming them; saved plans are listed, compared with
the plan shown, made current and deleted; saving a site's plan again never lists its visits
twice (visit lists, obligations register)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.ui.conftest import wait_jobs
from tests.ui.flows import SITE

# visit 1 (the mine's IRMA surveillance, window 2027-03-01 – 2027-09-01) dragged to this day,
# past its window, in front of the next visits' audits
DRAG_TO = date(2029, 1, 29)


def planned_site(window, qtbot):
    view = window.show_view("plan")
    wait_jobs(qtbot, window)
    view.site.setCurrentIndex(next(i for i in range(view.site.count())
                                   if SITE in view.site.itemText(i)))
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window)
    return view


def saved_rows(view):
    return [view.saved.row_object(r) for r in range(view.saved.rowCount())]


def click_save(view, qtbot, window):
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window)


def test_a_plan_leaving_audits_uncovered_asks_first_naming_them(demo_window, qtbot):
    window = demo_window
    view = planned_site(window, qtbot)
    first = view.plans[0].visits[0]
    start = DRAG_TO
    view.timeline.visit_moved.emit((view.plans[0].site, 1), start,
                                   start + (first.end - first.start))
    wait_jobs(qtbot, window)

    click_save(view, qtbot, window)
    box = view.confirm_box
    assert box is not None and box.isVisible()
    text = box.text()
    # IRMA's surveillance falls within 18 months of its certificate (corrected pack)
    assert "1 audit(s) without a visit" in text
    for audit in ("IRMA Standard for Responsible Mining 1.0 Surveillance audit (2027-03-01",):
        assert audit in text
    box.button(box.StandardButton.Cancel).click()
    wait_jobs(qtbot, window)
    assert saved_rows(view) == []  # cancelled: nothing saved

    click_save(view, qtbot, window)
    save_anyway = next(b for b in view.confirm_box.buttons() if b.text() == "Save anyway")
    save_anyway.click()
    wait_jobs(qtbot, window)
    assert [r.visits for r in saved_rows(view)] == [len(view.plans[0].visits)]


def test_a_complete_plan_saves_without_asking(demo_window, qtbot):
    window = demo_window
    view = planned_site(window, qtbot)
    click_save(view, qtbot, window)
    assert view.confirm_box is None
    assert [r.current for r in saved_rows(view)] == [True]


def test_saving_again_lists_each_visit_once_and_plans_can_be_compared_and_deleted(
        demo_window, qtbot):
    from jointaudit.services import checklist as checklist_service
    from jointaudit.services import fieldwork

    window = demo_window
    view = planned_site(window, qtbot)
    click_save(view, qtbot, window)
    ws = window.ctx.workspace

    def register_visits():
        site = next(v.site for v in fieldwork.list_visits(ws) if SITE in v.site)
        register = checklist_service.obligations(ws, site, on=view.plans[0].horizon_start)
        return [u for u in register.upcoming if u.kind == "visit"]

    once = register_visits()
    assert once
    click_save(view, qtbot, window)
    rows = saved_rows(view)
    assert [r.current for r in rows] == [True, False]  # newest first; the older superseded
    visits = [v for v in fieldwork.list_visits(ws) if SITE in v.site]
    assert len(visits) == len(view.plans[0].visits)
    assert len({(v.start, v.end) for v in visits}) == len(visits)
    assert register_visits() == once  # the second save lists nothing twice

    # compare the superseded plan with the plan shown: the same visits on the same dates
    view.saved_view.selectRow(1)
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window)
    html = view.explain.toPlainText()
    assert html.count("same dates") == len(visits) and "moved" not in html

    # delete the superseded one, after a confirmation
    view.saved_view.selectRow(1)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    delete = next(b for b in view.confirm_box.buttons() if b.text() == "Delete")
    delete.click()
    wait_jobs(qtbot, window)
    assert [r.id for r in saved_rows(view)] == [rows[0].id]


def test_a_plan_with_fieldwork_is_never_deleted(demo_window, qtbot):
    from jointaudit.common.errors import InvalidInput
    from jointaudit.services import saved_plans
    from tests.ui.flows import merge_and_use

    window = demo_window
    view = planned_site(window, qtbot)
    click_save(view, qtbot, window)
    checklist = merge_and_use(window, qtbot)
    checklist.table.selectRow(0)
    wait_jobs(qtbot, window)
    checklist.rate("conforms")
    wait_jobs(qtbot, window)
    plan = window.show_view("plan")
    wait_jobs(qtbot, window)
    [row] = [r for r in saved_rows(plan) if r.fieldwork]
    plan.delete_saved(row.id)
    wait_jobs(qtbot, window)
    assert window.ctx.last_error_dialog is not None
    assert "cannot be deleted" in window.ctx.last_error_dialog.text()
    assert row.id in [r.id for r in saved_rows(plan)]
    try:
        saved_plans.delete_plan(window.ctx.workspace, row.id)
    except InvalidInput as exc:
        assert "1 finding" in exc.message
    else:
        raise AssertionError("a plan with a finding was deleted")
