"""The crash harness shared by the crash test (~20 kills) and its benchmark (200 kills).

A child process opens the workspace the way the app does (write lock, one transaction per
save) and rates joint items with the app's own save function (``findings.rate``: a new
finding, or a new revision with the old one kept in the history), some with an evidence
photo; after each commit it writes an acknowledgement to a pipe. The parent kills it with SIGKILL
at a random moment, then requires that the workspace passes ``jointaudit check`` and that
every acknowledged save is there. Children are forked from the parent so that 200 kills take
seconds, not minutes of interpreter start-up; each is still a separate process that dies
without any clean-up.
"""

from __future__ import annotations

import hashlib
import os
import random
import select as select_mod
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import select

from jointaudit.fieldwork.findings import rate
from jointaudit.store.audit_trail import acting_as
from jointaudit.store.integrity import check_workspace
from jointaudit.store.locking import open_exclusive
from jointaudit.store.models import Evidence, Finding, JointItem, Visit

ITEMS = 300


def prepare(session) -> None:
    """Give the world's template enough joint items for hundreds of findings."""
    template_id = session.exec(select(JointItem)).first().template_id
    session.add_all([JointItem(template_id=template_id, item_key=f"crash-{n:03d}",
                               title=f"Crash-test item {n}", position=100 + n)
                     for n in range(ITEMS)])
    session.flush()


def _child(path: Path, fd: int, seed: int) -> None:
    rng = random.Random(seed)
    ws = open_exclusive(path)
    assert not ws.read_only, ws.notice
    with ws.session() as s:
        visit_id = s.exec(select(Visit)).first().id
    n = 0
    while True:
        n += 1
        key = f"crash-{rng.randrange(ITEMS):03d}"
        with acting_as(f"crash-child-{seed}"), ws.session() as s:
            # the app's own save: snapshot to the history, new revision
            f = rate(s, visit_id, key, rng.choice(["conforms", "minor_gap", "major_gap"]),
                     observation=f"save {n} of child {seed}", author=f"child {seed}")
            if n % 4 == 0:
                photo = rng.randbytes(rng.randint(1_000, 60_000))
                s.add(Evidence(visit_id=visit_id, finding_id=f.id, filename=f"p{seed}-{n}.jpg",
                               sha256=hashlib.sha256(photo).hexdigest(), size=len(photo),
                               data=photo))
            uid, revision = f.uid, f.revision
        # the session committed: only now is the save acknowledged
        os.write(fd, f"{uid} {revision}\n".encode())


@dataclass
class CrashFigures:
    kills: int = 0
    acknowledged: int = 0  # saves acknowledged before a kill
    lost: int = 0  # acknowledged saves missing afterwards (must stay 0)
    failed_checks: int = 0  # kills after which `check` failed (must stay 0)
    check_seconds: float = 0.0
    seconds: float = 0.0
    problems: list[str] | None = None


def run_kills(path: Path, kills: int, *, seed: int = 2027, max_delay: float = 0.2,
              ) -> CrashFigures:
    rng = random.Random(seed)
    figures = CrashFigures(problems=[])
    acked: dict[str, int] = {}
    t0 = time.perf_counter()
    for k in range(kills):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child never returns into the test runner
            os.close(read_fd)
            try:
                _child(path, write_fd, seed * 1000 + k)
            finally:
                os._exit(1)
        os.close(write_fd)
        chunks: list[bytes] = []
        # Start the clock at the first acknowledgement, so every kill lands while saving.
        started = time.perf_counter() + 10.0
        while not chunks and time.perf_counter() < started:
            ready, _, _ = select_mod.select([read_fd], [], [], 0.01)
            if ready:
                chunks.append(os.read(read_fd, 65536))
        deadline = time.perf_counter() + rng.uniform(0.0, max_delay)
        while time.perf_counter() < deadline:
            ready, _, _ = select_mod.select([read_fd], [], [], 0.002)
            if ready:
                chunks.append(os.read(read_fd, 65536))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        while data := os.read(read_fd, 65536):  # acknowledgements written before the kill
            chunks.append(data)
        os.close(read_fd)
        for line in b"".join(chunks).decode().splitlines():
            uid, revision = line.split()
            acked[uid] = max(acked.get(uid, 0), int(revision))
            figures.acknowledged += 1
        figures.kills += 1
        c0 = time.perf_counter()
        report = check_workspace(path)
        figures.check_seconds += time.perf_counter() - c0
        if not report.ok:
            figures.failed_checks += 1
            figures.problems.append(f"kill {k}: {report}")
        figures.lost += _missing(path, acked, figures.problems, k)
    figures.seconds = time.perf_counter() - t0
    return figures


def _missing(path: Path, acked: dict[str, int], problems: list[str], k: int) -> int:
    from jointaudit.store.db import open_workspace

    with open_workspace(path, read_only=True) as ws, ws.session() as s:
        present = {f.uid: f.revision for f in s.exec(select(Finding))}
    lost = [uid for uid, rev in acked.items() if present.get(uid, 0) < rev]
    if lost:
        problems.append(f"kill {k}: acknowledged but missing: {lost[:5]}")
    return len(lost)


# --- disk full and read-only media -------------------------------------------------------
#
# Disk full without root: the child lowers its own RLIMIT_FSIZE to a little above the
# workspace's size and ignores SIGXFSZ, so that SQLite's writes past that size fail with
# EFBIG exactly as on a full disk (SQLite reports SQLITE_FULL). Read-only media without
# root: the parent makes the workspace, its journal files and its folder read-only (and a
# root child drops to ``nobody``, for whom those modes hold). In both, a save is either
# acknowledged after its commit, or refused with a clear message (a JointAuditError or
# what ``storage_message`` words for the user): anything else is counted as a traceback.

NOBODY = 65534


@dataclass
class StorageFigures:
    runs: int = 0
    acknowledged: int = 0  # saves committed and acknowledged
    refused: int = 0  # saves refused with a clear message
    raw: int = 0  # saves that failed with anything else (must stay 0)
    lost: int = 0  # acknowledged saves missing afterwards (must stay 0)
    failed_checks: int = 0  # runs after which `check` failed (must stay 0)
    seconds: float = 0.0
    problems: list[str] | None = None


def _kind(exc: BaseException, path: Path) -> str:
    from jointaudit.common.errors import JointAuditError
    from jointaudit.store.db import storage_message

    if isinstance(exc, JointAuditError) or storage_message(exc, path) is not None:
        return "clear"
    return f"raw {type(exc).__name__}: {str(exc)[:120]}".replace("\n", " ")


def _save_once(ws, rng, n: int, tag: str):
    with ws.session() as s:
        visit_id = s.exec(select(Visit)).first().id
    key = f"crash-{rng.randrange(ITEMS):03d}"
    with acting_as(tag), ws.session() as s:
        f = rate(s, visit_id, key, rng.choice(["conforms", "minor_gap", "major_gap"]),
                 observation=f"save {n} of {tag}", author=tag)
        if n % 2 == 0:
            photo = rng.randbytes(rng.randint(20_000, 120_000))
            s.add(Evidence(visit_id=visit_id, finding_id=f.id, filename=f"{tag}-{n}.jpg",
                           sha256=hashlib.sha256(photo).hexdigest(), size=len(photo),
                           data=photo))
        return f.uid, f.revision


def _storage_child(path: Path, fd: int, seed: int, mode: str, tries: int) -> None:
    import resource

    rng = random.Random(seed)
    if mode == "disk-full":
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit = path.stat().st_size + rng.randint(0, 400_000)
        hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    elif mode == "read-only" and os.geteuid() == 0:
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    failures, n = 0, 0
    ws = None
    most = 12 if mode == "writable" else 400
    while failures < tries and n < most:
        n += 1
        try:
            if ws is None:
                ws = open_exclusive(path)
            uid, revision = _save_once(ws, rng, n, f"{mode}-{seed}")
        except Exception as exc:  # noqa: BLE001 - what failed, and how, is the measurement
            failures += 1
            os.write(fd, f"F {_kind(exc, path)}\n".encode())
            continue
        os.write(fd, f"A {uid} {revision}\n".encode())
    os.write(fd, b"END\n")
    time.sleep(60)  # killed by the parent, like a full laptop switched off


def _run_storage_child(path: Path, seed: int, mode: str, tries: int) -> list[str]:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        try:
            _storage_child(path, write_fd, seed, mode, tries)
        finally:
            os._exit(1)
    os.close(write_fd)
    data = b""
    deadline = time.perf_counter() + 60
    while b"END\n" not in data and time.perf_counter() < deadline:
        ready, _, _ = select_mod.select([read_fd], [], [], 0.05)
        if ready:
            chunk = os.read(read_fd, 65536)
            if not chunk:
                break
            data += chunk
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    while chunk := os.read(read_fd, 65536):
        data += chunk
    os.close(read_fd)
    return data.decode().splitlines()


def _tally(lines: list[str], acked: dict[str, int], figures: StorageFigures, run: int) -> None:
    for line in lines:
        if line.startswith("A "):
            _, uid, revision = line.split()
            acked[uid] = max(acked.get(uid, 0), int(revision))
            figures.acknowledged += 1
        elif line == "F clear":
            figures.refused += 1
        elif line.startswith("F "):
            figures.raw += 1
            figures.problems.append(f"run {run}: {line[2:]}")


def _after(path: Path, acked: dict[str, int], figures: StorageFigures, run: int) -> None:
    report = check_workspace(path)
    if not report.ok:
        figures.failed_checks += 1
        figures.problems.append(f"run {run}: {report}")
    figures.lost += _missing(path, acked, figures.problems, run)


def run_disk_full(path: Path, runs: int, *, seed: int = 31, tries: int = 4) -> StorageFigures:
    """``runs`` children, each on a disk that fills up a little above the workspace's size."""
    figures, acked = StorageFigures(problems=[]), {}
    t0 = time.perf_counter()
    for run in range(runs):
        _tally(_run_storage_child(path, seed * 1000 + run, "disk-full", tries), acked,
               figures, run)
        figures.runs += 1
        _after(path, acked, figures, run)
    figures.seconds = time.perf_counter() - t0
    return figures


def run_read_only(path: Path, runs: int, *, seed: int = 47, tries: int = 3) -> StorageFigures:
    """``runs`` children that try to open and save on a read-only medium, then the medium
    is writable again and every save acknowledged before must still be there."""
    figures, acked = StorageFigures(problems=[]), {}
    # first some saves on the writable medium, so that there is something to lose
    _tally(_run_storage_child(path, seed, "writable", 1), acked, figures, -1)
    files = [path.parent, path, *(path.with_name(path.name + s) for s in ("-wal", "-shm"))]
    modes = {p: p.stat().st_mode for p in files if p.exists()}
    t0 = time.perf_counter()
    for run in range(runs):
        for p in modes:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            _tally(_run_storage_child(path, seed * 1000 + run, "read-only", tries), acked,
                   figures, run)
        finally:
            for p, mode in modes.items():
                p.chmod(mode)
        figures.runs += 1
        _after(path, acked, figures, run)
    figures.seconds = time.perf_counter() - t0
    return figures
