"""Edit → Undo / Redo (Ctrl+Z / Ctrl+Shift+Z) for what a user changes: a rating, an
observation, a record added, changed or deleted, a visit dragged on the timeline, a
crosswalk link — one history per workspace, gone when another workspace opens."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from jointaudit.common.severity import Severity
from tests.ui.conftest import wait_jobs
from tests.ui.flows import SITE, merge_and_use, plan_and_save
from tests.ui.test_records_view import listed, records_editor


def undo(window, qtbot):
    assert window.act_undo.isEnabled()
    window.act_undo.trigger()
    wait_jobs(qtbot, window)


def redo(window, qtbot):
    assert window.act_redo.isEnabled()
    window.act_redo.trigger()
    wait_jobs(qtbot, window)


def test_the_edit_menu_holds_undo_and_redo(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["&File", "&Edit"]
    assert window.act_undo.shortcut().toString() == "Ctrl+Z"
    assert not window.act_undo.isEnabled() and not window.act_redo.isEnabled()


def test_rating_and_observation_undone_and_redone(demo_window, qtbot):
    window = demo_window
    plan_and_save(window, qtbot)
    view = merge_and_use(window, qtbot)
    view.table.setFocus()
    view.table.selectRow(0)
    wait_jobs(qtbot, window)
    key = view.current_key()
    qtbot.keyClick(view.table, Qt.Key.Key_3)
    wait_jobs(qtbot, window)
    qtbot.keyClicks(view.observation, "Grievance log missing.")
    view.save_observation()
    wait_jobs(qtbot, window)

    def row():
        return view.model.row_object(view.model.row_for(key))

    assert (row().severity, row().observation) == (Severity.MAJOR_GAP, "Grievance log missing.")
    assert window.act_undo.text().startswith("&Undo observation on")
    undo(window, qtbot)
    assert (row().severity, row().observation) == (Severity.MAJOR_GAP, "")
    assert view.observation.toPlainText() == ""
    undo(window, qtbot)
    assert row().severity == Severity.NOT_ASSESSED
    redo(window, qtbot)
    assert row().severity == Severity.MAJOR_GAP
    redo(window, qtbot)
    assert row().observation == "Grievance log missing."


def test_a_record_added_and_deleted_is_undone(demo_window, qtbot):
    window = demo_window
    editor = records_editor(window, qtbot, "blackouts")
    before = editor.proxy.rowCount()
    form = editor.add()
    form.set_date("start", date(2027, 8, 1))
    form.set_date("end", date(2027, 8, 20))
    form.editors["reason"].setText("Rainy season road closure")
    form.buttons.accepted.emit()
    wait_jobs(qtbot, window)
    assert "Rainy season road closure" in listed(editor, "Reason")
    undo(window, qtbot)
    assert editor.proxy.rowCount() == before
    assert "Rainy season road closure" not in listed(editor, "Reason")
    redo(window, qtbot)
    assert "Rainy season road closure" in listed(editor, "Reason")

    editor.table.selectRow(listed(editor, "Reason").index("Rainy season road closure"))
    editor.delete()
    wait_jobs(qtbot, window)
    assert "Rainy season road closure" not in listed(editor, "Reason")
    undo(window, qtbot)
    assert "Rainy season road closure" in listed(editor, "Reason")


def test_a_dragged_visit_is_put_back_by_undo(demo_window, qtbot):
    window = demo_window
    view = window.show_view("plan")
    wait_jobs(qtbot, window)
    view.site.setCurrentIndex(next(i for i in range(view.site.count())
                                   if SITE in view.site.itemText(i)))
    qtbot.mouseClick(view.plan_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window)
    planned = [(v.start, v.end) for v in view.plans[0].visits]
    first = view.plans[0].visits[0]
    start = first.start + timedelta(days=30)
    view.timeline.visit_moved.emit((view.plans[0].site, 1), start,
                                   start + (first.end - first.start))
    wait_jobs(qtbot, window)
    assert view.plans[0].visits[0].start == start
    undo(window, qtbot)
    assert [(v.start, v.end) for v in view.plans[0].visits] == planned
    assert view.visits.rowCount() == len(planned)
    redo(window, qtbot)
    assert view.plans[0].visits[0].start == start


def test_crosswalk_edits_share_the_history_and_a_switch_clears_it(demo_window, qtbot,
                                                                  tmp_path):
    window = demo_window
    editor = window.views["library"].extra_tabs["crosswalk"]
    assert editor.undo_stack is window.ctx.undo_stack
    plan_and_save(window, qtbot)
    assert not window.act_undo.isEnabled()  # saving a plan is not an edit to undo …
    view = merge_and_use(window, qtbot)
    view.table.selectRow(0)
    wait_jobs(qtbot, window)
    view.rate(Severity.CONFORMS)
    wait_jobs(qtbot, window)
    assert window.act_undo.isEnabled()
    with qtbot.waitSignal(window.workspace_opened, timeout=60000):
        window.open_workspace(tmp_path / "other.jaworkspace", create=True)
    wait_jobs(qtbot, window)
    assert not window.act_undo.isEnabled()  # … and nothing of the demo can be undone here
