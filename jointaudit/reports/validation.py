"""What must be true before a scheme's report may be exported.

Each problem is named: the missing field (with the section that prints it), the unrated
clause, the rating that needs a per-scheme decision, the missing template approval. A
final export is refused while any problem remains; a draft is allowed and lists them.
"""

from __future__ import annotations

from jointaudit.common.errors import JointAuditError, Problem
from jointaudit.reports.data import SchemeReportInput
from jointaudit.reports.labels import pick


class ReportRefused(JointAuditError):
    """The report is not complete; build a draft or fix the named problems."""

    code = "report.refused"


def required_fields(data: SchemeReportInput) -> dict[str, str]:
    """Mandatory free-text field id -> the section title that prints it (if any)."""
    out: dict[str, str] = {}
    for section in data.profile.sections:
        field_id = section.field or ("distribution" if section.kind == "distribution" else None)
        if section.kind in ("field", "notice", "distribution") and field_id \
                and section.mandatory:
            out[field_id] = pick(section.title, "en", data.pack_language)
    for field_id in data.profile.mandatory_fields:
        out.setdefault(field_id, "")
    return out


def validate_scheme_report(data: SchemeReportInput) -> list[Problem]:
    where = f"report {data.version_key}, visit {data.visit.uid}"
    problems: list[Problem] = []

    def add(code: str, message: str, path: str) -> None:
        problems.append(Problem(code, message, where, None, path))

    for field_id, section in required_fields(data).items():
        value = data.fields.get(field_id)
        text = "\n".join(map(str, value)) if isinstance(value, list | tuple) else value
        if not (text or "").strip():
            shown = f" (section '{section}')" if section else ""
            add("report.missing-field",
                f"mandatory report field '{field_id}'{shown} is empty; set it with"
                f" `jointaudit report … --fields FILE.yaml`", f"fields.{field_id}")

    kinds = {s.kind for s in data.profile.sections if s.mandatory}
    if "team" in kinds and not data.team:
        add("report.missing-team", "the audit team is empty; assign the visit's team",
            "team")
    if "team" in kinds and data.team and not any(m.role == "lead" for m in data.team):
        add("report.missing-lead", "the audit team has no lead auditor", "team")
    if "activities" in kinds and not data.activities:
        add("report.missing-activities",
            "no dates and places of on-site activities are recorded", "activities")

    levels = {lv.level_id for lv in data.rating_levels}
    for row in data.findings:
        if row.level_id is None or row.severity == "not_assessed":
            add("report.unrated", f"clause {row.clause_id} ('{row.title}') is not rated",
                f"findings.{row.clause_id}")
        elif row.level_id not in levels:
            add("report.unknown-level",
                f"clause {row.clause_id} is rated '{row.level_id}', which is not a level of"
                f" the {data.scheme_name} scale", f"findings.{row.clause_id}")
        if row.needs_rerating:
            add("report.needs-rerating",
                f"clause {row.clause_id}: its joint item changed after it was rated; rate it"
                " again", f"findings.{row.clause_id}")
        if row.needs_decision:
            why = f": {row.decision_reason}" if row.decision_reason else ""
            add("report.needs-decision",
                f"clause {row.clause_id} needs a {data.scheme_name}-specific rating"
                f" decision{why}", f"findings.{row.clause_id}")

    if data.template_approval_required:
        approval = data.approval
        if approval is None or not approval.approved:
            detail = f" ({approval.detail})" if approval and approval.detail else ""
            name = f" '{approval.template_name}'" if approval else ""
            add("report.template-unapproved",
                f"{data.scheme_name} requires its staff to approve the joint template"
                f"{name} before a report is submitted; it is not approved{detail}",
                "approval")
    return problems
