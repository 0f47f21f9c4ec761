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


def test_a_recognition_turned_on_fills_only_what_nobody_rated_and_prints_the_certificate(demo):
    ws, visit_id, _ = demo
    _rate_lbma(ws, visit_id)
    with ws.session() as s:
        set_setting(s, UNVERIFIED_RECOGNITIONS, True, changed_by="Anna Keller")
    with ws.session() as s:
        out = {c.clause_id: c for c in scheme_ratings(s, visit_id).for_scheme(LBMA)}
    recognised = sorted(c for c, r in out.items() if r.recognised)
    assert recognised == ["Step 5.1"]
    cert = out["Step 5.1"].certificate
    assert (cert.scheme_id, cert.number, cert.holder) == ("rjc-coc", "RJC-COC-0188", REFINERY)
    assert out["Step 1.1"].words == "Medium-risk non-conformance"  # the visit's rating wins
    report = flat(svc.build(ws, svc.ReportRequest("scheme", visit_id=visit_id,
                                                  version_id=LBMA, draft=True)))
    assert ("Met by recognition of rjc-coc certificate RJC-COC-0188, holder Helvetia Gold"
            " Refining SA, valid 2024-09-01 to 2027-08-31") in report


def test_a_certificate_without_stated_validity_offers_nothing(demo):
    """The refinery's LBMA Good Delivery membership has no expiry date: RJC CoC 10.4 is not
    'met by recognition' of it (it printed "valid None – None")."""
    ws, visit_id, _ = demo
    with ws.session() as s:
        set_setting(s, UNVERIFIED_RECOGNITIONS, True)
    with ws.session() as s:
        coc = {c.clause_id: c for c in scheme_ratings(s, visit_id).for_scheme("rjc-coc@2012")}
    assert not coc["10.4"].recognised
    assert "None" not in coc["10.4"].basis
