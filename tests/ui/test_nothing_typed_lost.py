"""Nothing a user types is lost: report text survives clicking another scheme, another visit
or another workspace; an observation survives moving to the next item before the autosave;
and the mouse wheel over an unfocused field scrolls the panel instead of changing it."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import wait_jobs
from tests.ui.flows import merge_and_use, plan_and_save

FINDING_TEXT = "Tailings dam inspection records reviewed for 2025 and 2026."


def report_ready(window, qtbot):
    plan_and_save(window, qtbot)
    merge_and_use(window, qtbot)
    reports = window.show_view("reports")
    wait_jobs(qtbot, window)
    assert reports.schemes.count() == 2
    return reports


def first_field(reports):
    assert reports.field_edits, "the scheme report has free-text fields"
    name = sorted(reports.field_edits)[0]
    return name, reports.field_edits[name]


def test_report_text_survives_clicking_another_scheme(demo_window, qtbot):
    window = demo_window
    reports = report_ready(window, qtbot)
    reports.schemes.setCurrentRow(0)
    wait_jobs(qtbot, window)
    name, edit = first_field(reports)
    edit.setFocus()
    qtbot.keyClicks(edit, FINDING_TEXT)
    # straight on to the other scheme, before the autosave timer fires
    reports.schemes.setCurrentRow(1)
    wait_jobs(qtbot, window)
    reports.schemes.setCurrentRow(0)
    wait_jobs(qtbot, window)
    assert FINDING_TEXT in reports.field_edits[name].toPlainText()


def test_report_text_is_saved_into_the_workspace_it_was_typed_in(demo_window, qtbot,
                                                                 tmp_path):
    from jointaudit.services import reports as service
    from jointaudit.store.db import open_workspace

    window = demo_window
    reports = report_ready(window, qtbot)
    reports.schemes.setCurrentRow(0)
    wait_jobs(qtbot, window)
    visit_id, version = reports._fields_key
    name, edit = first_field(reports)
    qtbot.keyClicks(edit, FINDING_TEXT)
    demo = window.ctx.workspace.path
    with qtbot.waitSignal(window.workspace_opened, timeout=60000):
        window.open_workspace(tmp_path / "fresh.jaworkspace", create=True)
    wait_jobs(qtbot, window)
    assert reports.field_edits == {}
    with open_workspace(demo) as ws:
        assert FINDING_TEXT in service.load_fields(ws, visit_id, version)[name]


def test_observation_survives_moving_to_the_next_item(demo_window, qtbot):
    window = demo_window
    plan_and_save(window, qtbot)
    view = merge_and_use(window, qtbot)
    view.table.selectRow(0)
    wait_jobs(qtbot, window)
    first = view.current_key()
    qtbot.keyClicks(view.observation, "No grievance log at the plant.")
    assert view._observation_timer.isActive()  # not yet saved …
    view.step(1)  # … and the auditor is already on the next item
    wait_jobs(qtbot, window)
    assert view.current_key() != first
    row = view.model.row_object(view.model.row_for(first))
    assert row.observation == "No grievance log at the plant."


def wheel(widget, steps: int) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_over_an_unfocused_date_scrolls_instead_of_changing_it(demo_window, qtbot):
    window = demo_window
    view = window.show_view("checklist")
    window.resize(1280, 660)
    date_edit = view.ev_from
    date_edit.setDate(QDate(2026, 3, 1))
    view.table.setFocus()
    assert not date_edit.hasFocus()
    wheel(date_edit, -3)
    assert date_edit.date() == QDate(2026, 3, 1)
    for combo in (view.severity, view.topic):
        before = combo.currentIndex()
        wheel(combo, -2)
        assert combo.currentIndex() == before
    # a field the user clicked into takes the wheel as usual
    date_edit.setFocus()
    qtbot.waitUntil(date_edit.hasFocus)
    date_edit.setCurrentSection(date_edit.Section.YearSection)
    wheel(date_edit, 1)
    assert date_edit.date().year() == 2027
