"""PDF reports (ReportLab Platypus, no Qt): each scheme's own report driven by its pack's
report profile, the joint summary, the printable field checklist and the site obligations
register. Builders are functions (report data, options) -> PDF bytes; ``gather`` assembles
the data from a workspace."""

from jointaudit.reports.checklist import build_checklist
from jointaudit.reports.data import BuildOptions, Cancelled
from jointaudit.reports.joint_summary import build_joint_summary
from jointaudit.reports.obligations import build_obligations
from jointaudit.reports.scheme_report import build_scheme_report
from jointaudit.reports.validation import ReportRefused, validate_scheme_report

__all__ = [
    "BuildOptions",
    "Cancelled",
    "ReportRefused",
    "build_checklist",
    "build_joint_summary",
    "build_obligations",
    "build_scheme_report",
    "validate_scheme_report",
]
