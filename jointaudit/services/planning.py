"""Planning use cases for the desktop app and the CLI, returning plain read models.

``plan_sites`` computes windows, visits, teams, effort, saving, explanations and approval
warnings for one site or the whole portfolio; ``check_move`` validates dragging a visit to
another start date and re-plans the visits after it (live, nothing saved); ``save_plan`` stores a plan as JointPlan / Visit
/ VisitWindow / VisitTeamMember rows.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from sqlmodel import select

from jointaudit.planning.effort import joint_effort
from jointaudit.planning.explain import Explanation, expiring_said
from jointaudit.planning.inputs import PlanOptions, roster, site_problem
from jointaudit.planning.plan_view import (
    BlackoutRow,
    PlannedVisitRow,
    PlanView,
    ProblemRow,
    SavingRow,
    TeamRow,
    WindowRow,
)
from jointaudit.planning.portfolio import SiteOutcome, plan_portfolio
from jointaudit.planning.replan import Replan, replan
from jointaudit.planning.team import assign_team, book
from jointaudit.planning.visits import PlannedVisit, audit_ref
from jointaudit.planning.windows import beyond_known_approvals
from jointaudit.records.sites import find_site
from jointaudit.services import saved_plans
from jointaudit.store.db import Workspace
from jointaudit.store.models import (
    Auditor,
    CertificationBody,
    JointPlan,
    Site,
    Visit,
    VisitTeamMember,
    VisitWindow,
    saved_id,
)


def _problem(e: Explanation) -> ProblemRow:
    return ProblemRow(e.code, e.subject, e.message, tuple(e.alternatives), e.parts,
                      e.alternative_parts)


def _view(o: SiteOutcome, opts: PlanOptions, extra_notes: list[str]) -> PlanView:
    plan = o.plan
    v = PlanView(o.problem.name, opts.horizon_start, opts.horizon_end)
    where: dict[str, str] = {}
    said: dict[str, tuple] = {}  # ``where`` as (label key, values) for another language
    for n, visit in enumerate(plan.visits, 1):
        for w in visit.windows:
            where[w.uid] = f"visit {n}"
            said[w.uid] = ("planned_visit", n)
        team = o.teams.get(n - 1)
        v.visits.append(PlannedVisitRow(
            n, visit.start, visit.end, visit.days,
            tuple(f"{w.scheme_label} {w.label}" for w in visit.windows), visit.why,
            visit.effort.separate, visit.effort.joint, visit.effort.team_size,
            visit.effort.reductions,
            tuple(TeamRow(m.name, m.cb_name, m.role, m.version_keys)
                  for m in (team.members if team else [])),
            tuple(_problem(p) for p in (team.problems if team else [])),
            tuple(team.warnings if team else ()), tuple(team.rejections if team else ()),
            visit.days * _team_count(team, visit),
            tuple(audit_ref(w) for w in visit.windows), visit.why_parts,
            tuple(team.warning_parts if team else ())))
    for d in plan.desk:
        where[d.window.uid] = f"desk on {d.day.isoformat()}"
        said[d.window.uid] = ("planned_desk", d.day)
    seen = set()
    for w in plan.beyond:
        where[w.uid] = "after the horizon"
        said[w.uid] = ("planned_beyond",)
    for w in plan.windows + plan.unplanned + plan.possible + plan.beyond:
        if w.uid in seen:
            continue
        seen.add(w.uid)
        v.windows.append(_window_row(w, where.get(w.uid, "possible" if w.status == "possible"
                                                  else "not planned"),
                                     said.get(w.uid, ("planned_possible",)
                                              if w.status == "possible" else ("not_planned",))))
    for p in plan.problems:
        v.problems.append(_problem(p))
    v.windows.sort(key=lambda r: (r.earliest, r.scheme, r.kind))
    cal = o.problem.inp.calendar
    v.blackouts = [BlackoutRow(b.start, b.end, b.reason) for b in cal.blackouts
                   if b.end >= opts.horizon_start and b.start <= opts.horizon_end]
    expiring_now = expiring_said(cal, opts.horizon_start, timedelta(days=365))
    v.warnings = [text for text, _ in expiring_now]
    v.warning_parts = [parts for _, parts in expiring_now]
    for w in plan.windows:
        last = beyond_known_approvals(cal, w)
        if last and w.on_site:
            v.warnings.append(f"{w.scheme_label} {w.label} ({w.earliest.isoformat()}–"
                              f"{w.latest.isoformat()}) is planned assuming a CB approval is"
                              f" renewed: the last recorded one ends {last.isoformat()}")
            v.warning_parts.append(("warn_beyond_approvals", (
                ("audit", ("$audit", audit_ref(w))), ("earliest", w.earliest),
                ("latest", w.latest), ("day", last))))
    v.notes += plan.notes + extra_notes
    s = o.saving
    joint = sum(x.auditor_days for x in v.visits)
    alone = sum(e.days * e.team_size for e in (
        joint_effort([w], o.problem.inp.packs, o.problem.inp.effort)
        for visit in plan.visits for w in visit.windows if w.on_site))
    v.saving = SavingRow(s.joint_visits, s.separate_visits, joint, alone, s.visits_saved,
                         alone - joint, s.joint_auditor_days, s.separate_auditor_days)
    return v


def _team_count(team, visit: PlannedVisit) -> int:
    """Auditors on the visit: its team when one was assigned, else the team size the
    packs' effort asks for (no approvals recorded: no team is assigned)."""
    if team is not None and team.members:
        return len({m.auditor_id for m in team.members})
    return visit.effort.team_size


def _window_row(w, planned: str, planned_parts: tuple = ()) -> WindowRow:
    return WindowRow(w.uid, w.scheme_label, w.kind, w.label, w.mode, w.earliest, w.latest,
                     w.due, w.reason, w.verified, w.status, planned, w.words,
                     w.reason_parts, planned_parts)


def plan_sites(ws: Workspace, site: str | int | None, opts: PlanOptions) -> list[PlanView]:
    """Plan one site (by name or id) or, with ``site=None``, every site of the workspace."""
    cache: dict = {}
    with ws.session() as s:
        sites = [find_site(s, site)] if site is not None else \
            s.exec(select(Site).order_by(Site.name)).all()
        problems, packs, notes = [], {}, {}
        for row in sites:
            problem, p, n = site_problem(s, row, opts, cache)
            problems.append(problem)
            packs.update(p)
            notes[row.name] = n
        team_roster = roster(s)
    outcomes = plan_portfolio(problems, packs, team_roster)
    return [_view(o, opts, notes[o.problem.name]) for o in outcomes]


@dataclass(frozen=True)
class VisitChangeRow:
    """How one visit after the moved one changed: moved / added / removed / unchanged."""

    change: str
    number: int | None  # in the plan after the move (None: removed)
    was_number: int | None  # in the plan before it (None: added)
    start: date | None
    end: date | None
    was_start: date | None
    was_end: date | None
    audits: tuple[str, ...]


@dataclass(frozen=True)
class WindowShiftRow:
    """A window whose dates moved with the moved visit (the next certificate's windows)."""

    uid: str
    audit: str  # "RJC Code of Practices 2019 Recertification audit"
    was_earliest: date
    was_latest: date
    earliest: date
    latest: date


@dataclass(frozen=True)
class MoveCheck:
    ok: bool  # the moved visit still covers every window it covered
    problems: tuple[str, ...]  # why not, per window
    team: tuple[TeamRow, ...] = ()
    team_problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # early renewals and what they start
    plan: PlanView | None = None  # the site's whole plan after the move
    moved_number: int = 0  # the moved visit's number in that plan
    later: tuple[PlannedVisitRow, ...] = ()  # the re-planned visits after it
    changes: tuple[VisitChangeRow, ...] = ()
    shifted: tuple[WindowShiftRow, ...] = ()
    impossible: tuple[ProblemRow, ...] = ()  # windows the move made impossible


def _audits(v: PlannedVisit | None) -> tuple[str, ...]:
    return tuple(f"{w.scheme_label} {w.label}" for w in v.windows) if v else ()


def _replanned(result: Replan, before: list[PlannedVisit]) -> tuple:
    new_no = {id(v): n for n, v in enumerate(result.plan.visits, 1)}
    old_no = {id(v): n for n, v in enumerate(before, 1)}
    changes = tuple(VisitChangeRow(
        c.kind, new_no.get(id(c.new)), old_no.get(id(c.old)),
        c.new.start if c.new else None, c.new.end if c.new else None,
        c.old.start if c.old else None, c.old.end if c.old else None,
        _audits(c.new or c.old)) for c in result.changes)
    shifted = tuple(WindowShiftRow(x.now.uid, f"{x.now.scheme_label} {x.now.label}",
                                   x.was.earliest, x.was.latest, x.now.earliest, x.now.latest)
                    for x in result.shifted)
    return new_no[id(result.moved)], changes, shifted


def check_move(ws: Workspace, site: str | int, opts: PlanOptions, visit_number: int,
               new_start: date) -> MoveCheck:
    """The site's visit ``visit_number`` dragged to start on ``new_start``: does it still
    cover its windows, who can audit it, and the re-planned visits after it (see
    ``jointaudit.planning.replan`` for what is kept, pinned and re-planned)."""
    cache: dict = {}
    with ws.session() as s:
        problem, packs, notes = site_problem(s, find_site(s, site), opts, cache)
        team_roster, fresh_roster = roster(s), roster(s)
    outcome = plan_portfolio([problem], packs, None)[0]
    if not 1 <= visit_number <= len(outcome.plan.visits):
        return MoveCheck(False, (f"there is no visit {visit_number} (the plan has"
                                 f" {len(outcome.plan.visits)})",))
    old: PlannedVisit = outcome.plan.visits[visit_number - 1]
    result = replan(problem.inp, outcome.plan, visit_number - 1, new_start)
    issues = tuple(f"{w.scheme_label} {w.label}: the visit {why}" for w, why in result.dropped)
    team: tuple[TeamRow, ...] = ()
    team_problems: tuple[str, ...] = ()
    if team_roster is not None:
        for j, other in enumerate(outcome.plan.visits):  # the site's other visits hold people
            if j != visit_number - 1:
                res = assign_team(other, problem.scope, team_roster, packs,
                                  team_size=other.effort.team_size)
                for m in res.members:
                    team_roster.book(m.auditor_id, other.start, other.end, f"visit {j + 1}")
        moved = replace(old, start=result.moved.start, end=result.moved.end)
        res = assign_team(moved, problem.scope, team_roster, packs,
                          team_size=old.effort.team_size)
        team_problems = tuple(p.message for p in res.problems)
        team = tuple(TeamRow(m.name, m.cb_name, m.role, m.version_keys) for m in res.members)
    after = SiteOutcome(problem, result.plan)
    if fresh_roster is not None:  # the new plan's teams, booked in date order
        for j, v in enumerate(result.plan.visits):
            after.teams[j] = assign_team(v, problem.scope, fresh_roster, packs,
                                         team_size=v.effort.team_size)
            book(fresh_roster, v, after.teams[j], f"the {problem.name} visit")
    view = _view(after, opts, notes)
    number, changes, shifted = _replanned(result, outcome.plan.visits)
    return MoveCheck(not issues, issues, team, team_problems, tuple(result.early), view,
                     number, tuple(view.visits[number:]), changes, shifted,
                     tuple(_problem(p) for p in result.impossible))


def save_plan(ws: Workspace, view: PlanView, name: str | None = None) -> int:
    """Store a computed plan as its site's current plan (the earlier ones are superseded,
    see ``saved_plans``); returns the JointPlan id."""
    plan_id = _store_plan(ws, view, name)
    saved_plans.supersede_others(ws, plan_id)
    return plan_id


def _store_plan(ws: Workspace, view: PlanView, name: str | None) -> int:
    with ws.session() as s:
        site = find_site(s, view.site)
        plan = JointPlan(created_at=datetime.now(UTC), name=name or f"{view.site} from {view.horizon_start.isoformat()}",
                         site_id=site.id, horizon_start=view.horizon_start,
                         horizon_years=max(1, round((view.horizon_end - view.horizon_start)
                                                    .days / 365.25)))
        s.add(plan)
        s.flush()
        by_visit: dict[str, int] = {}
        for v in view.visits:
            row = Visit(plan_id=saved_id(plan), site_id=saved_id(site), start=v.start, end=v.end,
                        person_days=v.person_days_joint, explanation=v.why)
            s.add(row)
            s.flush()
            by_visit[f"visit {v.number}"] = saved_id(row)
            # One row per role: an auditor may lead one scheme and serve on another's team.
            for m in v.team:
                aud = s.exec(select(Auditor).where(Auditor.name == m.name)).first()
                cb = s.exec(select(CertificationBody).where(CertificationBody.name == m.cb)
                            ).first()
                if aud:
                    s.add(VisitTeamMember(visit_id=saved_id(row), auditor_id=saved_id(aud),
                                          cb_id=cb.id if cb else None, role=m.role,
                                          scheme_ids=list(m.schemes)))
        for w in view.windows:
            s.add(VisitWindow(visit_id=by_visit.get(w.planned), plan_id=saved_id(plan),
                              scheme_version_id=w.uid.split("/")[0], audit_kind=w.kind,
                              mode=w.mode, earliest=w.earliest, latest=w.latest, due=w.due,
                              reason=w.reason, verified=w.verified))
        return saved_id(plan)
