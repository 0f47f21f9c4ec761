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
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ui.problems import show_error
from ui.workers import Job, JobContext, Workers

if TYPE_CHECKING:  # the storage stack loads on first use, after the window has painted
    from jointaudit.store.db import Workspace


# How long a workspace switch waits for the old workspace's jobs (the cancellable ones were
# asked to stop) before it goes on and closes the old file once they are done.
SWITCH_WAIT_MS = 1500


class AppContext(QObject):
    # before the switch, on the old workspace: views save what the user typed
    workspace_changing = Signal()
    workspace_changed = Signal(object)  # the new Workspace or None
    data_changed = Signal(str)  # which part changed: "plan", "checklist", "library", …

    def __init__(self, workers: Workers, parent: QObject | None = None):
        super().__init__(parent)
        self.workers = workers
        self.workspace: Workspace | None = None
        self.error_parent: QWidget | None = None
        self.last_error_dialog = None
        self.closed = False  # set when the window closes: late results are dropped
        # bumped on every switch: a result computed on another workspace is never shown
        self.generation = 0
        self.closing_later: list = []  # old workspaces waiting for their last jobs
        # the edits of the open workspace, behind Edit → Undo/Redo (cleared on a switch:
        # an undo must never write into another file)
        self.undo_stack = QUndoStack(self)
        # (visit, item) -> the finding revision this window's last save left (the base of
        # an undo/redo, so that one over someone else's later save is refused)
        self.finding_revisions: dict[tuple[int, str], int] = {}
        self.find_view: Callable[[str], QWidget | None] = lambda _key: None

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
        generation = self.generation

        def done(value: Any) -> None:
            if self.closed or generation != self.generation:
                return
            if on_result:
                on_result(value)
            if changes:
                self.data_changed.emit(changes)

        def progress(done_: int, total: int, message: str) -> None:
            if generation == self.generation and on_progress:
                on_progress(done_, total, message)

        # a job that writes (``changes``) carries the user's input: never cancelled
        return self.workers.submit(
            lambda job: fn(ws, job), on_result=done, on_progress=progress,
            on_error=on_error or self.report_error, on_cancelled=on_cancelled,
            on_finished=on_finished, name=name, cancellable=changes is None)

    def report_error(self, exc: BaseException) -> None:
        if self.closed:
            return
        self.last_error_dialog = show_error(self.error_parent, exc)

    # the workspace ---------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None, *, wait_ms: int = SWITCH_WAIT_MS) -> bool:
        """The one path for a workspace change (New, Open, Save As, demo, close): views save
        pending input on the old workspace, running work is cancelled with a bounded wait,
        results still on their way are dropped, then every view resets and reloads.
        Returns False when the old workspace's jobs outlived the wait (it closes after)."""
        old = self.workspace
        if old is not None and old is not ws:
            self.workspace_changing.emit()
        self.generation += 1
        self.undo_stack.clear()
        self.finding_revisions = {}
        self.workspace = ws
        settled = True
        if old is not None and old is not ws:
            left = self.workers.cancel_all()
            settled = self.workers.workspace_pool.waitForDone(wait_ms)
            if settled:
                old.close()
            else:
                self._close_when_done(old, left)
        self.workspace_changed.emit(ws)
        return settled

    def _close_when_done(self, old: Workspace, jobs: list[Job]) -> None:
        """Close ``old`` once the jobs that use it are done (a write runs to its end)."""
        self.closing_later.append(old)

        def check() -> None:
            if old in self.closing_later and all(j.done.is_set() for j in jobs):
                self.closing_later.remove(old)
                old.close()

        for job in jobs:
            job.signals.finished.connect(check)
        check()

    def close_all(self, wait_ms: int = 30000) -> None:
        """Window close: pending input saved, cancellable work stopped, every file closed."""
        if self.workspace is not None:
            self.workspace_changing.emit()
        self.closed = True
        self.workers.shutdown(wait_ms)
        for old in self.closing_later:
            old.close()
        self.closing_later.clear()
        if self.workspace is not None:
            self.workspace.close()

    @property
    def read_only(self) -> bool:
        return bool(self.workspace and self.workspace.read_only)


def open_or_create(path: Path | str, create: bool) -> Workspace:
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
