"""One "workspace changed" path: after File → New workspace nothing of the previous file is
shown or used — sites, visits, the report preview — and a running job of the old workspace
neither holds the switch without limit nor shows its late result in the new one."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument

from tests.ui.conftest import wait_jobs
from tests.ui.flows import merge_and_use, plan_and_save


def site_names(view) -> list[str]:
    return [view.site.itemText(i) for i in range(view.site.count())]


def test_new_workspace_shows_nothing_of_the_demo(demo_window, qtbot, tmp_path):
    window = demo_window
    plan_and_save(window, qtbot)
    merge_and_use(window, qtbot)
    reports = window.show_view("reports")
    wait_jobs(qtbot, window)
    reports.draft.setChecked(True)
    reports.export(tmp_path / "out")
    wait_jobs(qtbot, window, timeout=120000)
    qtbot.waitUntil(lambda: reports.pdf.status() == QPdfDocument.Status.Ready, timeout=10000)
    plan = window.views["plan"]
    assert any("Nkwanta" in s for s in site_names(plan))

    with qtbot.waitSignal(window.workspace_opened, timeout=60000):
        window.open_workspace(tmp_path / "empty.jaworkspace", create=True)
    wait_jobs(qtbot, window)

    assert not any("Nkwanta" in s for s in site_names(plan))
    assert plan.visits.rowCount() == 0 and plan.windows.rowCount() == 0
    assert not plan.save_button.isEnabled()
    # planning the new, empty workspace says so; no "no site 'Nkwanta…'" from the old one
    window.show_view("plan")
    qtbot.mouseClick(plan.plan_button, Qt.MouseButton.LeftButton)
    wait_jobs(qtbot, window)
    assert window.ctx.last_error_dialog is None
    assert plan.visits.rowCount() == 0
    # the reports preview no longer shows the demo's report
    assert reports.pdf.status() != QPdfDocument.Status.Ready
    assert reports.visit.count() == 0 and reports.schemes.count() == 0
    assert not reports.open_folder_button.isEnabled()
    checklist = window.views["checklist"]
    assert checklist.model.rowCount() == 0 and checklist.visit.count() == 0
    assert window.views["approvals"].template.count() == 0


def test_a_running_job_bounds_the_switch_and_its_result_is_dropped(demo_window, qtbot,
                                                                     tmp_path):
    window = demo_window
    ctx = window.ctx
    old = ctx.workspace
    release, started = threading.Event(), threading.Event()
    results = []

    def slow(ws, job):  # a core call that never looks at the cancel flag
        started.set()
        release.wait(30)
        return ws.path

    job = ctx.run(slow, results.append, name="slow plan")
    assert started.wait(10)
    closed = []
    old.on_close.append(lambda: closed.append(True))

    from jointaudit.store.db import create_workspace

    new = create_workspace(tmp_path / "other.jaworkspace")
    settled = ctx.set_workspace(new, wait_ms=200)
    assert settled is False  # it went on after the bounded wait
    assert ctx.workspace is new and job.context.cancelled()
    assert closed == []  # the job still uses the old file: closed only after it
    release.set()
    wait_jobs(qtbot, window)
    qtbot.waitUntil(lambda: closed == [True], timeout=5000)
    assert results == []  # the old workspace's answer never reaches the new one's views


def test_a_write_is_never_cancelled_by_a_switch(demo_window, qtbot, tmp_path):
    from jointaudit.store.db import create_workspace

    window = demo_window
    ctx = window.ctx
    gate = threading.Event()
    written = []

    def write(ws, job):
        gate.wait(30)
        written.append(ws.path)

    ctx.run(lambda ws, job: gate.wait(30), name="a read ahead in the queue")
    ctx.run(write, changes="findings", name="save what the user typed")
    old_path = ctx.workspace.path
    ctx.set_workspace(create_workspace(tmp_path / "next.jaworkspace"), wait_ms=50)
    gate.set()
    wait_jobs(qtbot, window)
    assert written == [old_path]
