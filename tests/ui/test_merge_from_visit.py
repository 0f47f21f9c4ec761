"""From a visit in the checklist, two clicks give its merged checklist: the first ticks exactly
the schemes the visit audits (never all the workspace's), the second merges them, makes the
visit's plan use the result and shows the visit's checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select

from jointaudit.services import fieldwork
from jointaudit.store.models import JointTemplate, VisitWindow
from tests.ui.conftest import wait_jobs
from tests.ui.flows import plan_and_save


def _ticked(view) -> set[str]:
    return {view.merge_versions.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(view.merge_versions.count())
            if view.merge_versions.item(i).checkState() == Qt.CheckState.Checked}


def test_two_clicks_from_a_visit_give_the_checklist_of_exactly_its_schemes(demo_window,
                                                                          qtbot):
    window = demo_window
    plan_and_save(window, qtbot)
    view = window.show_view("checklist")
    wait_jobs(qtbot, window)
    ws = window.ctx.workspace
    new = [v for v in fieldwork.list_visits(ws) if v.template_id is None]
    assert new, "a freshly saved plan's visits have no checklist yet"
    visit = new[0]
    view.visit.setCurrentIndex(view.visit.findData(visit.id))  # the visit, in the checklist
    wait_jobs(qtbot, window)
    assert view.model.rowCount() == 0 and "no checklist yet" in view.visit.currentText()
    with ws.session() as s:
        own = {w.scheme_version_id for w in s.exec(
            select(VisitWindow).where(VisitWindow.visit_id == visit.id))}
    all_versions = view.merge_versions.count()
    assert own and len(own) < all_versions  # the visit audits some of the schemes only

    qtbot.mouseClick(view.visit_merge_button, Qt.MouseButton.LeftButton)  # click 1
    wait_jobs(qtbot, window)
    assert view.tabs.currentIndex() == 1 and _ticked(view) == own
    qtbot.mouseClick(view.merge_use_button, Qt.MouseButton.LeftButton)  # click 2
    wait_jobs(qtbot, window)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=30000)

    assert view.tabs.currentIndex() == 0 and view.visit_id == visit.id
    used = next(v for v in fieldwork.list_visits(ws) if v.id == visit.id)
    with ws.session() as s:
        template = s.get(JointTemplate, used.template_id)
    assert set(template.version_ids) == own  # exactly the visit's schemes
    schemes = {view.scheme.itemData(i) for i in range(1, view.scheme.count())}
    assert schemes == own
    assert "no checklist yet" not in view.visit.currentText()


def test_merging_for_a_visit_reuses_the_template_of_the_same_schemes(demo_window, qtbot):
    window = demo_window
    plan_and_save(window, qtbot)
    ws = window.ctx.workspace
    visit = next(v for v in fieldwork.list_visits(ws) if v.template_id is None)
    first = fieldwork.merge_for_visit(ws, visit.id, "first")
    again = fieldwork.merge_for_visit(ws, visit.id, "second")
    assert first.template_id == again.template_id and again.template == "first"
    with ws.session() as s:
        merged = s.get(JointTemplate, first.template_id).version_ids
    assert sorted(merged) == fieldwork.visit_versions(ws, visit.id)
