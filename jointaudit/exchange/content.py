"""What a bundle's JSON members contain, as Pydantic models (validated on import), and how
they are gathered from a workspace for export.

Things are named by what travels between workspaces — uids for templates, plans, visits,
findings and evidence; (version id, clause id) for requirements; site names — never by row
ids, which differ on every machine.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)
from sqlmodel import Session, col, select

from jointaudit.common.errors import NotFound, Problem
from jointaudit.common.severity import Severity
from jointaudit.exchange.bundles import (
    JSON_MAX_DEPTH,
    Bundle,
    BundleRejected,
    json_depth_ok,
    write_bundle,
)
from jointaudit.fieldwork.action_states import OWNER_CHARS
from jointaudit.store import audit_trail
from jointaudit.store.models import (
    EVIDENCE_MAX_BYTES,
    CorrectiveAction,
    Evidence,
    Finding,
    FindingHistory,
    JointItem,
    JointItemSource,
    JointPlan,
    JointTemplate,
    Requirement,
    Site,
    TemplateApproval,
    Visit,
    saved_id,
)
from jointaudit.trust.keys import PublicKeyInfo, Signer
from jointaudit.trust.signing import canonical_content, content_hash

# Bounds of what a bundle may say. Generous for real work (a visit of a few weeks, a plan of
# up to 10 years, notes of a few pages), tight enough that no value can crash a report or the
# planner, and so that nothing is written before the whole bundle is known to be sound.
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_HORIZON_YEARS = 10  # as `plan --horizon`
MAX_VISIT_DAYS = 366
NAME_CHARS, TEXT_CHARS = 500, 100_000
MAX_LIST = 20_000
SITE_TYPES = ("mine", "cooperative", "refinery", "smelter", "trader", "manufacturer",
              "company")

Uid = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Name = Annotated[str, StringConstraints(max_length=NAME_CHARS)]
Text = Annotated[str, StringConstraints(max_length=TEXT_CHARS)]
Count = Annotated[int, Field(ge=0, le=1_000_000_000)]


def _year_in_range(value):
    if value is not None and not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"the year {value.year} is outside {MIN_YEAR}–{MAX_YEAR}")
    return value


Day = Annotated[date, AfterValidator(_year_in_range)]
Moment = Annotated[datetime, AfterValidator(_year_in_range)]


class _M(BaseModel):
    # Bundles are read with strict=True (a count is a JSON number, never "12"); the export
    # builds these from rows in Python, where strings stand for enum values.
    model_config = ConfigDict(extra="forbid")


class SourceDoc(_M):
    version_id: Name
    clause_id: Name
    role: Literal["member", "broader", "narrower", "core", "addon"] = "member"
    propagation: Literal["applies", "conforms_implied", "gap_implied", "own_rating"] = "applies"


class ItemDoc(_M):
    item_key: Name
    kind: Literal["single", "equal", "chain", "core", "addon"] = "single"
    title: Text
    topics: list[Name] = Field(default=[], max_length=200)
    position: Count = 0
    content_hash: Name = ""
    sources: list[SourceDoc] = Field(default=[], max_length=1000)


class ApprovalDoc(_M):
    scheme_id: Name
    content_hash: Sha256
    content_json: str = Field(default="{}", max_length=16 * 1024 * 1024)
    signer_name: Name = ""
    signer_fingerprint: Name = ""
    signature: Name = ""
    public_key: Name = ""
    signed_at: Moment
    status: Literal["approved", "submitted", "changes_requested", "withdrawn"] = "approved"
    trail_entries: Count = 0
    trail_head: Name = ""
    # a request for changes: the note and comments it signed (older bundles have none)
    review_json: str = Field(default="{}", max_length=4 * 1024 * 1024)


class LinkContent(_M):
    """A crosswalk link as the template's canonical content names it."""

    source: list[Name] = Field(min_length=2, max_length=2)
    target: list[Name] = Field(min_length=2, max_length=2)
    relationship: Literal["equal", "subset", "superset", "intersects", "not_related"]
    shared_core: Text = ""
    source_addon: Text = ""
    target_addon: Text = ""
    rationale: Text = ""


class VersionContent(_M):
    id: Name
    pack_sha256: Sha256 | None = None
    report_profile: dict | None = None


class TemplateContent(_M):
    """The canonical content (see jointaudit.trust.signing); items are checked as sources."""

    model_config = ConfigDict(extra="allow")
    format: Name
    versions: list[VersionContent] = Field(max_length=50)
    links: list[LinkContent] = Field(default=[], max_length=MAX_LIST)
    merge_options: dict = {}


class TemplateDoc(_M):
    uid: Uid
    name: Name
    version_ids: list[Name] = Field(max_length=50)
    merge_options: dict = {}
    content: dict
    content_hash: Sha256
    items: list[ItemDoc] = Field(default=[], max_length=MAX_LIST)
    approvals: list[ApprovalDoc] = Field(default=[], max_length=1000)

    @model_validator(mode="after")
    def _content_is_well_formed(self):
        TemplateContent.model_validate(self.content, strict=True)
        keys = [i.item_key for i in self.items]
        if len(set(keys)) != len(keys):
            raise ValueError("two joint items share one item_key")
        return self


class SiteDoc(_M):
    name: Annotated[str, StringConstraints(min_length=1, max_length=NAME_CHARS)]
    country: Annotated[str, StringConstraints(pattern=r"^([A-Z]{2})?$")] = ""
    region: Name = ""
    commodity: Name = "gold"
    site_type: Literal[SITE_TYPES] = "mine"  # type: ignore[valid-type]
    scale: Literal["", "asm", "lsm"] = ""
    size: Literal["small", "medium", "large"] = "medium"
    languages: list[Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]] = Field(
        default=[], max_length=20)
    applicability_tags: list[Name] = Field(default=[], max_length=200)


class VisitDoc(_M):
    uid: Uid
    start: Day
    end: Day
    status: Literal["planned", "confirmed", "in_progress", "done"] = "planned"
    person_days: float = Field(default=0.0, ge=0, le=10_000, allow_inf_nan=False)
    explanation: Text = ""

    @model_validator(mode="after")
    def _dates_in_order(self):
        if self.end < self.start:
            raise ValueError(f"the visit ends ({self.end}) before it starts ({self.start})")
        if (self.end - self.start).days >= MAX_VISIT_DAYS:
            raise ValueError(f"a visit lasts at most {MAX_VISIT_DAYS} days")
        return self


class PlanDoc(_M):
    uid: Uid
    name: Name
    template_uid: Uid | None = None
    site: SiteDoc | None = None
    horizon_start: Day
    horizon_years: int = Field(default=5, ge=1, le=MAX_HORIZON_YEARS)
    options: dict = {}
    status: Literal["draft", "confirmed"] = "draft"
    visits: list[VisitDoc] = Field(default=[], max_length=1000)

    @model_validator(mode="after")
    def _visits_are_distinct(self):
        uids = [v.uid for v in self.visits]
        if len(set(uids)) != len(uids):
            raise ValueError("two visits share one uid")
        if self.visits and self.site is None:
            raise ValueError("a plan with visits needs its site")
        return self


class SchemeLevelDoc(_M):
    """A scheme's own level for one clause, with how it was recorded (fieldwork.findings)."""
    level: Name
    how: Literal["on_site", "accepted", "override"] = "on_site"
    by: Name = ""
    reason: Text = ""


# Older workspaces stored a bare level id per scheme; both shapes travel unchanged.
Overrides = Annotated[dict[Name, Name | SchemeLevelDoc], Field(max_length=MAX_LIST)]


class StateDoc(_M):
    revision: Count
    severity: Severity
    observation: Text = ""
    confidential: bool = False
    scheme_overrides: Overrides = {}
    author: Name = ""
    reason: Name = ""


class EvidenceDoc(_M):
    uid: Uid
    filename: Annotated[str, StringConstraints(min_length=1, max_length=NAME_CHARS)]
    media_type: Name = "application/octet-stream"
    sha256: Sha256
    size: int = Field(ge=0, le=EVIDENCE_MAX_BYTES)
    effective_from: Day | None = None
    expires_on: Day | None = None

    @model_validator(mode="after")
    def _dates_in_order(self):
        if self.effective_from and self.expires_on and self.expires_on < self.effective_from:
            raise ValueError(f"the evidence expires ({self.expires_on}) before it takes "
                             f"effect ({self.effective_from})")
        return self


class ActionDoc(_M):
    """A corrective action raised on a finding for one scheme (fieldwork.corrective_actions).
    Bundles written before actions travelled have none; they import unchanged."""
    uid: Uid
    scheme_version_id: Name | None = None
    description: Text = ""
    owner: Annotated[str, StringConstraints(max_length=OWNER_CHARS)] = ""
    priority: Literal["", "high", "medium", "low"] = ""  # corrective_actions.PRIORITIES
    status: Literal["open", "plan_submitted", "plan_accepted", "closed", "verified"] = "open"
    plan_due: Day | None = None
    close_due: Day | None = None
    escalated_to: Severity | None = None
    updated_at: Moment


class FindingDoc(_M):
    uid: Uid
    visit_uid: Uid
    item_key: Name
    severity: Severity
    observation: Text = ""
    confidential: bool = False
    scheme_overrides: Overrides = {}
    needs_rerating: bool = False
    rerating_reason: Text = ""
    revision: Count
    base_revision: Count = 0
    author: Name = ""
    history: list[StateDoc] = Field(default=[], max_length=10_000)
    evidence: list[EvidenceDoc] = Field(default=[], max_length=1000)
    actions: list[ActionDoc] = Field(default=[], max_length=1000)


class FindingsDoc(_M):
    findings: list[FindingDoc] = Field(max_length=MAX_LIST)

    @model_validator(mode="after")
    def _findings_are_distinct(self):
        seen: dict[str, int] = {}
        places: dict[tuple[str, str], int] = {}
        for n, f in enumerate(self.findings):
            if f.uid in seen:
                raise ValueError(f"findings {seen[f.uid]} and {n} share the uid {f.uid}")
            if (f.visit_uid, f.item_key) in places:
                raise ValueError(f"findings {places[(f.visit_uid, f.item_key)]} and {n} are "
                                 f"both on item {f.item_key} of visit {f.visit_uid}")
            seen[f.uid], places[(f.visit_uid, f.item_key)] = n, n
        return self


DOCS: dict[str, type[_M]] = {"template.json": TemplateDoc, "plan.json": PlanDoc, "findings.json": FindingsDoc}


def parse_content(bundle: Bundle) -> dict[str, _M]:
    """Validate the JSON members against the one strict schema above; a problem names the
    member and the field path. Nothing has been written when this refuses."""
    parsed: dict[str, _M] = {}
    for name, model in DOCS.items():
        data = bundle.members.get(name)
        if data is None:
            continue
        where = f"{bundle.path}!{name}"
        if not json_depth_ok(data):
            raise BundleRejected(f"{bundle.path}: bundle refused: {name} nests deeper than "
                                 f"{JSON_MAX_DEPTH} levels", code="bundle.invalid-content",
                                 problems=[Problem("bundle.invalid-content", "nested too "
                                                   "deep", where)])
        try:
            parsed[name] = model.model_validate_json(data, strict=True)
        except ValidationError as exc:
            problems = [Problem("bundle.invalid-content", e["msg"][:300], where, None,
                                ".".join(str(p) for p in e["loc"])) for e in exc.errors()[:20]]
            raise BundleRejected(f"{bundle.path}: bundle refused: {name} is not valid",
                                 code="bundle.invalid-content", problems=problems) from exc
    findings = parsed.get("findings.json")
    for n, f in enumerate(findings.findings if isinstance(findings, FindingsDoc) else []):
        for m, ev in enumerate(f.evidence):
            member = f"evidence/{ev.sha256}"
            place = f"findings.{n}.evidence.{m}"
            if member not in bundle.members:
                raise BundleRejected(
                    f"{bundle.path}: bundle refused: evidence {ev.filename!r} is missing",
                    code="bundle.missing-member", problems=[Problem(
                        "bundle.missing-member", f"{member} is not in the bundle",
                        f"{bundle.path}!findings.json", None, place)])
            listed = {e["name"]: e for e in bundle.manifest["members"]}[member]
            if listed["size"] != ev.size:
                raise BundleRejected(
                    f"{bundle.path}: bundle refused: evidence {ev.filename!r} is "
                    f"{listed['size']:,} bytes, not the {ev.size:,} its finding records",
                    code="bundle.evidence-mismatch", problems=[Problem(
                        "bundle.evidence-mismatch", "size differs from the file",
                        f"{bundle.path}!findings.json", None, place)])
    return parsed


# --- export -------------------------------------------------------------------------------

def _template_doc(session: Session, template: JointTemplate) -> TemplateDoc:
    content = canonical_content(session, saved_id(template))
    items = []
    for item in session.exec(select(JointItem).where(JointItem.template_id == template.id)
                             .order_by(col(JointItem.position), col(JointItem.item_key))):
        sources = [SourceDoc(version_id=r.version_id, clause_id=r.clause_id, role=s.role,
                             propagation=s.propagation)
                   for s, r in session.exec(select(JointItemSource, Requirement)
                                            .join(Requirement)
                                            .where(JointItemSource.item_id == item.id))]
        items.append(ItemDoc(item_key=item.item_key, kind=item.kind, title=item.title,
                             topics=item.topics, position=item.position,
                             content_hash=item.content_hash, sources=sources))
    approvals = [ApprovalDoc(**a.model_dump(include=set(ApprovalDoc.model_fields)))
                 for a in session.exec(select(TemplateApproval)
                                       .where(TemplateApproval.template_id == template.id))]
    return TemplateDoc(uid=template.uid, name=template.name, version_ids=template.version_ids,
                       merge_options=template.merge_options, content=content,
                       content_hash=content_hash(content), items=items, approvals=approvals)


def _plan_doc(session: Session, plan: JointPlan) -> PlanDoc:
    site = session.get(Site, plan.site_id) if plan.site_id else None
    template = session.get(JointTemplate, plan.template_id) if plan.template_id else None
    visits = [VisitDoc(**v.model_dump(include=set(VisitDoc.model_fields)))
              for v in session.exec(select(Visit).where(Visit.plan_id == plan.id)
                                    .order_by(col(Visit.start)))]
    return PlanDoc(uid=plan.uid, name=plan.name, template_uid=template.uid if template else None,
                   site=SiteDoc(**site.model_dump(include=set(SiteDoc.model_fields)))
                   if site else None,
                   horizon_start=plan.horizon_start, horizon_years=plan.horizon_years,
                   options=plan.options, status=plan.status, visits=visits)


def _findings_doc(session: Session, plan: JointPlan, files: dict[str, bytes]) -> FindingsDoc:
    out = []
    rows = session.exec(select(Finding, Visit.uid).join(Visit)
                        .where(Visit.plan_id == plan.id).order_by(Finding.item_key)).all()
    for finding, visit_uid in rows:
        history = [StateDoc(**h.model_dump(include=set(StateDoc.model_fields)))
                   for h in session.exec(select(FindingHistory)
                                         .where(FindingHistory.finding_id == finding.id)
                                         .order_by(col(FindingHistory.id)))]
        evidence = []
        for ev in session.exec(select(Evidence).where(Evidence.finding_id == finding.id)):
            files[f"evidence/{ev.sha256}"] = ev.data
            evidence.append(EvidenceDoc(**ev.model_dump(include=set(EvidenceDoc.model_fields))))
        actions = [ActionDoc(**ca.model_dump(include=set(ActionDoc.model_fields)))
                   for ca in session.exec(select(CorrectiveAction)
                                          .where(CorrectiveAction.finding_id == finding.id)
                                          .order_by(col(CorrectiveAction.id)))]
        out.append(FindingDoc(**finding.model_dump(include=set(FindingDoc.model_fields)
                                                   - {"history", "evidence", "visit_uid",
                                                      "actions"}),
                              visit_uid=visit_uid, history=history, evidence=evidence,
                              actions=actions))
    return FindingsDoc(findings=out)


def export_bundle(session: Session, path: str | Path, *, template_id: int | None = None,
                  plan_id: int | None = None, signer: Signer | None = None,
                  note: str = "") -> Path:
    """Write a bundle with a template, or a plan (with its template, visits and findings)."""
    members: dict[str, bytes] = {}
    keys: dict[str, PublicKeyInfo] = {}
    plan = None
    if plan_id is not None:
        plan = session.get(JointPlan, plan_id)
        if plan is None:
            raise NotFound(f"no joint plan with id {plan_id}")
        template_id = template_id or plan.template_id
    if template_id is not None:
        template = session.get(JointTemplate, template_id)
        if template is None:
            raise NotFound(f"no joint template with id {template_id}")
        doc = _template_doc(session, template)
        members["template.json"] = _dump(doc)
        for a in doc.approvals:
            if a.public_key:
                info = PublicKeyInfo(a.public_key, a.signer_name)
                keys[info.fingerprint] = info
    if plan is not None:
        members["plan.json"] = _dump(_plan_doc(session, plan))
        members["findings.json"] = _dump(_findings_doc(session, plan, members))
    if not members:
        raise NotFound("nothing to export: name a template or a plan")
    if signer is not None:
        keys[signer.fingerprint] = signer.identity
    for fp, info in keys.items():
        members[f"keys/{fp.replace(':', '')}.jakey"] = info.to_json().encode("utf-8")
    # the sender's trail anchor travels (signed) with every bundle: a copy of it outside
    # this workspace, for `jointaudit check --anchor BUNDLE`
    return write_bundle(Path(path), members, signer=signer, note=note,
                        trail=audit_trail.head(session.connection()))


def _dump(doc: _M) -> bytes:
    return json.dumps(doc.model_dump(mode="json"), indent=1, ensure_ascii=False,
                      sort_keys=True).encode("utf-8")
