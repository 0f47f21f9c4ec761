"""Heavy work runs in a worker process (ui/processes.py): its result, progress and errors come
back to the UI thread like a thread job's; Cancel stops it — politely, or by terminating a
child that does not listen — and the plan of a whole portfolio goes there."""

from __future__ import annotations

import os
import time

from tests.ui import process_helpers
from tests.ui.conftest import wait_jobs


def test_the_work_runs_in_another_process_and_reports_progress(demo_window, qtbot):
    view = demo_window.views["plan"]
    got, steps = [], []
    view.run_in_process(process_helpers.whoami, on_result=got.append,
                        on_progress=lambda d, t, m: steps.append((d, t, m)), name="whoami")
    wait_jobs(qtbot, demo_window)
    (pid, path), = got
    assert pid != os.getpid()
    assert path == str(demo_window.ctx.workspace.path)
    assert steps == [(1, 2, "half way")]


def test_a_core_error_in_the_child_arrives_with_its_problems(demo_window, qtbot):
    from jointaudit.common.errors import InvalidInput

    view = demo_window.views["plan"]
    errors = []
    view.run_in_process(process_helpers.refuses, on_error=errors.append, name="refuses")
    wait_jobs(qtbot, demo_window)
    (exc,) = errors
    assert isinstance(exc, InvalidInput)
    assert exc.problems[0].file == "sites.csv" and exc.problems[0].line == 3


def test_cancel_stops_a_child_that_listens(demo_window, qtbot):
    view = demo_window.views["plan"]
    steps, cancelled, results = [], [], []
    job = view.run_in_process(process_helpers.until_cancelled, on_result=results.append,
                              on_progress=lambda d, t, m: steps.append(d),
                              on_cancelled=lambda: cancelled.append(True), name="loop")
    qtbot.waitUntil(lambda: len(steps) >= 3, timeout=20000)
    job.cancel()
    wait_jobs(qtbot, demo_window, timeout=5000)
    assert cancelled == [True] and results == []


def test_cancel_terminates_a_child_that_does_not_listen(demo_window, qtbot):
    from ui.processes import CANCEL_GRACE_S

    view = demo_window.views["plan"]
    steps, cancelled = [], []
    job = view.run_in_process(process_helpers.deaf, on_progress=lambda *a: steps.append(a),
                              on_cancelled=lambda: cancelled.append(True), name="deaf")
    qtbot.waitUntil(lambda: bool(steps), timeout=20000)
    t0 = time.monotonic()
    job.cancel()
    wait_jobs(qtbot, demo_window, timeout=10000)
    assert cancelled == [True]
    assert time.monotonic() - t0 < CANCEL_GRACE_S + 3  # not the child's 60 s


def test_the_portfolio_is_planned_in_a_worker_process_with_a_cancel_button(demo_window,
                                                                           qtbot):
    view = demo_window.show_view("plan")
    wait_jobs(qtbot, demo_window)
    view.plan(portfolio=True)
    assert view.cancel_button.isVisibleTo(view)
    assert view.job is not None and view.job.name == "plan portfolio"
    wait_jobs(qtbot, demo_window)
    assert not view.cancel_button.isVisibleTo(view)
    assert len(view.plans) == 4 and view.plan_button.isEnabled()
