"""Desktop responsiveness: cold start, event-loop stalls during long work, checklist filtering.

- cold start: a fresh process until the main window has painted once; baseline a bare
  QApplication + empty QMainWindow painted the same way (the cost of Qt itself).
- longest event-loop stall: a 5 ms QTimer on the UI thread records how late it fires while a
  long core operation runs in the worker mechanism; baseline the operation's duration, i.e.
  the stall the user would suffer if it ran on the UI thread.
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


def longest_stall(work: Callable[[Callable], object]) -> tuple[float, float]:
    """(longest lateness of a 5 ms UI-thread timer while ``work(progress)`` runs in the
    worker, how long the work took — the stall it would cause on the UI thread)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from ui.workers import Workers

    workers = Workers()
    clock = QElapsedTimer()
    worst = [0.0]
    last = [0]
    took = [0.0]
    loop = QEventLoop()

    def tick():
        now = clock.elapsed()
        worst[0] = max(worst[0], (now - last[0] - 5) / 1000)
        last[0] = now

    def timed(job):
        t0 = time.perf_counter()
        try:
            return work(job.progress)
        finally:
            took[0] = time.perf_counter() - t0

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    clock.start()
    timer.start()
    # quit a little after the work so the timer's last tick is counted
    workers.submit(timed, on_finished=lambda: QTimer.singleShot(30, loop.quit))
    loop.exec()
    timer.stop()
    workers.shutdown()
    return max(worst[0], 0.0), took[0]


def filter_rows() -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from jointaudit.common.severity import Severity
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
    proxy.sort(0)  # as the Checklist view shows it: in the template's order
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


def _report_data_1000_findings():
    from tests.reports.samples import RJC_ROWS, finding_rows, rjc_input

    rows = [(f"{1 + i // 50}.{i % 50 + 1}", f"{title} ({i})", level, sev, obs)
            for i, (_c, title, level, sev, obs) in
            ((i, RJC_ROWS[i % len(RJC_ROWS)]) for i in range(1000))]
    return rjc_input(findings=finding_rows(rows))


def pdf_export_1000_findings() -> Callable[[Callable], object]:
    """A scheme report with 1,000 findings, built by the core's report builder."""
    from jointaudit.reports.data import BuildOptions
    from jointaudit.reports.scheme_report import build_scheme_report

    data = _report_data_1000_findings()

    def work(progress):
        return build_scheme_report(data, BuildOptions(progress=lambda d, t: progress(d, t)))

    return work


def _pdf_in_child(_path, *, progress, cancel):
    from jointaudit.reports.data import BuildOptions
    from jointaudit.reports.scheme_report import build_scheme_report

    data = _report_data_1000_findings()
    return len(build_scheme_report(data, BuildOptions(
        progress=lambda d, t: progress(d, t), cancel=cancel)))


def in_worker_process(child: Callable, arg: str = "") -> Callable[[Callable], object]:
    """``child`` run as the app runs heavy work (ui/processes.py): the worker thread only
    waits on the child process and relays its progress."""
    def work(progress):
        return _run_child(child, arg, progress=progress)

    return work


def busy_python() -> Callable[[Callable], object]:
    """Two seconds of pure-Python work: the floor any worker job costs the UI thread here
    (the interpreter lock's switch interval plus how busy the machine's cores are)."""

    def work(progress):
        t0, n = time.perf_counter(), 0
        while time.perf_counter() - t0 < 2:
            n += 1
        return n

    return work


_PORTFOLIO: list[Path] = []


def portfolio_workspace() -> Path:
    """The demo's sites copied to 1,000 (certificates, records, blackouts with them)."""
    if _PORTFOLIO:
        return _PORTFOLIO[0]
    from sqlmodel import select

    from jointaudit.demo.seed import create_demo_workspace
    from jointaudit.store.models import AuditRecord, BlackoutPeriod, Certificate, Site

    folder = Path(tempfile.mkdtemp(prefix="ja-bench-"))
    ws = create_demo_workspace(folder / "portfolio.jaworkspace")

    def copy(row, **changes):
        data = {k: v for k, v in row.model_dump().items() if k != "id"}
        data.update(changes)
        return type(row)(**data)

    with ws.session() as s:
        sites = s.exec(select(Site)).all()
        kids = {site.id: [r for m in (Certificate, AuditRecord, BlackoutPeriod)
                          for r in s.exec(select(m).where(m.site_id == site.id)).all()]
                for site in sites}
        for n in range(1000 - len(sites)):
            base = sites[n % len(sites)]
            clone = copy(base, name=f"{base.name} #{n + 1}")
            s.add(clone)
            s.flush()
            for row in kids[base.id]:
                s.add(copy(row, site_id=clone.id, certificate_id=None)
                      if isinstance(row, AuditRecord) else copy(row, site_id=clone.id))
    ws.close()
    _PORTFOLIO.append(ws.path)
    return ws.path


def _portfolio_options():
    from datetime import date

    from jointaudit.planning.inputs import PlanOptions

    return PlanOptions(horizon_start=date(2026, 11, 22))


def portfolio_1000_sites() -> Callable[[Callable], object]:
    """The whole 1,000-site portfolio planned by the planning service."""
    from jointaudit.services import planning
    from jointaudit.store.db import open_workspace

    path = portfolio_workspace()
    opts = _portfolio_options()

    def work(progress):
        with open_workspace(path, read_only=True) as ws:
            return planning.plan_sites(ws, None, opts)

    return work


def portfolio_in_process() -> Callable[[Callable], object]:
    from ui import processes

    path = portfolio_workspace()
    opts = _portfolio_options()

    def work(progress):
        return _run_child(processes.plan_portfolio, str(path), None, opts, progress=progress)

    return work


def _run_child(child, *args, progress):
    from ui.processes import run_in_process

    def stop():
        raise RuntimeError("cancelled")

    return run_in_process(child, *args, progress=progress, cancelled=lambda: False,
                          on_cancel=stop)


def workloads() -> list[tuple[str, Callable[[], Callable[[Callable], object]],
                             Callable[[], Callable[[Callable], object]] | None]]:
    """The long core operations measured: (label, the work in a worker thread, the work as
    the app runs it — in a worker process); each builds its input and returns
    ``work(progress)``."""
    out: list = [("2 s of pure Python runs (floor)", busy_python, None),
                 ("a 1,000-finding PDF is exported", pdf_export_1000_findings,
                  lambda: in_worker_process(_pdf_in_child))]
    import importlib.util

    if importlib.util.find_spec("jointaudit.services.planning"):
        out.append(("a 1,000-site portfolio is planned", portfolio_1000_sites,
                    portfolio_in_process))
    return out


def stall_rows() -> list[Row]:
    out = []
    for label, in_thread, in_process in workloads():
        stall, took = longest_stall(in_thread())
        out.append(Row(f"longest event-loop stall while {label} (worker thread)",
                       stall * 1000, "ms", took * 1000,
                       "the work's duration = its stall on the UI thread"))
        if in_process is not None:
            from ui.processes import warm_up

            warm_up()  # the forkserver and its imports start once, as the app does at start
            pstall, ptook = longest_stall(in_process())
            out.append(Row(f"longest event-loop stall while {label} (worker process,"
                           " as the app does)", pstall * 1000, "ms", stall * 1000,
                           f"in a worker thread (the work took {ptook:.1f} s)"))
    return out


def run() -> list[Row]:
    rows = [Row("cold start to first painted main window", cold_start("app"), "s",
                cold_start("bare"), "bare QMainWindow")]
    rows += filter_rows()
    rows += stall_rows()
    return rows


if __name__ == "__main__":
    main(run)
