"""Crash safety: 200 SIGKILLs at random moments while findings are being saved; then a disk
that fills up (30 runs, each child's RLIMIT_FSIZE a little above the workspace's size) and
a read-only medium (10 runs: file, journals and folder read-only; a root child drops to
`nobody`).

After every kill or run the workspace must pass `jointaudit check` (integrity, audit trail
and its anchors, evidence hashes, unlogged differences) and every save the child
acknowledged must be present; on the full disk and the read-only medium every save that
did not go in must be refused with a clear message. Prints the figures; `lost`, `failed
checks` and `tracebacks` must be 0.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from tests.benchmarks._table import Row, main
from tests.core._crash import prepare, run_disk_full, run_kills, run_read_only
from tests.core._trust_world import add_finding, build_world, new_workspace

KILLS = 200
DISK_FULL_RUNS = 30
READ_ONLY_RUNS = 10


def run() -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        ws = new_workspace(Path(tmp) / "crash.jaworkspace")
        with ws.session() as s:
            world = build_world(s)
            add_finding(s, world, "item-1", "minor_gap", "seed finding")
            prepare(s)
        ws.close()
        figures = run_kills(ws.path, KILLS, seed=200)
        for line in figures.problems or []:
            print(line)
        size_mib = ws.path.stat().st_size / 2**20
        # the same check once more, on the final file, next to a bare integrity_check
        import sqlite3

        from jointaudit.store.integrity import check_workspace

        t0 = time.perf_counter()
        check_workspace(ws.path)
        full = time.perf_counter() - t0
        con = sqlite3.connect(ws.path)
        t0 = time.perf_counter()
        con.execute("PRAGMA integrity_check").fetchall()
        bare = time.perf_counter() - t0
        con.close()
        Path(tmp).chmod(0o755)  # the read-only run's `nobody` must enter the folder
        full_disk = run_disk_full(ws.path, DISK_FULL_RUNS)
        read_only = run_read_only(ws.path, READ_ONLY_RUNS)
        for line in (full_disk.problems or []) + (read_only.problems or []):
            print(line)
    return [
        Row(f"crash: SIGKILLs at random moments ({KILLS} planned)", figures.kills, "kills"),
        Row("crash: saves acknowledged before a kill", figures.acknowledged, "saves"),
        Row("crash: acknowledged saves missing after a kill", figures.lost, "saves",
            figures.acknowledged, "saves acknowledged"),
        Row("crash: kills after which `check` failed", figures.failed_checks, "kills",
            figures.kills, "kills"),
        Row(f"crash: `jointaudit check` on the final file ({size_mib:.1f} MiB)", full * 1000,
            "ms", bare * 1000, "bare PRAGMA integrity_check"),
        Row("crash: whole run (fork, save until killed, check, verify)", figures.seconds, "s"),
        *_storage_rows("disk full", full_disk, DISK_FULL_RUNS),
        *_storage_rows("read-only medium", read_only, READ_ONLY_RUNS),
    ]


def _storage_rows(what: str, f, runs: int) -> list[Row]:
    return [
        Row(f"{what}: saves acknowledged ({runs} runs)", f.acknowledged, "saves"),
        Row(f"{what}: saves refused with a clear message", f.refused, "saves"),
        Row(f"{what}: saves failed with a traceback", f.raw, "saves",
            f.refused + f.raw, "saves not made"),
        Row(f"{what}: acknowledged saves missing afterwards", f.lost, "saves",
            f.acknowledged, "saves acknowledged"),
        Row(f"{what}: runs after which `check` failed", f.failed_checks, "runs", runs, "runs"),
        Row(f"{what}: whole run", f.seconds, "s"),
    ]


if __name__ == "__main__":
    main(run)
