"""Saved plans as a user manages them: which audits a plan would leave uncovered (asked
about before saving), the saved plans of the workspace, two plans compared visit by visit,
a plan deleted, another made current.

A site has one *current* plan: saving a site's plan supersedes its earlier ones (kept,
listed, restorable), so visit lists and the obligations register show each visit once.
A superseded plan's visits that already carry fieldwork stay listed — nothing recorded
disappears — and a plan with fieldwork cannot be deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import col, select

from jointaudit.common.errors import InvalidInput, NotFound
from jointaudit.planning.plan_view import PlanView
from jointaudit.store.db import Workspace
from jointaudit.store.models import (
    Evidence,
    Finding,
    JointPlan,
    ReportFields,
    Site,
    Visit,
    VisitTeamMember,
    VisitWindow,
)

CURRENT, SUPERSEDED = "draft", "superseded"  # "draft" is the status a saved plan starts in


def uncovered_audits(view: PlanView) -> list[str]:
    """The required audits ``view`` leaves without a visit: never planned, or planned on a
    visit whose dates (after a drag) no longer lie inside the audit's window."""
    visits = {f"visit {v.number}": v for v in view.visits}
    out = []
    for w in view.windows:
        if w.status != "required" or w.planned.startswith("desk on ") \
                or w.planned == "after the horizon":  # the next plan's audit, not a gap
            continue
        v = visits.get(w.planned)
        if v is None or not (w.earliest <= v.start and v.end <= w.latest):
            when = f"{w.earliest.isoformat()} – {w.latest.isoformat()}"
            out.append(f"{w.scheme} {w.label or w.kind} ({when})")
    return out


@dataclass(frozen=True)
class SavedPlanRow:
    id: int
    name: str
    site: str
    saved_at: datetime
    status: str  # "current" / "superseded"
    visits: int
    first_visit: date | None
    fieldwork: int  # findings, evidence and report texts recorded on its visits

    @property
    def current(self) -> bool:
        return self.status == "current"


def _fieldwork(s, visit_ids: list[int]) -> int:
    if not visit_ids:
        return 0
    return sum(len(s.exec(select(col(model.id)).where(col(model.visit_id).in_(visit_ids))).all())
               for model in (Finding, Evidence, ReportFields))


def _visit_ids(s, plan_id: int) -> list[int]:
    return [i for i in s.exec(select(col(Visit.id)).where(Visit.plan_id == plan_id)).all()
            if i is not None]


def saved_plans(ws: Workspace, site: str | None = None) -> list[SavedPlanRow]:
    """Every saved plan (or one site's), newest first."""
    with ws.session() as s:
        query = select(JointPlan, Site).join(Site, col(Site.id) == col(JointPlan.site_id))
        if site is not None:
            query = query.where(Site.name == site)
        out = []
        for plan, row in s.exec(query.order_by(col(JointPlan.created_at).desc(),
                                               col(JointPlan.id).desc())):
            assert plan.id is not None
            starts: list[date] = sorted(s.exec(select(col(Visit.start)).where(
                Visit.plan_id == plan.id)).all())
            out.append(SavedPlanRow(
                plan.id, plan.name, row.name, plan.created_at,
                "superseded" if plan.status == SUPERSEDED else "current", len(starts),
                starts[0] if starts else None, _fieldwork(s, _visit_ids(s, plan.id))))
        return out


def supersede_others(ws: Workspace, plan_id: int) -> list[int]:
    """Make ``plan_id`` its site's current plan; returns the plans it superseded."""
    with ws.session() as s:
        plan = s.get(JointPlan, plan_id)
        if plan is None:
            raise NotFound(f"no saved plan with id {plan_id}")
        plan.status = CURRENT
        s.add(plan)
        others = s.exec(select(JointPlan).where(JointPlan.site_id == plan.site_id,
                                                JointPlan.id != plan_id,
                                                JointPlan.status != SUPERSEDED)).all()
        for other in others:
            other.status = SUPERSEDED
            s.add(other)
        return [o.id for o in others if o.id is not None]


def listed_visit_ids(session) -> set[int]:
    """The visits visit lists show: those of current plans, and any visit with fieldwork."""
    rows = session.exec(select(col(Visit.id), col(JointPlan.status))
                        .join(JointPlan, col(JointPlan.id) == col(Visit.plan_id))).all()
    hidden = [vid for vid, status in rows if status == SUPERSEDED]
    kept: set[int] = set()
    for model in (Finding, Evidence, ReportFields):
        if hidden:
            kept |= set(session.exec(select(col(model.visit_id))
                                     .where(col(model.visit_id).in_(hidden))).all())
    return {vid for vid, status in rows if status != SUPERSEDED} | kept


def delete_plan(ws: Workspace, plan_id: int) -> str:
    """Delete a saved plan with its visits, windows and teams — refused while any of its
    visits holds fieldwork. Returns the plan's name."""
    with ws.session() as s:
        plan = s.get(JointPlan, plan_id)
        if plan is None:
            raise NotFound(f"no saved plan with id {plan_id}")
        ids = _visit_ids(s, plan_id)
        if (n := _fieldwork(s, ids)):
            raise InvalidInput(f"plan '{plan.name}' cannot be deleted: its visits hold {n} "
                               "finding(s), evidence file(s) or report text(s)")
        for member in s.exec(select(VisitTeamMember).where(
                col(VisitTeamMember.visit_id).in_(ids))):
            s.delete(member)
        for window in s.exec(select(VisitWindow).where(VisitWindow.plan_id == plan_id)):
            s.delete(window)
        s.flush()
        for visit in s.exec(select(Visit).where(Visit.plan_id == plan_id)):
            s.delete(visit)
        s.flush()
        name = plan.name
        s.delete(plan)
        return name


@dataclass(frozen=True)
class VisitDifference:
    change: str  # "same" / "moved" / "only in first" / "only in second"
    audits: str
    first: tuple[date, date] | None
    second: tuple[date, date] | None


def _saved_visits(s, plan_id: int) -> list[tuple[date, date, frozenset[str]]]:
    out = []
    for v in s.exec(select(Visit).where(Visit.plan_id == plan_id).order_by(col(Visit.start))):
        audits = frozenset(f"{w.scheme_version_id} {w.audit_kind}" for w in s.exec(
            select(VisitWindow).where(VisitWindow.visit_id == v.id)))
        out.append((v.start, v.end, audits))
    return out


def _view_visits(view: PlanView) -> list[tuple[date, date, frozenset[str]]]:
    held: dict[str, set[str]] = {}
    for w in view.windows:
        held.setdefault(w.planned, set()).add(f"{w.uid.split('/')[0]} {w.kind}")
    return [(v.start, v.end, frozenset(held.get(f"visit {v.number}", ())))
            for v in view.visits]


def compare_plans(ws: Workspace, first: int, second: int | PlanView) -> list[VisitDifference]:
    """Visit by visit: a saved plan against another saved plan or the plan on screen.
    Visits are matched by the audits they hold."""
    with ws.session() as s:
        if s.get(JointPlan, first) is None:
            raise NotFound(f"no saved plan with id {first}")
        a = _saved_visits(s, first)
        b = _view_visits(second) if isinstance(second, PlanView) else _saved_visits(s, second)
    rest = list(b)
    out = []
    for start, end, audits in a:
        match = next((x for x in rest if x[2] == audits), None) or \
            next((x for x in rest if x[2] & audits), None)
        label = ", ".join(sorted(audits)) or "no audit"
        if match is None:
            out.append(VisitDifference("only in first", label, (start, end), None))
            continue
        rest.remove(match)
        change = "same" if (match[0], match[1]) == (start, end) else "moved"
        out.append(VisitDifference(change, label, (start, end), (match[0], match[1])))
    out += [VisitDifference("only in second", ", ".join(sorted(x[2])) or "no audit", None,
                            (x[0], x[1])) for x in rest]
    return sorted(out, key=_first_day)


def _first_day(d: VisitDifference) -> date:
    shown = d.first or d.second
    assert shown is not None  # every difference has a side
    return shown[0]

