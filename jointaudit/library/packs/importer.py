"""Importing a validated pack into a workspace, all or nothing, in one transaction.

Re-importing is safe:
- same scheme version, same content (canonical hash) → nothing changes;
- a different version of the scheme → added next to the old one (plans may reference it);
- same version, changed content → refused unless ``replace=True``; then the version is
  updated in place: requirement and rating-level rows keep their ids (findings, crosswalk
  links and joint items point at them), official texts a user added by overlay are kept,
  and removing a requirement that something still references is refused.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, delete, func, select

from jointaudit.common.errors import InvalidInput, Problem
from jointaudit.library.packs.format import Pack, RuleMeta
from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.store.models import (
    CrosswalkLink,
    CycleRule,
    JointItemSource,
    RatingLevel,
    ReportProfile,
    Requirement,
    Scheme,
    SchemeVersion,
    SeverityMapping,
)


@dataclass(frozen=True)
class ImportResult:
    version_id: str
    status: str  # imported / unchanged / replaced
    requirements: int
    sha256: str

    def describe(self) -> str:
        words = {"imported": "imported", "unchanged": "already imported, unchanged",
                 "replaced": "updated in place"}
        return f"{self.version_id}: {words[self.status]} ({self.requirements} requirements)"


def canonical_json(pack: Pack) -> str:
    return json.dumps(pack.model_dump(mode="json"), sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"))


def pack_sha256(pack: Pack) -> str:
    """Hash of the pack's meaning: reformatting or comments do not change it."""
    return hashlib.sha256(canonical_json(pack).encode("utf-8")).hexdigest()


def import_pack_file(workspace, path: str | Path, *, replace: bool = False) -> ImportResult:
    pack = validate_pack_file(path)
    with workspace.session() as session:
        return import_pack(session, pack, source_name=Path(path).name, replace=replace)


def import_pack(session: Session, pack: Pack, *, source_name: str = "",
                replace: bool = False) -> ImportResult:
    """Write ``pack`` into the session's workspace; the caller's transaction commits it."""
    sha = pack_sha256(pack)
    version_id = pack.version_key
    existing = session.get(SchemeVersion, version_id)
    if existing is not None and existing.pack_sha256 == sha:
        return ImportResult(version_id, "unchanged", len(pack.requirements), sha)
    if existing is not None and not replace:
        raise InvalidInput(
            f"{source_name or version_id}: {version_id} is already in the workspace with"
            " different content; import with --replace to update it in place (requirement"
            " ids are kept), or give the pack a new version id",
            code="pack.version-changed")
    _upsert_scheme(session, pack)
    version = existing or SchemeVersion(id=version_id, scheme_id=pack.scheme.id,
                                        version=pack.version.id, title=pack.version.title)
    v = pack.version
    version.scheme_id, version.version, version.title = pack.scheme.id, v.id, v.title
    version.language, version.effective_from, version.retired_on = (
        v.language, v.effective_from, v.retired_on)
    version.licence_note = v.licence_note
    version.source_documents = [d.model_dump(mode="json") for d in v.source_documents]
    version.format, version.pack_sha256 = pack.format, sha
    version.pack_json = canonical_json(pack)
    version.imported_from = source_name
    session.add(version)
    session.flush()
    _sync_requirements(session, pack, version_id, source_name)
    _sync_rating(session, pack, version_id)
    _replace_rules(session, pack, version_id)
    session.flush()
    return ImportResult(version_id, "replaced" if existing else "imported",
                        len(pack.requirements), sha)


def _upsert_scheme(session: Session, pack: Pack) -> None:
    scheme = session.get(Scheme, pack.scheme.id) or Scheme(id=pack.scheme.id,
                                                           name=pack.scheme.name)
    scheme.name, scheme.publisher = pack.scheme.name, pack.scheme.publisher
    session.add(scheme)


def _sync_requirements(session: Session, pack: Pack, version_id: str, source_name: str) -> None:
    rows = {r.clause_id: r for r in session.exec(
        select(Requirement).where(Requirement.version_id == version_id))}
    wanted = {r.id for r in pack.requirements}
    gone = [row for clause, row in rows.items() if clause not in wanted]
    _refuse_if_referenced(session, gone, version_id, source_name)
    for old in gone:
        session.delete(old)
    for position, spec in enumerate(pack.requirements):
        values: dict[str, Any] = dict(
            parent_clause_id=spec.parent, position=position, title=spec.title,
            typical_evidence=list(spec.typical_evidence), topics=list(spec.topics),
            applies_to=list(spec.applies_to), assessable=spec.assessable,
            critical=spec.critical, level=spec.level, answer=spec.answer,
            source_ref=spec.source, verified=spec.verified)
        row = rows.get(spec.id)
        # Official text a user imported by overlay wins over the pack's own words.
        if row is None or row.text_source in ("", "pack"):
            values.update(text=spec.text, guidance=spec.guidance, text_source="pack")
        if row is None:
            # Every field given: SQLModel's default factories are slow to call per row.
            session.add(Requirement(version_id=version_id, clause_id=spec.id, **values))
            continue
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
        session.add(row)


def _refuse_if_referenced(session: Session, gone: list[Requirement], version_id: str,
                          source_name: str) -> None:
    ids = [r.id for r in gone]
    if not ids:
        return
    used = set(session.exec(select(JointItemSource.requirement_id).where(
        col(JointItemSource.requirement_id).in_(ids))))
    used |= set(session.exec(select(CrosswalkLink.source_requirement_id).where(
        col(CrosswalkLink.source_requirement_id).in_(ids))))
    used |= set(session.exec(select(CrosswalkLink.target_requirement_id).where(
        col(CrosswalkLink.target_requirement_id).in_(ids))))
    if used:
        clauses = sorted(r.clause_id for r in gone if r.id in used)
        raise InvalidInput(
            f"{source_name or version_id}: the new content drops requirements that crosswalk"
            " links or joint templates still use; keep them or import the pack as a new"
            " version", code="pack.requirement-in-use",
            problems=[Problem("pack.requirement-in-use",
                              f"clause {c} is referenced in the workspace", source_name or None,
                              None, "requirements") for c in clauses])


def _sync_rating(session: Session, pack: Pack, version_id: str) -> None:
    rows = {r.level_id: r for r in session.exec(
        select(RatingLevel).where(RatingLevel.version_id == version_id))}
    wanted = {lvl.id for lvl in pack.rating_scale.levels}
    for level_id, row in rows.items():
        if level_id not in wanted:
            session.delete(row)
    for position, spec in enumerate(pack.rating_scale.levels):
        row = rows.get(spec.id) or RatingLevel(version_id=version_id, level_id=spec.id,
                                               severity=spec.severity.value)
        row.position, row.severity, row.words = position, spec.severity.value, dict(spec.words)
        session.add(row)
    session.exec(delete(SeverityMapping).where(col(SeverityMapping.version_id) == version_id))
    for severity, level_id in pack.rating_scale.from_severity.items():
        session.add(SeverityMapping(version_id=version_id, severity=severity.value,
                                    level_id=level_id))


def _meta(rule: RuleMeta) -> dict:
    return dict(verified=rule.verified, source=rule.source,
                effective_from=rule.effective_from, effective_to=rule.effective_to)


def _replace_rules(session: Session, pack: Pack, version_id: str) -> None:
    """Cycle rules and the report profile are read-only copies of the pack: rewrite them."""
    session.exec(delete(CycleRule).where(col(CycleRule.version_id) == version_id))
    cycle = pack.cycle
    session.add(CycleRule(version_id=version_id, kind="validity", **_meta(cycle), body=cycle.model_dump(
        mode="json", include={"validity", "next_validity_starts", "report_lag", "decision_lag",
                              "period_anchor", "multi_facility"})))
    for audit in cycle.audits:
        session.add(CycleRule(version_id=version_id, kind=audit.kind, mode=audit.mode,
                              body=audit.model_dump(mode="json"), **_meta(audit)))
    for event in cycle.validity_events:
        session.add(CycleRule(version_id=version_id, kind=f"validity_event:{event.event}",
                              body=event.model_dump(mode="json"), **_meta(event)))
    for deadline in cycle.deadlines:
        session.add(CycleRule(version_id=version_id, kind=f"deadline:{deadline.id}",
                              body=deadline.model_dump(mode="json"), **_meta(deadline)))
    for esc in cycle.escalations:
        session.add(CycleRule(version_id=version_id, kind="escalation",
                              body=esc.model_dump(mode="json"), **_meta(esc)))
    profile = session.exec(select(ReportProfile).where(
        ReportProfile.version_id == version_id)).first() or ReportProfile(version_id=version_id)
    rp = pack.report_profile
    profile.body = rp.model_dump(mode="json")
    profile.verified, profile.source = rp.verified, rp.source
    session.add(profile)


def count_rows(session: Session, *tables) -> dict[str, int]:
    return {t.__name__: session.exec(select(func.count()).select_from(t)).one() for t in tables}
