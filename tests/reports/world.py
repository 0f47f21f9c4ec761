"""A real workspace for report tests: the three shipped packs imported, a few accepted
equal links between RJC and IRMA clauses on the same topic, the joint template, a site, a
plan with one visit and its team, and every item of the visit rated."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import select

from jointaudit.checklist.template import build_template
from jointaudit.checklist.visit import visit_checklist
from jointaudit.fieldwork.findings import rate
from jointaudit.library.packs.importer import import_pack_file
from jointaudit.store.models import (
    Auditor,
    AuditorQualification,
    CBApproval,
    Certificate,
    CertificationBody,
    CrosswalkLink,
    Facility,
    Finding,
    FindingHistory,
    JointPlan,
    ReportFields,
    Requirement,
    Site,
    Visit,
    VisitTeamMember,
    VisitWindow,
)
from tests.reports.samples import ROOT

PACKS = ["rjc-cop-2019", "irma-1.0", "fairmined-2.0"]
VERSIONS = ["rjc-cop@2019", "irma@1.0", "fairmined@2.0"]
# A rating per joint item, cycling, so every report has conforming and gap clauses.
CYCLE = ["conforms", "conforms", "minor_gap", "conforms", "major_gap", "conforms"]

FIELDS = {
    "scope_statement": "Mina La Esperanza: extracción y beneficio de oro; Señalización revisada.",
    "methodology": "Entrevistas, revisión documental y observación en sitio.",
    "sampling": "12 of 40 workers interviewed; 3 of 5 processing lines observed.",
    "stakeholder_input": "Two community meetings in Ananea.",
    "conclusion": "The site largely conforms; see the NC details.",
    "recommendation": "Certify once the major non-conformances are closed.",
    "distribution": ["Scheme secretariat", "Mina La Esperanza management"],
    "revision": "1",
}
# What the plan says this visit is for each scheme (as the planner saves it).
AUDITS = {"rjc-cop@2019": "recertification", "irma@1.0": "surveillance",
          "fairmined@2.0": "recertification"}


@dataclass
class World:
    visit_id: int
    site_id: int
    template_id: int


def build_world(ws, *, rate_items: bool = True, fields: bool = True) -> World:
    for name in PACKS:
        import_pack_file(ws, ROOT / "resources" / "packs" / f"{name}.yaml")
    with ws.session() as s:
        _link_same_topics(s)
        template = build_template(s, "Esperanza joint checklist", VERSIONS)
        site = Site(name="Mina La Esperanza", country="PE", region="Puno", commodity="gold",
                    site_type="mine", scale="asm", applicability_tags=["gold", "mine"])
        s.add(site)
        s.flush()
        s.add(Facility(site_id=site.id, name="Planta de beneficio"))
        for version in VERSIONS:
            s.add(Certificate(site_id=site.id, scheme_id=version.split("@")[0],
                              scheme_version_id=version, number=f"{version}-001",
                              issued_on=date(2024, 6, 1), expires_on=date(2027, 5, 31)))
        plan = JointPlan(name="Esperanza 2027", site_id=site.id, template_id=template.id,
                         horizon_start=date(2027, 1, 1))
        s.add(plan)
        s.flush()
        visit = Visit(plan_id=plan.id, site_id=site.id, start=date(2027, 3, 8),
                      end=date(2027, 3, 11), person_days=9.5)
        s.add(visit)
        s.flush()
        for version, kind in AUDITS.items():
            s.add(VisitWindow(visit_id=visit.id, plan_id=plan.id, scheme_version_id=version,
                              audit_kind=kind, earliest=date(2027, 1, 15),
                              latest=date(2027, 5, 15)))
        _team(s, visit.id)
        if rate_items:
            for n, item in enumerate(visit_checklist(s, visit.id).items):
                if item.kind != "core":
                    rate(s, visit.id, item.key, CYCLE[n % len(CYCLE)],
                         observation=f"Observación {n}: evidencia revisada.")
        world = World(visit.id, site.id, template.id)
    if fields:
        from jointaudit.services.reports import save_fields

        for version in VERSIONS:
            save_fields(ws, world.visit_id, version, FIELDS)
    return world


def clear_fields(ws) -> None:
    with ws.session() as s:
        for row in s.exec(select(ReportFields)):
            s.delete(row)


def clear_ratings(ws) -> None:
    with ws.session() as s:
        for row in s.exec(select(FindingHistory)):
            s.delete(row)
        s.flush()
        for row in s.exec(select(Finding)):
            s.delete(row)


def _link_same_topics(s) -> None:
    def assessable(version):
        return s.exec(select(Requirement).where(Requirement.version_id == version,
                                                Requirement.assessable)
                      .order_by(Requirement.position)).all()

    rjc, used = assessable("rjc-cop@2019"), set()
    for irma in assessable("irma@1.0")[:12]:
        match = next((r for r in rjc if r.id not in used and set(r.topics) & set(irma.topics)
                      and not r.applies_to), None)
        if match:
            used.add(match.id)
            s.add(CrosswalkLink(source_requirement_id=match.id, target_requirement_id=irma.id,
                                relationship="equal", status="accepted",
                                rationale="same topic (test)"))
    s.flush()


def _team(s, visit_id: int) -> None:
    cb = CertificationBody(name="Auditores Andinos S.A.C.", country="PE")
    s.add(cb)
    s.flush()
    for scheme in ("rjc-cop", "irma", "fairmined"):
        s.add(CBApproval(cb_id=cb.id, scheme_id=scheme, valid_from=date(2025, 1, 1),
                         valid_to=date(2028, 12, 31), reference=f"{scheme.upper()}-CB-7"))
    for name, role in (("Ana Quispe", "lead"), ("Léa Dubois", "team")):
        auditor = Auditor(name=name, cb_id=cb.id, languages=["es", "fr", "en"])
        s.add(auditor)
        s.flush()
        for scheme in ("rjc-cop", "irma", "fairmined"):
            s.add(AuditorQualification(auditor_id=auditor.id, scheme_id=scheme, role=role,
                                       valid_from=date(2025, 1, 1), valid_to=date(2028, 1, 1)))
        s.add(VisitTeamMember(visit_id=visit_id, auditor_id=auditor.id, cb_id=cb.id, role=role,
                              scheme_ids=[]))
    s.flush()
