"""The coverage map: topic × scheme matrix of what each scheme asks and where schemes
overlap (the ISEAL "compare theories of change" view), as plain data for the UI and reports.

A cell counts the assessable clauses of one scheme version tagged with a topic, and how many
of them share a joint item with another selected scheme. Overlap counts, per topic and pair
of schemes, the joint items that ask both. Heading-level (topic) links are counted too: they
say two chapters are related even where no clause is merged.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from sqlmodel import Session, col, select

from jointaudit.checklist.template import load_plan
from jointaudit.store.models import CrosswalkLink, Requirement, SchemeVersion


@dataclass(frozen=True)
class Cell:
    topic: str
    version_id: str
    clauses: tuple[str, ...]
    shared: int  # of those, how many share a joint item with another selected scheme

    @property
    def count(self) -> int:
        return len(self.clauses)


@dataclass
class CoverageMap:
    version_ids: list[str]
    topics: list[tuple[str, str]]  # (id, title), sorted by title
    cells: dict[tuple[str, str], Cell] = field(default_factory=dict)
    overlap: dict[tuple[str, str, str], int] = field(default_factory=dict)
    topic_links: dict[tuple[str, str, str], int] = field(default_factory=dict)

    def cell(self, topic: str, version_id: str) -> Cell:
        return self.cells.get((topic, version_id), Cell(topic, version_id, (), 0))

    def only_in(self, version_id: str) -> list[str]:
        """Topics this scheme covers and no other selected scheme does."""
        return [t for t, _ in self.topics if self.cell(t, version_id).count
                and not any(self.cell(t, v).count for v in self.version_ids if v != version_id)]


def _topic_titles(session: Session, version_ids: list[str]) -> dict[str, str]:
    titles: dict[str, str] = {}
    for v in session.exec(select(SchemeVersion).where(col(SchemeVersion.id).in_(version_ids))):
        for t in json.loads(v.pack_json or "{}").get("topics", []):
            titles.setdefault(t["id"], t.get("title", t["id"]))
    return titles


def coverage_map(session: Session, version_ids: list[str]) -> CoverageMap:
    plan = load_plan(session, version_ids)
    reqs = {r.id: r for r in session.exec(select(Requirement)
                                          .where(col(Requirement.version_id).in_(version_ids)))}
    schemes_of_item: dict[str, set[str]] = defaultdict(set)
    for item in plan.items:
        for s in item.sources:
            schemes_of_item[item.key].add(reqs[s.requirement_id].version_id)
    shared_req = {rid for rid, key in plan.by_requirement.items()
                  if len(schemes_of_item[key]) > 1}
    for item in plan.items:  # an intersects core shares its clauses across schemes too
        if item.kind == "core":
            shared_req.update(s.requirement_id for s in item.sources)

    clauses: dict[tuple[str, str], list[Requirement]] = defaultdict(list)
    for r in reqs.values():
        if r.assessable:
            for t in r.topics or ["(untagged)"]:
                clauses[(t, r.version_id)].append(r)
    titles = _topic_titles(session, version_ids)
    topics = sorted({t for t, _ in clauses} | set(), key=lambda t: (titles.get(t) or t).lower())
    out = CoverageMap(list(version_ids), [(t, titles.get(t, t)) for t in topics])
    for (t, v), rs in clauses.items():
        rs.sort(key=lambda r: r.position)
        out.cells[(t, v)] = Cell(t, v, tuple(r.clause_id for r in rs),
                                 sum(r.id in shared_req for r in rs))
    for item in plan.items:
        topics_here = set(item.topics)
        for a, b in combinations(sorted(schemes_of_item[item.key]), 2):
            for t in topics_here:
                out.overlap[(t, a, b)] = out.overlap.get((t, a, b), 0) + 1
    for lk in session.exec(select(CrosswalkLink).where(CrosswalkLink.status == "accepted")):
        ra, rb = reqs.get(lk.source_requirement_id), reqs.get(lk.target_requirement_id)
        if ra is None or rb is None or (ra.assessable and rb.assessable):
            continue
        va, vb = sorted((ra.version_id, rb.version_id))
        for t in set(ra.topics) & set(rb.topics):
            out.topic_links[(t, va, vb)] = out.topic_links.get((t, va, vb), 0) + 1
    return out
