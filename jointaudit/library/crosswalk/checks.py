"""Consistency checks over the links in a workspace: warnings that name the clause ids.

- contradiction: requirements joined by equal links (transitively) but one pair of them
  marked not_related;
- mutual subset: A subset B and B subset A (in any writing) should be one equal link;
- retired version: a link touching a scheme version retired before today;
- one-sided intersects: an intersects link whose add-on wording is missing on one side
  (each side has a part the other lacks, so both add-ons must be asked).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from jointaudit.common.union_find import UnionFind
from jointaudit.library.crosswalk.relations import Relationship, narrower_broader
from jointaudit.store.models import CrosswalkLink, Requirement, SchemeVersion, saved_id


@dataclass(frozen=True)
class Warning_:
    code: str
    message: str
    link_ids: tuple[int, ...] = ()


def _name(r: Requirement) -> str:
    return f"{r.version_id} {r.clause_id}"


def check_links(session: Session, version_ids: list[str] | None = None,
                statuses=("accepted",), today: date | None = None) -> list[Warning_]:
    today = today or date.today()
    links = list(session.exec(select(CrosswalkLink)
                              .where(col(CrosswalkLink.status).in_(list(statuses)))))
    ids = {lk.source_requirement_id for lk in links} | {lk.target_requirement_id for lk in links}
    reqs = {r.id: r for r in session.exec(select(Requirement)
                                          .where(col(Requirement.id).in_(list(ids))))}
    if version_ids is not None:
        links = [lk for lk in links if reqs[lk.source_requirement_id].version_id in version_ids
                 and reqs[lk.target_requirement_id].version_id in version_ids]
    out: list[Warning_] = []

    uf = UnionFind()
    for lk in links:
        if lk.relationship == Relationship.EQUAL:
            uf.union(lk.source_requirement_id, lk.target_requirement_id)
    for lk in links:
        a, b = lk.source_requirement_id, lk.target_requirement_id
        if lk.relationship == Relationship.NOT_RELATED and uf.find(a) == uf.find(b):
            out.append(Warning_("crosswalk.contradiction",
                                f"{_name(reqs[a])} and {_name(reqs[b])} are marked not_related,"
                                " yet equal links join them through other clauses", (saved_id(lk),)))

    subset_pairs: dict[tuple[int, int], int] = {}
    for lk in links:
        pair = narrower_broader(lk.source_requirement_id, lk.target_requirement_id,
                                lk.relationship)
        if pair:
            subset_pairs[pair] = saved_id(lk)
    for (n, b), lid in subset_pairs.items():
        if (b, n) in subset_pairs and n < b:
            out.append(Warning_("crosswalk.mutual-subset",
                                f"{_name(reqs[n])} and {_name(reqs[b])} are each a subset of the"
                                " other: make them one equal link", (lid, subset_pairs[(b, n)])))

    retired = {v.id: v.retired_on for v in session.exec(select(SchemeVersion))
               if v.retired_on and v.retired_on <= today}
    by_version = defaultdict(list)
    for lk in links:
        for rid in (lk.source_requirement_id, lk.target_requirement_id):
            if reqs[rid].version_id in retired:
                by_version[reqs[rid].version_id].append((saved_id(lk), _name(reqs[rid])))
    for vid, hits in by_version.items():
        names = ", ".join(sorted({n for _, n in hits})[:8])
        out.append(Warning_("crosswalk.retired-version",
                            f"{len(hits)} link(s) touch {vid}, retired on {retired[vid]}: {names}",
                            tuple(i for i, _ in hits)))

    for lk in links:
        if lk.relationship != Relationship.INTERSECTS:
            continue
        ra, rb = reqs[lk.source_requirement_id], reqs[lk.target_requirement_id]
        missing = [_name(r) for r, text in ((ra, lk.source_addon), (rb, lk.target_addon))
                   if not text]
        if missing:
            out.append(Warning_("crosswalk.one-sided",
                                f"{_name(ra)} intersects {_name(rb)} but the add-on of"
                                f" {' and '.join(missing)} is not worded", (saved_id(lk),)))
    return out
