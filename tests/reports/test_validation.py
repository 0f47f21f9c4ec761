"""Validation before export: every problem named; final export refused, drafts watermarked."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jointaudit.reports import BuildOptions, ReportRefused, build_scheme_report
from jointaudit.reports.data import TemplateApproval
from jointaudit.reports.validation import validate_scheme_report
from tests.reports.samples import irma_input, pdf_pages, rjc_input


def codes(problems):
    return [(p.code, p.path) for p in problems]


def test_a_complete_report_has_no_problems():
    assert validate_scheme_report(rjc_input()) == []
    assert validate_scheme_report(irma_input()) == []


@pytest.mark.parametrize("field", ["scope", "methodology", "conclusion"])
def test_each_missing_mandatory_field_is_named(field):
    fields = dict(rjc_input().fields)
    fields[field] = "   "
    problems = validate_scheme_report(rjc_input(fields=fields))
    assert codes(problems) == [("report.missing-field", f"fields.{field}")]
    assert f"'{field}'" in problems[0].message
    assert "rjc-cop@2019" in str(problems[0])


def test_all_missing_fields_are_reported_at_once_with_their_section():
    problems = validate_scheme_report(rjc_input(fields={}))
    assert [p.path for p in problems] == ["fields.scope", "fields.methodology",
                                          "fields.conclusion"]
    assert "section 'Methodology'" in problems[1].message
    # optional fields (sampling, distribution) are not problems
    assert not any("sampling" in p.message or "distribution" in p.message for p in problems)


def test_a_mandatory_field_only_listed_in_mandatory_fields_is_checked():
    profile = rjc_input().profile.model_copy(
        update={"mandatory_fields": ["scope", "recommendation"]})
    problems = validate_scheme_report(rjc_input(profile=profile))
    assert ("report.missing-field", "fields.recommendation") in codes(problems)


def test_unrated_items_and_per_scheme_decisions_are_named_by_clause():
    rows = list(rjc_input().findings)
    rows[1] = replace(rows[1], level_id=None, severity="not_assessed")
    rows[3] = replace(rows[3], needs_decision=True,
                      decision_reason="gap on the broader IRMA 2.1.4; rate this clause")
    problems = validate_scheme_report(rjc_input(findings=tuple(rows)))
    assert codes(problems) == [("report.unrated", "findings.1.2"),
                               ("report.needs-decision", "findings.6.1a")]
    assert "clause 1.2 ('Due diligence on sourcing') is not rated" in problems[0].message
    assert "RJC COP-specific rating decision: gap on the broader IRMA 2.1.4" in \
        problems[1].message


def test_missing_team_lead_and_activities_are_named():
    problems = validate_scheme_report(rjc_input(team=(), activities=()))
    assert codes(problems) == [("report.missing-team", "team"),
                               ("report.missing-activities", "activities")]
    no_lead = rjc_input(team=tuple(m for m in rjc_input().team if m.role != "lead"))
    assert codes(validate_scheme_report(no_lead)) == [("report.missing-lead", "team")]


def test_unapproved_template_where_the_pack_requires_approval_refuses_final_export():
    unapproved = irma_input(approval=TemplateApproval(
        "Esperanza joint checklist", False, detail="the template changed after approval"))
    problems = validate_scheme_report(unapproved)
    assert codes(problems) == [("report.template-unapproved", "approval")]
    assert "the template changed after approval" in problems[0].message
    with pytest.raises(ReportRefused) as refused:
        build_scheme_report(unapproved)
    assert refused.value.problems == problems
    assert "Esperanza joint checklist" in str(refused.value)


def test_no_approval_at_all_counts_as_unapproved():
    assert codes(validate_scheme_report(irma_input(approval=None))) == [
        ("report.template-unapproved", "approval")]


def test_approval_not_required_by_the_pack_is_not_a_problem():
    data = rjc_input(template_approval_required=False, approval=None)
    assert validate_scheme_report(data) == []


def test_a_draft_is_built_watermarked_with_the_problems_listed():
    unapproved = irma_input(approval=None, fields={})
    pages = pdf_pages(build_scheme_report(unapproved, BuildOptions(draft=True)))
    assert all("DRAFT" in page for page in pages)
    first = " ".join(pages[0].split())
    assert "Draft: not for submission. Open problems:" in first
    assert "IRMA requires its staff to approve the joint template" in first
    assert "mandatory report field 'scope'" in first


def test_draft_watermark_is_translated_and_absent_from_final_reports():
    es = pdf_pages(build_scheme_report(rjc_input(), BuildOptions(draft=True, lang="es")))
    assert all("BORRADOR" in page for page in es)
    assert "Sin problemas pendientes." in " ".join(es[0].split())
    final = pdf_pages(build_scheme_report(rjc_input()))
    assert not any("DRAFT" in page for page in final)
