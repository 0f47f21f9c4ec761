"""Report inputs (plain data, no workspace) built the way the workspace assembles them, for builder tests.

Two contrasting profiles: an RJC-like one (clause numbering, one public part, English
words with Spanish/French translations) and an IRMA-like one (sequential numbering,
public and confidential parts, five-level scale). Their rating words differ, so a test can
prove that each report prints only its own scheme's words.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader

from jointaudit.library.packs.format import DeadlineSpec, ReportProfileSpec
from jointaudit.planning.plan_view import VisitRow
from jointaudit.reports.data import (
    Activity,
    RatingWord,
    ReportedFinding,
    ReportedTeamMember,
    SchemeReportInput,
    SiteInfo,
    TemplateApproval,
)

ROOT = Path(__file__).resolve().parents[2]

RJC_LEVELS = (
    RatingWord("conformance", "conforms",
               {"en": "Conformance", "es": "Conformidad", "fr": "Conformité"}),
    RatingWord("minor_nc", "minor_gap",
               {"en": "Minor NC", "es": "NC menor", "fr": "NC mineure"}),
    RatingWord("major_nc", "major_gap",
               {"en": "Major NC", "es": "NC mayor", "fr": "NC majeure"}),
    RatingWord("na", "not_applicable",
               {"en": "Not Applicable", "es": "No aplicable", "fr": "Non applicable"}),
)
IRMA_LEVELS = (
    RatingWord("fully", "conforms", {"en": "Fully meets"}),
    RatingWord("substantially", "minor_gap", {"en": "Substantially meets"}),
    RatingWord("partially", "major_gap", {"en": "Partially meets"}),
    RatingWord("does_not_meet", "critical", {"en": "Does not meet"}),
    RatingWord("not_relevant", "not_applicable", {"en": "Not relevant"}),
)


def _profile(**kw) -> ReportProfileSpec:
    return ReportProfileSpec.model_validate(kw)


RJC_PROFILE = _profile(
    verified=False, source="RJC sample COP audit report (2017), structure only",
    title={"en": "Audit Report", "es": "Informe de auditoría", "fr": "Rapport d'audit"},
    numbering="clause", sign_off_roles=["lead_auditor", "member_representative"],
    mandatory_fields=["scope", "methodology", "conclusion"],
    sections=[
        {"id": "cover", "kind": "cover", "title": {"en": "Summary audit report",
                                                   "es": "Informe resumido",
                                                   "fr": "Rapport de synthèse"}},
        {"id": "scope", "kind": "field", "field": "scope",
         "title": {"en": "Scope", "es": "Alcance", "fr": "Périmètre"}},
        {"id": "team", "kind": "team", "title": {"en": "Audit team", "es": "Equipo auditor",
                                                  "fr": "Équipe d'audit"}},
        {"id": "activities", "kind": "activities",
         "title": {"en": "On-site activities", "es": "Actividades in situ",
                   "fr": "Activités sur site"}},
        {"id": "methodology", "kind": "field", "field": "methodology",
         "title": {"en": "Methodology", "es": "Metodología", "fr": "Méthodologie"}},
        {"id": "sampling", "kind": "field", "field": "sampling", "mandatory": False,
         "title": {"en": "Sampling", "es": "Muestreo", "fr": "Échantillonnage"}},
        {"id": "counts", "kind": "summary_counts",
         "title": {"en": "Summary of findings", "es": "Resumen de hallazgos",
                   "fr": "Synthèse des constats"}},
        {"id": "findings", "kind": "findings_table",
         "title": {"en": "Findings", "es": "Hallazgos", "fr": "Constats"}},
        {"id": "ncs", "kind": "nc_details",
         "title": {"en": "Non-conformities", "es": "No conformidades",
                   "fr": "Non-conformités"}},
        {"id": "conclusion", "kind": "field", "field": "conclusion",
         "title": {"en": "Conclusion and recommendation", "es": "Conclusión y recomendación",
                   "fr": "Conclusion et recommandation"}},
        {"id": "signoff", "kind": "signoff", "title": {"en": "Sign-off", "es": "Firmas",
                                                        "fr": "Signatures"}},
        {"id": "distribution", "kind": "distribution", "field": "distribution",
         "mandatory": False,
         "title": {"en": "Distribution list", "es": "Lista de distribución",
                   "fr": "Liste de diffusion"}},
    ])

IRMA_PROFILE = _profile(
    verified=True, source="IRMA public report template (test profile)",
    title={"en": "IRMA Public Audit Report"}, numbering="sequential",
    sign_off_roles=["lead_auditor"], mandatory_fields=["scope"],
    parts={"public": {"en": "Public report"}, "confidential": {"en": "Confidential annex"}},
    sections=[
        {"id": "cover", "kind": "cover", "title": {"en": "Public report"}},
        {"id": "scope", "kind": "field", "field": "scope", "title": {"en": "Audit scope"}},
        {"id": "counts", "kind": "summary_counts", "title": {"en": "Ratings overview"}},
        {"id": "findings", "kind": "findings_table", "title": {"en": "Ratings by requirement"}},
        {"id": "approvals", "kind": "approvals", "title": {"en": "Template approval"}},
        {"id": "ncs", "kind": "nc_details", "title": {"en": "Gaps and corrective actions"},
         "part": "confidential"},
        {"id": "signoff", "kind": "signoff", "title": {"en": "Sign-off"},
         "part": "confidential"},
    ])

DEADLINES = (
    DeadlineSpec.model_validate({
        "id": "cap_plan", "label": {"en": "Corrective action plan", "es": "Plan de acción",
                                    "fr": "Plan d'actions"},
        "applies_to": ["minor_gap", "major_gap", "critical"],
        "due": {"anchor": "audit_end", "offset": {"months": 1}},
        "verified": False, "source": "RJC Assessment Manual (UNVERIFIED)"}),
    DeadlineSpec.model_validate({
        "id": "major_close", "label": {"en": "Close major NC", "es": "Cerrar NC mayor",
                                       "fr": "Clore la NC majeure"},
        "applies_to": ["major_gap"], "due": {"anchor": "audit_end", "offset": {"months": 3}},
        "verified": True, "source": "test"}),
)

SITE = SiteInfo("Mina La Esperanza", country="PE", region="Puno", commodity="gold",
                site_type="mine")
VISIT = VisitRow("5f0c1e2d3a4b5c6d7e8f90a1b2c3d4e5", date(2026, 3, 9), date(2026, 3, 12),
                 plan_name="Plan 2026")
TEAM = (
    ReportedTeamMember("Ana Quispe", "lead", "Auditores Andinos S.A.C.",
               ("rjc-cop lead auditor, valid to 2027-06-30",)),
    ReportedTeamMember("Léa Dubois", "team", "Audit Éthique SARL", ("irma team member",)),
)
ACTIVITIES = (
    Activity(date(2026, 3, 9), "Oficina central, Juliaca", "Opening meeting; document review"),
    Activity(date(2026, 3, 10), "Frente de explotación Norte", "Señalización y seguridad"),
)

RJC_ROWS = [
    ("1.1", "Policy commitment", "conformance", "conforms", "Policy signed by management."),
    ("1.2", "Due diligence on sourcing", "minor_nc", "minor_gap",
     "Señalización incompleta en el almacén."),
    ("2.1", "Legal compliance", "conformance", "conforms", ""),
    ("6.1a", "Health and safety management", "major_nc", "major_gap",
     "No risk assessment for the Norte face."),
    ("7.2", "Mercury use", "na", "not_applicable", ""),
]
IRMA_ROWS = [
    ("1.1.1.1", "Legal compliance register", "fully", "conforms", ""),
    ("1.2.2", "Community grievance mechanism", "partially", "major_gap", "Not yet operating."),
    ("2.1.4", "Human rights due diligence", "substantially", "minor_gap", "Partial coverage."),
    ("4.1.3", "Water management plan", "fully", "conforms", ""),
]


def finding_rows(rows, **overrides) -> tuple[ReportedFinding, ...]:
    return tuple(ReportedFinding(clause_id=c, title=t, level_id=lv, severity=sev, observation=obs,
                            **overrides) for c, t, lv, sev, obs in rows)


def rjc_input(**changes) -> SchemeReportInput:
    base = dict(
        scheme_id="rjc-cop", scheme_name="RJC COP", version_key="rjc-cop@2019",
        version_label="2019", pack_language="en", profile=RJC_PROFILE,
        rating_levels=RJC_LEVELS, site=SITE, visit=VISIT, findings=finding_rows(RJC_ROWS),
        deadlines=DEADLINES, team=TEAM, activities=ACTIVITIES,
        fields={"scope": "Mine site, processing plant and gold dispatch.",
                "methodology": "Interviews, document review and site observation.",
                "conclusion": "Recommend certification after major NC closure.",
                "distribution": "RJC Secretariat\nMember: Mina La Esperanza"},
        report_date=date(2026, 3, 20))
    base.update(changes)
    return SchemeReportInput(**base)


def irma_input(**changes) -> SchemeReportInput:
    base = dict(
        scheme_id="irma", scheme_name="IRMA", version_key="irma@1.0", version_label="1.0",
        pack_language="en", profile=IRMA_PROFILE, rating_levels=IRMA_LEVELS, site=SITE,
        visit=VISIT, findings=finding_rows(IRMA_ROWS), team=TEAM, activities=ACTIVITIES,
        fields={"scope": "Whole mine site."}, template_approval_required=True,
        approval=TemplateApproval("Esperanza joint checklist", True, signer="IRMA Secretariat",
                                signed_at=datetime(2026, 2, 1, 10, 0)))
    base.update(changes)
    return SchemeReportInput(**base)


def pdf_pages(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]
