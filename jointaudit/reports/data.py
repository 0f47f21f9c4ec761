"""What the report builders print, as plain frozen dataclasses.

Builders never touch the workspace or the ORM: ``jointaudit.reports.gather`` assembles
these from a workspace, tests construct them directly. The content hash printed on every
page is computed from exactly this data, so two reports with the same hash say the same.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from pydantic import BaseModel

from jointaudit.common.errors import JointAuditError
from jointaudit.library.packs.format import DeadlineSpec, ReportProfileSpec
from jointaudit.planning.plan_view import VisitRow


class Cancelled(JointAuditError):
    """The user cancelled a report build; nothing was written."""

    code = "report.cancelled"


@dataclass(frozen=True)
class SiteInfo:
    name: str
    country: str = ""
    region: str = ""
    commodity: str = ""
    site_type: str = ""


@dataclass(frozen=True)
class ReportedTeamMember:
    name: str
    role: str  # lead / team / technical_expert
    organisation: str = ""
    # (scheme label, role, valid to) per qualification, or text as recorded
    qualifications: tuple = ()
    # On a joint document, one row per person: (role, scheme labels) per role held on the
    # visit, e.g. (("lead", ("FAIRMINED",)), ("team", ("RJC-COP",)))
    roles: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class Activity:
    day: date
    place: str
    description: str


@dataclass(frozen=True)
class RatingWord:
    """One level of the scheme's own rating scale, with its words per language."""

    level_id: str
    severity: str
    words: dict[str, str]


@dataclass(frozen=True)
class ReportedFinding:
    """One requirement of the scheme as its report prints it: the clause's rating on this
    visit (``fieldwork.findings.ClauseRating``, which ``reports.gather`` reads) put in print
    terms — never unrated-as-None, titles per language, the pack's not-applicable words —
    with what only the report shows: chapter, finding date, corrective-action state."""

    clause_id: str
    title: str
    level_id: str | None = None  # None = not rated yet
    severity: str = "not_assessed"
    observation: str = ""
    confidential: bool = False
    needs_decision: bool = False  # the rating needs a per-scheme decision
    decision_reason: str = ""
    needs_rerating: bool = False  # the joint item changed after it was rated
    finding_date: date | None = None
    # Where the rating came from: on_site / accepted / carried / implied / override /
    # recognition / not_applicable / not_rated / needs_decision
    provenance: str = ""
    rated_by: str = ""
    reason: str = ""  # an override's or a not-applicable rating's reason
    certificate: str | dict[str, str] = ""  # a recognition's certificate, per language
    # the corrective action for this scheme, if any: (status, plan due, close by, owner, priority)
    cap_status: str | tuple = ""
    critical: bool = False  # the pack flags the requirement as critical
    level: str = ""  # entry / progress / core / development (the pack's requirement level)
    # why it does not apply: the auditor's note, or per language the site's applicability
    na_reason: str | dict = ""
    typical_evidence: tuple[str, ...] = ()
    # the typical evidence per language, where a title file gives it (else the pack's list)
    evidence_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    chapter: str | dict = ""  # the top-level heading it sits under, "id title" (per language)
    titles: dict[str, str] = field(default_factory=dict)  # the title in other languages


@dataclass(frozen=True)
class CertificateInfo:
    """The site's certificate or membership for the scheme, as recorded."""

    number: str
    kind: str = "certificate"
    issued_on: date | None = None
    expires_on: date | None = None


@dataclass(frozen=True)
class AuditorFirm:
    """The certification body (or assurance provider) that audits, and its approval by the
    scheme on the audit dates."""

    name: str
    approval_ref: str = ""
    approved_from: date | None = None
    approved_to: date | None = None
    approved_on_dates: bool = False


@dataclass(frozen=True)
class TemplateApproval:
    """Whether the joint template this visit used is approved for the scheme."""

    template_name: str
    approved: bool
    signer: str = ""
    signed_at: datetime | None = None
    detail: str = ""
    fingerprint: str = ""  # the signing key's, so a reader can check it against the scheme's
    changes_requested: bool = False  # the scheme's staff sent it back with comments


@dataclass(frozen=True)
class ResultValue:
    """One section's result under a rule of the pack's ``aggregation``."""

    section: str  # clause id of the section; "" for the whole scheme
    title: str | dict[str, str] = ""  # the section's title (per language when known)
    score: float | None = None  # percentage, for a score rule
    words: dict[str, str] = field(default_factory=dict)  # the result in words, per language
    open: int = 0  # requirements still to rate: the result is provisional


@dataclass(frozen=True)
class ResultLine:
    rule_id: str
    kind: str  # score / result / achievement
    label: dict[str, str]
    values: tuple[ResultValue, ...]


@dataclass(frozen=True)
class SchemeReportInput:
    scheme_id: str
    scheme_name: str
    version_key: str  # "rjc-cop@2019"
    version_label: str
    pack_language: str
    profile: ReportProfileSpec
    rating_levels: tuple[RatingWord, ...]
    site: SiteInfo
    visit: VisitRow
    findings: tuple[ReportedFinding, ...]
    deadlines: tuple[DeadlineSpec, ...] = ()
    team: tuple[ReportedTeamMember, ...] = ()
    activities: tuple[Activity, ...] = ()
    fields: dict[str, str | list[str]] = field(default_factory=dict)
    template_approval_required: bool = False
    approval: TemplateApproval | None = None
    report_date: date | None = None
    # The pack's aggregation results (section scores, protocol grades, achievement),
    # printed with the summary counts; a score per chapter also in the chapter summary.
    results: tuple[ResultLine, ...] = ()
    # From the plan: the audits this visit serves for the scheme (the pack's words per
    # language, e.g. {"en": "Surveillance audit"}), never typed.
    audit_types: tuple[dict[str, str], ...] = ()
    audit_kinds: tuple[str, ...] = ()  # their ids ("initial", "surveillance" …)
    certificate: CertificateInfo | None = None
    firm: AuditorFirm | None = None
    scheme_owner: str = ""  # who approves CBs and issues the scheme (the pack's publisher)
    topic_titles: dict[str, dict[str, str]] = field(default_factory=dict)


@dataclass(frozen=True)
class SchemeSummary:
    label: str  # e.g. "RJC COP 2019"
    version_key: str
    applicable: int
    rated: int
    counts: tuple[tuple[dict, int], ...]  # (scheme's word per language, number), scale order
    gaps: int
    approved: bool | None = None  # None = the scheme does not require approval


@dataclass(frozen=True)
class SummaryItem:
    item_key: str
    title: str
    refs: tuple[tuple[str, str], ...]  # (scheme label, clause ids)
    severity: str  # derived from the schemes' own levels
    # (scheme label, per language "clause: the scheme's word")
    ratings: tuple[tuple[str, dict], ...]
    titles: dict[str, str] = field(default_factory=dict)  # the title in other languages


@dataclass(frozen=True)
class JointSummaryInput:
    site: SiteInfo
    visit: VisitRow
    template_name: str
    schemes: tuple[SchemeSummary, ...]
    items: tuple[SummaryItem, ...]
    shared_items: int
    specific_items: tuple[tuple[str, int], ...]  # (scheme label, items only it asks)
    team: tuple[ReportedTeamMember, ...] = ()
    person_days: float = 0.0


@dataclass(frozen=True)
class ChecklistItem:
    item_key: str
    title: str
    refs: tuple[tuple[str, str], ...]  # (scheme label, clause ids)
    own_rating: tuple[str, ...] = ()  # scheme labels that rate this item separately
    guidance: str = ""
    text: str = ""  # the requirement's text (the official one when an overlay was imported)
    texts: dict[str, str] = field(default_factory=dict)  # an overlay's text per language
    titles: dict[str, str] = field(default_factory=dict)  # the title in other languages
    evidence: tuple[str, ...] = ()  # typical evidence, from every source requirement
    # the same per language (a source without words in a language keeps its pack's list)
    evidence_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the overlay's guidance per language, and the plain guidance in the pack's language
    guidance_words: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ChecklistTopic:
    title: str
    items: tuple[ChecklistItem, ...]
    titles: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ChecklistInput:
    site: SiteInfo
    visit: VisitRow | None
    template_name: str
    topics: tuple[ChecklistTopic, ...]
    scales: tuple[tuple[str, tuple[RatingWord, ...]], ...]  # (scheme label, its levels)


@dataclass(frozen=True)
class ObligationRow:
    """One obligation of the site, asked once even when several schemes require it."""

    title: str
    requires: tuple[tuple[str, str], ...]  # (scheme label, clause id + short title)
    recognition: tuple[str | dict[str, str], ...] = ()  # per language when worded here
    # (scheme label, status, plan due, close by, escalated to, owner, priority) per open action
    open_actions: tuple = ()
    titles: dict[str, str] = field(default_factory=dict)  # the title in other languages
    # per entry of ``requires``: "clause id + short title" per language, where known
    requires_titles: tuple[dict[str, str], ...] = ()


@dataclass(frozen=True)
class ObligationGroup:
    topic: str
    rows: tuple[ObligationRow, ...]
    titles: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class UpcomingRow:
    due: date
    what: str  # English, as the register states it
    scheme: str
    kind: str = ""  # certificate_expires / cap_plan / cap_close / visit / desk
    clauses: tuple[str, ...] = ()
    detail: str = ""
    words: dict[str, str] = field(default_factory=dict)  # the audits, per language
    until: date | None = None


@dataclass(frozen=True)
class ObligationsInput:
    site: SiteInfo
    generated_on: date
    schemes: tuple[str, ...]
    groups: tuple[ObligationGroup, ...]
    upcoming: tuple[UpcomingRow, ...] = ()
    reduction: str = ""  # e.g. "120 applicable requirements → 84 obligations"
    counts: tuple[int, int] = (0, 0)  # (applicable requirements, obligations), printed instead


@dataclass
class BuildOptions:
    """How to build: language, draft, progress reporting and cancellation."""

    lang: str = "en"
    draft: bool = False
    parts: tuple[str, ...] = ("public", "assurance", "confidential")
    progress: Callable[[int, int], None] | None = None  # (done, total)
    cancel: threading.Event | None = None

    def check_cancelled(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled("the report build was cancelled")


def report_number(prefix: str, day: date, digest: str) -> str:
    """A short number for the footer, e.g. "RJC-COP-20270309-418273": the scheme (or kind),
    the first audit day and six digits of the content hash, so a reader can tell two
    versions apart without a hex string on the page."""
    return f"{prefix.upper()}-{day:%Y%m%d}-{int(digest[:12], 16) % 1_000_000:06d}"


def _plain(value):
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(f"cannot hash {type(value).__name__}")


def _reported(value):
    """A report input as plain data, like ``dataclasses.asdict`` but without the fields
    marked ``metadata={"reported": False}`` (workspace row ids: the same content in another
    workspace is the same report)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _reported(getattr(value, f.name)) for f in dataclasses.fields(value)
                if f.metadata.get("reported", True)}
    if isinstance(value, list | tuple):
        return [_reported(v) for v in value]
    if isinstance(value, dict):
        return {k: _reported(v) for k, v in value.items()}
    return value


def content_hash(data) -> str:
    """SHA-256 over the canonical JSON of a report input (dataclass)."""
    body = _reported(data)
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, default=_plain,
                      separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
