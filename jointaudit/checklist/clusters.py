"""The merge algorithm on plain data: requirements + accepted links → joint items.

- equal/subset/superset links join requirements into one *cluster* (transitively, across
  any number of schemes); the cluster becomes one joint item phrased on its broadest
  requirement. Within a cluster, obligations form a graph narrower → broader; the
  requirements in the broadest group take the item's rating as is, those below it get
  "conforms" implied when the item conforms (and need their own rating otherwise), and any
  requirement that is not below the broadest group (a second, unrelated "top") needs a rating
  of its own.
- an intersects link adds a *core* item (the shared part) next to the two requirements'
  own items, which then ask only each side's add-on; a requirement's rating is the worst of
  its own item and its cores.
- links touching a heading (not assessable) are topic links and never merge.

Item keys derive from clause identities, not database ids, so a re-merge after editing one
link keeps every unaffected item's key (and therefore its findings).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field

from jointaudit.common.union_find import UnionFind
from jointaudit.library.crosswalk.relations import Relationship, narrower_broader


@dataclass(frozen=True)
class Req:
    id: int
    version_id: str
    clause_id: str
    title: str
    topics: tuple[str, ...] = ()
    position: int = 0
    assessable: bool = True

    @property
    def ident(self) -> str:
        return f"{self.version_id}|{self.clause_id}"


@dataclass(frozen=True)
class Link:
    source_id: int
    target_id: int
    relationship: str
    shared_core: str = ""
    source_addon: str = ""
    target_addon: str = ""


@dataclass(frozen=True)
class PlannedSource:
    requirement_id: int
    role: str  # member / broader / narrower / core
    propagation: str  # applies / conforms_implied / own_rating


@dataclass
class PlannedItem:
    key: str
    kind: str  # single / equal / chain / addon / core
    title: str
    topics: list[str]
    sources: list[PlannedSource]
    sort_key: tuple = ()
    content_hash: str = ""


@dataclass
class MergePlan:
    items: list[PlannedItem]
    assessable: int  # assessable requirements of the selected versions
    topic_links: int  # links touching a heading: coverage and suggestions only
    outside_links: int  # links to versions not selected
    by_requirement: dict[int, str] = field(default_factory=dict)  # requirement → home key

    @property
    def reduction(self) -> str:
        return f"{self.assessable} assessable requirements → {len(self.items)} joint items"


# How an add-on item's title joins its requirement's title and the part only it asks; reports
# word it per language (``reports.titles.merged_titles``).
ADDON_JOINER = " — beyond the shared part: "


def key_for(ident: str, prefix: str = "ji") -> str:
    return f"{prefix}-{hashlib.sha1(ident.encode()).hexdigest()[:12]}"


def plan_merge(reqs: list[Req], links: list[Link], version_order: list[str]) -> MergePlan:
    rank = {v: i for i, v in enumerate(version_order)}
    by_id = {r.id: r for r in reqs if r.version_id in rank}
    assessable = {i: r for i, r in by_id.items() if r.assessable}

    def order(r: Req) -> tuple:
        return (rank[r.version_id], r.position, r.clause_id)

    uf = UnionFind()
    up: dict[int, set[int]] = defaultdict(set)  # narrower → broader (equal both ways)
    chained: set[int] = set()
    intersects: list[Link] = []
    topic_links = outside = 0
    for link in links:
        if link.source_id not in by_id or link.target_id not in by_id:
            outside += 1
            continue
        if link.source_id not in assessable or link.target_id not in assessable:
            topic_links += 1
            continue
        rel = Relationship(link.relationship)
        if rel is Relationship.NOT_RELATED:
            continue
        if rel is Relationship.INTERSECTS:
            intersects.append(link)
            continue
        uf.union(link.source_id, link.target_id)
        pair = narrower_broader(link.source_id, link.target_id, rel)
        if pair is None:
            up[link.source_id].add(link.target_id)
            up[link.target_id].add(link.source_id)
        else:
            up[pair[0]].add(pair[1])
            chained.update(pair)

    clusters: dict[int, list[int]] = defaultdict(list)
    for rid in assessable:
        clusters[uf.find(rid)].append(rid)

    items: dict[str, PlannedItem] = {}
    home: dict[int, str] = {}
    for members in clusters.values():
        item = _cluster_item([assessable[m] for m in members], up, chained, order)
        items[item.key] = item
        for s in item.sources:
            home[s.requirement_id] = item.key

    for link in intersects:
        a, b = assessable[link.source_id], assessable[link.target_id]
        if home[a.id] == home[b.id]:
            continue  # a stronger link already merged them
        for req, addon in ((a, link.source_addon), (b, link.target_addon)):
            own = items[home[req.id]]
            if own.kind in ("single", "equal"):
                own.kind = "addon"
            if addon and addon not in own.title:
                own.title = f"{own.title}{ADDON_JOINER}{addon}"
        first, second = sorted((a, b), key=order)
        core = PlannedItem(
            key=key_for(f"{first.ident}&{second.ident}", "jc"),
            kind="core",
            title=link.shared_core or f"Shared part of {a.clause_id} and {b.clause_id}",
            topics=sorted(set(a.topics) | set(b.topics)),
            sources=[PlannedSource(first.id, "core", "applies"),
                     PlannedSource(second.id, "core", "applies")],
            sort_key=order(first) + (1, second.ident),
        )
        items[core.key] = core

    ordered = sorted(items.values(), key=lambda it: it.sort_key)
    for it in ordered:
        it.content_hash = _content_hash(it, by_id)
    return MergePlan(ordered, len(assessable), topic_links, outside, home)


def _cluster_item(members: list[Req], up, chained, order) -> PlannedItem:
    if len(members) == 1:
        r = members[0]
        return PlannedItem(key_for(r.ident), "single", r.title, sorted(r.topics),
                           [PlannedSource(r.id, "member", "applies")], order(r) + (0,))
    ids = {m.id for m in members}
    down: dict[int, set[int]] = defaultdict(set)
    for m in ids:
        for b in up.get(m, ()):
            down[b].add(m)
    # The broadest group: requirements from which nothing strictly broader is reachable.
    reach = {m: _closure(m, up) for m in ids}
    tops = [m for m in ids if all(m in reach[b] for b in reach[m])]
    # Several unrelated tops: phrase on the one with most requirements below it.
    below = {t: _closure(t, down) for t in tops}
    by_id = {m.id: m for m in members}
    primary = min(tops, key=lambda t: (-len(below[t]), order(by_id[t])))
    top_group = {t for t in tops if t in reach[primary] and primary in reach[t]}
    anchor = min((by_id[t] for t in top_group), key=order)
    is_chain = bool(ids & chained)
    sources = []
    for req in sorted(members, key=order):
        if req.id in top_group:
            sources.append(PlannedSource(req.id, "broader" if is_chain else "member",
                                         "applies"))
        elif req.id in below[primary]:
            sources.append(PlannedSource(req.id, "narrower", "conforms_implied"))
        else:
            sources.append(PlannedSource(req.id, "member", "own_rating"))
    topics = sorted({t for m in members for t in m.topics})
    # The key follows the cluster's first clause, not its broadest, so re-typing a link
    # inside a cluster keeps the key (the changed content flags its findings instead).
    first = min(members, key=order)
    return PlannedItem(key_for(first.ident), "chain" if is_chain else "equal", anchor.title,
                       topics, sources, order(anchor) + (0,))


def _closure(start: int, edges) -> set[int]:
    seen = {start}
    stack = [start]
    while stack:
        for nxt in edges.get(stack.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def _content_hash(item: PlannedItem, by_id: dict[int, Req]) -> str:
    body = {
        "kind": item.kind,
        "title": item.title,
        "sources": sorted((by_id[s.requirement_id].ident, s.role, s.propagation)
                          for s in item.sources),
    }
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()
