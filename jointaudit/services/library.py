"""The scheme library as the UI and CLI see it: plain read models, never live rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import col, func, or_, select

from jointaudit.common.errors import InvalidInput, Problem
from jointaudit.library.packs.importer import ImportResult, import_pack_file
from jointaudit.store.models import CycleRule, Requirement, SchemeVersion, saved_id


@dataclass(frozen=True)
class VersionRow:
    id: str
    scheme_id: str
    version: str
    title: str
    language: str
    effective_from: date | None
    retired_on: date | None
    requirements: int
    assessable: int
    unverified_rules: int
    imported_from: str
    licence_note: str


@dataclass(frozen=True)
class RequirementRow:
    id: int
    version_id: str
    clause_id: str
    parent_clause_id: str | None
    depth: int
    title: str
    text: str
    guidance: str
    text_source: str
    topics: tuple[str, ...]
    applies_to: tuple[str, ...]
    assessable: bool
    critical: bool
    level: str | None
    answer: str
    source_ref: str
    verified: bool


def list_versions(workspace) -> list[VersionRow]:
    with workspace.session() as s:
        versions = s.exec(select(SchemeVersion).order_by(SchemeVersion.id)).all()
        counts = dict(s.exec(select(Requirement.version_id, func.count())
                             .group_by(Requirement.version_id)).all())
        assessable = dict(s.exec(select(Requirement.version_id, func.count())
                                 .where(Requirement.assessable)
                                 .group_by(Requirement.version_id)).all())
        unverified = dict(s.exec(select(CycleRule.version_id, func.count())
                                 .where(col(CycleRule.verified).is_(False))
                                 .group_by(CycleRule.version_id)).all())
        return [VersionRow(v.id, v.scheme_id, v.version, v.title, v.language, v.effective_from,
                           v.retired_on, counts.get(v.id, 0), assessable.get(v.id, 0),
                           unverified.get(v.id, 0), v.imported_from, v.licence_note)
                for v in versions]


def _row(r: Requirement, depth: int) -> RequirementRow:
    return RequirementRow(saved_id(r), r.version_id, r.clause_id, r.parent_clause_id, depth, r.title,
                          r.text, r.guidance, r.text_source, tuple(r.topics),
                          tuple(r.applies_to), r.assessable, r.critical, r.level, r.answer,
                          r.source_ref, r.verified)


def requirement_tree(workspace, version_id: str) -> list[RequirementRow]:
    """The version's requirements in pack order, each with its depth in the tree."""
    with workspace.session() as s:
        rows = s.exec(select(Requirement).where(Requirement.version_id == version_id)
                      .order_by(col(Requirement.position))).all()
    parent = {r.clause_id: r.parent_clause_id for r in rows}

    def depth(clause: str) -> int:
        d, seen = 0, {clause}
        while parent.get(clause) and parent[clause] not in seen:
            clause = parent[clause]
            seen.add(clause)
            d += 1
        return d

    return [_row(r, depth(r.clause_id)) for r in rows]


def search_requirements(workspace, query: str, version_ids: list[str] | None = None,
                        limit: int = 200) -> list[RequirementRow]:
    """Requirements whose clause id, title, text or guidance contains ``query`` (any case)."""
    like = f"%{query.strip()}%"
    stmt = select(Requirement).where(or_(
        col(Requirement.clause_id).ilike(like), col(Requirement.title).ilike(like),
        col(Requirement.text).ilike(like), col(Requirement.guidance).ilike(like)))
    if version_ids:
        stmt = stmt.where(col(Requirement.version_id).in_(version_ids))
    with workspace.session() as s:
        rows = s.exec(stmt.order_by(col(Requirement.version_id), col(Requirement.position))
                      .limit(limit)).all()
    return [_row(r, 0) for r in rows]


@dataclass(frozen=True)
class PackImportOutcome:
    result: ImportResult | None
    problems: tuple[Problem, ...]
    message: str

    @property
    def ok(self) -> bool:
        return self.result is not None


def import_pack(workspace, path: str | Path, *, replace: bool = False) -> PackImportOutcome:
    """Import a pack file; problems come back as data for the UI to list."""
    try:
        result = import_pack_file(workspace, path, replace=replace)
    except InvalidInput as exc:
        return PackImportOutcome(None, tuple(exc.problems), exc.message)
    return PackImportOutcome(result, (), result.describe())


@dataclass(frozen=True)
class SharedItem:
    """A joint item that two or more schemes ask, with how their clauses came together."""

    key: str
    kind: str
    title: str
    clauses: tuple[str, ...]  # "version clause", in checklist order
    links: tuple[str, ...]  # each link in words, a derived one with its path through the hub

    @property
    def derived(self) -> bool:
        return any(" derived: " in link for link in self.links)


def shared_items(session, checklist) -> list[SharedItem]:
    """The items of a merged checklist (``checklist.visit.Checklist``) that several schemes
    share, each with the accepted links joining its clauses: curated ones as such, derived
    ones with their derivation through the hub."""
    from jointaudit.store.models import CrosswalkLink

    multi = [it for it in checklist.items if len({s.version_id for s in it.sources}) > 1]
    ids = {s.requirement_id for it in multi for s in it.sources}
    names = {s.requirement_id: f"{s.version_id} {s.clause_id}" for it in multi
             for s in it.sources}
    links = [lk for lk in session.exec(select(CrosswalkLink).where(
        CrosswalkLink.status == "accepted", col(CrosswalkLink.source_requirement_id).in_(ids)))
        if lk.target_requirement_id in ids]
    out = []
    for it in multi:
        mine = {s.requirement_id for s in it.sources}
        words = []
        for lk in links:
            if lk.source_requirement_id in mine and lk.target_requirement_id in mine:
                head = (f"{names[lk.source_requirement_id]} {lk.relationship}"
                        f" {names[lk.target_requirement_id]}")
                words.append(f"{head} — derived: {lk.rationale}" if lk.origin == "derived"
                             else f"{head} — {lk.origin}")
        out.append(SharedItem(it.key, it.kind, it.title,
                              tuple(names[s.requirement_id] for s in it.sources),
                              tuple(sorted(words))))
    return out


def requirement_listing(workspace, version: str) -> tuple[str, list[RequirementRow]]:
    """A version's requirements as a tree; ``version`` may name only the scheme (latest)."""
    from jointaudit.common.errors import NotFound
    from jointaudit.library.packs.loader import latest_version_id

    with workspace.session() as s:
        vid = version if "@" in version else latest_version_id(s, version)
        known = sorted(s.exec(select(SchemeVersion.id)).all())
    if vid is None or vid not in known:
        raise NotFound(f"'{version}' is not an imported scheme version"
                       f" (imported: {', '.join(known) or 'none'}; see list-schemes)")
    return vid, requirement_tree(workspace, vid)
