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

from pydantic import BaseModel, ConfigDict, ValidationError
from sqlmodel import Session, select

from jointaudit.common.errors import NotFound, Problem
from jointaudit.exchange.bundles import Bundle, BundleRejected, write_bundle
from jointaudit.store.models import (
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
)
from jointaudit.trust.keys import PublicKeyInfo, Signer
from jointaudit.trust.signing import canonical_content, content_hash


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SourceDoc(_M):
    version_id: str
    clause_id: str
    role: str = "member"
    propagation: str = "applies"


class ItemDoc(_M):
    item_key: str
    kind: str = "single"
    title: str
    topics: list[str] = []
    position: int = 0
    content_hash: str = ""
    sources: list[SourceDoc] = []


class ApprovalDoc(_M):
    scheme_id: str
    content_hash: str
    content_json: str = "{}"
    signer_name: str = ""
    signer_fingerprint: str = ""
    signature: str = ""
    public_key: str = ""
    signed_at: datetime
    status: str = "approved"


class TemplateDoc(_M):
    uid: str
    name: str
    version_ids: list[str]
    merge_options: dict = {}
    content: dict
    content_hash: str
    items: list[ItemDoc] = []
    approvals: list[ApprovalDoc] = []


class SiteDoc(_M):
    name: str
    country: str = ""
    region: str = ""
    commodity: str = "gold"
    site_type: str = "mine"
    scale: str = ""
    size: str = "medium"
    languages: list[str] = []
    applicability_tags: list[str] = []


class VisitDoc(_M):
    uid: str
    start: date
    end: date
    status: str = "planned"
    person_days: float = 0.0
    explanation: str = ""


class PlanDoc(_M):
    uid: str
    name: str
    template_uid: str | None = None
    site: SiteDoc | None = None
    horizon_start: date
    horizon_years: int = 5
    options: dict = {}
    status: str = "draft"
    visits: list[VisitDoc] = []


class StateDoc(_M):
    revision: int
    severity: str
    observation: str = ""
    confidential: bool = False
    scheme_overrides: dict = {}
    author: str = ""
    reason: str = ""


class EvidenceDoc(_M):
    uid: str
    filename: str
    media_type: str = "application/octet-stream"
    sha256: str
    size: int
    effective_from: date | None = None
    expires_on: date | None = None


class FindingDoc(_M):
    uid: str
    visit_uid: str
    item_key: str
    severity: str
    observation: str = ""
    confidential: bool = False
    scheme_overrides: dict = {}
    needs_rerating: bool = False
    rerating_reason: str = ""
    revision: int
    base_revision: int = 0
    author: str = ""
    history: list[StateDoc] = []
    evidence: list[EvidenceDoc] = []


class FindingsDoc(_M):
    findings: list[FindingDoc]


DOCS = {"template.json": TemplateDoc, "plan.json": PlanDoc, "findings.json": FindingsDoc}


def parse_content(bundle: Bundle) -> dict[str, _M]:
    """Validate the JSON members; a problem names the member and the field path."""
    parsed: dict[str, _M] = {}
    for name, model in DOCS.items():
        data = bundle.members.get(name)
        if data is None:
            continue
        where = f"{bundle.path}!{name}"
        try:
            parsed[name] = model.model_validate_json(data)
        except ValidationError as exc:
            problems = [Problem("bundle.invalid-content", e["msg"], where, None,
                                ".".join(str(p) for p in e["loc"])) for e in exc.errors()]
            raise BundleRejected(f"{bundle.path}: bundle refused: {name} is not valid",
                                 code="bundle.invalid-content", problems=problems) from exc
    findings = parsed.get("findings.json")
    for n, f in enumerate(findings.findings if findings else []):
        for m, ev in enumerate(f.evidence):
            if f"evidence/{ev.sha256}" not in bundle.members:
                raise BundleRejected(
                    f"{bundle.path}: bundle refused: evidence {ev.filename!r} is missing",
                    code="bundle.missing-member", problems=[Problem(
                        "bundle.missing-member", f"evidence/{ev.sha256} is not in the bundle",
                        f"{bundle.path}!findings.json", None, f"findings.{n}.evidence.{m}")])
    return parsed


# --- export -------------------------------------------------------------------------------

def _template_doc(session: Session, template: JointTemplate) -> TemplateDoc:
    content = canonical_content(session, template.id)
    items = []
    for item in session.exec(select(JointItem).where(JointItem.template_id == template.id)
                             .order_by(JointItem.position, JointItem.item_key)):
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
                                    .order_by(Visit.start))]
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
                                         .order_by(FindingHistory.id))]
        evidence = []
        for ev in session.exec(select(Evidence).where(Evidence.finding_id == finding.id)):
            files[f"evidence/{ev.sha256}"] = ev.data
            evidence.append(EvidenceDoc(**ev.model_dump(include=set(EvidenceDoc.model_fields))))
        out.append(FindingDoc(**finding.model_dump(include=set(FindingDoc.model_fields)
                                                   - {"history", "evidence", "visit_uid"}),
                              visit_uid=visit_uid, history=history, evidence=evidence))
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
    return write_bundle(Path(path), members, signer=signer, note=note)


def _dump(doc: _M) -> bytes:
    return json.dumps(doc.model_dump(mode="json"), indent=1, ensure_ascii=False,
                      sort_keys=True).encode("utf-8")
