"""Findings on (visit, joint item): one rating in common severity, translated to each
scheme's own words through the pack's two-way rating map and the crosswalk's implications.

How a joint rating reaches a scheme's clause (docs/crosswalks.md has the truth table):
- ``applies`` (equal members, the broadest clause of a chain): the joint rating as is;
- ``conforms_implied`` (a narrower clause): "conforms" when the item conforms; a gap on the
  broader clause says nothing about the narrower one, so it needs its own rating;
- ``own_rating``: always needs a rating for that scheme;
- a gap given to a narrower clause implies a gap (same severity, proposed) on the broader;
- intersects: a clause's rating is the worst of its own item and its shared cores;
- a scheme override replaces the translated level for that scheme on that item;
- an own, valid recognised certificate makes the clause "met by recognition".

Every save writes the previous state to FindingHistory and bumps the revision, so no rating
is ever lost; ``base_revision`` is the revision an edit started from (bundles use it to
detect concurrent edits).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from jointaudit.checklist.template import RemergeReport, remerge
from jointaudit.checklist.visit import Checklist, SourceView, visit_checklist
from jointaudit.common.errors import InvalidInput, JointAuditError, NotFound
from jointaudit.common.severity import RATED_ORDER, Severity, is_gap, worst
from jointaudit.common.union_find import UnionFind
from jointaudit.store.models import (
    CrosswalkLink,
    Finding,
    FindingHistory,
    JointItem,
    JointPlan,
    JointTemplate,
    RatingLevel,
    SeverityMapping,
    Visit,
)
from jointaudit.store.models._base import utcnow


class StaleEdit(JointAuditError):
    code = "finding.stale"


@dataclass(frozen=True)
class Level:
    level_id: str
    severity: Severity
    words: dict[str, str]

    def word(self, language: str = "en") -> str:
        return self.words.get(language) or self.words.get("en") or self.level_id


@dataclass
class RatingMap:
    """One scheme version's rating scale, both ways."""

    version_id: str
    levels: dict[str, Level]
    from_severity: dict[str, str]

    def to_scheme(self, severity: Severity | str) -> Level:
        level_id = self.from_severity.get(Severity(severity).value)
        if level_id is None or level_id not in self.levels:
            raise NotFound(f"{self.version_id}: its rating scale does not say what"
                           f" '{Severity(severity).value}' becomes")
        return self.levels[level_id]

    def to_common(self, level_id: str) -> Severity:
        if level_id not in self.levels:
            raise InvalidInput(f"{self.version_id} has no rating level '{level_id}';"
                               f" expected one of {', '.join(self.levels)}")
        return self.levels[level_id].severity


def rating_map(session: Session, version_id: str) -> RatingMap:
    levels = {lv.level_id: Level(lv.level_id, Severity(lv.severity), dict(lv.words))
              for lv in session.exec(select(RatingLevel).where(RatingLevel.version_id == version_id)
                                     .order_by(RatingLevel.position))}
    back = {m.severity: m.level_id for m in session.exec(
        select(SeverityMapping).where(SeverityMapping.version_id == version_id))}
    if not levels:
        raise NotFound(f"{version_id} has no rating scale in this workspace")
    return RatingMap(version_id, levels, back)


# --- writing -------------------------------------------------------------------------------

def _template_item(session: Session, visit_id: int, item_key: str) -> JointItem:
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(f"no visit with id {visit_id}")
    plan = session.get(JointPlan, visit.plan_id)
    item = session.exec(select(JointItem).where(
        JointItem.template_id == (plan.template_id if plan else None),
        JointItem.item_key == item_key)).first()
    if item is None:
        raise NotFound(f"visit {visit_id}: no joint item {item_key} in its template")
    return item


def finding_for(session: Session, visit_id: int, item_key: str) -> Finding | None:
    return session.exec(select(Finding).where(Finding.visit_id == visit_id,
                                              Finding.item_key == item_key)).first()


def _snapshot(session: Session, finding: Finding, reason: str, author: str) -> None:
    session.add(FindingHistory(
        finding_id=finding.id, revision=finding.revision, severity=finding.severity,
        observation=finding.observation, confidential=finding.confidential,
        scheme_overrides=dict(finding.scheme_overrides),
        author=author or finding.author, reason=reason))


def _bump(finding: Finding) -> None:
    finding.base_revision = finding.revision
    finding.revision += 1
    finding.updated_at = utcnow()


def _editable(session, visit_id, item_key, base_revision, author) -> tuple[Finding, bool]:
    item = _template_item(session, visit_id, item_key)
    finding = finding_for(session, visit_id, item_key)
    if finding is None:
        finding = Finding(visit_id=visit_id, item_key=item_key, joint_item_id=item.id,
                          author=author, revision=0)
        session.add(finding)
        session.flush()
        return finding, True
    if base_revision is not None and base_revision != finding.revision:
        raise StaleEdit(f"finding on {item_key} was changed meanwhile (now revision"
                        f" {finding.revision}, edit based on {base_revision}); reload it")
    return finding, False


def ensure_finding(session: Session, visit_id: int, item_key: str, author: str = "") -> Finding:
    """The finding on an item, created unrated if there is none (e.g. to attach evidence)."""
    return _editable(session, visit_id, item_key, None, author)[0]


def rate(session: Session, visit_id: int, item_key: str, severity: Severity | str, *,
         observation: str | None = None, confidential: bool | None = None, author: str = "",
         base_revision: int | None = None, reason: str = "rated") -> Finding:
    """Give a joint item its common-severity rating (and optionally the observation)."""
    try:
        severity = Severity(severity)
    except ValueError:
        raise InvalidInput(f"'{severity}' is not a severity; expected one of"
                           f" {', '.join(s.value for s in Severity)}") from None
    finding, new = _editable(session, visit_id, item_key, base_revision, author)
    if not new:
        _snapshot(session, finding, reason, author)
    finding.severity = severity.value
    if observation is not None:
        finding.observation = observation
    if confidential is not None:
        finding.confidential = confidential
    finding.needs_rerating, finding.rerating_reason = False, ""
    finding.author = author or finding.author
    _bump(finding)
    session.add(finding)
    session.flush()
    return finding


def override_key(version_id: str, clause_id: str | None = None) -> str:
    return f"{version_id}#{clause_id}" if clause_id else version_id


def set_override(session: Session, visit_id: int, item_key: str, version_id: str,
                 level_id: str | None, *, clause_id: str | None = None, author: str = "",
                 base_revision: int | None = None) -> Finding:
    """Replace the translated level for one scheme on this item — or, with ``clause_id``,
    for one of its clauses only (None removes the override)."""
    item = _template_item(session, visit_id, item_key)
    if level_id is not None:
        rating_map(session, version_id).to_common(level_id)  # refuses unknown levels
    finding, new = _editable(session, visit_id, item.item_key, base_revision, author)
    if not new:
        _snapshot(session, finding, f"override for {override_key(version_id, clause_id)}",
                  author)
    overrides = dict(finding.scheme_overrides)
    key = override_key(version_id, clause_id)
    if level_id is None:
        overrides.pop(key, None)
    else:
        overrides[key] = level_id
    finding.scheme_overrides = overrides
    _bump(finding)
    session.add(finding)
    session.flush()
    return finding


def mark_needs_rerating(session: Session, finding: Finding, reason: str) -> None:
    """The item changed under the finding: keep the rating, ask for a new one."""
    _snapshot(session, finding, reason, "jointaudit")
    finding.needs_rerating, finding.rerating_reason = True, reason
    _bump(finding)
    session.add(finding)


def remerge_and_flag(session: Session, template: JointTemplate) -> RemergeReport:
    """Re-merge a template after a crosswalk edit, then flag every finding whose item moved
    or changed: its rating is kept and a new one is asked for."""
    report = remerge(session, template)
    for finding, reason in report.to_rerate:
        mark_needs_rerating(session, finding, reason)
    return report


def revisions(session: Session, finding_id: int) -> list[FindingHistory]:
    return list(session.exec(select(FindingHistory).where(FindingHistory.finding_id == finding_id)
                             .order_by(col(FindingHistory.revision))))


# --- reading: each scheme's rating in its own words ------------------------------------------

@dataclass(frozen=True)
class ClauseRating:
    version_id: str
    clause_id: str
    requirement_id: int
    title: str
    item_key: str  # the clause's own joint item
    core_keys: tuple[str, ...]  # shared cores that also rate it (intersects)
    severity: str | None  # common severity; None while it needs a per-scheme decision
    level_id: str | None
    words: str  # the scheme's own word for the level (or why there is none)
    basis: str  # how the rating was reached, in words
    overridden: bool = False
    needs_decision: bool = False
    needs_rerating: bool = False
    recognised: bool = False
    excluded: bool = False
    observation: str = ""
    confidential: bool = False
    critical: bool = False


@dataclass
class VisitRatings:
    visit_id: int
    checklist: Checklist
    clauses: list[ClauseRating] = field(default_factory=list)

    def for_scheme(self, version_id: str) -> list[ClauseRating]:
        return [c for c in self.clauses if c.version_id == version_id]

    def for_item(self, item_key: str) -> list[ClauseRating]:
        return [c for c in self.clauses if c.item_key == item_key or item_key in c.core_keys]


@dataclass
class _Partial:
    severity: Severity | None
    basis: str
    overridden: bool = False


def _from_item(finding: Finding | None, src: SourceView, maps: dict[str, RatingMap],
               anchor: str) -> _Partial:
    if finding is not None:
        # A clause's own override ("<version>#<clause>") wins over the scheme-wide one: an
        # item may ask several clauses of one scheme.
        for key, what in ((override_key(src.version_id, src.clause_id), "this clause"),
                          (src.version_id, "this scheme")):
            if key in finding.scheme_overrides:
                level = finding.scheme_overrides[key]
                return _Partial(maps[src.version_id].to_common(level), f"override for {what}",
                                True)
    if finding is None or finding.severity == Severity.NOT_ASSESSED:
        return _Partial(Severity.NOT_ASSESSED, "not yet rated")
    sev = Severity(finding.severity)
    if src.propagation == "applies":
        return _Partial(sev, "joint rating")
    if src.propagation == "conforms_implied":
        if sev is Severity.CONFORMS:
            return _Partial(sev, f"conforms: implied by the broader {anchor}")
        return _Partial(None, f"joint rating is {sev.value} on the broader {anchor}; this"
                              " narrower clause needs its own rating")
    return _Partial(None, "needs its own rating for this scheme")


def scheme_ratings(session: Session, visit_id: int, *, language: str = "en") -> VisitRatings:
    """Every clause of every scheme of the visit's template, rated in the scheme's words."""
    cl = visit_checklist(session, visit_id)
    findings = {f.item_key: f for f in session.exec(select(Finding)
                                                     .where(Finding.visit_id == visit_id))}
    maps = {v: rating_map(session, v) for v in cl.version_ids}
    cores: dict[int, list[str]] = {}
    for it in cl.items:
        for s in it.sources:
            if s.role == "core":
                cores.setdefault(s.requirement_id, []).append(it.key)
    core_items = {it.key: it for it in cl.items if it.kind == "core"}
    equal = _equal_groups(session, [s.requirement_id for it in cl.items for s in it.primary])
    out = VisitRatings(visit_id, cl)
    for it in cl.items:
        if it.kind == "core":
            continue
        finding = findings.get(it.key)
        anchor = next((f"{s.version_id} {s.clause_id}" for s in it.primary
                       if s.propagation == "applies"), it.title)
        partial = {s.requirement_id: _from_item(finding, s, maps, anchor) for s in it.primary}
        # A gap given to a narrower clause is the same gap for the clauses equal to it, and
        # implies (proposes) that gap on the broader ones.
        implied = [(s, partial[s.requirement_id].severity) for s in it.primary
                   if s.role == "narrower" and partial[s.requirement_id].overridden
                   and partial[s.requirement_id].severity
                   and is_gap(partial[s.requirement_id].severity)]
        for n, gap in implied:
            for s in it.primary:
                p = partial[s.requirement_id]
                if s.role == "narrower" and not p.overridden and \
                        equal.find(s.requirement_id) == equal.find(n.requirement_id):
                    p.severity = gap
                    p.basis = (f"{gap.value} given to the equal {n.version_id} {n.clause_id}"
                               " (proposed; override if wrong)")
        for s in it.primary:
            p = partial[s.requirement_id]
            if s.role == "broader" and not p.overridden:
                for n, gap in implied:
                    was = p.severity
                    p.severity = worst(was, gap) if was in RATED_ORDER else gap
                    if p.severity != was:
                        p.basis = (f"{gap.value} implied by the narrower {n.version_id}"
                                   f" {n.clause_id} (proposed; override if wrong)")
            keys = tuple(cores.get(s.requirement_id, ()))
            for ck in keys:
                cp = _from_item(findings.get(ck), s, maps, ck)
                if p.severity is None or cp.severity is None:
                    continue
                combined = worst(p.severity, cp.severity)
                if combined != p.severity:
                    p.basis = f"worst of its add-on and the shared core ({core_items[ck].title})"
                p.severity = combined
            out.clauses.append(_clause(s, it.key, keys, p, finding, maps, cl, language))
    for ex in cl.excluded:
        level = maps[ex.version_id].to_scheme(Severity.NOT_APPLICABLE)
        out.clauses.append(ClauseRating(
            ex.version_id, ex.clause_id, ex.requirement_id, "", "", (),
            Severity.NOT_APPLICABLE.value, level.level_id, level.word(language),
            f"not applicable: {ex.reason}", excluded=True))
    return out


def _equal_groups(session: Session, requirement_ids: list[int]) -> UnionFind:
    ids = set(requirement_ids)
    groups = UnionFind()
    for lk in session.exec(select(CrosswalkLink).where(CrosswalkLink.status == "accepted",
                                                       CrosswalkLink.relationship == "equal")):
        if lk.source_requirement_id in ids and lk.target_requirement_id in ids:
            groups.union(lk.source_requirement_id, lk.target_requirement_id)
    return groups


def _clause(s: SourceView, key, core_keys, p: _Partial, finding, maps, cl: Checklist,
            language) -> ClauseRating:
    rec = [r for r in cl.recognitions.get(s.requirement_id, []) if r.effect == "met"]
    evidence = [r for r in cl.recognitions.get(s.requirement_id, []) if r.effect != "met"]
    severity, basis, recognised = p.severity, p.basis, False
    if rec and not p.overridden:
        severity, basis, recognised = Severity.CONFORMS, f"met by recognition: {rec[0].note}", True
    if evidence:
        basis += "; evidence: " + "; ".join(r.note for r in evidence)
    common = dict(version_id=s.version_id, clause_id=s.clause_id,
                  requirement_id=s.requirement_id, title=s.title, item_key=key,
                  core_keys=core_keys, overridden=p.overridden, recognised=recognised,
                  needs_rerating=bool(finding and finding.needs_rerating),
                  observation=finding.observation if finding else "",
                  confidential=bool(finding and finding.confidential), critical=s.critical)
    if severity is None:
        return ClauseRating(severity=None, level_id=None, words="needs a rating for this scheme",
                            basis=basis, needs_decision=True, **common)
    level = maps[s.version_id].to_scheme(severity)
    return ClauseRating(severity=severity.value, level_id=level.level_id,
                        words=level.word(language), basis=basis, **common)


def finding_ratings(session: Session, visit_id: int, item_key: str, *,
                    language: str = "en") -> list[ClauseRating]:
    """Each scheme's rating, in its own words, of the clauses one joint item asks."""
    return scheme_ratings(session, visit_id, language=language).for_item(item_key)
