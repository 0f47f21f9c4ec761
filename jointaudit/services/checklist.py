"""Use cases of the joint checklist and the crosswalk editor, for the UI and the CLI.

Every function takes the open Workspace, runs one unit of work and returns plain read data
(frozen dataclasses), never live rows. Crosswalk edits return the state they replaced so
the UI's undo stack can put it back with the same calls.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date

from sqlmodel import col, select

from jointaudit.checklist.template import build_template, load_plan
from jointaudit.common.errors import InvalidInput, NotFound
from jointaudit.common.severity import is_gap
from jointaudit.fieldwork import corrective_actions, findings
from jointaudit.library.crosswalk.relations import LinkStatus, Relationship
from jointaudit.library.crosswalk.suggest import Suggestion, suggest
from jointaudit.store.models import (
    EVIDENCE_MAX_BYTES,
    CorrectiveAction,
    CrosswalkLink,
    Evidence,
    Finding,
    JointTemplate,
    Requirement,
    Visit,
    saved_id,
)
from jointaudit.store.models._base import utcnow

PROVENANCE_WORDS = {
    "on_site": "rated on site", "accepted": "carried, accepted", "carried": "carried",
    "implied": "implied", "override": "override", "recognition": "by recognition",
    "not_applicable": "not applicable", "not_rated": "not rated",
    "needs_decision": "to decide",
}


def provenance_words(provenance: str, language: str) -> str:
    """How a scheme's rating came about, in the language (reports.labels "provenance_…");
    an unknown code in the English words, else as it is."""
    from jointaudit.reports.labels import has_label, label

    key = f"provenance_{provenance}"
    return label(key, language) if has_label(key) else PROVENANCE_WORDS.get(provenance,
                                                                            provenance)


@dataclass(frozen=True)
class TemplateView:
    id: int
    uid: str
    name: str
    version_ids: tuple[str, ...]
    content_hash: str
    items: int
    reduction: str  # in English, for the command line
    assessable: int = 0  # ``reduction`` as numbers: assessable requirements …
    joint_items: int = 0  # … merged into this many joint items


@dataclass(frozen=True)
class ItemFilter:
    text: str = ""
    topic: str | None = None
    version_id: str | None = None  # only items asking this scheme
    only_gaps: bool = False
    only_open: bool = False  # needs a rating, a per-scheme decision or re-rating


@dataclass(frozen=True)
class ItemRow:
    key: str
    position: int
    kind: str
    title: str
    topics: tuple[str, ...]
    clauses: dict[str, tuple[str, ...]]  # version id → clause ids (own item, then cores)
    severity: str | None
    observation: str
    confidential: bool
    revision: int
    needs_rerating: bool
    needs_decision: bool
    overridden: bool
    scheme_words: dict[str, str] = field(default_factory=dict)
    evidence: int = 0
    to_rate: tuple[str, ...] = ()  # add-on or shared-core items its ratings still wait for
    provenance: dict[str, str] = field(default_factory=dict)  # version id → where it came from
    topic_names: tuple[str, ...] = ()  # ``topics`` in words, in the language asked


@dataclass(frozen=True)
class LinkView:
    id: int | None
    source_requirement_id: int
    target_requirement_id: int
    source: str  # "version clause"
    target: str
    relationship: str
    status: str
    origin: str
    strength: int
    rationale: str
    shared_core: str = ""
    source_addon: str = ""
    target_addon: str = ""


@dataclass(frozen=True)
class EvidenceView:
    uid: str
    filename: str
    media_type: str
    size: int
    sha256: str
    effective_from: date | None
    expires_on: date | None


def _template_view(session, t: JointTemplate) -> TemplateView:
    from jointaudit.store.models import JointItem

    n = len(session.exec(select(JointItem.id).where(JointItem.template_id == t.id)).all())
    plan = load_plan(session, list(t.version_ids))
    return TemplateView(saved_id(t), t.uid, t.name, tuple(t.version_ids), t.content_hash, n,
                        plan.reduction, plan.assessable, len(plan.items))


def templates(ws) -> list[TemplateView]:
    with ws.session() as s:
        return [_template_view(s, t) for t in s.exec(select(JointTemplate))]


def create_template(ws, name: str, version_ids: list[str]) -> TemplateView:
    with ws.session() as s:
        return _template_view(s, build_template(s, name, version_ids))


def remerge_template(ws, template_id: int) -> dict[str, list[str]]:
    with ws.session() as s:
        t = s.get(JointTemplate, template_id)
        if t is None:
            raise NotFound(f"no joint template with id {template_id}")
        r = findings.remerge_and_flag(s, t)
        return {"added": r.added, "removed": r.removed, "changed": r.changed,
                "findings_flagged": r.findings_flagged}


def _readable_pack(session, version_id: str):
    """A version's pack for its words, or None where the stored pack is not a whole one (a
    version written by hand or by an older release): its topics then show by their ids."""
    from pydantic import ValidationError

    from jointaudit.library.packs.loader import load_pack

    try:
        return load_pack(session, version_id)
    except (NotFound, ValidationError):
        return None


def items(ws, visit_id: int, flt: ItemFilter = ItemFilter(), language: str = "en") -> list[ItemRow]:
    """The visit's joint checklist, every scheme's clause ids and ratings, filtered."""
    from jointaudit.reports.titles import (
        crosswalk_words,
        merged_titles,
        topic_titles,
        workspace_titles,
    )

    with ws.session() as s:
        ratings = findings.scheme_ratings(s, visit_id, language=language)
        found = {f.item_key: f for f in s.exec(select(Finding).where(Finding.visit_id == visit_id))}
        counts: dict[int, int] = {}
        for e in s.exec(select(Evidence).where(Evidence.visit_id == visit_id)):
            counts[e.finding_id] = counts.get(e.finding_id, 0) + 1
        packs = [p for v in ratings.checklist.version_ids if (p := _readable_pack(s, v))]
        titles = {p.version_key: workspace_titles(s, p) for p in packs} if language != "en" else {}
        link_words = crosswalk_words(s) if language != "en" else {}
    # the list shows titles and topics in the language asked, as the item panel and reports do
    english = {t.id: t.title for p in packs for t in p.topics}
    topic_name = {t: (topic_titles(packs, t).get(language) if language != "en" else None)
                  or english.get(t, t) for it in ratings.checklist.items for t in it.topics}
    out = []
    text = flt.text.lower()
    for it in ratings.checklist.items:
        clauses: dict[str, list[str]] = {}
        for src in it.sources:
            clauses.setdefault(src.version_id, []).append(src.clause_id)
        # A shared core shows the ratings of the clauses it feeds, and what they still wait for.
        mine = [c for c in ratings.for_item(it.key)
                if c.item_key == it.key or it.kind == "core"]
        f = found.get(it.key)
        words: dict[str, str] = {}
        how: dict[str, str] = {}
        for c in mine:
            why = PROVENANCE_WORDS.get(c.provenance, c.provenance) if language == "en" \
                else provenance_words(c.provenance, language)
            words[c.version_id] = f"{words[c.version_id]}; {c.words}" if c.version_id in words \
                else c.words
            how[c.version_id] = f"{how[c.version_id]}; {why}" if c.version_id in how else why
        row = ItemRow(
            it.key, it.position, it.kind, it.title, tuple(it.topics),
            {v: tuple(cs) for v, cs in clauses.items()},
            f.severity if f else None, f.observation if f else "",
            bool(f and f.confidential), f.revision if f else 0,
            bool(f and f.needs_rerating), any(c.needs_decision for c in mine),
            any(c.overridden for c in mine), words, counts.get(f.id, 0) if f else 0,
            tuple(dict.fromkeys(k for c in mine for k in c.to_rate if k != it.key)), how,
            tuple(topic_name[t] for t in it.topics))
        if language != "en":
            title = merged_titles(it.sources, titles, it.title, link_words).get(language)
            if title:
                row = replace(row, title=title)
        if text and text not in row.title.lower() and not any(
                text in c.lower() for cs in row.clauses.values() for c in cs):
            continue
        if flt.topic and flt.topic not in row.topics:
            continue
        if flt.version_id and flt.version_id not in row.clauses:
            continue
        if flt.only_gaps and not (row.severity and is_gap(row.severity)):
            continue
        if flt.only_open and not (row.severity in (None, "not_assessed") or row.needs_decision
                                  or row.needs_rerating):
            continue
        out.append(row)
    return out


def clause_ratings(ws, visit_id: int, item_key: str, language: str = "en"):
    with ws.session() as s:
        return findings.finding_ratings(s, visit_id, item_key, language=language)


@dataclass(frozen=True)
class ItemWords:
    """A checklist item's title and requirement text in one language: an imported overlay's,
    else the pack's (its ``titles`` or its title file), else the pack's own."""

    title: str
    text: str = ""
    source: str = ""  # the overlay file the text came from; "" for the pack's words


def item_words(ws, visit_id: int, item_key: str, language: str = "en") -> ItemWords:
    from jointaudit.checklist.visit import visit_checklist
    from jointaudit.library.packs.loader import load_pack
    from jointaudit.library.packs.overlay import overlay_words
    from jointaudit.reports.titles import crosswalk_words, merged_titles, workspace_titles

    with ws.session() as s:
        checklist = visit_checklist(s, visit_id)
        item = checklist.item(item_key)
        versions = {src.version_id for src in item.sources}
        titles = {v: workspace_titles(s, load_pack(s, v))
                  for v in {*versions, *checklist.version_ids}}
        link_words = crosswalk_words(s)
        words = {v: overlay_words(s, v) for v in versions}
        reqs = {(r.version_id, r.clause_id): r for r in s.exec(select(Requirement).where(
            col(Requirement.id).in_([src.requirement_id for src in item.sources])))}
    # a shared core or add-on the merge titled is worded by its crosswalk link's words
    title = merged_titles(item.sources, titles, item.title, link_words).get(language) \
        or item.title
    for src in item.sources:
        w = words[src.version_id].get(src.clause_id)
        if w is not None and w.texts.get(language):
            return ItemWords(title, w.texts[language], w.sources.get(language, ""))
    for src in item.sources:
        req = reqs.get((src.version_id, src.clause_id))
        if req is not None and req.text:
            return ItemWords(title, req.text,
                             "" if req.text_source in ("", "pack") else req.text_source)
    return ItemWords(title)


def rate(ws, visit_id: int, item_key: str, severity: str, *, observation: str | None = None,
         confidential: bool | None = None, author: str = "", base_revision: int | None = None
         ) -> int:
    """Returns the finding's new revision (the UI keeps it as the next base revision)."""
    with ws.session() as s:
        return findings.rate(s, visit_id, item_key, severity, observation=observation,
                             confidential=confidential, author=author,
                             base_revision=base_revision).revision


def annotate(ws, visit_id: int, item_key: str, *, observation: str | None = None,
             confidential: bool | None = None, author: str = "",
             base_revision: int | None = None) -> int:
    """Observation or confidential mark only: the rating, and any request to re-rate, stay.
    With ``base_revision`` (the revision the user saw) a finding saved since by someone else
    is refused with :class:`~jointaudit.fieldwork.findings.StaleEdit`."""
    with ws.session() as s:
        return findings.annotate(s, visit_id, item_key, observation=observation,
                                 confidential=confidential, author=author,
                                 base_revision=base_revision).revision


# --- after a refused (stale) save: keep mine / keep theirs / keep both -------------------------

KEEP_CHOICES = ("mine", "theirs", "both")


@dataclass(frozen=True)
class ItemSide:
    """One side of a refused save: the fields a person edits on an item."""

    revision: int
    severity: str
    observation: str
    confidential: bool
    author: str = ""


@dataclass(frozen=True)
class RefusedEdit:
    """What a refused save of an item's finding collided with: who saved since, when, which
    fields, their version and mine side by side."""

    visit_id: int
    item_key: str
    base_revision: int
    by: str
    at: str
    fields: tuple[str, ...]
    theirs: ItemSide
    mine: ItemSide


def _side(f: Finding | None) -> ItemSide:
    if f is None:
        return ItemSide(0, "not_assessed", "", False)
    return ItemSide(f.revision, f.severity, f.observation, f.confidential, f.author)


def refused_edit(ws, refusal: findings.StaleEdit, *, severity: str, observation: str,
                 confidential: bool) -> RefusedEdit:
    """The refused edit (``mine``: what the user wanted saved) beside what is saved now."""
    visit_id, key = refusal.visit_id, refusal.item_key
    if visit_id is None or refusal.base_revision is None:
        raise InvalidInput("this refusal names no item and revision to compare with")
    with ws.session() as s:
        theirs = _side(findings.finding_for(s, visit_id, key))
    return RefusedEdit(visit_id, key, refusal.base_revision, refusal.by, refusal.at,
                       refusal.fields, theirs,
                       ItemSide(refusal.base_revision, severity, observation, confidential))


def keep_after_refusal(ws, refused: RefusedEdit, choice: str, *, author: str = "") -> int:
    """Settle a refused save the way bundle merges settle a conflict
    (:mod:`jointaudit.exchange.three_way`, against the revision the user started from):
    ``mine`` saves mine on top of theirs (a field only they changed keeps theirs), ``both``
    keeps mine and appends theirs as a note (the merge's "keep both"), ``theirs`` saves
    nothing. The save names the choice in the audit trail (actor "… (kept mine after a
    refused save over revision N by …)") and in the finding's history, and is itself
    refused if the finding moved on again meanwhile. Returns the finding's revision."""
    from jointaudit.exchange.three_way import FindingState, resolve, three_way
    from jointaudit.store.audit_trail import acting_as, current_actor

    if choice not in KEEP_CHOICES:
        raise InvalidInput(f"choice {choice!r} is not one of {', '.join(KEEP_CHOICES)}")
    if choice == "theirs":
        return refused.theirs.revision
    with ws.session() as s:
        f = findings.finding_for(s, refused.visit_id, refused.item_key)
        overrides = dict(f.scheme_overrides) if f is not None else {}
        base = None
        if f is not None:
            old = next((h for h in findings.revisions(s, saved_id(f))
                        if h.revision == refused.base_revision), None)
            if old is not None:
                base = FindingState(old.revision, old.severity, old.observation,
                                    old.confidential, overrides, old.author)
        if base is None and refused.base_revision == 0:  # the user saw it not yet rated
            base = FindingState(0, "not_assessed", "", False, overrides)
    t, m = refused.theirs, refused.mine
    theirs = FindingState(t.revision, t.severity, t.observation, t.confidential, overrides,
                          t.author or refused.by)
    mine = FindingState(m.revision, m.severity, m.observation, m.confidential, overrides)
    key = f"{refused.visit_id}/{refused.item_key}"
    values = resolve(three_way(key, refused.item_key, base, mine, theirs), choice)
    words = {"mine": "kept mine", "both": "kept both"}[choice]
    who = f" by {refused.by}" if refused.by else ""
    why = f"{words} after a refused save, over revision {t.revision}{who}"
    with acting_as(f"{current_actor()} ({why})"), ws.session() as s:
        if values["severity"] != t.severity:
            saved = findings.rate(s, refused.visit_id, refused.item_key, values["severity"],
                                  observation=values["observation"],
                                  confidential=values["confidential"], author=author,
                                  base_revision=t.revision, reason=why)
        else:
            saved = findings.annotate(s, refused.visit_id, refused.item_key,
                                      observation=values["observation"],
                                      confidential=values["confidential"], author=author,
                                      base_revision=t.revision, reason=why)
        return saved.revision


def rate_level(ws, visit_id: int, item_key: str, version_id: str, clause_id: str | None,
               level_id: str, *, how: str = "on_site", by: str = "", reason: str = "",
               observation: str | None = None, confidential: bool | None = None) -> int:
    """Record one scheme's own level for a clause of the item; returns the new revision."""
    with ws.session() as s:
        return findings.rate_level(s, visit_id, item_key, version_id, clause_id, level_id,
                                   how=how, by=by, reason=reason, observation=observation,
                                   confidential=confidential).revision


def override(ws, visit_id: int, item_key: str, version_id: str, level_id: str | None, *,
             clause_id: str | None = None, author: str = "", reason: str = "") -> int:
    with ws.session() as s:
        return findings.set_override(s, visit_id, item_key, version_id, level_id,
                                     clause_id=clause_id, author=author,
                                     reason=reason).revision


def rating_history(ws, visit_id: int, item_key: str) -> list[tuple[int, str, str, str]]:
    """(revision, severity, reason, changed at) of every earlier state."""
    with ws.session() as s:
        f = findings.finding_for(s, visit_id, item_key)
        return [] if f is None else [(h.revision, h.severity, h.reason, h.changed_at.isoformat())
                                     for h in findings.revisions(s, saved_id(f))]


def remove_evidence(ws, uid: str) -> None:
    """Take a wrongly attached file off its item; the audit trail keeps that it was there."""
    with ws.session() as s:
        row = s.exec(select(Evidence).where(Evidence.uid == uid)).first()
        if row is None:
            raise NotFound(f"no evidence file {uid}")
        s.delete(row)


def attach_evidence(ws, visit_id: int, item_key: str, filename: str, data: bytes, *,
                    media_type: str = "application/octet-stream",
                    effective_from: date | None = None, expires_on: date | None = None
                    ) -> EvidenceView:
    if len(data) > EVIDENCE_MAX_BYTES:
        raise InvalidInput(f"{filename}: {len(data) / 2**20:.1f} MiB is more than the"
                           f" {EVIDENCE_MAX_BYTES // 2**20} MiB an evidence file may have;"
                           " attach a smaller file or a reference to where it is kept")
    if effective_from and expires_on and expires_on < effective_from:
        raise InvalidInput(f"{filename}: expires on {expires_on}, before it takes effect on"
                           f" {effective_from}")
    with ws.session() as s:
        f = findings.ensure_finding(s, visit_id, item_key)
        e = Evidence(visit_id=visit_id, finding_id=f.id, filename=filename,
                     media_type=media_type, sha256=hashlib.sha256(data).hexdigest(),
                     size=len(data), data=data, effective_from=effective_from,
                     expires_on=expires_on)
        s.add(e)
        s.flush()
        return EvidenceView(e.uid, e.filename, e.media_type, e.size, e.sha256,
                            e.effective_from, e.expires_on)


def evidence(ws, visit_id: int, item_key: str) -> list[EvidenceView]:
    with ws.session() as s:
        f = findings.finding_for(s, visit_id, item_key)
        if f is None:
            return []
        return [EvidenceView(e.uid, e.filename, e.media_type, e.size, e.sha256,
                             e.effective_from, e.expires_on)
                for e in s.exec(select(Evidence).where(Evidence.finding_id == f.id))]


def evidence_bytes(ws, uid: str) -> bytes:
    with ws.session() as s:
        e = s.exec(select(Evidence).where(Evidence.uid == uid)).first()
        if e is None:
            raise NotFound(f"no evidence file {uid}")
        return e.data


def raise_actions(ws, visit_id: int) -> int:
    with ws.session() as s:
        return len(corrective_actions.raise_actions(s, visit_id))


def actions(ws, visit_id: int) -> list[dict]:
    with ws.session() as s:
        rows = s.exec(select(CorrectiveAction, Finding)
                      .join(Finding, col(Finding.id) == col(CorrectiveAction.finding_id))
                      .where(Finding.visit_id == visit_id))
        return [{"id": ca.id, "uid": ca.uid, "item_key": f.item_key,
                 "version_id": ca.scheme_version_id, "status": ca.status,
                 "plan_due": ca.plan_due, "close_due": ca.close_due,
                 "escalated_to": ca.escalated_to, "description": ca.description,
                 "owner": ca.owner, "priority": ca.priority}
                for ca, f in rows]


def edit_actions(ws, action_ids: list[int], *, description: str | None = None,
                 owner: str | None = None, priority: str | None = None) -> None:
    """Say what the site will do, who does it and how urgent, for one or several actions
    (one finding's actions, one per scheme, usually share them), in one transaction: a bad
    priority changes none."""
    with ws.session() as s:
        for action_id in action_ids:
            corrective_actions.edit(s, action_id, description=description, owner=owner,
                                    priority=priority)


def action_owners(ws, visit_id: int) -> list[str]:
    """The owners already named on this site's actions, for picking again (site people)."""
    with ws.session() as s:
        visit = s.get(Visit, visit_id)
        if visit is None:
            raise NotFound(f"no visit with id {visit_id}")
        names = s.exec(select(CorrectiveAction.owner)
                       .join(Finding, col(Finding.id) == col(CorrectiveAction.finding_id))
                       .join(Visit, col(Visit.id) == col(Finding.visit_id))
                       .where(Visit.site_id == visit.site_id, CorrectiveAction.owner != "")
                       .distinct()).all()
        return sorted(names, key=str.casefold)


def advance_action(ws, action_id: int, status: str) -> str:
    with ws.session() as s:
        return corrective_actions.advance(s, action_id, status).status


# --- crosswalk editing (each returns what it replaced, for undo) -----------------------------

def _link_view(s, lk: CrosswalkLink) -> LinkView:
    a, b = s.get(Requirement, lk.source_requirement_id), s.get(Requirement, lk.target_requirement_id)
    return LinkView(lk.id, lk.source_requirement_id, lk.target_requirement_id,
                    f"{a.version_id} {a.clause_id}", f"{b.version_id} {b.clause_id}",
                    lk.relationship, lk.status, lk.origin, lk.strength, lk.rationale,
                    lk.shared_core, lk.source_addon, lk.target_addon)


def links(ws, source_vid: str, target_vid: str) -> list[LinkView]:
    with ws.session() as s:
        ids = {r.id for r in s.exec(select(Requirement).where(
            col(Requirement.version_id).in_([source_vid, target_vid])))}
        return [_link_view(s, lk) for lk in s.exec(select(CrosswalkLink))
                if lk.source_requirement_id in ids and lk.target_requirement_id in ids]


def set_link(ws, view: LinkView) -> LinkView | None:
    """Create or update the link of this pair; returns the previous state (None if new)."""
    try:
        Relationship(view.relationship)
        LinkStatus(view.status)
    except ValueError as exc:
        raise InvalidInput(str(exc)) from None
    if not 0 <= view.strength <= 10:
        raise InvalidInput(f"strength {view.strength} is outside 0–10")
    if view.relationship == Relationship.INTERSECTS and not view.shared_core:
        raise InvalidInput("an intersects link needs the wording of the shared part")
    with ws.session() as s:
        for rid in (view.source_requirement_id, view.target_requirement_id):
            if s.get(Requirement, rid) is None:
                raise NotFound(f"no requirement with id {rid}")
        lk = s.exec(select(CrosswalkLink).where(
            CrosswalkLink.source_requirement_id == view.source_requirement_id,
            CrosswalkLink.target_requirement_id == view.target_requirement_id)).first()
        before = _link_view(s, lk) if lk else None
        lk = lk or CrosswalkLink(source_requirement_id=view.source_requirement_id,
                                 target_requirement_id=view.target_requirement_id,
                                 relationship=view.relationship)
        for name in ("relationship", "status", "origin", "strength", "rationale", "shared_core",
                     "source_addon", "target_addon"):
            setattr(lk, name, getattr(view, name))
        lk.updated_at = utcnow()
        s.add(lk)
        return before


def delete_link(ws, link_id: int) -> LinkView:
    """Returns the deleted link; undo is ``set_link`` with it."""
    with ws.session() as s:
        lk = s.get(CrosswalkLink, link_id)
        if lk is None:
            raise NotFound(f"no crosswalk link with id {link_id}")
        view = _link_view(s, lk)
        s.delete(lk)
        return view


def suggestions(ws, source_vid: str, target_vid: str, k: int = 5) -> list[Suggestion]:
    with ws.session() as s:
        return suggest(s, source_vid, target_vid, k)


@dataclass(frozen=True)
class LinkableRequirement:
    id: int
    clause_id: str
    title: str
    topics: tuple[str, ...]
    assessable: bool
    linked: int  # links of any status touching it


def requirements(ws, version_id: str) -> list[LinkableRequirement]:
    """A version's clauses for the crosswalk editor, with how many links each has."""
    with ws.session() as s:
        rows = list(s.exec(select(Requirement).where(Requirement.version_id == version_id)
                           .order_by(col(Requirement.position))))
        ids = [r.id for r in rows]
        counts: dict[int, int] = {}
        for lk in s.exec(select(CrosswalkLink).where(
                col(CrosswalkLink.source_requirement_id).in_(ids)
                | col(CrosswalkLink.target_requirement_id).in_(ids))):
            for rid in (lk.source_requirement_id, lk.target_requirement_id):
                counts[rid] = counts.get(rid, 0) + 1
        return [LinkableRequirement(r.id, r.clause_id, r.title, tuple(r.topics), r.assessable,
                               counts.get(r.id, 0)) for r in rows]


def coverage(ws, version_ids: list[str]):
    from jointaudit.checklist.coverage import coverage_map

    with ws.session() as s:
        return coverage_map(s, version_ids)


def obligations(ws, site_name: str, on: date | None = None):
    from jointaudit.checklist.obligations import register

    with ws.session() as s:
        return register(s, site_name, on)
