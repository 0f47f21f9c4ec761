"""One writer per workspace: a second instance opens it read-only, and says why.

Opening for writing takes an OS advisory lock on ``<workspace>.lock`` (``flock`` on POSIX,
``msvcrt.locking`` on Windows) and writes who holds it (PID, host, user, since when) into
the file. The OS drops the lock when the process ends — even when it is killed — so a stale
lock file never blocks anyone; its text only serves the message shown to the second
instance.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sqlite3
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from jointaudit.common.errors import WorkspaceError
from jointaudit.store.db import SUFFIX, Workspace, copy_file, open_workspace


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


@dataclass
class WorkspaceLock:
    path: Path
    _fh: IO | None

    def release(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        try:
            _unlock(fh)
        finally:
            fh.close()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows CI only
    import msvcrt

    def _try_lock(fh) -> bool:
        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fh) -> None:
        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fh) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fh) -> None:
        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def _holder_text() -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "unknown"
    return json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "user": user,
                       "since": datetime.now(UTC).isoformat(timespec="seconds")})


def describe_holder(workspace: Path) -> str:
    try:
        info = json.loads(lock_path(workspace).read_text(encoding="utf-8"))
        return (f"by {info.get('user', '?')} on {info.get('host', '?')} "
                f"(process {info.get('pid', '?')}, since {info.get('since', '?')})")
    except (OSError, ValueError, AttributeError):
        return "by another jointaudit"


def acquire(workspace: Path) -> WorkspaceLock | None:
    """Take the write lock, or return None when another instance holds it."""
    path = lock_path(workspace)
    fh = open(path, "a+", encoding="utf-8")  # noqa: SIM115 - held open while locked
    if not _try_lock(fh):
        fh.close()
        return None
    fh.seek(0)
    fh.truncate()
    fh.write(_holder_text())
    fh.flush()
    return WorkspaceLock(path, fh)


def open_exclusive(path: str | Path) -> Workspace:
    """Open for writing if no other instance has the workspace open; else read-only, with
    ``workspace.notice`` saying who has it."""
    path = Path(path)
    lock = acquire(path) if path.exists() else None
    if lock is None and path.exists():
        ws = open_workspace(path, read_only=True)
        ws.notice = (f"{path.name} is already open {describe_holder(path)}; it was opened "
                     "read-only. Close it there to edit it here.")
        return ws
    try:
        ws = open_workspace(path)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if lock is not None:
        ws.on_close.append(lock.release)
    return ws


def save_as(source: Path, target: Path) -> Path:
    """Save As: copy the live workspace to ``target`` without ever losing either file.

    Saving onto the open file itself is refused (it is saved already; deleting it first
    would destroy the live workspace). A target is replaced only once the whole copy is
    written beside it, and never while another jointaudit has it open."""
    source, target = Path(source), Path(target)
    if target.is_dir():
        raise WorkspaceError(f"{target}: this is a folder; choose a file name ending in {SUFFIX}")
    if target.exists() and _same_file(source, target):
        raise WorkspaceError(f"{target}: this is the workspace that is open; every change is "
                             "already saved in it. Choose another name to save a copy")
    lock = acquire(target) if target.exists() else None
    if target.exists() and lock is None:
        raise WorkspaceError(f"{target}: it is open {describe_holder(target)}; close it there "
                             "before saving over it")
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.unlink(missing_ok=True)
        copy_file(source, tmp)
        for side in ("-wal", "-shm"):  # a stale journal beside the new file would corrupt it
            target.with_name(target.name + side).unlink(missing_ok=True)
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"{target}: the copy could not be written ({exc}); "
                             "the open workspace is unchanged") from exc
    except OSError as exc:
        raise WorkspaceError(f"{target}: the copy could not be written "
                             f"({exc.strerror or exc}); the open workspace is unchanged") from exc
    finally:
        tmp.unlink(missing_ok=True)
        if lock is not None:
            lock.release()
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()
