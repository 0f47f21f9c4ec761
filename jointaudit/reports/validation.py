"""What must be true before a scheme's report may be exported.

The profile names what its reports must state: free-text fields (``mandatory_fields`` and
mandatory field sections) and facts (``required``: audit type, report date, revision,
certificate number, certification body and its approval, team roles, reasons for
not-applicable, corrective-action deadlines). Each missing one is a named problem, as are an
unrated clause, a rating that needs a per-scheme decision, a missing template approval and
an activity dated outside the audit. A final export is refused while any problem remains; a
draft is allowed and lists them, in the report's language.
"""

from __future__ import annotations

from jointaudit.common.date_rules import DateRule, MissingAnchor
from jointaudit.common.errors import JointAuditError, Problem
from jointaudit.common.severity import is_gap
from jointaudit.reports.data import SchemeReportInput
from jointaudit.reports.labels import fmt_date, label, pick

# Audits before any certificate exists: there is no certificate number to state yet.
FIRST_AUDITS = {"initial", "initial_stage1", "certification", "initial_audit"}


class ReportRefused(JointAuditError):
    """The report is not complete; build a draft or fix the named problems."""

    code = "report.refused"


def deadline_anchors(data: SchemeReportInput, finding_date=None) -> dict:
    """The dates a corrective-action deadline may run from. The non-conformance letter
    (RMAP's anchor) is taken to go out with the report, on the report date."""
    anchors = {"audit_start": data.visit.start, "audit_end": data.visit.end,
               "finding_date": finding_date or data.visit.end}
    if data.report_date is not None:
        anchors["report_date"] = data.report_date
        anchors["nc_letter"] = data.report_date
    return anchors


def required_fields(data: SchemeReportInput, lang: str = "en") -> dict[str, str]:
    """Mandatory free-text field id -> the section title that prints it (if any)."""
    out: dict[str, str] = {}
    for section in data.profile.sections:
        field_id = section.field or ("distribution" if section.kind == "distribution" else None)
        if section.kind in ("field", "notice", "distribution") and field_id \
                and section.mandatory and not (section.kind == "notice" and section.text):
            out[field_id] = pick(section.title, lang, data.pack_language)
    for field_id in data.profile.mandatory_fields:
        out.setdefault(field_id, "")
    return out


def validate_scheme_report(data: SchemeReportInput, lang: str = "en") -> list[Problem]:
    where = f"report {data.version_key}, visit {data.visit.start.isoformat()}"
    problems: list[Problem] = []

    def add(code: str, path: str, **values) -> None:
        problems.append(Problem(code, label(code, lang, **values), where, None, path))

    for field_id, section in required_fields(data, lang).items():
        value = data.fields.get(field_id)
        text = "\n".join(map(str, value)) if isinstance(value, list | tuple) else value
        if not (text or "").strip():
            shown = label("in_section", lang, section=section) if section else ""
            add("report.missing-field", f"fields.{field_id}", field=field_id, section=shown)

    _facts(data, lang, add)

    kinds = {s.kind for s in data.profile.sections if s.mandatory}
    if "team" in kinds and not data.team:
        add("report.missing-team", "team")
    if "team" in kinds and data.team and not any(m.role == "lead" for m in data.team):
        add("report.missing-lead", "team")
    if "activities" in kinds and not data.activities:
        add("report.missing-activities", "activities")
    for n, a in enumerate(data.activities):
        if not data.visit.start <= a.day <= data.visit.end:
            add("report.activity-outside", f"activities.{n}", day=fmt_date(a.day, lang),
                start=fmt_date(data.visit.start, lang), end=fmt_date(data.visit.end, lang))

    levels = {lv.level_id for lv in data.rating_levels}
    for row in data.findings:
        if row.level_id is None or row.severity == "not_assessed":
            if not row.needs_decision:
                add("report.unrated", f"findings.{row.clause_id}", clause=row.clause_id,
                    title=row.title)
        elif row.level_id not in levels:
            add("report.unknown-level", f"findings.{row.clause_id}", clause=row.clause_id,
                level=row.level_id, scheme=data.scheme_name)
        if row.needs_rerating:
            add("report.needs-rerating", f"findings.{row.clause_id}", clause=row.clause_id)
        if row.needs_decision:
            add("report.needs-decision", f"findings.{row.clause_id}", clause=row.clause_id,
                scheme=data.scheme_name,
                why=f": {row.decision_reason}" if row.decision_reason else "")

    if data.template_approval_required:
        approval = data.approval
        if approval is None or not approval.approved:
            detail = f" ({approval.detail})" if approval and approval.detail else ""
            name = f" '{approval.template_name}'" if approval else ""
            add("report.template-unapproved", "approval", scheme=data.scheme_name,
                template=name, detail=detail)
    return problems


def _facts(data: SchemeReportInput, lang: str, add) -> None:
    required = set(data.profile.required)
    if "audit_type" in required and not data.audit_types:
        add("report.missing-audit-type", "audit_type")
    if "report_date" in required and data.report_date is None:
        add("report.missing-report-date", "report_date")
    if "revision" in required and not str(data.fields.get("revision") or "").strip():
        add("report.missing-revision", "fields.revision")
    first_audit = bool(data.audit_kinds) and set(data.audit_kinds) <= FIRST_AUDITS
    if "certificate_number" in required and not first_audit and \
            not (data.certificate and data.certificate.number):
        add("report.missing-certificate", "certificate")
    if "certification_body" in required and data.firm is None:
        add("report.missing-cb", "certification_body")
    if "cb_approval" in required and data.firm is not None and not data.firm.approved_on_dates:
        add("report.cb-not-approved", "certification_body", cb=data.firm.name,
            scheme=data.scheme_name)
    if "team_roles" in required:
        for m in data.team:
            if not m.role:
                add("report.missing-role", "team", name=m.name)
    if "na_reasons" in required:
        for row in data.findings:
            reason = row.na_reason
            text = " ".join(reason.values()) if isinstance(reason, dict) else reason
            if row.severity == "not_applicable" and not text.strip():
                add("report.missing-na-reason", f"findings.{row.clause_id}",
                    clause=row.clause_id)
    if "cap_deadlines" in required and data.report_date is not None:
        for row in data.findings:
            if not is_gap(row.severity):
                continue
            for spec in data.deadlines:
                if row.severity not in spec.applies_to:
                    continue
                try:
                    DateRule.from_mapping(spec.due.model_dump()).evaluate(
                        deadline_anchors(data, row.finding_date))
                except MissingAnchor:
                    add("report.deadline-unset", f"findings.{row.clause_id}",
                        clause=row.clause_id, deadline=pick(spec.label, lang))
