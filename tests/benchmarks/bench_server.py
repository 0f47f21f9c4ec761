"""Many writers on one workspace: 20 writer processes rating findings and re-planning
visits on a workspace of 1,000 sites, on a PostgreSQL server and on a SQLite file.

Each writer repeats: read a row in one short transaction, think (0–5 ms, no transaction
open), save its change in another through the row-version check
(``jointaudit.store.versions.save_edit``). A rating changes a finding's severity and
observation; a re-planning moves a visit by a day. A third of the picks go to ten "hot"
visits and ten hot findings, so writers collide. Every change carries a marker unique to
the save. At the end:

- throughput: acknowledged saves per second of wall time (all writers together);
- p95 latency of a save (the save transaction only, refused ones included);
- lost updates: every row's final version must be 1 + its acknowledged saves, the final
  value the marker of its last acknowledged save, and the audit trail must hold exactly the
  markers of the acknowledged saves — none of a refused one. Any difference is a lost (or
  phantom) update; it must be 0.

The PostgreSQL server is the machine's own (tests/server/_pg.py: initdb + pg_ctl, fsync off
as in the tests); its writers log in as the database owner (row-level security does not
apply to an owner). Run: python -m tests.benchmarks.bench_server
"""

from __future__ import annotations

import json
import multiprocessing as mp
import random
import re
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from tests.benchmarks._table import Row, main

SITES = 1000
FINDINGS_PER_VISIT = 2
WRITERS = 20
SAVES_PER_WRITER = 100
HOT = 10
MARK = re.compile(r"w\d+-s\d+")


def seed(address) -> None:
    from jointaudit.store.db import open_workspace
    from jointaudit.store.models import Finding, JointPlan, Site, Visit

    with open_workspace(address) as ws, ws.session() as s:
        sites = [Site(name=f"Bench site {n:04d}", country="GH") for n in range(SITES)]
        s.add_all(sites)
        s.flush()
        plans = [JointPlan(name=f"plan {site.name}", site_id=site.id,
                           horizon_start=date(2027, 1, 1)) for site in sites]
        s.add_all(plans)
        s.flush()
        visits = [Visit(plan_id=p.id, site_id=p.site_id, start=date(2027, 3, 1),
                        end=date(2027, 3, 4)) for p in plans]
        s.add_all(visits)
        s.flush()
        s.add_all([Finding(visit_id=v.id, item_key=f"item-{k}") for v in visits
                   for k in range(FINDINGS_PER_VISIT)])


def _writer(address, n: int, barrier, results) -> None:
    from jointaudit.store.audit_trail import acting_as
    from jointaudit.store.db import open_workspace
    from jointaudit.store.models import Finding, Visit
    from jointaudit.store.versions import StaleSave, save_edit

    rnd = random.Random(n)
    acked, refused, errors, latencies = [], [], [], []
    ws = open_workspace(address)
    with ws.session() as s:
        visit_ids = [v.id for v in s.query(Visit).order_by(Visit.id)]
        finding_ids = [f.id for f in s.query(Finding).order_by(Finding.id)]
    barrier.wait()
    t_start = time.time()
    with acting_as(f"writer {n}"):
        for k in range(SAVES_PER_WRITER):
            rating = k % 2 == 0
            ids = finding_ids if rating else visit_ids
            row_id = rnd.choice(ids[:HOT]) if rnd.random() < 1 / 3 else rnd.choice(ids)
            marker = f"w{n}-s{k}"
            with ws.session() as s:  # read …
                row = s.get(Finding if rating else Visit, row_id)
            time.sleep(rnd.random() * 0.005)  # … think, holding nothing …
            if rating:
                row.severity = rnd.choice(["conforms", "minor_gap", "major_gap"])
                row.observation = marker
            else:
                shift = timedelta(days=rnd.choice([-1, 1]))
                row.start, row.end = row.start + shift, row.end + shift
                row.explanation = marker
            table = "finding" if rating else "visit"
            t0 = time.perf_counter()
            try:  # … save
                saved = save_edit(ws, row)
                acked.append((table, row_id, saved.version, marker))
            except StaleSave as exc:
                refused.append((table, row_id, marker, str(exc.rows[0]) if exc.rows else ""))
            except Exception as exc:  # noqa: BLE001 - reported, counted, never hidden
                errors.append((table, row_id, marker, f"{type(exc).__name__}: {exc}"))
            latencies.append(time.perf_counter() - t0)
    t_end = time.time()
    ws.close()
    results.put({"acked": acked, "refused": refused, "errors": errors,
                 "latencies": latencies, "start": t_start, "end": t_end})


def _verify(address, acked) -> tuple[int, list[str]]:
    """Lost (or phantom) updates: rows whose end state is not their acknowledged saves."""
    from sqlalchemy import text

    from jointaudit.store.db import open_workspace

    problems = []
    by_row: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for table, row_id, version, marker in acked:
        by_row.setdefault((table, row_id), []).append((version, marker))
    with open_workspace(address, read_only=True) as ws, ws.session() as s:
        finals = {("finding", r[0]): (r[1], r[2]) for r in
                  s.execute(text("SELECT id, version, observation FROM finding"))}
        finals |= {("visit", r[0]): (r[1], r[2]) for r in
                   s.execute(text("SELECT id, version, explanation FROM visit"))}
        logged = []  # the new value of each logged update (its payload has old → new)
        for (payload,) in s.execute(text(
                "SELECT payload FROM audit_log_entry WHERE action = 'update'")):
            changed = json.loads(payload).get("changed", {})
            for key in ("observation", "explanation"):
                if key in changed and MARK.fullmatch(str(changed[key][1])):
                    logged.append(changed[key][1])
    for key, saves in by_row.items():
        version, value = finals[key]
        versions = sorted(v for v, _ in saves)
        if version != 1 + len(saves) or versions != list(range(2, 2 + len(saves))):
            problems.append(f"{key}: version {version} after {len(saves)} acknowledged saves")
        elif value != max(saves)[1]:
            problems.append(f"{key}: holds {value!r}, last acknowledged {max(saves)[1]!r}")
    untouched = [k for k, (v, _) in finals.items() if k not in by_row and v != 1]
    problems += [f"{k}: changed without an acknowledged save" for k in untouched]
    want = sorted(m for *_, m in acked)
    if sorted(logged) != want:
        extra, missing = set(logged) - set(want), set(want) - set(logged)
        problems.append(f"audit trail: {len(extra)} saves logged but not acknowledged, "
                        f"{len(missing)} acknowledged but not logged")
    return len(problems), problems


def workload(address) -> dict:
    ctx = mp.get_context("spawn")
    barrier, results = ctx.Barrier(WRITERS), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(address, n, barrier, results))
             for n in range(WRITERS)]
    for p in procs:
        p.start()
    out = [results.get(timeout=900) for _ in procs]
    for p in procs:
        p.join(60)
    acked = [a for o in out for a in o["acked"]]
    refused = [r for o in out for r in o["refused"]]
    errors = [e for o in out for e in o["errors"]]
    latencies = sorted(x for o in out for x in o["latencies"])
    wall = max(o["end"] for o in out) - min(o["start"] for o in out)
    lost, problems = _verify(address, acked)
    for line in problems[:10]:
        print(f"  LOST: {line}")
    for line in errors[:5]:
        print(f"  ERROR: {line}")
    return {"throughput": len(acked) / wall, "p95": statistics.quantiles(latencies, n=20)[18],
            "acked": len(acked), "refused": len(refused), "errors": len(errors),
            "lost": lost, "wall": wall,
            "refusal": next((r[3] for r in refused if r[3]), "")}


def run() -> list[Row]:
    from jointaudit.server.admin import init_server
    from jointaudit.store.db import create_workspace
    from tests.server._pg import start_server

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.jaworkspace"
        create_workspace(path).close()
        seed(path)
        lite = workload(path)
    server = start_server()
    try:
        url = server.create_database("bench")
        init_server(url).close()
        t0 = time.perf_counter()
        seed(url)
        seeded = time.perf_counter() - t0
        pg = workload(url)
    finally:
        server.stop()
    total = WRITERS * SAVES_PER_WRITER
    print(f"  {SITES} sites, {SITES * FINDINGS_PER_VISIT} findings (server seeded in "
          f"{seeded:.1f} s); {WRITERS} writers × {SAVES_PER_WRITER} saves = {total}")
    for name, f in (("PostgreSQL", pg), ("SQLite", lite)):
        print(f"  {name}: {f['acked']} acknowledged, {f['refused']} refused as stale, "
              f"{f['errors']} other errors, {f['lost']} lost, {f['wall']:.1f} s wall")
    if pg["refusal"]:
        print(f"  a refusal reads: {pg['refusal']}")
    what = f"{WRITERS} writer processes, {SITES:,} sites"
    label = "SQLite file, same workload"
    return [
        Row(f"server: {what}, acknowledged saves", pg["throughput"], "saves/s",
            lite["throughput"], label),
        Row(f"server: {what}, p95 latency of a save", pg["p95"] * 1000, "ms",
            lite["p95"] * 1000, label),
        Row(f"server: {what}, saves refused as stale (reported)", pg["refused"], "saves",
            lite["refused"], label),
        Row(f"server: {what}, other errors", pg["errors"], "saves", lite["errors"], label),
        Row(f"server: {what}, lost updates (must be 0)", pg["lost"], "saves", lite["lost"],
            label),
    ]


if __name__ == "__main__":
    main(run)
