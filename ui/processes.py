"""Heavy work in a worker process: planning a whole portfolio and exporting reports.

A job in a thread still shares the interpreter lock with the UI thread: a 1,000-site plan
stalled the event loop for ~300 ms at a time. In a child process it holds nothing of ours,
and it runs on another core. The child opens the workspace by its path (read-only: these
jobs only read it) and reports progress back through a pipe; Cancel asks it to stop, and a
child that does not stop within a moment is terminated.

This module is Qt-free (the child imports it): the UI side calls :func:`run_in_process` from
inside a worker-thread job (ui/workers.py), which relays progress and cancel.

On POSIX the children fork from a forkserver that has the core already imported (a child
starts in milliseconds); elsewhere they are spawned.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import pickle
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# what the forkserver imports once, so that every child starts with it loaded
PRELOAD = ["jointaudit.services.planning", "jointaudit.services.reports", "ui.processes"]
CANCEL_GRACE_S = 0.5  # how long a child may take to stop on its own after Cancel
CHUNK = 10  # a list result comes back this many items at a time

_context: Any = None
_lock = threading.Lock()


_paused = [0, False]  # how many receivers paused the cyclic GC, whether it was on


@contextlib.contextmanager
def _gc_paused():
    """No cyclic collection while a large result arrives: with millions of new objects,
    Python's oldest-generation collection takes ~300 ms and holds the interpreter lock —
    the UI thread's stall. What arrived is frozen afterwards (gc.freeze): it is long-lived
    data, and later collections need not walk it again."""
    with _lock:
        if _paused[0] == 0:
            _paused[1] = gc.isenabled()
            gc.disable()
        _paused[0] += 1
    try:
        yield
    finally:
        with _lock:
            _paused[0] -= 1
            if _paused[0] == 0:
                gc.freeze()
                if _paused[1]:
                    gc.enable()


class ProcessFailed(RuntimeError):
    """The child ended without an answer (killed, crashed)."""


def context():
    global _context
    with _lock:
        if _context is None:
            if "forkserver" in mp.get_all_start_methods():
                _context = mp.get_context("forkserver")
                _context.set_forkserver_preload(PRELOAD)
            else:
                _context = mp.get_context("spawn")
        return _context


def warm_up() -> None:
    """Start the forkserver (and its imports) now, off the UI thread, so the first heavy
    job does not wait for it."""
    ctx = context()
    p = ctx.Process(target=_nothing, daemon=True)
    p.start()
    p.join(60)


def _nothing() -> None:
    return None


def _sendable(exc: BaseException) -> BaseException:
    """The child's error as the parent can receive it (an exception that does not pickle
    becomes its message)."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - any pickling failure
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _child(conn, fn: Callable, args: tuple) -> None:
    cancel = threading.Event()

    def listen() -> None:
        try:
            while not cancel.is_set():
                if conn.poll(0.1) and conn.recv() == "cancel":
                    cancel.set()
        except (EOFError, OSError):  # the parent went away: stop too
            cancel.set()

    threading.Thread(target=listen, daemon=True).start()

    def progress(done: int, total: int, message: str = "") -> None:
        conn.send(("progress", int(done), int(total), str(message)))

    try:
        result = fn(*args, progress=progress, cancel=cancel)
    except BaseException as exc:  # noqa: BLE001 - every failure goes back to the parent
        conn.send(("cancelled",) if cancel.is_set() else ("error", _sendable(exc)))
    else:
        if cancel.is_set():
            conn.send(("cancelled",))
        elif isinstance(result, list) and len(result) > CHUNK:
            # a long list in parts: unpickling it in one piece would hold the parent's
            # interpreter lock (and so its UI thread) for as long as it takes
            for start in range(0, len(result), CHUNK):
                conn.send(("part", result[start:start + CHUNK]))
            conn.send(("result", None))
        else:
            conn.send(("result", result))
    finally:
        conn.close()


def run_in_process(fn: Callable, *args: Any, progress: Callable[[int, int, str], None],
                   cancelled: Callable[[], bool], on_cancel: Callable[[], None]) -> Any:
    """Run ``fn(*args, progress=…, cancel=threading.Event)`` in a child process and return
    its result (or raise its error). ``fn`` is a module-level function (it is pickled).
    Blocks the calling (worker) thread, never the UI thread; ``on_cancel`` is called when
    the job stopped on request (it raises the caller's Cancelled)."""
    ctx = context()
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_child, args=(child, fn, args), daemon=True)
    proc.start()
    child.close()
    try:
        return _receive(proc, parent, progress, cancelled, on_cancel)
    finally:
        parent.close()
        proc.join(2)
        if proc.is_alive():
            proc.kill()
            proc.join(2)


def _receive(proc, parent, progress, cancelled, on_cancel):
    asked_at: float | None = None
    parts: list | None = None
    with contextlib.ExitStack() as arriving:
        while True:
            if cancelled() and asked_at is None:
                asked_at = time.monotonic()
                try:
                    parent.send("cancel")
                except OSError:
                    pass
            if asked_at is not None and time.monotonic() - asked_at > CANCEL_GRACE_S:
                proc.terminate()  # it did not stop on its own: it is only reading
                on_cancel()
            try:
                ready = parent.poll(0.05)
            except (EOFError, OSError):
                ready = False
            if ready:
                try:
                    message = parent.recv()
                except EOFError:
                    message = None
                if message is None:
                    break
                kind = message[0]
                if kind == "progress":
                    progress(*message[1:])
                elif kind == "part":
                    if parts is None:  # a long result starts to arrive
                        arriving.enter_context(_gc_paused())
                        parts = []
                    parts.extend(message[1])
                    time.sleep(0)  # let the UI thread run between parts
                elif kind == "result":
                    return parts if parts is not None else message[1]
                elif kind == "error":
                    raise message[1]
                elif kind == "cancelled":
                    on_cancel()
            elif not proc.is_alive():
                break
        if asked_at is not None:
            on_cancel()
        raise ProcessFailed(f"the worker process ended without an answer (exit code "
                            f"{proc.exitcode})")


# ---- what the children run (module level: they are pickled by reference) -----------------
def _where(path: str):
    """A workspace file's path, or a server's address as given (``Path`` would mangle it)."""
    from jointaudit.store.db import is_server_address

    return path if is_server_address(path) else Path(path)


def plan_portfolio(path: str, site, opts, *, progress, cancel):
    """Plan every site (``site=None``) of the workspace at ``path``, read-only."""
    from jointaudit.services import planning
    from jointaudit.store.db import open_workspace

    progress(0, 0, "planning")
    with open_workspace(_where(path), read_only=True) as ws:
        return planning.plan_sites(ws, site, opts)


def export_reports(path: str, jobs: list, *, progress, cancel):
    """Write each (request, file) of ``jobs`` from the workspace at ``path``, read-only;
    progress runs over all of them, 1,000 steps each."""
    from jointaudit.services import reports
    from jointaudit.store.db import open_workspace

    written = []
    with open_workspace(_where(path), read_only=True) as ws:
        for n, (request, out) in enumerate(jobs):
            name = Path(out).name

            def step(done, total, n=n, name=name):
                progress(n * 1000 + int(1000 * done / max(total, 1)), len(jobs) * 1000, name)

            written.append(reports.export(ws, request, Path(out), progress=step,
                                          cancel=cancel))
    return written
