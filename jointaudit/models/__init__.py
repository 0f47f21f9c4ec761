"""The workspace tables (ARCHITECTURE.md §3). Import from here."""

from jointaudit.models.audit_log import AuditLogEntry
from jointaudit.models.crosswalk import CrosswalkLink, RecognitionRule
from jointaudit.models.fieldwork import (
    EVIDENCE_MAX_BYTES,
    CorrectiveAction,
    Evidence,
    Finding,
    FindingHistory,
)
from jointaudit.models.parties import (
    Auditor,
    AuditorQualification,
    AuditorUnavailability,
    CBApproval,
    CertificationBody,
    ConflictOfInterest,
)
from jointaudit.models.plans import JointPlan, ReportFields, Visit, VisitTeamMember, VisitWindow
from jointaudit.models.schemes import (
    CycleRule,
    RatingLevel,
    ReportProfile,
    Requirement,
    Scheme,
    SchemeVersion,
    SeverityMapping,
)
from jointaudit.models.sites import AuditRecord, BlackoutPeriod, Certificate, Facility, Site
from jointaudit.models.templates import (
    JointItem,
    JointItemSource,
    JointTemplate,
    TemplateApproval,
    TrustedKey,
)

__all__ = [
    "AuditLogEntry",
    "AuditRecord",
    "Auditor",
    "AuditorQualification",
    "AuditorUnavailability",
    "BlackoutPeriod",
    "CBApproval",
    "Certificate",
    "CertificationBody",
    "ConflictOfInterest",
    "CorrectiveAction",
    "CrosswalkLink",
    "CycleRule",
    "EVIDENCE_MAX_BYTES",
    "Evidence",
    "Facility",
    "Finding",
    "FindingHistory",
    "JointItem",
    "JointItemSource",
    "JointPlan",
    "JointTemplate",
    "RatingLevel",
    "RecognitionRule",
    "ReportFields",
    "ReportProfile",
    "Requirement",
    "Scheme",
    "SchemeVersion",
    "SeverityMapping",
    "Site",
    "TemplateApproval",
    "TrustedKey",
    "Visit",
    "VisitTeamMember",
    "VisitWindow",
]
