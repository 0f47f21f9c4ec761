"""Library → Records on the demo workspace: each record type listed in a table, approvals
about to lapse highlighted, records added through the form, and a reversed period refused
with the problem shown in the form and nothing saved."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from tests.ui.conftest import wait_jobs

TODAY = date(2026, 11, 22)


def records_editor(win, qtbot, kind):
    editor = win.show_view("library").extra_tabs["records"].editor
    editor.today = TODAY
    editor.show_kind(kind)
    wait_jobs(qtbot, win)
    return editor


def listed(editor, column):
    header = [editor.proxy.headerData(c, Qt.Orientation.Horizontal)
              for c in range(editor.proxy.columnCount())]
    c = header.index(column)
    return [editor.proxy.index(r, c).data() for r in range(editor.proxy.rowCount())]


def test_the_cb_approval_about_to_lapse_is_highlighted(demo_window, qtbot, tmp_path):
    editor = records_editor(demo_window, qtbot, "cb_approvals")
    proxy = editor.proxy
    assert proxy.rowCount() == 11  # the demo's approvals, Nordic's RMAP and ASI included
    assert "Alpine Assurance AG" in listed(editor, "CB")
    valid_to = listed(editor, "Valid to")
    lbma = valid_to.index("2026-12-31")
    assert proxy.index(lbma, 2).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert proxy.index(lbma, 2).data(Qt.ItemDataRole.ToolTipRole) == "expires on 2026-12-31"
    far = valid_to.index("2028-06-30")
    assert proxy.index(far, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "1 expiring within 90 days" in editor.status.text()
    assert editor.lapsing.text().endswith(
        "CB approvals: Alpine Assurance AG, lbma-rgg, expires on 2026-12-31")
    # four months on, the RJC approval ending 2027-03-31 has lapsed too
    editor.today = date(2027, 4, 15)
    editor.reload()
    wait_jobs(qtbot, demo_window)
    rjc = listed(editor, "Valid to").index("2027-03-31")
    assert proxy.index(rjc, 0).data(Qt.ItemDataRole.ToolTipRole) == "expired on 2027-03-31"
    assert "Alpine Assurance AG, rjc-cop, expired on 2027-03-31" in editor.lapsing.text()
    library = demo_window.show_view("library")
    library.tabs.setCurrentWidget(library.extra_tabs["records"])
    library.grab().save(str(tmp_path / "records.png"))


def test_an_auditor_unavailability_added_through_the_form_is_listed(demo_window, qtbot):
    editor = records_editor(demo_window, qtbot, "unavailability")
    before = editor.proxy.rowCount()
    form = editor.add()
    auditor = form.editors["auditor_id"]
    auditor.setCurrentIndex(auditor.findText("Anna Keller"))
    form.set_date("start", date(2027, 2, 1))
    form.set_date("end", date(2027, 2, 12))
    form.editors["reason"].setText("Parental leave")
    form.buttons.accepted.emit()
    wait_jobs(qtbot, demo_window)
    assert not form.isVisible()
    assert editor.proxy.rowCount() == before + 1
    assert "Parental leave" in listed(editor, "Reason")
    row = listed(editor, "Reason").index("Parental leave")
    assert listed(editor, "Auditor")[row] == "Anna Keller"
    assert listed(editor, "Start")[row] == "2027-02-01"


def test_a_reversed_period_shows_the_problem_and_saves_nothing(demo_window, qtbot):
    editor = records_editor(demo_window, qtbot, "blackouts")
    before = editor.model.rows()
    form = editor.add()
    form.set_date("start", date(2027, 8, 20))
    form.set_date("end", date(2027, 8, 1))
    form.buttons.accepted.emit()
    wait_jobs(qtbot, demo_window)
    assert form.isVisible() and form.problems.isVisibleTo(form)
    problems = form.problems.source
    assert [(problems.index(r, 2).data(), problems.index(r, 3).data())
            for r in range(problems.rowCount())] == \
        [("end", "start 2027-08-20 is after end 2027-08-01; expected start on or before end")]
    editor.reload()
    wait_jobs(qtbot, demo_window)
    assert editor.model.rows() == before
    form.reject()


def test_editing_a_record_and_refused_delete(demo_window, qtbot):
    editor = records_editor(demo_window, qtbot, "auditors")
    editor.table.selectRow(listed(editor, "Name").index("Anna Keller"))
    form = editor.edit()
    assert form.editors["languages"].text() == "de, en, fr"
    form.editors["languages"].setText("de, en, fr, it")
    form.buttons.accepted.emit()
    wait_jobs(qtbot, demo_window)
    assert "de, en, fr, it" in listed(editor, "Languages")
    editor.table.selectRow(listed(editor, "Name").index("Anna Keller"))
    editor.delete()  # she holds qualifications: the core refuses
    wait_jobs(qtbot, demo_window)
    assert editor.status.text().startswith("Not deleted")
    assert "Anna Keller" in listed(editor, "Name")


def test_the_records_model_passes_the_model_tester(demo_window, qtbot, qtmodeltester):
    editor = records_editor(demo_window, qtbot, "qualifications")
    assert editor.model.rowCount() > 0
    qtmodeltester.check(editor.model)
    qtmodeltester.check(editor.proxy)
