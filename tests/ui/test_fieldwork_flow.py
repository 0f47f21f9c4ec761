"""The whole job on the demo workspace, through real widgets: plan a site and save the plan,
merge its schemes into a joint template and use it for the visit, rate items from the
keyboard, write an observation, attach evidence, then export the scheme report with the
progress bar and see it in the PDF preview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from jointaudit.common.severity import Severity
from tests.ui.conftest import wait_jobs
from tests.ui.flows import merge_and_use, plan_and_save


def test_plan_merge_rate_attach_and_export(demo_window, qtbot, tmp_path):
    window = demo_window
    plan_and_save(window, qtbot)
    view = merge_and_use(window, qtbot)
    assert view.visit.count() >= 1 and view.model.rowCount() > 20
    # every row names the clause ids of every scheme it asks
    shared = [r for r in view.model.rows() if len(r.schemes) > 1]
    assert shared, "a joint checklist of RJC and IRMA shares items"
    assert "RJC" in shared[0].clause_text

    # keyboard first: the table has focus, "1" rates conforms, Ctrl+Down moves on, "3" major
    view.table.setFocus()
    view.table.selectRow(0)
    wait_jobs(qtbot, window)
    first = view.current_key()
    qtbot.keyClick(view.table, Qt.Key.Key_1)
    wait_jobs(qtbot, window)
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    wait_jobs(qtbot, window)
    second = view.current_key()
    assert second != first
    qtbot.keyClick(view.table, Qt.Key.Key_3)
    wait_jobs(qtbot, window)
    rows = {r.key: r for r in view.model.rows()}
    assert rows[first].severity == Severity.CONFORMS
    assert rows[second].severity == Severity.MAJOR_GAP
    # each scheme's translated rating is shown for the item
    assert view.scheme_ratings.rowCount() >= 1
    words = [view.scheme_ratings.index(r, 2).data() for r in range(view.scheme_ratings.rowCount())]
    assert all(words)

    # observation, autosaved, confidential
    qtbot.keyClicks(view.observation, "No evidence of grievance records for 2026.")
    view.confidential.setChecked(True)
    view.save_observation()
    wait_jobs(qtbot, window)
    assert view.model.row_object(view.model.row_for(second)).confidential

    # evidence stored in the workspace, with its dates
    evidence = tmp_path / "grievance-log.pdf"
    evidence.write_bytes(b"%PDF-1.4 scanned grievance log")
    view.attach(evidence)
    wait_jobs(qtbot, window)
    assert view.evidence.count() == 1 and "grievance-log.pdf" in view.evidence.item(0).text()
    assert view.model.row_object(view.model.row_for(second)).evidence == 1

    # filter: unrated hides the two rated items
    total = view.proxy.rowCount()
    view.unrated.setChecked(True)
    assert view.proxy.rowCount() == total - 2
    view.unrated.setChecked(False)

    # report: a draft scheme report exported in the worker with the progress bar
    reports = window.show_view("reports")
    wait_jobs(qtbot, window)
    assert reports.visit.count() >= 1 and reports.schemes.count() == 2
    reports.draft.setChecked(True)
    for i in range(reports.schemes.count()):
        item = reports.schemes.item(i)
        if "rjc" not in item.data(Qt.ItemDataRole.UserRole):
            item.setCheckState(Qt.CheckState.Unchecked)
    seen = []
    reports.progress.valueChanged.connect(seen.append)
    reports.export(tmp_path / "out")
    assert reports.progress.isVisible() and reports.cancel_button.isVisible()
    wait_jobs(qtbot, window, timeout=120000)
    assert not reports.progress.isVisible()
    written = sorted((tmp_path / "out").glob("*.pdf"))
    assert len(written) == 1 and written[0].read_bytes().startswith(b"%PDF")
    assert seen and max(seen) == reports.progress.maximum()
    qtbot.waitUntil(lambda: reports.pdf.status() == QPdfDocument.Status.Ready, timeout=10000)
    assert reports.pdf.pageCount() >= 1
    assert reports.open_folder_button.isEnabled()

    # the checklist as XLSX and CSV, with the ratings just recorded
    import openpyxl

    reports.export_table(tmp_path / "checklist.xlsx")
    reports.export_table(tmp_path / "checklist.csv")
    wait_jobs(qtbot, window)
    book = openpyxl.load_workbook(tmp_path / "checklist.xlsx", read_only=True)
    cells = [str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c]
    assert any("major" in c.lower() for c in cells)
    csv_text = (tmp_path / "checklist.csv").read_text(encoding="utf-8-sig")
    assert "conform" in csv_text.lower()


def test_cancel_an_export_leaves_no_file(demo_window, qtbot, tmp_path):
    window = demo_window
    plan_and_save(window, qtbot)
    merge_and_use(window, qtbot)
    reports = window.show_view("reports")
    wait_jobs(qtbot, window)
    reports.draft.setChecked(True)
    # Cancel pressed before the build gets far: the core stops at its next check
    reports.export(tmp_path / "out")
    qtbot.mouseClick(reports.cancel_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window, timeout=120000)
    assert reports.status.text() == "Export cancelled; no file was left behind."
    assert list((tmp_path / "out").glob("*")) == []
    assert reports.export_button.isEnabled() and not reports.progress.isVisible()
