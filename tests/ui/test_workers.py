"""The one worker mechanism: results, typed errors, progress and Cancel come back on the UI
thread; workspace jobs run one at a time."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from jointaudit.common.errors import InvalidInput, Problem
from ui.workers import Cancelled, Workers


def test_result_and_progress_arrive_on_the_ui_thread(qtbot):
    workers = Workers()
    seen: list = []
    ui_thread = QThread.currentThread()

    def work(job):
        for i in range(3):
            job.progress(i + 1, 3, f"step {i + 1}")
        return threading.current_thread().name

    def on_progress(done, total, msg):
        seen.append((done, total, msg, QThread.currentThread() is ui_thread))

    with qtbot.waitSignal(workers.busy_changed, check_params_cb=lambda b: b is False):
        job = workers.submit(work, on_progress=on_progress,
                             on_result=lambda v: seen.append(("result", v)))
    assert job.done.is_set()
    assert [s[:3] for s in seen[:3]] == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]
    assert all(s[3] for s in seen[:3])
    assert seen[-1][0] == "result" and seen[-1][1] != threading.current_thread().name


def test_a_typed_core_error_reaches_the_error_callback_with_its_problems(qtbot):
    workers = Workers()
    errors: list = []

    def work(job):
        raise InvalidInput("pack rejected", problems=[
            Problem("pack.bad", "expected a date", file="rjc.yaml", line=4, path="effective")])

    with qtbot.waitSignal(workers.busy_changed, check_params_cb=lambda b: b is False):
        workers.submit(work, on_error=errors.append)
    assert isinstance(errors[0], InvalidInput)
    assert errors[0].problems[0].file == "rjc.yaml"


def test_cancel_stops_a_long_job_and_reports_cancelled(qtbot):
    workers = Workers()
    started = threading.Event()
    outcome: list = []

    def work(job):
        started.set()
        for _ in range(500):
            job.check_cancelled()
            time.sleep(0.01)
        return "finished"

    job = workers.submit(work, on_result=outcome.append,
                         on_cancelled=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    with qtbot.waitSignal(job.signals.finished, timeout=5000):
        job.cancel()
    qtbot.waitUntil(lambda: outcome == ["cancelled"])
    assert not isinstance(Cancelled(), InvalidInput)


def test_workspace_jobs_never_overlap(qtbot):
    workers = Workers()
    lock = threading.Lock()
    overlaps: list = []

    def write(job):
        if not lock.acquire(blocking=False):
            overlaps.append("two writers at once")
            return
        try:
            time.sleep(0.02)
        finally:
            lock.release()

    for _ in range(6):
        workers.submit(write)
    qtbot.waitUntil(lambda: not workers.busy, timeout=5000)
    assert overlaps == []


def test_free_jobs_may_run_side_by_side(qtbot):
    workers = Workers()
    both = threading.Barrier(2, timeout=5)
    results: list = []
    for _ in range(2):
        workers.submit(lambda job: both.wait() is not None, workspace=False,
                       on_result=results.append)
    qtbot.waitUntil(lambda: len(results) == 2, timeout=5000)
    assert results == [True, True]
