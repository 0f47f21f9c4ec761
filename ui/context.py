"""What every view shares: the open workspace, the job runner and change notifications.

Views never open the workspace themselves and never run core calls on the UI thread: they
ask :meth:`AppContext.run` which wraps the one worker mechanism, hands the core function the
open :class:`~jointaudit.store.db.Workspace`, and reports core errors as messages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.problems import show_error
from ui.workers import Job, JobContext, Workers

if TYPE_CHECKING:  # the storage stack loads on first use, after the window has painted
    from jointaudit.store.db import Workspace


class AppContext(QObject):
    workspace_changed = Signal(object)  # the new Workspace or None
    data_changed = Signal(str)  # which part changed: "plan", "checklist", "library", …

    def __init__(self, workers: Workers, parent: QObject | None = None):
        super().__init__(parent)
        self.workers = workers
        self.workspace: Workspace | None = None
        self.error_parent: QWidget | None = None
        self.last_error_dialog = None
        self.closed = False  # set when the window closes: late results are dropped

    # running core work -----------------------------------------------------------------
    def run(
        self,
        fn: Callable[[Workspace, JobContext], Any],
        on_result: Callable[[Any], None] | None = None,
        *,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        changes: str | None = None,
        name: str = "",
    ) -> Job | None:
        """Run ``fn(workspace, job)`` on the serialized workspace pool.

        ``changes`` names the part of the workspace the job writes, announced through
        ``data_changed`` once it succeeded so other views reload.
        """
        ws = self.workspace
        if ws is None:
            return None

        def done(value: Any) -> None:
            if self.closed:
                return
            if on_result:
                on_result(value)
            if changes:
                self.data_changed.emit(changes)

        return self.workers.submit(
            lambda job: fn(ws, job), on_result=done, on_progress=on_progress,
            on_error=on_error or self.report_error, on_cancelled=on_cancelled,
            on_finished=on_finished, name=name)

    def report_error(self, exc: BaseException) -> None:
        if self.closed:
            return
        self.last_error_dialog = show_error(self.error_parent, exc)

    # the workspace ---------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None) -> None:
        old = self.workspace
        self.workspace = ws
        if old is not None and old is not ws:
            # close only once no job can still be using it
            self.workers.workspace_pool.waitForDone()
            old.close()
        self.workspace_changed.emit(ws)

    @property
    def read_only(self) -> bool:
        return bool(self.workspace and self.workspace.read_only)


def open_or_create(path: Path, create: bool) -> Workspace:
    """Worker-side: opening may migrate (after a backup), so it never runs on the UI thread.
    A workspace another instance holds opens read-only (``workspace.notice`` says who)."""
    from jointaudit.store.db import create_workspace
    from jointaudit.store.locking import open_exclusive

    if create:
        create_workspace(path).close()
    return open_exclusive(path)


def copy_workspace(source: Workspace, target: Path) -> Workspace:
    """Save As: a consistent copy of the live SQLite file (WAL included), then open it."""
    from jointaudit.store.locking import open_exclusive, save_as

    return open_exclusive(save_as(source.path, target))
