"""The demo refinery, rated on its joint visit: what the auditor found on the LBMA steps is
what the LBMA report and the joint summary print. A recognition only offers "met" where
nothing was recorded on the visit, and then prints the certificate it rests on."""

from __future__ import annotations

import re

from jointaudit.fieldwork.findings import rate, rate_level, scheme_ratings
from jointaudit.services import reports as svc
from jointaudit.store.settings import UNVERIFIED_RECOGNITIONS, set_setting
from tests.reports.samples import pdf_pages

REFINERY = "Helvetia Gold Refining SA"
LBMA = "lbma-rgg@9"


def flat(data: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(pdf_pages(data)))


def _lbma_items(ws, visit_id) -> dict[str, str]:
    with ws.session() as s:
        return {c.clause_id: c.item_key for c in scheme_ratings(s, visit_id).for_scheme(LBMA)
                if not c.excluded}


def _rate_lbma(ws, visit_id) -> dict[str, str]:
    keys = _lbma_items(ws, visit_id)
    with ws.session() as s:
        for key in keys.values():  # everything conformant but three steps
            rate(s, visit_id, key, "conforms")
        rate(s, visit_id, keys["Step 1.1"], "major_gap", observation="No KYC on two suppliers")
        rate(s, visit_id, keys["Step 2.1"], "minor_gap", observation="Risk map a year old")
        # Step 2.1 sits under RJC's broader KYC provision (derived through the hub): a gap
        # there says nothing about it, so the auditor rates it in LBMA's own words
        rate_level(s, visit_id, keys["Step 2.1"], LBMA, "Step 2.1", "low_risk_nc",
                   by="Anna Keller")
        rate_level(s, visit_id, keys["Step 3.1"], LBMA, "Step 3.1", "high_risk_nc",
                   by="Anna Keller", observation="Mitigation plan never approved")
        rate(s, visit_id, keys["Step 5.1"], "not_assessed")  # left for the recognition
    return keys


def test_the_lbma_report_and_the_joint_summary_print_what_was_found(demo):
    ws, visit_id, versions = demo
    assert LBMA in versions
    keys = _rate_lbma(ws, visit_id)
    with ws.session() as s:  # the shipped LBMA recognitions are unverified: off by default
        out = {c.clause_id: c for c in scheme_ratings(s, visit_id).for_scheme(LBMA)}
    assert not any(c.recognised for c in out.values())
    assert (out["Step 1.1"].words, out["Step 1.1"].provenance) == (
        "Medium-risk non-conformance", "carried")
    assert out["Step 2.1"].words == "Low-risk non-conformance"
    assert (out["Step 3.1"].words, out["Step 3.1"].by) == ("High-risk non-conformance",
                                                           "Anna Keller")

    report = flat(svc.build(ws, svc.ReportRequest("scheme", visit_id=visit_id,
                                                  version_id=LBMA, draft=True)))
    assert "Step 1.1" in report and "No KYC on two suppliers" in report
    for word in ("Medium-risk non-conformance", "Low-risk non-conformance",
                 "High-risk non-conformance"):
        assert word in report
    assert "Met by recognition" not in report
    summary = flat(svc.build(ws, svc.ReportRequest("joint_summary", visit_id=visit_id, draft=True)))
    assert "Step 1.1: Medium-risk non-conformance" in summary
    assert "Step 3.1: High-risk non-conformance" in summary
    assert "Step 1.1: Conformant" not in summary
    assert keys  # every LBMA step of the refinery's checklist was rated above


def test_an_lbma_recognition_of_rjc_coc_is_evidence_never_met(demo):
    # RGG v9 Step 4 asks a yearly assurance by an LBMA-approved provider, so the RJC CoC
    # certificate is evidence on Steps 1-3 and 5 only: nothing is "met by recognition"
    ws, visit_id, _ = demo
    _rate_lbma(ws, visit_id)
    with ws.session() as s:
        set_setting(s, UNVERIFIED_RECOGNITIONS, True, changed_by="Anna Keller")
    with ws.session() as s:
        out = {c.clause_id: c for c in scheme_ratings(s, visit_id).for_scheme(LBMA)}
    assert not [c for c, r in out.items() if r.recognised]
    assert "evidence: rjc-coc certificate RJC-COC-0188" in out["Step 5.1"].basis
    assert "evidence" not in out["Step 4.1"].basis
    assert out["Step 5.1"].severity == "not_assessed"  # nobody found it met
    assert out["Step 1.1"].words == "Medium-risk non-conformance"
    report = flat(svc.build(ws, svc.ReportRequest("scheme", visit_id=visit_id,
                                                  version_id=LBMA, draft=True)))
    assert "Met by recognition" not in report
