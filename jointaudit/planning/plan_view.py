"""A site's plan as plain rows (windows, visits, teams, problems, saving): what the
desktop app, the command line and the calendar export show. ``services.planning`` builds it.

Two visit rows, two ideas: a ``PlannedVisitRow`` is the planner's proposal (numbered, with
its audits, effort and team, not stored yet); a ``VisitRow`` is a visit as saved in the
workspace, the one row the visit lists, the fieldwork screens and the report covers show."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from jointaudit.store.models import JointPlan, Site, Visit, saved_id


@dataclass(frozen=True)
class WindowRow:
    uid: str
    scheme: str
    kind: str
    label: str
    mode: str
    earliest: date
    latest: date
    due: date | None
    reason: str
    verified: bool
    status: str  # required / possible
    planned: str  # "visit 2", "desk on 2027-03-01", "not planned", "possible"
    words: tuple[tuple[str, str], ...] = ()  # the audit kind's name per language
    reason_parts: tuple = ()  # ``reason`` as a sentence key and values (cycles.reason_parts)
    planned_parts: tuple = ()  # ``planned`` as (label key, values…): reports.labels.planned


@dataclass(frozen=True)
class TeamRow:
    name: str
    cb: str
    role: str
    schemes: tuple[str, ...]


@dataclass(frozen=True)
class ProblemRow:
    code: str
    subject: str
    message: str
    alternatives: tuple[str, ...]
    # ``message`` and each alternative as sentence keys with values (planning.explain)
    parts: tuple = ()
    alternative_parts: tuple = ()


@dataclass(frozen=True)
class PlannedVisitRow:
    number: int
    start: date
    end: date
    days: int
    audits: tuple[str, ...]  # "RJC COP 2019 recertification"
    why: str
    person_days_separate: float
    person_days_joint: float
    team_size: int
    overlap: tuple[tuple[str, float], ...]
    team: tuple[TeamRow, ...] = ()
    team_problems: tuple[ProblemRow, ...] = ()
    warnings: tuple[str, ...] = ()
    rejections: tuple[str, ...] = ()
    auditor_days: int = 0  # days on site × team members (the pack's estimate × size if unstaffed)
    # ``audits`` as (scheme label, English label, words per language), and ``why`` as a
    # sentence key with its values (planning.visits.why_parts), to show in another language
    audit_refs: tuple = ()
    why_parts: tuple = ()
    warning_parts: tuple = ()  # ``warnings`` as sentence keys and values (planning.team)


# Workspace bookkeeping on a ``VisitRow``: not part of what a report says about the visit, so
# the report content hash leaves these fields out (``reports.data.content_hash``).
_NOT_REPORTED = {"reported": False}


@dataclass(frozen=True)
class VisitRow:
    """A saved visit: its dates, plan and status, the site and the joint template its plan
    uses. Report covers print uid, dates, plan name and status; lists use the rest."""

    uid: str
    start: date
    end: date
    plan_name: str = ""
    status: str = ""
    id: int = field(default=0, metadata=_NOT_REPORTED)
    plan_id: int = field(default=0, metadata=_NOT_REPORTED)
    site_id: int = field(default=0, metadata=_NOT_REPORTED)
    site: str = field(default="", metadata=_NOT_REPORTED)
    template_id: int | None = field(default=None, metadata=_NOT_REPORTED)
    template: str = field(default="", metadata=_NOT_REPORTED)

    @classmethod
    def of(cls, visit: Visit, plan: JointPlan | None, site: Site | None = None,
           template: str = "") -> VisitRow:
        """The row of a stored visit (its plan, site and template name as known)."""
        return cls(visit.uid, visit.start, visit.end, plan.name if plan else "", visit.status,
                   id=saved_id(visit), plan_id=visit.plan_id,
                   site_id=visit.site_id, site=site.name if site else "",
                   template_id=plan.template_id if plan else None, template=template)

    @property
    def label(self) -> str:
        used = f" — {self.template}" if self.template else ""
        return f"{self.site}: {self.start:%Y-%m-%d} – {self.end:%Y-%m-%d}{used}"

    @property
    def file_stem(self) -> str:
        """A file-name-safe stem for this visit's exports."""
        safe = "".join(c if c.isalnum() else "-" for c in self.site).strip("-")
        return f"{safe}-{self.start:%Y%m%d}"


@dataclass(frozen=True)
class SavingRow:
    joint_visits: int
    separate_visits: int
    joint_auditor_days: float
    separate_auditor_days: float
    visits_saved: int
    auditor_days_saved: float
    # auditor-days above are Σ visit days × team members; the packs' person-days beside them
    joint_person_days: float = 0.0
    separate_person_days: float = 0.0

    @property
    def person_days_saved(self) -> float:
        return round(self.separate_person_days - self.joint_person_days, 2)


@dataclass(frozen=True)
class BlackoutRow:
    start: date
    end: date
    reason: str


@dataclass
class PlanView:
    site: str
    horizon_start: date
    horizon_end: date
    windows: list[WindowRow] = field(default_factory=list)
    blackouts: list[BlackoutRow] = field(default_factory=list)
    visits: list[PlannedVisitRow] = field(default_factory=list)
    problems: list[ProblemRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    saving: SavingRow | None = None
    warning_parts: list[tuple] = field(default_factory=list)  # ``warnings`` as sentence keys

    def as_dict(self) -> dict:
        return _jsonable(asdict(self))


def _jsonable(x):
    if isinstance(x, dict):
        return {k: _jsonable(v) for k, v in x.items()}
    if isinstance(x, list | tuple):
        return [_jsonable(v) for v in x]
    if isinstance(x, date):
        return x.isoformat()
    return x
