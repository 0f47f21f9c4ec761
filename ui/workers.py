"""The one worker mechanism: a job (QRunnable) on a thread pool, reporting back by signals.

Core long operations stay Qt-free: they take a ``progress(done, total, message)`` callback
and, when they can stop early, a ``cancelled()`` predicate. A job hands both to its function
through :class:`JobContext`; the function runs off the UI thread and must never touch a
widget. Result, error and progress arrive on the UI thread as queued signals.

Everything that touches the open workspace runs on a pool of ONE thread, so database writes
are serialized (SQLite has one writer) and no two jobs see a half-written state.
"""

from __future__ import annotations

import threading
import traceback
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel; reported as ``cancelled``."""


class JobContext:
    """What a job's function receives: progress reporting and the cancel flag."""

    def __init__(self, signals: JobSignals):
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, message: str = "") -> None:
        self._signals.progress.emit(int(done), int(total), str(message))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def cancel_event(self) -> threading.Event:
        """For core functions that take a ``threading.Event`` to stop early."""
        return self._cancel

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class JobSignals(QObject):
    result = Signal(object)
    error = Signal(object)  # the exception (a core JointAuditError, or anything unexpected)
    progress = Signal(int, int, str)
    cancelled = Signal()
    finished = Signal()


class Job(QRunnable):
    """One unit of background work. Keep the handle to cancel it."""

    def __init__(self, fn: Callable[[JobContext], Any], name: str = "", *,
                 cancellable: bool = True):
        super().__init__()
        # a job that writes the user's input is never cancelled: it is the user's work
        self.cancellable = cancellable
        self.setAutoDelete(False)  # the Python side owns it until ``finished``
        self.name = name or getattr(fn, "__name__", "job")
        self.signals = JobSignals()
        self.context = JobContext(self.signals)
        self._fn = fn
        self.done = threading.Event()

    def cancel(self) -> None:
        self.context._cancel.set()

    def run(self) -> None:  # worker thread: emit signals only
        try:
            if self.context.cancelled():  # cancelled while it waited in the queue
                raise Cancelled()
            value = self._fn(self.context)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - every failure goes back to the UI thread
            if self.context.cancelled():  # the core's own "stopped on request" error
                self.signals.cancelled.emit()
                return
            exc.__dict__.setdefault("formatted_traceback", traceback.format_exc())
            self.signals.error.emit(exc)
        else:
            if self.context.cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.result.emit(value)
        finally:
            self.done.set()
            self.signals.finished.emit()


_POOLS: weakref.WeakSet[Workers] = weakref.WeakSet()


class Workers(QObject):
    """The application's job runner: a serialized workspace pool and a free pool."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace_pool = QThreadPool(self)
        self.workspace_pool.setMaxThreadCount(1)
        self.free_pool = QThreadPool(self)
        self.free_pool.setMaxThreadCount(max(2, QThreadPool.globalInstance().maxThreadCount()))
        self._running: set[Job] = set()
        _POOLS.add(self)

    def submit(
        self,
        fn: Callable[[JobContext], Any],
        *,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        workspace: bool = True,
        name: str = "",
        cancellable: bool = True,
    ) -> Job:
        """Run ``fn(context)`` in the background; callbacks run on the UI thread."""
        job = Job(fn, name, cancellable=cancellable)
        s = job.signals
        if on_result:
            s.result.connect(on_result)
        if on_error:
            s.error.connect(on_error)
        if on_progress:
            s.progress.connect(on_progress)
        if on_cancelled:
            s.cancelled.connect(on_cancelled)
        if on_finished:
            s.finished.connect(on_finished)
        s.finished.connect(lambda j=job: self._forget(j))
        self._running.add(job)
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        (self.workspace_pool if workspace else self.free_pool).start(job)
        return job

    def _forget(self, job: Job) -> None:
        if not shiboken6.isValid(self):  # the window went away while the job ran
            return
        self._running.discard(job)
        if not self._running:
            self.busy_changed.emit(False)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def active_threads(self) -> int:
        return self.workspace_pool.activeThreadCount() + self.free_pool.activeThreadCount()

    def running(self) -> list[Job]:
        return list(self._running)

    def cancel_all(self) -> list[Job]:
        """Ask every cancellable job to stop; the writes of user input run to the end.
        Returns every job still on its way (the ones that write included)."""
        for job in self._running:
            if job.cancellable:
                job.cancel()
        return list(self._running)

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel what runs, wait for it, and let the threads go (window close, tests)."""
        self.cancel_all()
        ok = self.workspace_pool.waitForDone(timeout_ms)
        ok = self.free_pool.waitForDone(timeout_ms) and ok
        self.workspace_pool.clear()
        self.free_pool.clear()
        return ok


def all_worker_pools() -> list[Workers]:
    """Every live runner (tests check none has a thread left running)."""
    return [w for w in list(_POOLS) if shiboken6.isValid(w)]
