"""Trust with the shipped packs, on the report room's real workspace (merged template, every
item rated with the app's own save function):

- a scheme whose pack requires template approval gets no final report from an untrusted
  key's approval, nor from an approval the template has outgrown;
- a bundle of the real plan arrives whole: a scheme office that has only imported the same
  packs gets the same template content hash, the same approvals and the same ratings."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import func, select

from jointaudit.exchange.content import export_bundle
from jointaudit.exchange.importer import apply_import
from jointaudit.fieldwork.findings import scheme_ratings
from jointaudit.library.packs.importer import import_pack_file
from jointaudit.reports import ReportRefused
from jointaudit.services import reports as svc
from jointaudit.store.db import create_workspace
from jointaudit.store.models import (
    CrosswalkLink,
    Evidence,
    Finding,
    JointPlan,
    JointTemplate,
    Visit,
)
from jointaudit.trust.keys import Signer
from jointaudit.trust.signing import (
    APPROVED,
    INVALIDATED,
    UNTRUSTED,
    approve_template,
    canonical_content,
    content_hash,
    final_report_allowed,
    template_approvals,
    trust_key,
)

# the report room's real workspace (shipped packs, merged template, rated visit), reused
from tests.core._trust_world import add_evidence
from tests.reports import conftest as report_world
from tests.reports.samples import ROOT
from tests.reports.world import PACKS, VERSIONS

world_file, world_ws = report_world.world_file, report_world.world_ws

IRMA_STAFF = Signer.generate("IRMA assurance staff", "IRMA", "scheme_staff", ["irma"])


def _irma(ws, template_id):
    with ws.session() as s:
        return {a.scheme_id: a for a in template_approvals(s, template_id)}["irma"]


def _final_irma(ws, world):
    # A final report needs its report date (the scheme's profile requires one).
    return svc.build(ws, svc.ReportRequest("scheme", visit_id=world.visit_id,
                                           version_id="irma@1.0", report_date=date(2027, 3, 20)))


def test_an_untrusted_approval_does_not_allow_a_final_report(world_ws):
    ws, world = world_ws
    with ws.session() as s:
        approve_template(s, world.template_id, "irma", IRMA_STAFF)
    assert _irma(ws, world.template_id).status == UNTRUSTED
    with pytest.raises(ReportRefused) as refused:
        _final_irma(ws, world)
    assert [p.code for p in refused.value.problems] == ["report.template-unapproved"]
    assert "not in this workspace's trusted keys" in str(refused.value)


def test_a_changed_template_withdraws_the_final_report_until_reapproved(world_ws):
    ws, world = world_ws
    with ws.session() as s:
        trust_key(s, IRMA_STAFF.identity, ["irma"])
        approve_template(s, world.template_id, "irma", IRMA_STAFF)
        check = final_report_allowed(s, world.template_id)
    # IRMA is satisfied; Fairmined's pack requires its own approval too, and has none yet
    assert _irma(ws, world.template_id).status == APPROVED
    assert not check.allowed and [p.split(" requires")[0] for p in check.problems] == [
        "Fairmined Standard (fairmined)"]
    assert _final_irma(ws, world).startswith(b"%PDF")
    with ws.session() as s:  # someone re-types one accepted link of the real crosswalk
        link = s.exec(select(CrosswalkLink).where(CrosswalkLink.status == "accepted")).first()
        link.rationale = link.rationale + " (revised)"
    irma = _irma(ws, world.template_id)
    assert irma.status == INVALIDATED
    assert len(irma.changes) == 1 and irma.changes[0].endswith(" (revised)'")
    with pytest.raises(ReportRefused, match="changed since approval"):
        _final_irma(ws, world)
    with ws.session() as s:
        approve_template(s, world.template_id, "irma", IRMA_STAFF)
    assert _final_irma(ws, world).startswith(b"%PDF")


AUDITOR = Signer.generate("Ana Restrepo", "Andes Audit SAS", "auditor")


def _ratings(ws, visit_id):
    with ws.session() as s:
        r = scheme_ratings(s, visit_id)
        return {v: [(c.clause_id, c.level_id) for c in r.for_scheme(v)] for v in VERSIONS}


def test_a_real_plan_travels_whole(world_ws, tmp_path):
    field, world = world_ws
    with field.session() as s:
        approve_template(s, world.template_id, "irma", IRMA_STAFF)
        finding = s.exec(select(Finding).order_by(Finding.id)).first()
        add_evidence(s, finding, "tailings-dam.jpg", b"\xff\xd8\xff\xe0 photo" * 500)
        plan_id = s.exec(select(JointPlan)).one().id
        sent_hash = content_hash(canonical_content(s, world.template_id))
        sent_findings = s.exec(select(func.count()).select_from(Finding)).one()
        bundle = export_bundle(s, tmp_path / "esperanza.jabundle", plan_id=plan_id,
                               signer=AUDITOR)
    sent = _ratings(field, world.visit_id)

    office = create_workspace(tmp_path / "office.jaworkspace")
    try:
        for name in PACKS:
            import_pack_file(office, ROOT / "resources" / "packs" / f"{name}.yaml")
        report = apply_import(office, bundle, actor="IRMA office", accept_unsigned=True)
        assert report.sender_fingerprint == AUDITOR.fingerprint
        with office.session() as s:
            template = s.exec(select(JointTemplate)).one()
            assert content_hash(canonical_content(s, template.id)) == sent_hash
            assert s.exec(select(func.count()).select_from(Finding)).one() == sent_findings
            assert s.exec(select(Evidence)).one().filename == "tailings-dam.jpg"
            trust_key(s, IRMA_STAFF.identity, ["irma"])
            visit_id = s.exec(select(Visit)).one().id
        with office.session() as s:
            irma = {a.scheme_id: a for a in template_approvals(s, template.id)}["irma"]
        assert (irma.status, irma.fingerprint) == (APPROVED, IRMA_STAFF.fingerprint)
        assert _ratings(office, visit_id) == sent
    finally:
        office.close()
