"""A site's plan as plain rows (windows, visits, teams, problems, saving): what the
desktop app, the command line and the calendar export show. ``services.planning`` builds it."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date


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
