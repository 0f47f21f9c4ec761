"""In the checklist's item panel an auditor writes what the site will do about a gap, who at
the site carries it out and how urgent it is, next to each scheme's own due dates; leaving the
item never loses what was typed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jointaudit.common.severity import Severity
from jointaudit.services import checklist as cl
from tests.ui.conftest import wait_jobs
from tests.ui.flows import merge_and_use, plan_and_save
from tests.ui.test_site_view import site_view


def _with_actions(window, qtbot):
    plan_and_save(window, qtbot)
    view = merge_and_use(window, qtbot)
    view.table.selectRow(0)
    wait_jobs(qtbot, window)
    view.rate(Severity.MAJOR_GAP)
    wait_jobs(qtbot, window)
    qtbot.mouseClick(view.raise_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window)
    assert view.actions.rowCount() >= 2  # one per scheme of the item
    return view


def _stored(window, view):
    return {(a["version_id"], a["description"], a["owner"], a["priority"], a["close_due"])
            for a in cl.actions(window.ctx.workspace, view.visit_id)
            if a["item_key"] == view.current_key()}


def test_description_owner_and_priority_are_saved_beside_each_schemes_due_dates(
        demo_window, qtbot):
    window = demo_window
    view = _with_actions(window, qtbot)
    # each scheme's row shows its own due dates
    headers = [view.actions.headerData(c, Qt.Orientation.Horizontal)
               for c in range(view.actions.columnCount())]
    assert headers == ["Scheme", "Status", "Priority", "Plan due", "Close due"]
    dues = {view.actions.row_object(r).close_due or view.actions.row_object(r).plan_due
            for r in range(view.actions.rowCount())}
    assert dues != {None}

    assert [view.action_priority.itemText(i) for i in range(view.action_priority.count())] \
        == ["not set", "high", "medium", "low"]
    view.action_description.setPlainText("Sign and post the grievance procedure")
    view.action_owner.setEditText("Ama Owusu (HSE manager)")
    view.action_priority.setCurrentIndex(view.action_priority.findData("high"))
    qtbot.mouseClick(view.save_action_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window)

    stored = _stored(window, view)
    assert {s[1:4] for s in stored} == {
        ("Sign and post the grievance procedure", "Ama Owusu (HSE manager)", "high")}
    assert len(stored) == view.actions.rowCount()  # every scheme's action, dates kept
    assert view.actions.index(0, 2).data() == "high"
    # the owner is offered again on the site's other actions
    assert "Ama Owusu (HSE manager)" in [view.action_owner.itemText(i)
                                         for i in range(view.action_owner.count())]
    # and the mine site sees who owns it and how urgent it is
    site = site_view(window, qtbot)
    text = site.findings.index(0, 3).data()
    assert "high priority" in text and "owner Ama Owusu (HSE manager)" in text


def test_one_schemes_action_can_have_its_own_owner(demo_window, qtbot):
    window = demo_window
    view = _with_actions(window, qtbot)
    view.actions_table.selectRow(1)
    chosen = view.actions.row_object(1)
    view.action_all_schemes.setChecked(False)
    view.action_owner.setEditText("Kofi Mensah")
    view.action_priority.setCurrentIndex(view.action_priority.findData("low"))
    qtbot.mouseClick(view.save_action_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window)
    by_id = {a["id"]: (a["owner"], a["priority"])
             for a in cl.actions(window.ctx.workspace, view.visit_id)
             if a["item_key"] == view.current_key()}
    assert by_id.pop(chosen.id) == ("Kofi Mensah", "low")
    assert set(by_id.values()) == {("", "")}


def test_what_was_typed_in_the_action_form_is_saved_when_the_item_is_left(demo_window,
                                                                          qtbot):
    window = demo_window
    view = _with_actions(window, qtbot)
    key = view.current_key()
    view.action_owner.setEditText("Site manager")
    view.table.selectRow(1)  # moved on without pressing Save
    wait_jobs(qtbot, window)
    owners = {a["owner"] for a in cl.actions(window.ctx.workspace, view.visit_id)
              if a["item_key"] == key}
    assert owners == {"Site manager"}


def test_the_priority_words_follow_the_ui_language(demo_window, qtbot):
    from tests.ui.test_fits_laptop import switch_language

    window = demo_window
    switch_language(window, qtbot, "es")
    view = window.show_view("checklist")
    texts = [view.action_priority.itemText(i) for i in range(view.action_priority.count())]
    assert "high" not in texts and "low" not in texts and len(texts) == 4
    switch_language(window, qtbot, "en")
