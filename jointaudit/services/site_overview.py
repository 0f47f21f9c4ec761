"""What a mine site sees of itself, with no joint template and no saved plan needed: its
combined obligations (the obligations register), what falls due — audits and desk
deliverables as the planner would schedule them, certificates, corrective-action deadlines
— and its open findings with each scheme's corrective-action deadlines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import col, select

from jointaudit.checklist.obligations import Register, register
from jointaudit.common.errors import JointAuditError, NotFound
from jointaudit.common.severity import Severity
from jointaudit.planning.inputs import PlanOptions
from jointaudit.reports.data import ObligationsInput
from jointaudit.reports.gather import obligations_input
from jointaudit.services import planning
from jointaudit.store.db import Workspace
from jointaudit.store.models import CorrectiveAction, Finding, JointItem, Site, Visit, saved_id

GAPS = (Severity.MINOR_GAP, Severity.MAJOR_GAP, Severity.CRITICAL)
HORIZON_YEARS = 3


@dataclass(frozen=True)
class DueRow:
    due: date
    what: str
    scheme: str
    kind: str  # audit / desk / certificate / action / visit / not planned
    # an audit's ``what`` as data, for the app to say in its language: the English label,
    # the pack's words for it per language, and the window's first and last day
    label: str = ""
    words: tuple[tuple[str, str], ...] = ()
    earliest: date | None = None
    latest: date | None = None


@dataclass(frozen=True)
class ActionDeadline:
    scheme: str
    status: str
    plan_due: date | None
    close_due: date | None
    description: str
    owner: str = ""  # who at the site carries it out
    priority: str = ""  # high / medium / low, "" = not set


@dataclass(frozen=True)
class OpenFinding:
    visit: str  # "2027-07-16 – 2027-07-18"
    item: str
    severity: str
    observation: str  # empty when the finding is confidential
    actions: tuple[ActionDeadline, ...]


@dataclass
class SiteOverview:
    site: str
    on: date
    register: Register | None
    register_problem: str = ""  # why there is no register (no membership yet …)
    due: list[DueRow] = field(default_factory=list)
    findings: list[OpenFinding] = field(default_factory=list)
    # the register as its report prints it: titles, schemes and recognitions per language,
    # groups and rows in the order of ``register`` (None when there is no register)
    words: ObligationsInput | None = None


def site_names(ws: Workspace) -> list[str]:
    with ws.session() as s:
        return list(s.exec(select(Site.name).order_by(Site.name)).all())


def _planned(ws: Workspace, site: str, on: date) -> list[DueRow]:
    """The audits and desk deliverables as the planner schedules them from ``on``."""
    [view] = planning.plan_sites(ws, site, PlanOptions(horizon_start=on,
                                                       horizon_years=HORIZON_YEARS))
    starts = {f"visit {v.number}": v.start for v in view.visits}
    out = []
    for w in view.windows:
        if w.status != "required":
            continue
        name = f"{w.label or w.kind} ({w.earliest.isoformat()} – {w.latest.isoformat()})"
        said = (w.label or w.kind, w.words, w.earliest, w.latest)
        if w.planned.startswith("desk on "):
            out.append(DueRow(date.fromisoformat(w.planned[8:]), name, w.scheme, "desk",
                              *said))
        elif w.planned in starts:
            out.append(DueRow(starts[w.planned], name, w.scheme, "audit", *said))
        else:
            out.append(DueRow(w.latest, name, w.scheme, "not planned", *said))
    return out


def _findings(s, site: Site) -> list[OpenFinding]:
    rows = s.exec(select(Finding, Visit).join(Visit, col(Visit.id) == col(Finding.visit_id))
                  .where(Visit.site_id == site.id, col(Finding.severity).in_(
                      [str(g) for g in GAPS])).order_by(col(Visit.start), col(Finding.item_key)))
    out = []
    for finding, visit in rows:
        item = s.get(JointItem, finding.joint_item_id) if finding.joint_item_id else None
        actions = tuple(
            ActionDeadline(a.scheme_version_id or "", a.status, a.plan_due, a.close_due,
                           "" if finding.confidential else a.description, a.owner, a.priority)
            for a in s.exec(select(CorrectiveAction).where(
                CorrectiveAction.finding_id == finding.id).order_by(col(CorrectiveAction.id)))
            if a.status not in ("closed", "verified"))
        out.append(OpenFinding(f"{visit.start.isoformat()} – {visit.end.isoformat()}",
                               item.title if item else finding.item_key, finding.severity,
                               "" if finding.confidential else finding.observation, actions))
    return out


def overview(ws: Workspace, site: str, on: date | None = None) -> SiteOverview:
    on = on or date.today()
    with ws.session() as s:
        row = s.exec(select(Site).where(Site.name == site)).first()
        if row is None:
            raise NotFound(f"no site named '{site}'")
        findings = _findings(s, row)
        try:
            reg, problem = register(s, site, on), ""
            words = obligations_input(s, saved_id(row), on, reg)
        except JointAuditError as exc:  # no membership yet: the rest still stands
            reg, problem, words = None, exc.message, None
    due = _planned(ws, site, on)
    if reg is not None:  # the saved plan's visits and desk tasks are planned above already
        kinds = {"cap_plan": "action", "cap_close": "action",
                 "certificate_expires": "certificate"}
        due += [DueRow(u.due, u.what, u.version_id, kinds[u.kind]) for u in reg.upcoming
                if u.kind in kinds]
    due.sort(key=lambda d: (d.due, d.scheme, d.what))
    return SiteOverview(site, on, reg, problem, due, findings, words)
