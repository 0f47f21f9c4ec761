"""Findings on (visit, joint item) and each scheme's rating of each clause, in its own words.

What is stored (``Finding``): the joint rating of the shared item, in common severity, and
per clause (``scheme_overrides["<version>#<clause>"]``) the scheme's own level with its
provenance: ``on_site`` (rated by a named auditor), ``accepted`` (a level carried from the
shared item, accepted by the auditor) or ``override`` (with a reason). A level is stored as
given: it is never replaced by another level that shares its severity.

How a clause's rating is read (docs/crosswalks.md has the truth table), first that applies:
1. its own stored level (the record);
2. the joint rating carried through the pack's two-way map, by the link's propagation —
   ``applies``: carried as is (proposed until accepted or changed); ``conforms_implied``:
   "conforms" when the item conforms, otherwise its own rating is asked for;
   ``own_rating``: always asked for; a gap given to a narrower clause is proposed to the
   broader; intersects: the worst of its add-on and its shared cores, pointing at whichever
   is still to rate;
3. a recognition offer ("met by recognition", with the certificate) when nothing at all was
   recorded for it on the visit: a rating recorded on the visit always wins.

Every save writes the previous state to FindingHistory and bumps the revision, so no rating
is ever lost; ``base_revision`` is the revision an edit started from (bundles and workbook
re-imports use it to detect concurrent edits).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from jointaudit.checklist.template import RemergeReport, remerge
from jointaudit.checklist.visit import CertificateEvidence, Checklist, SourceView, visit_checklist
from jointaudit.common.errors import InvalidInput, JointAuditError, NotFound
from jointaudit.common.severity import RATED_ORDER, Severity, is_gap, worst
from jointaudit.common.union_find import UnionFind
from jointaudit.fieldwork.scale import Level, RatingMap, rating_map
from jointaudit.store.models import (
    CrosswalkLink,
    Finding,
    FindingHistory,
    JointItem,
    JointPlan,
    JointTemplate,
    Visit,
)
from jointaudit.store.models._base import saved_id, utcnow
from jointaudit.store.versions import last_change

__all__ = ["Level", "RatingMap", "rating_map"]  # re-exported: callers read scales from here

PROVENANCE = ("on_site", "accepted", "override")


class StaleEdit(JointAuditError):
    """An edit based on an older revision of the finding was refused; nothing was saved.
    It names who saved since, when and which fields (from the audit trail), so that the
    caller can offer keep mine / keep theirs / keep both
    (:func:`jointaudit.services.checklist.keep_after_refusal`)."""

    code = "finding.stale"

    def __init__(self, message: str, *, visit_id: int | None = None, item_key: str = "",
                 base_revision: int | None = None, revision: int | None = None,
                 by: str = "", at: str = "", fields: tuple[str, ...] = ()):
        super().__init__(message)
        self.visit_id, self.item_key = visit_id, item_key
        self.base_revision, self.revision = base_revision, revision
        self.by, self.at, self.fields = by, at, tuple(fields)


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
        finding_id=saved_id(finding), revision=finding.revision, severity=finding.severity,
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
        found = last_change(session.connection(), "finding", finding.uid)
        who = ""
        by, at, fields = "", "", list[str]()
        if found is not None:
            by, at, fields = found
            who = f" by {by}" + (f" at {at}" if at else "") + \
                (f" ({', '.join(fields)})" if fields else "")
        raise StaleEdit(f"finding on {item_key} was changed meanwhile{who} (now revision"
                        f" {finding.revision}, edit based on {base_revision}); reload it",
                        visit_id=visit_id, item_key=item_key, base_revision=base_revision,
                        revision=finding.revision, by=by, at=at, fields=tuple(fields))
    return finding, False


def ensure_finding(session: Session, visit_id: int, item_key: str, author: str = "") -> Finding:
    """The finding on an item, created unrated if there is none (e.g. to attach evidence)."""
    return _editable(session, visit_id, item_key, None, author)[0]


def stored_level(finding: Finding | None, version_id: str, clause_id: str
                 ) -> tuple[dict, str] | None:
    """The level recorded for a clause ({level, how, by, reason}) and which key holds it:
    the clause's own, else one set for the whole scheme on this item (older overrides)."""
    if finding is None:
        return None
    for key in (override_key(version_id, clause_id), version_id):
        value = finding.scheme_overrides.get(key)
        if isinstance(value, str):
            return {"level": value, "how": "override", "by": "", "reason": ""}, key
        if isinstance(value, dict) and value.get("level"):
            return value, key
    return None


def rate(session: Session, visit_id: int, item_key: str, severity: Severity | str, *,
         observation: str | None = None, confidential: bool | None = None, author: str = "",
         base_revision: int | None = None, reason: str = "rated") -> Finding:
    """Give the joint item its joint rating (common severity), carried to each scheme.

    A scheme level recorded on the item that shares the new severity stays as set; one of
    another severity was rated against the old joint rating and gives way (the history keeps
    it). Overrides, which carry their own reason, stay."""
    try:
        severity = Severity(severity)
    except ValueError:
        raise InvalidInput(f"'{severity}' is not a severity; expected one of"
                           f" {', '.join(s.value for s in Severity)}") from None
    finding, new = _editable(session, visit_id, item_key, base_revision, author)
    if not new:
        _snapshot(session, finding, reason, author)
    kept = {}
    for key, value in finding.scheme_overrides.items():
        if isinstance(value, dict) and value.get("how") in ("on_site", "accepted"):
            version_id = key.split("#", 1)[0]
            try:
                same = rating_map(session, version_id).to_common(value["level"]) == severity
            except (InvalidInput, NotFound):
                same = False
            if not same:
                continue
        kept[key] = value
    finding.scheme_overrides = kept
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


def annotate(session: Session, visit_id: int, item_key: str, *, observation: str | None = None,
             confidential: bool | None = None, author: str = "",
             base_revision: int | None = None, reason: str = "observation edited"
             ) -> Finding:
    """Change only the observation or the confidential mark: no rating changes, so a
    request to re-rate stays."""
    finding, new = _editable(session, visit_id, item_key, base_revision, author)
    if not new:
        _snapshot(session, finding, reason, author)
    if observation is not None:
        finding.observation = observation
    if confidential is not None:
        finding.confidential = confidential
    _bump(finding)
    session.add(finding)
    session.flush()
    return finding


def override_key(version_id: str, clause_id: str | None = None) -> str:
    return f"{version_id}#{clause_id}" if clause_id else version_id


def _source_on(session, visit_id: int, item_key: str, version_id: str,
               clause_id: str | None) -> SourceView | None:
    cl = visit_checklist(session, visit_id)
    try:
        it = cl.item(item_key)
    except NotFound:
        raise NotFound(f"visit {visit_id}: item {item_key} is not on its checklist (does it"
                       " apply to the site?)") from None
    mine = [s for s in it.primary if s.version_id == version_id]
    if clause_id is not None:
        mine = [s for s in mine if s.clause_id == clause_id]
    if not mine:
        what = f"{version_id} {clause_id}" if clause_id else version_id
        raise NotFound(f"visit {visit_id}: item {item_key} does not ask {what}")
    return mine[0] if clause_id is not None or len(mine) == 1 else None


def rate_level(session: Session, visit_id: int, item_key: str, version_id: str,
               clause_id: str | None, level_id: str, *, how: str = "on_site", by: str = "",
               reason: str = "", observation: str | None = None,
               confidential: bool | None = None, base_revision: int | None = None) -> Finding:
    """Record a scheme's own level for one clause of an item (``clause_id`` may be omitted
    when the item asks only one clause of that scheme)."""
    if how not in PROVENANCE:
        raise InvalidInput(f"'{how}' is not how a rating is recorded; expected one of"
                           f" {', '.join(PROVENANCE)}")
    src = _source_on(session, visit_id, item_key, version_id, clause_id)
    if src is None:
        raise InvalidInput(f"item {item_key} asks several {version_id} clauses; name one")
    where = f"{version_id} {src.clause_id}"
    level = rating_map(session, version_id).level(level_id, src.answer, where)
    if level.answer == "result":
        raise InvalidInput(f"{where}: '{level_id}' is a section result; a requirement cannot"
                           " take it")
    if level.severity is Severity.NOT_APPLICABLE and not reason.strip():
        raise InvalidInput(f"{where}: say why it does not apply (a reason is required for"
                           f" '{level.word()}')")
    if how == "override" and not reason.strip():
        raise InvalidInput(f"{where}: an override needs a reason")
    finding, new = _editable(session, visit_id, item_key, base_revision, by)
    if not new:
        _snapshot(session, finding, f"{where}: {level_id} ({how})", by)
    overrides = dict(finding.scheme_overrides)
    if len(_clauses_of(session, visit_id, item_key, version_id)) == 1:
        overrides.pop(version_id, None)  # a scheme-wide override of this item, now replaced
    overrides[override_key(version_id, src.clause_id)] = {
        "level": level.level_id, "how": how, "by": by, "reason": reason.strip()}
    finding.scheme_overrides = overrides
    if observation is not None:
        finding.observation = observation
    if confidential is not None:
        finding.confidential = confidential
    finding.needs_rerating, finding.rerating_reason = False, ""
    finding.author = by or finding.author
    _bump(finding)
    session.add(finding)
    session.flush()
    return finding


def _clauses_of(session, visit_id, item_key, version_id) -> list[str]:
    it = visit_checklist(session, visit_id).item(item_key)
    return [s.clause_id for s in it.primary if s.version_id == version_id]


def accept_carried(session: Session, visit_id: int, item_key: str, version_id: str,
                   clause_id: str, *, by: str = "") -> Finding:
    """The auditor accepts the level carried from the shared item: it becomes the record."""
    rating = next((c for c in scheme_ratings(session, visit_id).for_item(item_key)
                   if c.version_id == version_id and c.clause_id == clause_id
                   and c.item_key == item_key), None)
    if rating is None or rating.level_id is None or rating.provenance != "carried":
        raise InvalidInput(f"{version_id} {clause_id}: there is no carried rating to accept")
    return rate_level(session, visit_id, item_key, version_id, clause_id, rating.level_id,
                      how="accepted", by=by)


def set_override(session: Session, visit_id: int, item_key: str, version_id: str,
                 level_id: str | None, *, clause_id: str | None = None, author: str = "",
                 reason: str = "", base_revision: int | None = None) -> Finding:
    """Replace the carried level for one scheme on this item — or, with ``clause_id``, for
    one of its clauses only (None removes it, and any level recorded for those clauses)."""
    item = _template_item(session, visit_id, item_key)
    if level_id is not None:
        rating_map(session, version_id).level(level_id)  # refuses unknown levels
    finding, new = _editable(session, visit_id, item.item_key, base_revision, author)
    if not new:
        _snapshot(session, finding, f"override for {override_key(version_id, clause_id)}",
                  author)
    overrides = dict(finding.scheme_overrides)
    key = override_key(version_id, clause_id)
    if level_id is None:
        overrides.pop(key, None)
        if clause_id is None:
            for k in [k for k in overrides if k.startswith(version_id + "#")]:
                overrides.pop(k)
    else:
        overrides[key] = {"level": level_id, "how": "override", "by": author,
                          "reason": reason.strip()}
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
    or changed what it asks: its rating is kept and a new one is asked for."""
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
    """One scheme's rating of one of its clauses on a visit, in the scheme's own scale: the
    one finding row the services, the command line and the reports read."""

    version_id: str
    clause_id: str
    requirement_id: int
    title: str
    item_key: str  # the clause's own joint item
    core_keys: tuple[str, ...]  # shared cores that also rate it (intersects)
    severity: str | None  # common severity, derived from the level; None while undecided
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
    # on_site / accepted / override / carried / implied / recognition / not_applicable /
    # not_rated / needs_decision
    provenance: str = "not_rated"
    by: str = ""  # the auditor who recorded it
    reason: str = ""  # an override's or a not-applicable level's reason
    certificate: CertificateEvidence | None = None  # a recognition's evidence
    to_rate: tuple[str, ...] = ()  # item keys (add-on or shared core) still to rate
    answer: str = "graded"
    number: int = 0  # its item's "#" in the checklist exports; 0 for an excluded clause
    # ``basis`` as sentence segments (key, ((name, value), …)), said one after the other
    # (reports.labels.basis_words); () = English only
    basis_parts: tuple = ()

    @property
    def certificate_text(self) -> str:
        """The recognition's certificate in words ("" when none)."""
        return self.certificate.describe() if self.certificate else ""


@dataclass
class VisitRatings:
    visit_id: int
    checklist: Checklist
    clauses: list[ClauseRating] = field(default_factory=list)

    def for_scheme(self, version_id: str) -> list[ClauseRating]:
        return [c for c in self.clauses if c.version_id == version_id]

    def for_item(self, item_key: str) -> list[ClauseRating]:
        return [c for c in self.clauses if c.item_key == item_key or item_key in c.core_keys]

    def item_severity(self, item_key: str) -> str:
        """The item's severity for joint views, derived from the schemes' levels."""
        own = [Severity(c.severity) for c in self.for_item(item_key)
               if c.severity and c.severity in RATED_ORDER]
        if own:
            return worst(*own).value
        if any(c.severity == Severity.NOT_APPLICABLE for c in self.for_item(item_key)):
            return Severity.NOT_APPLICABLE.value
        return Severity.NOT_ASSESSED.value


@dataclass
class _Partial:
    severity: Severity | None
    basis: str
    provenance: str = "not_rated"
    level: Level | None = None  # a level as recorded (kept exactly)
    by: str = ""
    reason: str = ""
    to_rate: tuple[str, ...] = ()
    parts: tuple = ()  # ``basis`` as sentence segments (ClauseRating.basis_parts)

    @property
    def overridden(self) -> bool:
        return self.provenance == "override"

    @property
    def recorded(self) -> bool:
        return self.provenance in PROVENANCE


def _seg(key: str, **values) -> tuple:
    """One segment of a rating's basis as a sentence key and its values."""
    return (key, tuple(values.items()))


_HOW = {"on_site": "rated on site", "accepted": "carried from the shared item and accepted",
        "override": "override"}


def _from_item(finding: Finding | None, src: SourceView, maps: dict[str, RatingMap],
               anchor: str, carried: tuple[Severity, str, dict] | None = None) -> _Partial:
    stored = stored_level(finding, src.version_id, src.clause_id)
    if stored is not None:
        record, key = stored
        level = maps[src.version_id].levels.get(record["level"])
        if level is not None:
            how = record.get("how", "override")
            if how == "override":
                basis = "override for " + ("this clause" if "#" in key else "this scheme")
                parts = [_seg("how_override_" + ("clause" if "#" in key else "scheme"))]
            else:
                basis = _HOW[how]
                parts = [_seg(f"how_{how}")]
            if record.get("by"):
                basis += f" by {record['by']}"
                parts.append(_seg("how_by", who=record["by"]))
            if record.get("reason"):
                basis += f": {record['reason']}"
                parts.append(_seg("how_reason", reason=record["reason"]))
            return _Partial(level.severity, basis, how, level, record.get("by", ""),
                            record.get("reason", ""), parts=tuple(parts))
    if finding is None or finding.severity == Severity.NOT_ASSESSED:
        if carried is not None and src.propagation == "applies":
            sev, origin, origin_parts = carried
            return _Partial(sev, f"carried from {origin} (proposed; accept or change)",
                            "carried", parts=(_seg("how_carried_from", **origin_parts),))
        return _Partial(Severity.NOT_ASSESSED, "not yet rated",
                        parts=(_seg("how_not_rated"),))
    sev = Severity(finding.severity)
    if src.propagation == "applies":
        return _Partial(sev, "joint rating, carried through the two-way map (accept or"
                             " change)", "carried", parts=(_seg("how_joint_carried"),))
    if src.propagation == "conforms_implied":
        if sev is Severity.CONFORMS:
            return _Partial(sev, f"conforms: implied by the broader {anchor}", "implied",
                            parts=(_seg("how_implied_conforms", anchor=anchor),))
        return _Partial(None, f"joint rating is {sev.value} on the broader {anchor}; this"
                              " narrower clause needs its own rating", "needs_decision",
                        parts=(_seg("how_joint_on_broader", severity=("$severity", sev.value),
                                    anchor=anchor),))
    return _Partial(None, "needs its own rating for this scheme", "needs_decision",
                    parts=(_seg("how_own_rating"),))


def _carried_from_levels(finding: Finding | None, it, maps,
                         language: str = "en") -> tuple[Severity, str, dict] | None:
    """With no joint rating, a level recorded for one scheme of an equal item is proposed
    to the others (its severity, through their two-way maps)."""
    if finding is None or finding.severity != Severity.NOT_ASSESSED:
        return None
    seen = []
    for s in it.primary:
        stored = stored_level(finding, s.version_id, s.clause_id)
        if stored and s.propagation == "applies":
            level = maps[s.version_id].levels.get(stored[0]["level"])
            if level is not None and level.severity in RATED_ORDER:
                seen.append((level.severity, f"{s.version_id} {s.clause_id}'s"
                                             f" '{level.word()}'",
                             {"version": s.version_id, "clause": s.clause_id,
                              "word": level.word(language)}))
    if not seen:
        return None
    return max(seen, key=lambda x: RATED_ORDER.index(x[0]))


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
    numbers = {it.key: n for n, it in enumerate(cl.items, start=1)}
    for it in cl.items:
        if it.kind == "core":
            continue
        finding = findings.get(it.key)
        anchor = next((f"{s.version_id} {s.clause_id}" for s in it.primary
                       if s.propagation == "applies"), it.title)
        carried = _carried_from_levels(finding, it, maps, language)
        partial = {s.requirement_id: _from_item(finding, s, maps, anchor, carried)
                   for s in it.primary}
        # A gap given to a narrower clause is the same gap for the clauses equal to it, and
        # implies (proposes) that gap on the broader ones.
        implied: list[tuple[SourceView, Severity]] = []
        for s in it.primary:
            given = partial[s.requirement_id].severity
            if s.role == "narrower" and partial[s.requirement_id].recorded and given \
                    and is_gap(given):
                implied.append((s, given))
        for n, gap in implied:
            for s in it.primary:
                p = partial[s.requirement_id]
                if s.role == "narrower" and not p.recorded and \
                        equal.find(s.requirement_id) == equal.find(n.requirement_id):
                    p.severity, p.provenance = gap, "implied"
                    p.basis = (f"{gap.value} given to the equal {n.version_id} {n.clause_id}"
                               " (proposed; override if wrong)")
                    p.parts = (_seg("how_equal_gap", severity=("$severity", gap.value),
                                    version=n.version_id, clause=n.clause_id),)
        for s in it.primary:
            p = partial[s.requirement_id]
            if s.role == "broader" and not p.recorded:
                for n, gap in implied:
                    was = p.severity
                    p.severity = worst(was, gap) if was is not None and was in RATED_ORDER \
                        else gap
                    if p.severity != was:
                        p.provenance = "implied"
                        p.basis = (f"{gap.value} implied by the narrower {n.version_id}"
                                   f" {n.clause_id} (proposed; override if wrong)")
                        p.parts = (_seg("how_narrower_gap", severity=("$severity", gap.value),
                                        version=n.version_id, clause=n.clause_id),)
            keys = tuple(cores.get(s.requirement_id, ()))
            for ck in keys:
                _with_core(p, _from_item(findings.get(ck), s, maps, ck), it.key,
                           ck, core_items[ck].title)
            out.clauses.append(_clause(s, it.key, keys, p, finding, maps, cl, language,
                                       numbers[it.key]))
    for ex in cl.excluded:
        level = maps[ex.version_id].to_scheme(Severity.NOT_APPLICABLE)
        out.clauses.append(ClauseRating(
            ex.version_id, ex.clause_id, ex.requirement_id, "", "", (),
            Severity.NOT_APPLICABLE.value, level.level_id, level.word(language),
            f"not applicable: {ex.reason}", excluded=True, provenance="not_applicable",
            reason=ex.reason, basis_parts=(_seg("how_excluded", reason=ex.reason),)))
    return out


def _with_core(p: _Partial, cp: _Partial, own_key: str, core_key: str, core_title: str) -> None:
    """Intersects: the clause's rating is the worst of its add-on and its shared core; while
    either is unrated, point at the one still to rate."""
    add_on_open = p.severity is Severity.NOT_ASSESSED
    core_open = cp.severity is Severity.NOT_ASSESSED
    if add_on_open and not core_open and cp.severity is not None:
        p.severity, p.provenance = None, "needs_decision"
        p.basis = (f"the shared core ({core_title}) is rated {cp.severity.value}; rate its"
                   f" add-on item {own_key} too")
        p.parts = (_seg("how_core_rated", title=core_title,
                        severity=("$severity", cp.severity.value), item=own_key),)
        p.to_rate += (own_key,)
        return
    if core_open and not add_on_open and p.severity is not None:
        p.basis += f"; the shared core item {core_key} ({core_title}) is still to rate"
        p.parts += (_seg("how_core_open", item=core_key, title=core_title),)
        p.to_rate += (core_key,)
        p.severity, p.provenance = None, "needs_decision"
        return
    if p.severity is None or cp.severity is None:
        return
    combined = worst(p.severity, cp.severity)
    if combined != p.severity:
        p.basis = f"worst of its add-on and the shared core ({core_title})"
        p.parts = (_seg("how_worst_core", title=core_title),)
        p.level, p.provenance = None, "carried"
    p.severity = combined


def _equal_groups(session: Session, requirement_ids: list[int]) -> UnionFind:
    ids = set(requirement_ids)
    groups = UnionFind()
    for lk in session.exec(select(CrosswalkLink).where(CrosswalkLink.status == "accepted",
                                                       CrosswalkLink.relationship == "equal")):
        if lk.source_requirement_id in ids and lk.target_requirement_id in ids:
            groups.union(lk.source_requirement_id, lk.target_requirement_id)
    return groups


def _clause(s: SourceView, key, core_keys, p: _Partial, finding, maps, cl: Checklist,
            language, number: int) -> ClauseRating:
    offers = cl.recognitions.get(s.requirement_id, [])
    rec = [r for r in offers if r.effect == "met"]
    evidence = [r for r in offers if r.effect != "met"]
    severity, basis, provenance, certificate = p.severity, p.basis, p.provenance, None
    parts = p.parts
    level = p.level
    if rec and p.provenance == "not_rated" and not p.to_rate:
        severity, provenance, level = Severity.CONFORMS, "recognition", None
        certificate = rec[0].certificate
        basis = f"met by recognition: {rec[0].note}"
        parts = (_seg("how_recognition", note=rec[0].note),)
    elif rec:
        basis += f"; rated on the visit, so the recognition offer ({rec[0].note}) is not used"
        parts += (_seg("how_recognition_unused", note=rec[0].note),)
    if evidence:
        basis += "; evidence: " + "; ".join(r.note for r in evidence)
        parts += (_seg("how_evidence", notes="; ".join(r.note for r in evidence)),)
    common = dict(version_id=s.version_id, clause_id=s.clause_id,
                  requirement_id=s.requirement_id, title=s.title, item_key=key,
                  core_keys=core_keys, overridden=p.overridden,
                  recognised=provenance == "recognition",
                  needs_rerating=bool(finding and finding.needs_rerating),
                  observation=finding.observation if finding else "",
                  confidential=bool(finding and finding.confidential), critical=s.critical,
                  by=p.by, reason=p.reason, certificate=certificate, to_rate=p.to_rate,
                  answer=s.answer, number=number, basis_parts=parts)
    if severity is None:
        return ClauseRating(severity=None, level_id=None, words="needs a rating for this scheme",
                            basis=basis, needs_decision=True, provenance="needs_decision",
                            **common)
    if level is None:
        level = maps[s.version_id].to_scheme(severity, s.answer)
    return ClauseRating(severity=level.severity.value, level_id=level.level_id,
                        words=level.word(language), basis=basis, provenance=provenance,
                        **common)


def finding_ratings(session: Session, visit_id: int, item_key: str, *,
                    language: str = "en") -> list[ClauseRating]:
    """Each scheme's rating, in its own words, of the clauses one joint item asks."""
    return scheme_ratings(session, visit_id, language=language).for_item(item_key)
