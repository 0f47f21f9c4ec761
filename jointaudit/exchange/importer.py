"""Importing a verified bundle into a workspace.

Two steps, so a person can decide before anything is written: :func:`preview_import`
verifies the bundle completely and works out, without writing, what would change and which
findings conflict; :func:`apply_import` then backs the workspace file up and applies
everything in one transaction, with a choice (mine / theirs / both) for every conflict.
Without a choice for every conflict nothing is written: a finding is never silently
overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel
from sqlmodel import Session, select

from jointaudit.common.errors import JointAuditError, Problem
from jointaudit.exchange.bundles import MANIFEST, Bundle, BundleRejected, read_bundle
from jointaudit.exchange.content import (
    FindingDoc,
    FindingsDoc,
    PlanDoc,
    TemplateDoc,
    parse_content,
)
from jointaudit.exchange.three_way import (
    CHOICES,
    FindingConflict,
    FindingState,
    MergeOutcome,
    common_base,
    resolve,
    three_way,
)
from jointaudit.store.audit_trail import acting_as, current_actor
from jointaudit.store.db import Workspace, backup_file
from jointaudit.store.models import (
    CorrectiveAction,
    CrosswalkLink,
    Evidence,
    Finding,
    FindingHistory,
    JointItem,
    JointItemSource,
    JointPlan,
    JointTemplate,
    Requirement,
    SchemeVersion,
    Site,
    TemplateApproval,
    TrustedKey,
    Visit,
    saved_id,
)
from jointaudit.store.models._base import new_uid
from jointaudit.trust.signing import canonical_bytes, content_hash, diff_content


class UnresolvedConflicts(JointAuditError):
    code = "bundle.unresolved-conflicts"


@dataclass
class ImportReport:
    """What an import did (or, for a preview, would do)."""

    bundle: Path
    sender: str = "unsigned"
    sender_fingerprint: str = ""
    sender_trusted: bool = False
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)
    conflicts: list[FindingConflict] = field(default_factory=list)
    offered_keys: list[str] = field(default_factory=list)  # not trusted here yet
    backup: Path | None = None


def _aware(moment: datetime) -> datetime:
    """A stored moment as UTC (SQLite hands back naive datetimes written in UTC)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _plain_levels(overrides) -> dict:
    """Scheme levels as the store keeps them, whether read from a row or from a bundle."""
    return {key: value.model_dump() if isinstance(value, BaseModel) else value
            for key, value in (overrides or {}).items()}


def _state(obj) -> FindingState:
    return FindingState(obj.revision, obj.severity, obj.observation,
                        getattr(obj, "confidential", False), _plain_levels(obj.scheme_overrides),
                        obj.author)


def _mine_states(session: Session, finding: Finding) -> list[FindingState]:
    rows = session.exec(select(FindingHistory).where(FindingHistory.finding_id == finding.id))
    return [_state(finding)] + [_state(h) for h in rows]


def _ident(state: FindingState) -> tuple[int, bytes]:
    return state.revision, canonical_bytes(state.values())


def _theirs_states(doc: FindingDoc) -> list[FindingState]:
    return [_state(doc)] + [_state(h) for h in doc.history]


def _problem(bundle: Bundle, code: str, message: str, where: str) -> BundleRejected:
    return BundleRejected(f"{bundle.path}: bundle refused: {message}", code=f"bundle.{code}",
                          problems=[Problem(f"bundle.{code}", message, str(bundle.path), None,
                                            where)])


class _Importer:
    def __init__(self, session: Session, bundle: Bundle, write: bool):
        self.s, self.bundle, self.write = session, bundle, write
        self.docs = parse_content(bundle)
        self.report = ImportReport(bundle.path)
        self.outcomes: dict[str, tuple[MergeOutcome, Finding, FindingDoc]] = {}
        self.template_ids: dict[str, int | None] = {}
        self.visit_ids: dict[str, int | None] = {}
        self.evidence_uids: set[str] = set()

    # -- template ------------------------------------------------------------------------
    def template(self, doc: TemplateDoc) -> None:
        if content_hash(doc.content) != doc.content_hash:
            raise _problem(self.bundle, "invalid-content", "the template's content does not "
                           "match its content hash", "template.json: content_hash")
        missing = [v for v in doc.version_ids if self.s.get(SchemeVersion, v) is None]
        if missing:
            raise _problem(self.bundle, "missing-pack", "the template needs scheme version(s) "
                           f"{', '.join(missing)}; import their packs first",
                           "template.json: version_ids")
        mine = self.s.exec(select(JointTemplate).where(JointTemplate.uid == doc.uid)).first()
        if mine is None:
            self.report.created.append(f"template {doc.name!r}")
            if self.write:
                mine = JointTemplate(uid=doc.uid, name=doc.name, version_ids=doc.version_ids,
                                     merge_options=doc.merge_options)
                self.s.add(mine)
                self.s.flush()
                self._links(doc)
                self._items(saved_id(mine), doc)
        else:
            from jointaudit.trust.signing import canonical_content

            changes = diff_content(canonical_content(self.s, saved_id(mine)), doc.content)
            if changes:
                self.report.notes.append(f"template {doc.name!r} differs from yours; kept yours"
                                         f" ({len(changes)} difference(s): {changes[0]} …)")
        self.template_ids[doc.uid] = mine.id if mine is not None else None
        for a in doc.approvals:
            known = mine is not None and self.s.exec(
                select(TemplateApproval).where(TemplateApproval.template_id == mine.id)
                .where(TemplateApproval.signature == a.signature)
                .where(TemplateApproval.content_hash == a.content_hash)).first()
            if known:
                continue
            what = "request for changes" if a.status == "changes_requested" else "approval"
            self.report.created.append(f"{what} for {a.scheme_id} by {a.signer_name}")
            if self.write and mine is not None:  # (written: the template is stored)
                self.s.add(TemplateApproval(template_id=saved_id(mine), **a.model_dump()))

    def _req(self, version_id: str, clause_id: str) -> Requirement | None:
        return self.s.exec(select(Requirement).where(Requirement.version_id == version_id)
                           .where(Requirement.clause_id == clause_id)).first()

    def _links(self, doc: TemplateDoc) -> None:
        for link in doc.content.get("links", []):
            src, tgt = self._req(*link["source"]), self._req(*link["target"])
            if src is None or tgt is None:
                self.report.notes.append("link {} {} → {} {} names a clause this workspace "
                                         "lacks; skipped".format(*link["source"], *link["target"]))
                continue
            row = self.s.exec(select(CrosswalkLink)
                              .where(CrosswalkLink.source_requirement_id == src.id)
                              .where(CrosswalkLink.target_requirement_id == tgt.id)).first()
            if row is None:
                row = CrosswalkLink(source_requirement_id=saved_id(src),
                                    target_requirement_id=saved_id(tgt),
                                    relationship=link["relationship"], origin="curated",
                                    crosswalk_file=f"bundle {self.bundle.path.name}")
            elif row.status == "accepted":
                continue  # mine decides; a difference shows on the template's approval
            for name in ("relationship", "shared_core", "source_addon", "target_addon",
                         "rationale"):
                setattr(row, name, link[name])
            row.status = "accepted"
            self.s.add(row)

    def _items(self, template_id: int, doc: TemplateDoc) -> None:
        for item in doc.items:
            row = JointItem(template_id=template_id,
                            **item.model_dump(exclude={"sources"}))
            self.s.add(row)
            self.s.flush()
            for src in item.sources:
                req = self._req(src.version_id, src.clause_id)
                if req is not None:
                    self.s.add(JointItemSource(item_id=saved_id(row), requirement_id=saved_id(req),
                                               role=src.role, propagation=src.propagation))

    # -- plan and visits -----------------------------------------------------------------
    def plan(self, doc: PlanDoc) -> None:
        plan = self.s.exec(select(JointPlan).where(JointPlan.uid == doc.uid)).first()
        if plan is None:
            self.report.created.append(f"plan {doc.name!r}")
            if self.write:
                site = None
                if doc.site is not None:
                    site = self.s.exec(select(Site).where(Site.name == doc.site.name)).first()
                    if site is None:
                        site = Site(**doc.site.model_dump())
                        self.s.add(site)
                        self.s.flush()
                plan = JointPlan(uid=doc.uid, name=doc.name, site_id=site.id if site else None,
                                 template_id=self.template_ids.get(doc.template_uid or ""),
                                 horizon_start=doc.horizon_start,
                                 horizon_years=doc.horizon_years, options=doc.options,
                                 status=doc.status)
                self.s.add(plan)
                self.s.flush()
        for v in doc.visits:
            visit = self.s.exec(select(Visit).where(Visit.uid == v.uid)).first()
            if visit is None:
                self.report.created.append(f"visit {v.start}–{v.end}")
                if self.write and plan is not None:  # (written: the plan is stored)
                    if plan.site_id is None:
                        raise _problem(self.bundle, "invalid-content", "a visit needs the "
                                       "plan's site", "plan.json: site")
                    visit = Visit(plan_id=saved_id(plan), site_id=plan.site_id,
                                  **v.model_dump())
                    self.s.add(visit)
                    self.s.flush()
            self.visit_ids[v.uid] = visit.id if visit is not None else None

    # -- findings ------------------------------------------------------------------------
    def findings(self, doc: FindingsDoc) -> None:
        for n, theirs in enumerate(doc.findings):
            if theirs.visit_uid not in self.visit_ids:
                visit = self.s.exec(select(Visit).where(Visit.uid == theirs.visit_uid)).first()
                if visit is None:
                    raise _problem(self.bundle, "unknown-visit", f"finding {theirs.uid} is on "
                                   "a visit that is neither in the bundle nor in this "
                                   "workspace", f"findings.json: findings.{n}.visit_uid")
                self.visit_ids[theirs.visit_uid] = visit.id
            visit_id = self.visit_ids[theirs.visit_uid]
            mine = None if visit_id is None else self.s.exec(
                select(Finding).where(Finding.visit_id == visit_id)
                .where(Finding.item_key == theirs.item_key)).first()
            if mine is None:
                self.report.created.append(f"finding on {self._label(theirs.item_key)}")
                if self.write and visit_id is not None:  # (written: the visit is stored)
                    self._create_finding(visit_id, theirs)
                continue
            key = f"{theirs.visit_uid}/{theirs.item_key}"
            base = common_base(_mine_states(self.s, mine), _theirs_states(theirs))
            outcome = three_way(key, theirs.item_key, base, _state(mine), _state(theirs))
            self.outcomes[key] = (outcome, mine, theirs)
            if outcome.kind == "unchanged":
                self.report.unchanged += 1
            elif outcome.kind == "conflict":
                if outcome.conflict is not None:  # a conflict outcome always names it
                    self.report.conflicts.append(outcome.conflict)
            else:
                self.report.updated.append(
                    f"finding on {self._label(theirs.item_key)} ({outcome.kind})")
            self._evidence(mine, theirs)
            self._actions(mine, theirs)

    def _label(self, item_key: str) -> str:
        """How a person recognises the item: its title, then its key."""
        doc = self.docs.get("template.json")
        titles = {i.item_key: i.title for i in doc.items} if isinstance(doc, TemplateDoc) else {}
        title = titles.get(item_key) or self.s.exec(
            select(JointItem.title).where(JointItem.item_key == item_key)).first()
        return f"{item_key} {title!r}" if title else item_key

    def _create_finding(self, visit_id: int, doc: FindingDoc) -> None:
        row = Finding(visit_id=visit_id, joint_item_id=self._item_id(visit_id, doc.item_key),
                      **doc.model_dump(exclude={"history", "evidence", "visit_uid"}))
        self.s.add(row)
        self.s.flush()
        for h in doc.history:
            self.s.add(FindingHistory(finding_id=saved_id(row), **h.model_dump()))
        self._evidence(row, doc)
        self._actions(row, doc)

    def _item_id(self, visit_id: int, item_key: str) -> int | None:
        visit = self.s.get(Visit, visit_id)
        plan = self.s.get(JointPlan, visit.plan_id) if visit else None
        if plan is None:
            return None
        item = self.s.exec(select(JointItem).where(JointItem.template_id == plan.template_id)
                           .where(JointItem.item_key == item_key)).first()
        return item.id if item else None

    def _evidence(self, finding: Finding, doc: FindingDoc) -> None:
        """Evidence theirs has and mine lacks is added, even when the rating is unchanged."""
        label = self._label(doc.item_key)
        for ev in doc.evidence:
            known = finding.id is not None and self.s.exec(
                select(Evidence).where(Evidence.finding_id == finding.id)
                .where(Evidence.sha256 == ev.sha256)).first()
            if known:
                continue
            values = ev.model_dump()
            clash = self.s.exec(select(Evidence).where(Evidence.uid == ev.uid)).first()
            if clash is not None or ev.uid in self.evidence_uids:
                # Another file already carries this uid: keep both, the new one renamed.
                values["uid"] = new_uid()
                self.report.notes.append(
                    f"evidence {ev.filename!r} on {label} has the uid of another evidence file "
                    f"({ev.uid}); imported under a new uid {values['uid']}")
            self.evidence_uids.add(values["uid"])
            self.report.created.append(f"evidence {ev.filename!r} on {label}")
            if self.write:
                self.s.add(Evidence(visit_id=finding.visit_id, finding_id=finding.id,
                                    data=self.bundle.members[f"evidence/{ev.sha256}"],
                                    **values))

    def _actions(self, finding: Finding, doc: FindingDoc) -> None:
        """Corrective actions theirs has and mine lacks are added; one both sides have (the
        same uid, or the same scheme on the same finding) takes the side changed last — an
        action's owner, priority and status are one person's decision, not merged field by
        field. Bundles from before actions travelled carry none and change nothing."""
        label = self._label(doc.item_key)
        for theirs in doc.actions:
            scheme = theirs.scheme_version_id or "no scheme"
            if theirs.scheme_version_id and self.s.get(
                    SchemeVersion, theirs.scheme_version_id) is None:
                self.report.notes.append(
                    f"corrective action {theirs.uid} on {label} is for {scheme}, which this "
                    "workspace does not hold; not imported")
                continue
            mine = self.s.exec(select(CorrectiveAction)
                               .where(CorrectiveAction.uid == theirs.uid)).first()
            if mine is None and finding.id is not None:
                mine = self.s.exec(select(CorrectiveAction)
                                   .where(CorrectiveAction.finding_id == finding.id)
                                   .where(CorrectiveAction.scheme_version_id
                                          == theirs.scheme_version_id)).first()
            values = theirs.model_dump(exclude={"uid"})
            if values["escalated_to"] is not None:
                values["escalated_to"] = str(getattr(values["escalated_to"], "value",
                                                     values["escalated_to"]))
            if mine is None:
                self.report.created.append(f"corrective action ({scheme}) on {label}")
                if self.write:
                    self.s.add(CorrectiveAction(finding_id=saved_id(finding), uid=theirs.uid,
                                                **values))
                continue
            differs = any(getattr(mine, k) != v for k, v in values.items() if k != "updated_at")
            if not differs or _aware(theirs.updated_at) <= _aware(mine.updated_at):
                continue
            self.report.updated.append(f"corrective action ({scheme}) on {label}")
            if self.write:
                for name, value in values.items():
                    setattr(mine, name, value)
                self.s.add(mine)

    def apply_outcomes(self, resolutions: dict[str, str]) -> None:
        missing = [c.key for c in self.report.conflicts if resolutions.get(c.key) not in CHOICES]
        if missing:
            raise UnresolvedConflicts(
                f"{len(missing)} finding(s) conflict; choose keep mine / keep theirs / keep "
                f"both for each: {', '.join(missing)}")
        for key, (outcome, mine, theirs) in self.outcomes.items():
            if outcome.kind == "unchanged":
                continue
            values = resolve(outcome, resolutions.get(key, "mine"))
            known = {_ident(s) for s in _mine_states(self.s, mine)}
            keep = [_state(mine)] + [_state(theirs)] + [_state(h) for h in theirs.history]
            reasons = ["before merging a bundle", f"imported from {theirs.author or 'bundle'}"]
            for n, state in enumerate(keep):
                ident = _ident(state)
                if n == 0 or ident not in known:  # every rating either side saw is kept
                    self.s.add(FindingHistory(finding_id=saved_id(mine), revision=state.revision,
                                              severity=state.severity,
                                              observation=state.observation,
                                              confidential=state.confidential,
                                              scheme_overrides=state.scheme_overrides,
                                              author=state.author,
                                              reason=reasons[min(n, 1)]))
                    known.add(ident)
            for name, value in values.items():
                setattr(mine, name, value)
            if outcome.kind == "fast_forward":
                mine.revision, mine.base_revision = theirs.revision, theirs.base_revision
            else:
                top = max(mine.revision, theirs.revision)
                mine.revision, mine.base_revision = top + 1, top
                mine.author = current_actor()
            self.s.add(mine)

    def run(self) -> None:
        template, plan = self.docs.get("template.json"), self.docs.get("plan.json")
        findings = self.docs.get("findings.json")
        if isinstance(template, TemplateDoc):
            self.template(template)
        if isinstance(plan, PlanDoc):
            self.plan(plan)
        if isinstance(findings, FindingsDoc):
            self.findings(findings)
        sender = self.bundle.sender
        if sender is not None:
            self.report.sender = f"{sender.name} ({sender.organisation})".replace(" ()", "")
            self.report.sender_fingerprint = sender.fingerprint
        trusted = {k.fingerprint for k in self.s.exec(select(TrustedKey))}
        self.report.sender_trusted = sender is not None and sender.fingerprint in trusted
        self.report.offered_keys = [f"{k.name} {k.fingerprint}" for k in self.bundle.keys
                                    if k.fingerprint not in trusted]


def preview_import(ws: Workspace, path: str | Path) -> ImportReport:
    """Verify a bundle and say what importing it would do; writes nothing."""
    bundle = read_bundle(path)
    with Session(ws.engine) as session:
        importer = _Importer(session, bundle, write=False)
        importer.run()
        session.rollback()
    return importer.report


def apply_import(ws: Workspace, path: str | Path, resolutions: dict[str, str] | None = None,
                 *, actor: str | None = None, accept_unsigned: bool = False) -> ImportReport:
    """Verify, back up the workspace, and import in one transaction.

    A bundle that is unsigned, or signed by a key this workspace does not trust, is refused
    unless ``accept_unsigned`` says a person looked at the sender and accepted it; what such a
    bundle brings is then attributed in the audit trail to "… via unverified bundle …"."""
    if ws.read_only:
        raise JointAuditError(f"{ws.path}: opened read-only; cannot import a bundle")
    bundle = read_bundle(path)
    preview = preview_import(ws, path)  # refuses bad content before the backup is taken
    missing = [c.key for c in preview.conflicts if (resolutions or {}).get(c.key) not in CHOICES]
    if missing:
        raise UnresolvedConflicts(
            f"{len(missing)} finding(s) conflict; choose keep mine / keep theirs / keep both "
            f"for each: {', '.join(missing)}")
    if not (preview.created or preview.updated or preview.conflicts):
        return preview  # nothing new: no backup, no write
    actor = actor or current_actor()
    if not preview.sender_trusted:
        who = (f"signed by {preview.sender} [{preview.sender_fingerprint}], a key this "
               "workspace does not trust" if preview.sender_fingerprint else "not signed")
        if not accept_unsigned:
            code = "untrusted-sender" if preview.sender_fingerprint else "unsigned"
            raise _problem(bundle, code, f"the bundle is {who}; import it only if you know "
                           "where it comes from, and accept it explicitly (--accept-unsigned)",
                           MANIFEST)
        actor = (f"{actor} via unverified bundle {bundle.path.name} "
                 f"({preview.sender_fingerprint or 'unsigned'})")
    # A server is backed up by its administrator (pg_dump); the import is one transaction.
    backup = backup_file(ws.path, "before-bundle-import") if isinstance(ws.path, Path) else None
    try:
        with acting_as(actor), ws.session() as session:
            importer = _Importer(session, bundle, write=True)
            importer.run()
            importer.apply_outcomes(resolutions or {})
    except BaseException:
        if backup is not None:  # nothing was written: a backup would only mislead
            backup.unlink(missing_ok=True)
        raise
    importer.report.backup = backup
    return importer.report
