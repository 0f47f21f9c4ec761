"""Crash safety: 200 SIGKILLs at random moments while findings are being saved.

After every kill the workspace must pass `jointaudit check` (integrity, audit trail,
evidence hashes) and every save the child acknowledged must be present. Prints the figures;
`lost` and `failed checks` must be 0.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from tests.benchmarks._table import Row, main
from tests.core._crash import prepare, run_kills
from tests.core._trust_world import add_finding, build_world, new_workspace

KILLS = 200


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
    ]


if __name__ == "__main__":
    main(run)
