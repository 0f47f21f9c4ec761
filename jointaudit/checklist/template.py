"""Joint templates in the workspace: build, re-merge after crosswalk edits, reduction report.

A template is independent of any site: scheme versions + accepted links + merge options.
Re-merging keeps the key of every item whose anchor clause is unchanged; findings on an item
whose provenance changed become "needs re-rating" (their rating kept, a history row
written), and findings on an item that vanished follow the clause they were about.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from jointaudit.checklist.clusters import Link, MergePlan, PlannedItem, Req, plan_merge
from jointaudit.common.errors import InvalidInput, NotFound
from jointaudit.store import audit_trail
from jointaudit.store.models import (
    CrosswalkLink,
    Finding,
    JointItem,
    JointItemSource,
    JointTemplate,
    Requirement,
    SchemeVersion,
    saved_id,
    table_of,
)
from jointaudit.store.models._base import utcnow


@dataclass
class RemergeReport:
    plan: MergePlan
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    findings_flagged: list[str] = field(default_factory=list)  # finding uids
    # The findings whose item moved or changed, with the reason: fieldwork flags them for
    # re-rating (``fieldwork.findings.remerge_and_flag``); the checklist never edits ratings.
    to_rerate: list[tuple[Finding, str]] = field(default_factory=list)


def load_plan(session: Session, version_ids: list[str]) -> MergePlan:
    missing = [v for v in version_ids if session.get(SchemeVersion, v) is None]
    if missing:
        raise NotFound(f"scheme version(s) not in this workspace: {', '.join(missing)};"
                       " import their packs first")
    if len(set(version_ids)) != len(version_ids) or len(version_ids) < 1:
        raise InvalidInput("choose each scheme version once")
    # Plain column rows, not model objects: a merge reads thousands of them.
    R, L = Requirement, CrosswalkLink
    # (SQLAlchemy's select: more columns than sqlmodel's ``select`` overloads take)
    reqs = [Req(i, v, c, t, tuple(tp or ()), p, a) for i, v, c, t, tp, p, a in session.execute(
        sa_select(col(R.id), col(R.version_id), col(R.clause_id), col(R.title), col(R.topics),
                  col(R.position), col(R.assessable))
        .where(col(R.version_id).in_(version_ids)))]
    ids = {r.id for r in reqs}
    links = [Link(*row) for row in session.execute(
        sa_select(col(L.source_requirement_id), col(L.target_requirement_id),
                  col(L.relationship), col(L.shared_core), col(L.source_addon),
                  col(L.target_addon)).where(col(L.status) == "accepted"))
        if row[0] in ids and row[1] in ids]
    return plan_merge(reqs, links, version_ids)


def build_template(session: Session, name: str, version_ids: list[str],
                   merge_options: dict | None = None) -> JointTemplate:
    template = JointTemplate(name=name, version_ids=list(version_ids),
                             merge_options=dict(merge_options or {}))
    session.add(template)
    session.flush()
    remerge(session, template)
    return template


def remerge(session: Session, template: JointTemplate) -> RemergeReport:
    plan = load_plan(session, list(template.version_ids))
    report = RemergeReport(plan)
    old = {it.item_key: it for it in session.exec(
        select(JointItem).where(JointItem.template_id == template.id))}
    old_sources = _sources_by_item(session, [saved_id(it) for it in old.values()])
    new_keys = {it.key for it in plan.items}
    follows = {key: _follow_key(old_sources.get(saved_id(item), []), plan, key)
               for key, item in old.items() if key not in new_keys}

    # Rows are written with Core bulk statements: building thousands of SQLModel objects
    # costs far more than the merge itself (see tests/benchmarks/bench_merge.py).
    fresh: list[dict[str, Any]] = []  # new item rows
    rewrite: list[tuple[str, PlannedItem]] = []  # (key, planned) whose provenance is rewritten
    for position, planned in enumerate(plan.items):
        item = old.get(planned.key)
        if item is None:
            report.added.append(planned.key)
            fresh.append({"template_id": template.id, "item_key": planned.key,
                          "kind": planned.kind, "title": planned.title,
                          "topics": planned.topics, "position": position,
                          "content_hash": planned.content_hash})
            rewrite.append((planned.key, planned))
            continue
        if item.content_hash != planned.content_hash:
            report.changed.append(planned.key)
            item.kind, item.title, item.topics = planned.kind, planned.title, planned.topics
            item.content_hash = planned.content_hash
            rewrite.append((planned.key, planned))
        else:
            report.unchanged.append(planned.key)
        if item.position != position:
            item.position = position
        session.add(item)
    session.flush()
    if fresh:
        session.execute(insert(table_of(JointItem)), fresh)
    ids = dict(session.exec(select(JointItem.item_key, JointItem.id)
                            .where(JointItem.template_id == template.id)).all())
    audit_trail.log_bulk_created(session, "joint_item",
                                 [dict(row, id=ids[row["item_key"]]) for row in fresh])
    stale = [ids[key] for key, _ in rewrite if key in old]
    if stale:
        sources = table_of(JointItemSource)
        session.execute(delete(sources).where(sources.c.item_id.in_(stale)))
    rows = [{"item_id": ids[key], "requirement_id": s.requirement_id, "role": s.role,
             "propagation": s.propagation} for key, planned in rewrite for s in planned.sources]
    if rows:
        session.execute(insert(table_of(JointItemSource)), rows)
    session.expire_all()

    new_items = {it.item_key: it for it in session.exec(
        select(JointItem).where(JointItem.template_id == template.id))}
    for key in report.changed:
        for finding in _findings_on(session, key, saved_id(template)):
            _flag(session, finding, "the crosswalk changed what this item asks", report)
    for key, item in old.items():
        if key in new_keys:
            continue
        report.removed.append(key)
        for finding in _findings_on(session, key, saved_id(template)):
            _move_finding(session, finding, follows[key], new_items, report)
        session.flush()
        sources = table_of(JointItemSource)
        session.execute(delete(sources).where(sources.c.item_id == item.id))
        session.delete(item)
    template.content_hash = template_hash(template, plan)
    template.updated_at = utcnow()
    session.add(template)
    session.flush()
    return report


def template_hash(template: JointTemplate, plan: MergePlan) -> str:
    body = {"versions": list(template.version_ids), "options": template.merge_options,
            "items": [(it.key, it.content_hash) for it in plan.items]}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def _sources_by_item(session: Session, item_ids: list[int]) -> dict[int, list[JointItemSource]]:
    out: dict[int, list[JointItemSource]] = {}
    if item_ids:
        for s in session.exec(select(JointItemSource)
                              .where(col(JointItemSource.item_id).in_(item_ids))):
            out.setdefault(s.item_id, []).append(s)
    return out


def _findings_on(session: Session, key: str, template_id: int) -> list[Finding]:
    from jointaudit.store.models import JointPlan, Visit

    stmt = (select(Finding).join(Visit, col(Visit.id) == col(Finding.visit_id))
            .join(JointPlan, col(JointPlan.id) == col(Visit.plan_id))
            .where(Finding.item_key == key, JointPlan.template_id == template_id))
    return list(session.exec(stmt))


def _follow_key(sources: list[JointItemSource], plan: MergePlan, old_key: str) -> str | None:
    """The new home of the clause an old item was phrased on."""
    ordered = sorted(sources, key=lambda s: (s.propagation != "applies", s.id or 0))
    for s in ordered:
        key = plan.by_requirement.get(s.requirement_id)
        if key:
            return key
    return None


def _flag(session, finding: Finding, reason: str, report: RemergeReport) -> None:
    report.to_rerate.append((finding, reason))
    report.findings_flagged.append(finding.uid)


def _move_finding(session, finding: Finding, new_key: str | None, new_items, report) -> None:
    old_key = finding.item_key
    taken = new_key is not None and session.exec(select(Finding).where(
        Finding.visit_id == finding.visit_id, Finding.item_key == new_key)).first()
    if new_key is None or taken:
        # Keep it, detached, so the old rating is never lost; the UI lists it for re-rating.
        finding.joint_item_id = None
        _flag(session, finding, f"item {old_key} no longer exists after a crosswalk edit",
              report)
    else:
        finding.item_key = new_key
        finding.joint_item_id = new_items[new_key].id
        _flag(session, finding, f"item {old_key} was merged into {new_key}", report)
