"""A bundle made from a real fieldwork workspace (shipped packs, the merged template, every
item rated with the app's own save function) arrives whole: the scheme office that has only
imported the same packs gets the same template content hash, the same approvals and the same
per-scheme ratings."""

from __future__ import annotations

from sqlmodel import func, select

from jointaudit.bundle_content import export_bundle
from jointaudit.bundle_import import apply_import
from jointaudit.db import create_workspace
from jointaudit.findings import scheme_ratings
from jointaudit.keys import Signer
from jointaudit.models import Evidence, Finding, JointPlan, JointTemplate, Visit
from jointaudit.packs.importer import import_pack_file
from jointaudit.signing import (
    APPROVED,
    approve_template,
    canonical_content,
    content_hash,
    template_approvals,
    trust_key,
)
from tests.core._trust_world import add_evidence
from tests.reports.samples import ROOT
from tests.reports.world import PACKS, VERSIONS, build_world

STAFF = Signer.generate("IRMA assurance staff", "IRMA", "scheme_staff", ["irma"])
AUDITOR = Signer.generate("Ana Restrepo", "Andes Audit SAS", "auditor")


def _ratings(ws, visit_id):
    with ws.session() as s:
        r = scheme_ratings(s, visit_id)
        return {v: [(c.clause_id, c.level_id) for c in r.for_scheme(v)] for v in VERSIONS}


def test_a_real_plan_travels_whole(tmp_path):
    field = create_workspace(tmp_path / "field.jaworkspace")
    world = build_world(field)
    with field.session() as s:
        approve_template(s, world.template_id, "irma", STAFF)
        finding = s.exec(select(Finding).order_by(Finding.id)).first()
        add_evidence(s, finding, "tailings-dam.jpg", b"\xff\xd8\xff\xe0 photo" * 500)
        plan_id = s.exec(select(JointPlan)).one().id
        sent_hash = content_hash(canonical_content(s, world.template_id))
        sent_findings = s.exec(select(func.count()).select_from(Finding)).one()
        bundle = export_bundle(s, tmp_path / "esperanza.jabundle", plan_id=plan_id,
                               signer=AUDITOR)
    sent = _ratings(field, world.visit_id)
    field.close()

    office = create_workspace(tmp_path / "office.jaworkspace")
    try:
        for name in PACKS:
            import_pack_file(office, ROOT / "resources" / "packs" / f"{name}.yaml")
        report = apply_import(office, bundle, actor="IRMA office")
        assert report.sender_fingerprint == AUDITOR.fingerprint
        with office.session() as s:
            template = s.exec(select(JointTemplate)).one()
            assert content_hash(canonical_content(s, template.id)) == sent_hash
            assert s.exec(select(func.count()).select_from(Finding)).one() == sent_findings
            assert s.exec(select(Evidence)).one().filename == "tailings-dam.jpg"
            trust_key(s, STAFF.identity, ["irma"])
            visit_id = s.exec(select(Visit)).one().id
        with office.session() as s:
            irma = {a.scheme_id: a for a in template_approvals(s, template.id)}["irma"]
        assert (irma.status, irma.fingerprint) == (APPROVED, STAFF.fingerprint)
        assert _ratings(office, visit_id) == sent
    finally:
        office.close()
