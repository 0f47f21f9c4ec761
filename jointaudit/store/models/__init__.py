"""The workspace tables (ARCHITECTURE.md §3). Import from here."""

from jointaudit.store.models._base import saved_id, table_of
from jointaudit.store.models.audit_trail import AuditLogEntry
from jointaudit.store.models.crosswalk import CrosswalkLink, RecognitionRule
from jointaudit.store.models.fieldwork import (
    EVIDENCE_MAX_BYTES,
    CorrectiveAction,
    Evidence,
    Finding,
    FindingHistory,
)
from jointaudit.store.models.parties import (
    Auditor,
    AuditorQualification,
    AuditorUnavailability,
    CBApproval,
    CertificationBody,
    ConflictOfInterest,
)
from jointaudit.store.models.plans import (
    JointPlan,
    ReportFields,
    Visit,
    VisitTeamMember,
    VisitWindow,
)
from jointaudit.store.models.schemes import (
    CycleRule,
    RatingLevel,
    ReportProfile,
    Requirement,
    RequirementText,
    Scheme,
    SchemeVersion,
    SeverityMapping,
)
from jointaudit.store.models.settings import WorkspaceSetting
from jointaudit.store.models.sites import AuditRecord, BlackoutPeriod, Certificate, Facility, Site
from jointaudit.store.models.templates import (
    JointItem,
    JointItemSource,
    JointTemplate,
    TemplateApproval,
    TemplateReviewComment,
    TrustedKey,
)

__all__ = [
    "saved_id",
    "table_of",
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
    "RequirementText",
    "Scheme",
    "SchemeVersion",
    "SeverityMapping",
    "Site",
    "TemplateApproval",
    "TemplateReviewComment",
    "TrustedKey",
    "Visit",
    "VisitTeamMember",
    "VisitWindow",
    "WorkspaceSetting",
]
