"""Merge and suggestion speed on synthetic schemes, and suggestion quality on the curated
crosswalks.

- merge: 5 schemes × 1,000 assessable requirements, 3,000 accepted links (a mix of equal,
  subset, superset, intersects and not_related, placed between requirements on the same
  synthetic topic as real crosswalks are) → joint items, in memory (``plan_merge``); baseline:
  reading the same requirements and links into a dict without merging.
- merge in a workspace: the same, written to and read from a real SQLite file
  (``build_template``), the path the app takes.
- suggestions: 2,000 × 2,000 requirements ranked (top 5 each); baseline: one pass of
  rapidfuzz's scorer over the same pairs without ranking.
- quality: recall@5 and precision@1 on the shipped curated crosswalks, each link held out in
  turn (with topic tags, and on text alone).

Run: python -m tests.benchmarks.bench_merge
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz

from tests.benchmarks._table import Row, main

WORDS = ("policy record worker child labour mercury water waste tailings community grievance"
         " safety emergency training wage hours union discrimination closure biodiversity"
         " security supplier refiner audit report risk plan monitor consent land resettle"
         " cyanide emission climate energy payment tax bribery money laundering origin").split()


def synthetic(n_schemes=5, per=1000, n_links=3000, seed=7):
    from jointaudit.checklist.clusters import Link, Req

    rnd = random.Random(seed)
    reqs, by_topic = [], {}
    rid = 0
    for s in range(n_schemes):
        for i in range(per):
            rid += 1
            topic = f"t{rnd.randrange(200)}"
            title = " ".join(rnd.sample(WORDS, 5))
            reqs.append(Req(rid, f"s{s}@1", f"{i // 10}.{i % 10}", title, (topic,), i, True))
            by_topic.setdefault(topic, []).append(rid)
    version = {r.id: r.version_id for r in reqs}
    rels = ["equal", "subset", "superset", "intersects", "not_related"]
    links, seen = [], set()
    topics = list(by_topic)
    while len(links) < n_links:
        pool = by_topic[rnd.choice(topics)]
        a, b = rnd.sample(pool, 2) if len(pool) > 1 else (pool[0], pool[0])
        if version[a] == version[b] or (a, b) in seen or (b, a) in seen:
            continue
        seen.add((a, b))
        rel = rnd.choices(rels, weights=[3, 2, 2, 2, 1])[0]
        links.append(Link(a, b, rel, "shared part" if rel == "intersects" else ""))
    return reqs, links


def _timed(fn, repeat=3):
    best = float("inf")
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def bench_plan() -> list[Row]:
    from jointaudit.checklist.clusters import plan_merge

    reqs, links = synthetic()
    versions = [f"s{i}@1" for i in range(5)]
    base, _ = _timed(lambda: ({r.id: r for r in reqs}, [(lk.source_id, lk.target_id)
                                                        for lk in links]))
    t, plan = _timed(lambda: plan_merge(reqs, links, versions))
    return [Row(f"merge in memory: 5 × 1,000 requirements, 3,000 links ({plan.reduction})",
                t, "s", base, "indexing the same rows")]


def bench_workspace() -> list[Row]:
    from jointaudit.checklist.template import build_template, remerge
    from jointaudit.store.db import create_workspace
    from jointaudit.store.models import CrosswalkLink, Requirement, Scheme, SchemeVersion

    reqs, links = synthetic()
    with tempfile.TemporaryDirectory() as d:
        ws = create_workspace(Path(d) / "bench.jaworkspace")
        with ws.session() as s:
            for i in range(5):
                s.add(Scheme(id=f"s{i}", name=f"S{i}"))
                s.add(SchemeVersion(id=f"s{i}@1", scheme_id=f"s{i}", version="1", title="x"))
            s.flush()
            for r in reqs:
                s.add(Requirement(id=r.id, version_id=r.version_id, clause_id=r.clause_id,
                                  title=r.title, topics=list(r.topics), position=r.position))
            s.flush()
            for lk in links:
                s.add(CrosswalkLink(source_requirement_id=lk.source_id,
                                    target_requirement_id=lk.target_id,
                                    relationship=lk.relationship, status="accepted",
                                    shared_core=lk.shared_core))
        t0 = time.perf_counter()
        with ws.session() as s:
            template = build_template(s, "bench", [f"s{i}@1" for i in range(5)])
        build = time.perf_counter() - t0
        t0 = time.perf_counter()
        with ws.session() as s:
            remerge(s, template)
        again = time.perf_counter() - t0
        ws.close()
    return [Row("merge in a workspace file: build template (5 × 1,000, 3,000 links)", build, "s"),
            Row("re-merge unchanged template (every key kept)", again, "s", build,
                "first build")]


def bench_suggest() -> list[Row]:
    from jointaudit.library.crosswalk.suggest import rank, text_of
    from jointaudit.store.models import Requirement

    reqs, _ = synthetic(n_schemes=2, per=2000, n_links=10)
    rows = [Requirement(id=r.id, version_id=r.version_id, clause_id=r.clause_id, title=r.title,
                        topics=list(r.topics), position=r.position) for r in reqs]
    src = [r for r in rows if r.version_id == "s0@1"]
    tgt = [r for r in rows if r.version_id == "s1@1"]
    texts_t = [text_of(r.title, r.text, r.topics) for r in tgt]

    def raw():
        for r in src:
            q = text_of(r.title, r.text, r.topics)
            for t in texts_t:
                fuzz.token_set_ratio(q, t)

    t0 = time.perf_counter()
    raw()
    base = time.perf_counter() - t0
    t0 = time.perf_counter()
    rank(src, tgt, 5)
    t = time.perf_counter() - t0
    return [Row("suggestions: 2,000 × 2,000 requirements, top 5 each", t, "s", base,
                "scoring every pair in a Python loop")]


def bench_quality() -> list[Row]:
    import jointaudit.library.crosswalk.suggest as sg
    from jointaudit.common.resources import resource_path
    from jointaudit.library.crosswalk.importer import import_shipped
    from jointaudit.library.packs.importer import import_pack_file
    from jointaudit.store.db import create_workspace

    out = []
    with tempfile.TemporaryDirectory() as d:
        ws = create_workspace(Path(d) / "q.jaworkspace")
        for p in sorted(resource_path("packs").glob("*.yaml")):
            import_pack_file(ws, p)
        with ws.session() as s:
            import_shipped(s)
            for target in ("fairmined@2.0", "irma@1.0"):
                q = sg.evaluate(s, "rjc-cop@2019", target)
                original = sg.text_of
                sg.text_of = lambda title, text, topics, _o=original: _o(title, text, ())
                try:
                    plain = sg.evaluate(s, "rjc-cop@2019", target)
                finally:
                    sg.text_of = original
                label = f"RJC COP 2019 → {target}, {q.links} curated links held out"
                out.append(Row(f"suggestion recall@5, {label}", q.recall_at_5 * 100, "%",
                               plain.recall_at_5 * 100, "titles only, no topic tags"))
                out.append(Row(f"suggestion precision@1, {label}", q.precision_at_1 * 100, "%",
                               plain.precision_at_1 * 100, "titles only, no topic tags"))
        ws.close()
    return out


def run() -> list[Row]:
    return bench_plan() + bench_workspace() + bench_suggest() + bench_quality()


if __name__ == "__main__":
    main(run)
