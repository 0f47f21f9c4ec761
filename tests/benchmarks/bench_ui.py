"""Desktop responsiveness: cold start, event-loop stalls during long work, checklist filtering.

- cold start: a fresh process until the main window has painted once; baseline a bare
  QApplication + empty QMainWindow painted the same way (the cost of Qt itself).
- longest event-loop stall: a 5 ms QTimer on the UI thread records how late it fires while a
  long core operation runs in the worker mechanism; baseline the same operation run on the UI
  thread (what the user would suffer without the worker).
- filtering 10,000 joint items through the proxy; baseline the same predicate in a plain
  list comprehension (the pure cost of deciding, without Qt's model bookkeeping).

Run: ``QT_QPA_PLATFORM=offscreen python -m tests.benchmarks.bench_ui``
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks._table import Row, main  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]

_CHILD = r"""
import sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
app.setOrganizationName("jointaudit-bench")
if sys.argv[1] == "app":
    from ui.main_window import MainWindow
    win = MainWindow()
else:
    win = QMainWindow()
class Painted(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint:
            print(f"painted {time.perf_counter() - t0:.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = Painted()
win.installEventFilter(f)
win.show()
app.exec()
"""


def cold_start(kind: str, runs: int = 5) -> float:
    """Median seconds from process launch to the main window's first paint."""
    times = []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    with tempfile.TemporaryDirectory() as home:
        env["XDG_CONFIG_HOME"] = home
        for _ in range(runs):
            t0 = time.perf_counter()
            proc = subprocess.Popen([sys.executable, "-c", _CHILD, kind], cwd=ROOT, env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                    text=True)
            for line in proc.stdout:
                if line.startswith("painted"):
                    times.append(time.perf_counter() - t0)
                    break
            proc.wait(60)
    times.sort()
    return times[len(times) // 2]


def longest_stall(work: Callable[[Callable], object], *, in_worker: bool) -> float:
    """Longest lateness (s) of a 5 ms UI-thread timer while ``work(progress)`` runs."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from ui.workers import Workers

    workers = Workers()
    clock = QElapsedTimer()
    worst = [0.0]
    last = [0]
    loop = QEventLoop()

    def tick():
        now = clock.elapsed()
        worst[0] = max(worst[0], (now - last[0] - 5) / 1000)
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    if in_worker:
        workers.submit(lambda job: work(job.progress), on_finished=loop.quit)
        loop.exec()
    else:
        QTimer.singleShot(0, lambda: (work(lambda *a: None), loop.quit()))
        loop.exec()
    timer.stop()
    workers.shutdown()
    return max(worst[0], 0.0)


def filter_rows() -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from jointaudit.severity import Severity
    from ui.models.checklist import (
        ChecklistFilter,
        ChecklistModel,
        ChecklistProxy,
        ChecklistRow,
        Clause,
    )

    QApplication.instance() or QApplication([])
    topics = ("human rights", "mercury", "security", "governance", "water", "FPIC")
    rows = [ChecklistRow(
        key=f"ji-{i}", position=i, title=f"Joint requirement {i} on {topics[i % 6]}",
        topics=(topics[i % 6],),
        clauses=(Clause("RJC COP 2019", "rjc", f"{i % 40}.{i % 9}"),
                 Clause("IRMA 1.0", "irma", f"{i % 6}.{i % 11}.{i % 3}")),
        severity=Severity.NOT_ASSESSED if i % 4 else Severity.CONFORMS) for i in range(10_000)]
    model = ChecklistModel()
    t0 = time.perf_counter()
    model.set_rows(rows)
    load = time.perf_counter() - t0
    proxy = ChecklistProxy()
    proxy.setSourceModel(model)
    criteria = [ChecklistFilter(text="requirement 12"), ChecklistFilter(topic="mercury"),
                ChecklistFilter(unrated_only=True, scheme="irma"), ChecklistFilter()]
    t0 = time.perf_counter()
    for c in criteria:
        proxy.set_filter(c)
        proxy.rowCount()
    qt = (time.perf_counter() - t0) / len(criteria)
    t0 = time.perf_counter()
    for c in criteria:
        accept = c.predicate()
        _ = [r for r in model.rows() if accept(r)]
    plain = (time.perf_counter() - t0) / len(criteria)
    return [
        Row("checklist: load 10,000 joint items into the model", load * 1000, "ms"),
        Row("checklist: one filter change over 10,000 items (proxy)", qt * 1000, "ms",
            plain * 1000, "same predicate, plain list"),
    ]


def workloads() -> list[tuple[str, Callable[[], Callable[[Callable], object]]]]:
    """The long core operations measured: each builds its input, returns ``work(progress)``."""
    return []


def stall_rows() -> list[Row]:
    out = []
    for label, make in workloads():
        work = make()
        worker = longest_stall(work, in_worker=True)
        blocking = longest_stall(work, in_worker=False)
        out.append(Row(f"longest event-loop stall while {label}", worker * 1000, "ms",
                       blocking * 1000, "same work on the UI thread"))
    return out


def run() -> list[Row]:
    rows = [Row("cold start to first painted main window", cold_start("app"), "s",
                cold_start("bare"), "bare QMainWindow")]
    rows += filter_rows()
    rows += stall_rows()
    return rows


if __name__ == "__main__":
    main(run)
