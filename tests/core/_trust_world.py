"""A small, realistic world for the trust tests: RJC COP 2019 and Fairmined 2014 versions,
a few clauses each, accepted crosswalk links, report profiles, one joint template, a site,
a plan with a visit and findings. Rows are created directly on the workspace tables."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from jointaudit.store.models import (
    CrosswalkLink,
    Evidence,
    Finding,
    FindingHistory,
    JointItem,
    JointItemSource,
    JointPlan,
    JointTemplate,
    ReportProfile,
    Requirement,
    Scheme,
    SchemeVersion,
    Site,
    Visit,
)

RJC, FM = "rjc-cop@2019", "fairmined@2014"


def _pack_json(approval_required: bool, requirements: list[tuple[str, str]]) -> str:
    return json.dumps({"assurance": {"template_approval_required": approval_required,
                                     "person_days": [{"days": 2}]},
                       "requirements": [{"id": clause, "title": title, "parent": None,
                                         "assessable": True, "critical": False, "level": None,
                                         "answer": "graded", "text": "", "guidance": ""}
                                        for clause, title in requirements]})


@dataclass
class World:
    template_id: int
    template_uid: str
    visit_id: int
    visit_uid: str
    plan_id: int
    item_keys: list[str]


def build_world(session: Session, *, fairmined_requires_approval: bool = False) -> World:
    build_schemes(session, fairmined_requires_approval=fairmined_requires_approval)
    return build_template_and_plan(session)


def build_schemes(session: Session, *, fairmined_requires_approval: bool = False) -> None:
    """What every workspace of the programme shares: the imported scheme versions (each
    stored pack lists its requirements and carries its own SHA-256, as an import leaves it)."""
    session.add(Scheme(id="rjc-cop", name="RJC Code of Practices", publisher="RJC"))
    session.add(Scheme(id="fairmined", name="Fairmined Standard", publisher="ARM"))
    requirements = [
        (RJC, "7", "Due diligence for responsible sourcing"),
        (RJC, "7.2", "Supply chain policy in line with OECD Annex II"),
        (RJC, "18.1", "Occupational health and safety system"),
        (FM, "1.3", "Supply chain due diligence policy"),
        (FM, "4.3.1", "Health and safety at the mine"),
    ]
    for vid, scheme, version, title, required in [
            (RJC, "rjc-cop", "2019", "COP 2019", True),
            (FM, "fairmined", "2014", "Fairmined 2014 v2.0", fairmined_requires_approval)]:
        text = _pack_json(required, [(c, t) for v, c, t in requirements if v == vid])
        session.add(SchemeVersion(id=vid, scheme_id=scheme, version=version, title=title,
                                  pack_sha256=hashlib.sha256(text.encode()).hexdigest(),
                                  pack_json=text))
    session.flush()
    for vid, clause, title in requirements:
        session.add(Requirement(version_id=vid, clause_id=clause, title=title,
                                source_ref="test world"))
        session.flush()
    for vid, title in [(RJC, "RJC audit report"), (FM, "Fairmined audit report")]:
        session.add(ReportProfile(version_id=vid, body={
            "title": {"en": title},
            "sections": [{"id": "cover", "kind": "cover", "title": {"en": "Cover"}},
                         {"id": "findings", "kind": "findings_table",
                          "title": {"en": "Findings"}}],
            "numbering": "clause", "sign_off_roles": ["lead_auditor"]}))
    session.flush()


def build_template_and_plan(session: Session) -> World:
    """One auditor's template (with curated links), plan and visit."""
    reqs = {(r.version_id, r.clause_id): r.id for r in session.exec(select(Requirement))}
    session.add(CrosswalkLink(source_requirement_id=reqs[(RJC, "7.2")],
                              target_requirement_id=reqs[(FM, "1.3")], relationship="equal",
                              rationale="both require an Annex II-aligned policy",
                              status="accepted"))
    session.add(CrosswalkLink(source_requirement_id=reqs[(RJC, "18.1")],
                              target_requirement_id=reqs[(FM, "4.3.1")], relationship="superset",
                              rationale="RJC asks for a whole OHS system", status="accepted"))
    # A suggestion nobody accepted is not part of what scheme staff approve.
    session.add(CrosswalkLink(source_requirement_id=reqs[(RJC, "7")],
                              target_requirement_id=reqs[(FM, "1.3")], relationship="intersects",
                              status="suggested"))
    template = JointTemplate(name="RJC + Fairmined gold mine", version_ids=[RJC, FM],
                             merge_options={"intersects": "core_plus_addons",
                                            "drop_inapplicable": True})
    session.add(template)
    session.flush()
    keys = []
    sources = [[((RJC, "7.2"), "member"), ((FM, "1.3"), "member")],
               [((RJC, "18.1"), "broader"), ((FM, "4.3.1"), "narrower")]]
    for n, title in enumerate(["Supply chain policy", "Health and safety"]):
        key = f"item-{n + 1}"
        item = JointItem(template_id=template.id, item_key=key, title=title, position=n)
        session.add(item)
        session.flush()
        for req, role in sources[n]:
            session.add(JointItemSource(item_id=item.id, requirement_id=reqs[req], role=role))
        keys.append(key)
    site = Site(name="Mina La Esperanza", country="CO", languages=["es"])
    session.add(site)
    session.flush()
    plan = JointPlan(name="La Esperanza 2027", site_id=site.id, template_id=template.id,
                     horizon_start=date(2027, 1, 1))
    session.add(plan)
    session.flush()
    visit = Visit(plan_id=plan.id, site_id=site.id, start=date(2027, 3, 8),
                  end=date(2027, 3, 11))
    session.add(visit)
    session.flush()
    return World(template.id, template.uid, visit.id, visit.uid, plan.id, keys)


def add_finding(session: Session, world: World, item_key: str, severity: str,
                observation: str, *, author: str = "ana") -> Finding:
    finding = Finding(visit_id=world.visit_id, item_key=item_key, severity=severity,
                      observation=observation, author=author)
    session.add(finding)
    session.flush()
    return finding


def add_evidence(session: Session, finding: Finding, filename: str, data: bytes) -> Evidence:
    import hashlib

    ev = Evidence(visit_id=finding.visit_id, finding_id=finding.id, filename=filename,
                  sha256=hashlib.sha256(data).hexdigest(), size=len(data), data=data)
    session.add(ev)
    session.flush()
    return ev


def edit_finding(session: Session, uid: str, *, author: str, **values) -> Finding:
    """Save a new revision the way fieldwork does: the old state goes to the history."""
    finding = session.exec(select(Finding).where(Finding.uid == uid)).one()
    session.add(FindingHistory(finding_id=finding.id, revision=finding.revision,
                               severity=finding.severity, observation=finding.observation,
                               scheme_overrides=finding.scheme_overrides,
                               author=finding.author, reason="edited"))
    for name, value in values.items():
        setattr(finding, name, value)
    finding.base_revision, finding.revision = finding.revision, finding.revision + 1
    finding.author = author
    session.add(finding)
    session.flush()
    return finding


_MIGRATED: dict[str, bytes] = {}


def new_workspace(path):
    """A fresh workspace at ``path``: a copy of one migrated file (migrating is the slow part)."""
    import tempfile
    from pathlib import Path

    from jointaudit.store.db import create_workspace, open_workspace

    if "file" not in _MIGRATED:
        with tempfile.TemporaryDirectory() as tmp:
            ws = create_workspace(Path(tmp) / "template.jaworkspace")
            ws.close()
            _MIGRATED["file"] = (Path(tmp) / "template.jaworkspace").read_bytes()
    Path(path).write_bytes(_MIGRATED["file"])
    return open_workspace(path)
