"""Scheme pack format v1, as Pydantic models.

This module *is* the format: the published JSON Schema (resources/schemas/) is generated
from it and the human guide (docs/pack-format.md) describes it. Structural validation is
Pydantic's; the semantic checks a schema cannot express (dangling parents, cycles,
two-way rating maps …) are in ``jointaudit.library.packs.validate``.

Every rule carries ``verified`` and ``source`` (and optionally ``effective_from`` /
``effective_to``), because much of what is known about the schemes is unconfirmed and rules
change inside a version.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from jointaudit.common.severity import Severity

FORMAT_ID = "jointaudit-pack/1"

LanguageWords = dict[str, str]  # language code -> text, e.g. {"en": "Major NC", "es": "NC mayor"}
LanguageCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleMeta(Strict):
    verified: bool = Field(description="true only if checked against the scheme's normative text")
    source: str = Field(min_length=1, description="where the rule comes from (document, section)")
    effective_from: date | None = None
    effective_to: date | None = None
    note: str = ""


class OffsetSpec(Strict):
    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0


class DateRuleSpec(Strict):
    anchor: str = Field(description="a named anchor date, see docs/pack-format.md")
    offset: OffsetSpec = OffsetSpec()


class SourceDocument(Strict):
    id: str
    title: str
    url: str = ""
    published: date | None = None


class SchemeInfo(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="slug, e.g. rjc-cop")
    name: str
    publisher: str


class VersionInfo(Strict):
    id: str = Field(min_length=1, description="the version label, e.g. 2019 or 2.0")
    title: str
    language: str = Field(pattern=r"^[a-z]{2}$")
    effective_from: date | None = None
    retired_on: date | None = None
    source_documents: list[SourceDocument] = Field(min_length=1)
    licence_note: str
    notes: str = Field(default="", description="version notes: transition rules, numbering"
                                                " mappings, what is and is not verified")


class Topic(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    titles: LanguageWords = Field(default={}, description="the title in other languages")


HubRelation = Literal["equal", "subset", "superset", "intersects"]


class RequirementSpec(Strict):
    id: str = Field(min_length=1, description="clause id in the scheme's own style")
    parent: str | None = None
    title: str = Field(min_length=1, description="short title in our own words")
    titles: LanguageWords = Field(default={}, description="the short title in other"
                                  " languages, e.g. {es: …, fr: …}; reports print the one of"
                                  " their language")
    text: str = ""
    guidance: str = ""
    typical_evidence: list[str] = []
    topics: list[str] = []
    applies_to: list[str] = Field(default=[], description="applicability tags; empty = all")
    assessable: bool = Field(description="false for headings/chapters, which are not rated")
    critical: bool = False
    level: Literal["entry", "progress", "core", "development", "voluntary"] | None = None
    answer: Literal["graded", "yes_no"] = "graded"
    source: str = ""
    verified: bool = False
    hub: dict[str, HubRelation] = Field(
        default={}, description="hub node id -> how this requirement relates to it, read as"
                                " obligations (subset: the hub node is broader); see"
                                " resources/hub/oecd-hub.yaml")


LevelUse = Literal["any", "graded", "yes_no", "result"]


class RatingLevelSpec(Strict):
    id: str
    words: LanguageWords = Field(description="the scheme's word for this level, per language")
    severity: Severity
    answer: LevelUse = Field(
        default="any", description="which requirements may take it: any, graded ones, yes_no"
                                   " ones, or result (only a section's aggregated result)")


class RatingScaleSpec(RuleMeta):
    levels: list[RatingLevelSpec] = Field(min_length=2)
    order: Literal["best_first", "best_last"] = Field(
        default="best_first", description="how the levels are listed, for 'at least' rules")
    from_severity: dict[Severity, str] = Field(
        description="for every common severity, the level id it becomes in this scheme")
    yes_no_from_severity: dict[Severity, str] = Field(
        default={}, description="the same for yes_no requirements, when the scale has"
                                " levels only yes_no requirements take")


class OutcomeSpec(Strict):
    """One possible result of an aggregation rule; the first whose conditions all hold."""

    level: str | None = Field(default=None, description="a level id of the scale")
    words: LanguageWords = {}
    min_score: float | None = Field(default=None, ge=0, le=100,
                                    description="percentage the score rule gives (each"
                                                " section, for an achievement)")
    all_at_least: str | None = Field(default=None, description="every rated requirement is"
                                                               " at least this level")
    critical_at_least: str | None = Field(default=None, description="every requirement"
                                                                    " flagged critical is")
    max_gaps: int | None = Field(default=None, ge=0, description="at most this many gaps")


class AggregationRuleSpec(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    kind: Literal["score", "result", "achievement"] = Field(
        description="score: a percentage per section; result: a level per section;"
                    " achievement: one result for the whole scheme")
    label: LanguageWords
    sections: Literal["top"] | list[str] = Field(
        default="top", description="top: every top-level requirement; or clause ids")
    points: dict[str, float] = Field(default={}, description="score: points (0-100) per"
                                                             " level id")
    score_rule: str | None = Field(default=None, description="the score rule min_score reads")
    outcomes: list[OutcomeSpec] = []


class AggregationSpec(RuleMeta):
    rules: list[AggregationRuleSpec] = Field(min_length=1)


AuditMode = Literal["on_site", "desk"]
Condition = Literal["always", "mid_term_required", "major_nc", "any_nc", "requested"]


class WindowSpec(Strict):
    earliest: DateRuleSpec
    latest: DateRuleSpec


class AuditKindSpec(RuleMeta):
    kind: str = Field(pattern=r"^[a-z][a-z0-9_]*$",
                      description="certification, surveillance, mid_term_review, recertification,"
                                  " follow_up, annual_assurance …")
    label: LanguageWords
    mode: AuditMode
    applies: Literal["first", "cycle", "periodic", "after_audit"] = Field(
        description="first: before any certificate; cycle: once per certificate; periodic:"
                    " once per period of period_anchor; after_audit: after an audit that"
                    " meets the condition")
    condition: Condition = "always"
    renews_certificate: bool = False
    window: WindowSpec
    due: DateRuleSpec | None = None
    on_site_days: float = Field(default=1.0, ge=0)


class ValidityEventSpec(RuleMeta):
    event: Literal["major_nc", "critical_nc", "any_nc", "too_many_majors"]
    effect: Literal["shorten", "provisional", "no_certificate"]
    validity: OffsetSpec | None = None
    threshold: int = 1


class DeadlineSpec(RuleMeta):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: LanguageWords
    applies_to: list[Severity] = Field(description="finding severities the deadline applies to")
    due: DateRuleSpec


class EscalationSpec(RuleMeta):
    from_severity: Severity
    to_severity: Severity
    when: Literal["open_at_recertification", "deadline_missed", "repeated"]


class MultiFacilitySpec(RuleMeta):
    all_within: OffsetSpec
    anchor: Literal["first_audit_day"] = "first_audit_day"


class CycleSpec(RuleMeta):
    validity: OffsetSpec = Field(description="validity of a certificate (or assurance period)")
    next_validity_starts: Literal["previous_expiry", "decision_date"]
    early_renewal_starts: Literal["previous_expiry", "decision_date"] | None = Field(
        default=None, description="where the next validity starts when a renewing audit"
                                  " starts before its window opens (early recertification);"
                                  " None: as next_validity_starts")
    report_lag: OffsetSpec = OffsetSpec()
    decision_lag: OffsetSpec = OffsetSpec()
    period_anchor: Literal["financial_year_end", "certificate_start"] | None = None
    audits: list[AuditKindSpec] = Field(min_length=1)
    validity_events: list[ValidityEventSpec] = []
    deadlines: list[DeadlineSpec] = []
    escalations: list[EscalationSpec] = []
    multi_facility: MultiFacilitySpec | None = None


class PersonDaysSpec(Strict):
    site_type: str = "any"
    size: Literal["small", "medium", "large", "any"] = "any"
    days: float = Field(gt=0)
    # Effort tables are rarely public: a row may be a flagged default while the rest of the
    # assurance section (cooling-off, rotation) is confirmed.
    verified: bool = False
    source: str = ""


class AssuranceSpec(RuleMeta):
    person_days: list[PersonDaysSpec] = Field(min_length=1)
    lead_auditor_role: str = "lead"
    min_team_size: int = Field(default=1, ge=1)
    coi_cooling_off: OffsetSpec = OffsetSpec()
    rotation_max_years: int | None = Field(default=None, ge=1)
    rotation_applies_to: Literal["firm", "lead_auditor"] = "firm"
    template_approval_required: bool = False
    overlap_reduction: float = Field(default=0.2, ge=0, lt=1,
                                     description="share of effort saved when joint, if no"
                                                 " merged template is known")


SectionKind = Literal[
    "cover", "field", "team", "activities", "summary_counts", "chapter_summary",
    "findings_table", "nc_details", "signoff", "distribution", "approvals", "notice",
    "statement",
]
# "assurance" is a public part of its own: an independent assurance report printed apart
# from the site's own compliance report (LBMA).
ReportPart = Literal["public", "assurance", "confidential"]
# Facts a final report cannot go without, checked before export (docs/pack-format.md).
RequiredFact = Literal[
    "audit_type", "report_date", "revision", "certificate_number", "certification_body",
    "cb_approval", "team_roles", "na_reasons", "cap_deadlines",
]


class ReportSectionSpec(Strict):
    id: str
    kind: SectionKind
    title: LanguageWords
    field: str | None = Field(default=None, description="for kind=field: the free-text field id")
    text: LanguageWords = Field(default={}, description="standard wording (statement, notice)"
                                " with {site}, {scheme}, {cb}, {period} filled in")
    roles: list[str] = Field(default=[], description="for kind=signoff: who signs here"
                             " (empty = the profile's sign_off_roles)")
    mandatory: bool = True
    part: ReportPart = "public"


class ReportProfileSpec(RuleMeta):
    title: LanguageWords
    sections: list[ReportSectionSpec] = Field(min_length=1)
    mandatory_fields: list[str] = []
    required: list[RequiredFact] = Field(default=[], description="facts a final report must"
                                         " state; each missing one is named")
    numbering: Literal["clause", "sequential"] = "clause"
    sign_off_roles: list[str] = ["lead_auditor"]
    parts: dict[ReportPart, LanguageWords] = {}
    site_languages: list[LanguageCode] = Field(
        default=[], description="languages the report is written in by default when one is"
                                " spoken at the site or an official language of its country"
                                " (e.g. [es]: Spanish for Latin-American sites); otherwise"
                                " English. The user may still choose another.")


class Pack(Strict):
    format: Literal["jointaudit-pack/1"]
    scheme: SchemeInfo
    version: VersionInfo
    topics: list[Topic] = []
    applicability_tags: list[str] = []
    requirements: list[RequirementSpec] = Field(min_length=1)
    rating_scale: RatingScaleSpec
    aggregation: AggregationSpec | None = None
    cycle: CycleSpec
    assurance: AssuranceSpec
    report_profile: ReportProfileSpec

    @property
    def version_key(self) -> str:
        return f"{self.scheme.id}@{self.version.id}"


def json_schema() -> dict:
    schema = Pack.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://jointaudit.invalid/schemas/pack-v1.json"
    schema["title"] = "jointaudit scheme pack, format v1"
    return schema
