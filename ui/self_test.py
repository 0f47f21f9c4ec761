"""`jointaudit --self-test`: prove that a build (source tree or frozen bundle) works end to end.

Offscreen and without touching the user's folders, it shows the main window, creates the
demo workspace in a temporary folder, plans a demo site, merges its schemes' checklists,
writes one PDF, then opens the workspace in the main window. Each step prints what it did;
the exit code is 0 only if every step succeeded. The bundle smoke test
(`make bundle-smoke`, packaging/smoke.py) runs it on the frozen app and times the first line.

``JOINTAUDIT_SELF_TEST_DIR`` keeps the outputs in that folder instead of a temporary one.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

KEEP_DIR_VAR = "JOINTAUDIT_SELF_TEST_DIR"
WINDOW_SHOWN = "self-test: main window shown"


@dataclass
class Run:
    """What the steps share: the output folder and what earlier steps produced."""

    app: QApplication
    folder: Path
    workspace: Path = field(init=False)
    facts: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.workspace = self.folder / "demo.jaworkspace"


def _say(text: str) -> None:
    print(text, flush=True)


def cli(*argv: str) -> str:
    """Run one headless command in this process (as the frozen app would) and return its output."""
    from jointaudit.cli import main as cli_main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli_main(list(argv))
        except SystemExit as exc:  # argparse rejects unknown commands this way
            code = exc.code if isinstance(exc.code, int) else 2
    if code != 0:
        detail = (err.getvalue() or out.getvalue()).strip().splitlines()[-3:]
        raise RuntimeError(f"`jointaudit {' '.join(argv)}` exited {code}: {' / '.join(detail)}")
    return out.getvalue()


def _settle(app: QApplication, window, timeout: float = 60.0) -> None:
    """Let the views finish what opening the workspace started (they load in workers): closing
    the window under a running job would leave it reading a closed workspace."""
    deadline, idle_since = time.monotonic() + timeout, None
    while time.monotonic() < deadline:
        app.processEvents()
        if window.workers.busy:
            idle_since = None
        elif idle_since is None:
            idle_since = time.monotonic()
        elif time.monotonic() - idle_since > 0.3:
            return
        time.sleep(0.01)


def show_window(run: Run, path: Path | None) -> str:
    from ui.main_window import MainWindow

    window = MainWindow(str(path) if path else None)
    window.show()
    deadline = time.monotonic() + 10
    while not window.isVisible() and time.monotonic() < deadline:
        run.app.processEvents()
    # the window opens (and may migrate) the workspace in its worker: wait for it to report
    deadline = time.monotonic() + 30
    while path is not None and window.ctx.workspace is None and time.monotonic() < deadline:
        run.app.processEvents()
        time.sleep(0.01)
    _settle(run.app, window)
    title = window.windowTitle()
    window.close()
    window.deleteLater()
    run.app.processEvents()
    if path is not None and path.name not in title:
        raise RuntimeError(f"the main window's title {title!r} does not name {path.name}")
    return f"title {title!r}"


def step_demo(run: Run) -> str:
    said = cli("demo", str(run.workspace)).strip().splitlines()
    from sqlmodel import select

    from jointaudit.store.db import open_workspace
    from jointaudit.store.models import SchemeVersion, Site

    with open_workspace(run.workspace) as ws, ws.session() as s:
        sites = s.exec(select(Site)).all()
        versions = s.exec(select(SchemeVersion)).all()
    if not sites or not versions:
        raise RuntimeError("the demo workspace holds no site or no scheme version")
    return f"{run.workspace.name}: {len(versions)} scheme versions, {len(sites)} sites ({said[0]})"


def step_plan(run: Run) -> str:
    """Plan the whole demo portfolio; keep the visit that joins the most schemes."""
    from datetime import date

    from sqlmodel import select

    from jointaudit.planning.inputs import PlanOptions
    from jointaudit.services.planning import plan_sites, save_plan
    from jointaudit.store.db import open_workspace
    from jointaudit.store.models import Visit

    with open_workspace(run.workspace) as ws:
        views = plan_sites(ws, None, PlanOptions(horizon_start=date.today()))
        best = None
        for view in views:
            for visit in view.visits:
                versions = sorted({w.uid.split("/")[0] for w in view.windows
                                   if w.planned == f"visit {visit.number}"})
                if best is None or len(versions) > len(best[2]):
                    best = (view, visit, versions)
        if best is None:
            raise RuntimeError(f"no visit planned for any of {len(views)} demo sites")
        view, visit, versions = best
        plan_id = save_plan(ws, view, name=f"self-test: {view.site}")
        with ws.session() as s:
            rows = s.exec(select(Visit).where(Visit.plan_id == plan_id)
                          .order_by(Visit.start)).all()
            run.facts["visit_id"] = rows[visit.number - 1].id
    run.facts.update(plan_id=plan_id, versions=versions, site=view.site)
    visits = sum(len(v.visits) for v in views)
    return (f"{len(views)} sites, {visits} joint visits; saved plan {plan_id} for {view.site},"
            f" visit {visit.number} {visit.start}–{visit.end} covers {', '.join(versions)}")


def step_merge(run: Run) -> str:
    """Import the shipped crosswalks, then merge the visit's schemes' checklists into a joint
    template the plan uses."""
    from sqlmodel import func, select

    from jointaudit.checklist.template import build_template
    from jointaudit.store.db import open_workspace
    from jointaudit.store.models import JointItem, JointPlan, Requirement

    versions = run.facts["versions"]
    said = cli("crosswalk", "import", str(run.workspace))  # the shipped crosswalks
    links = sum(int(n) for n in re.findall(r"(\d+) (?:link\(s\) added|updated)", said))
    with open_workspace(run.workspace) as ws, ws.session() as s:
        template = build_template(s, f"self-test: {' + '.join(versions)}", versions)
        s.get(JointPlan, run.facts["plan_id"]).template_id = template.id
        items = s.exec(select(func.count()).select_from(JointItem)
                       .where(JointItem.template_id == template.id)).one()
        assessable = s.exec(select(func.count()).select_from(Requirement).where(
            Requirement.version_id.in_(versions), Requirement.assessable)).one()
    if not items:
        raise RuntimeError("the merge produced no joint item")
    return (f"{links} crosswalk links loaded; {assessable} assessable requirements of"
            f" {len(versions)} schemes → {items} joint items")


def step_pdf(run: Run) -> str:
    """Write the draft report of the first scheme of the visit (nothing is rated yet)."""
    from jointaudit.services.reports import ReportRequest, export
    from jointaudit.store.db import open_workspace

    version = run.facts["versions"][0]
    out = run.folder / f"self-test-{version.replace('@', '-')}.pdf"
    with open_workspace(run.workspace) as ws:
        export(ws, ReportRequest(kind="scheme", visit_id=run.facts["visit_id"],
                                 version_id=version, draft=True), out)
    data = out.read_bytes()
    if not (data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]):
        raise RuntimeError(f"{out.name} is not a complete PDF")
    return f"{out.name}: {len(data) / 1024:.0f} KiB, draft {version} report"


def step_open(run: Run) -> str:
    return show_window(run, run.workspace)


STEPS: list[tuple[str, Callable[[Run], str]]] = [
    ("create the demo workspace", step_demo),
    ("plan a demo site", step_plan),
    ("merge its schemes' checklists", step_merge),
    ("write a PDF", step_pdf),
    ("open the workspace in the main window", step_open),
]


def _isolate_user_folders(folder: Path) -> None:
    """Settings, recent files and data folders go to the run's folder, not the user's."""
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache")):
        os.environ[var] = str(folder / sub)
    QStandardPaths.setTestModeEnabled(True)


def run_self_test(app: QApplication) -> int:
    keep = os.environ.get(KEEP_DIR_VAR)
    with contextlib.ExitStack() as stack:
        if keep:
            folder = Path(keep)
            folder.mkdir(parents=True, exist_ok=True)
        else:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(
                prefix="ja-selftest-", ignore_cleanup_errors=True)))
        _isolate_user_folders(folder)
        run = Run(app, folder)
        t0 = time.perf_counter()
        try:
            _say(f"{WINDOW_SHOWN} ({show_window(run, None)})")
        except Exception as exc:  # noqa: BLE001 - said as a line, like every step
            _say(f"self-test: the main window did not show: {type(exc).__name__}: {exc}")
            return 1
        for number, (name, step) in enumerate(STEPS, start=1):
            t = time.perf_counter()
            try:
                said = step(run)
            except Exception as exc:  # report every failure as a line, never a bare traceback
                _say(f"self-test: step {number} ({name}) FAILED: {type(exc).__name__}: {exc}")
                if os.environ.get("JOINTAUDIT_DEBUG"):
                    traceback.print_exc()
                return 1
            _say(f"self-test: step {number} ({name}) ok in {time.perf_counter() - t:.2f} s: {said}")
        _say(f"self-test: all {len(STEPS)} steps passed in {time.perf_counter() - t0:.2f} s"
             f" (outputs in {folder})" if keep else
             f"self-test: all {len(STEPS)} steps passed in {time.perf_counter() - t0:.2f} s")
        sys.stdout.flush()
    return 0
