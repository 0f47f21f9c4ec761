"""The joint visit planner: the fewest on-site visits that cover every audit window.

Objective, in order: fewest on-site visits; then fewest auditor-days; then the earliest
completion of the last audit.

* :func:`plan_greedy` — interval stabbing. Repeatedly take the open window whose latest
  covering start is earliest, put a visit on that latest start, and let it cover every other
  window it can. With fixed windows, shared blackouts and a fixed visit length this is
  optimal (every window's feasible starts are an interval of the blackout-free days, the
  classic exchange argument applies); the oracle test checks it against brute force. Visits
  of non-cascading windows are then moved as early as their windows allow, which keeps the
  count and brings the last audit forward. With cascades (a renewing audit's date moves the
  next certificate) the same loop is the documented *heuristic*: it fixes each audit as
  late as its window allows, which pushes later cycles out, then lets the chain produce the
  next windows.
* ``planning.exact.plan_exact`` — the optimum for small instances with cascades (dynamic
  programming over cascade states with bounds); the benchmark measures the heuristic's gap
  against it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from jointaudit.cycles import AuditWindow, ChainState, advance, assumed_day, pending
from jointaudit.packs.format import Pack
from jointaudit.planning.effort import EffortContext, JointEffort, joint_effort
from jointaudit.planning.explain import Explanation, diagnose
from jointaudit.planning.windows import ONE, SiteCalendar, covers, earliest_start, latest_start


@dataclass(frozen=True)
class PlannedVisit:
    start: date
    end: date
    windows: tuple[AuditWindow, ...]
    effort: JointEffort
    why: str

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class DeskAudit:
    window: AuditWindow
    day: date


@dataclass(frozen=True)
class PlanInput:
    """One site's planning problem."""

    chains: tuple[ChainState, ...]
    fixed: tuple[AuditWindow, ...]  # windows that never cascade (financial-year assurance)
    packs: Mapping[str, Pack]
    calendar: SiteCalendar
    effort: EffortContext
    horizon_start: date
    horizon_end: date


@dataclass
class SitePlan:
    visits: list[PlannedVisit] = field(default_factory=list)
    desk: list[DeskAudit] = field(default_factory=list)
    possible: list[AuditWindow] = field(default_factory=list)
    unplanned: list[AuditWindow] = field(default_factory=list)
    problems: list[Explanation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def windows(self) -> list[AuditWindow]:
        return [w for v in self.visits for w in v.windows] + [d.window for d in self.desk]

    @property
    def auditor_days(self) -> float:
        return round(sum(v.effort.joint for v in self.visits), 2)

    def score(self) -> tuple:
        last = max([v.end for v in self.visits] + [date.min])
        return (len(self.visits), self.auditor_days, last)


class _Frontier:
    """The windows known so far and the chain each came from."""

    def __init__(self, inp: PlanInput):
        self.inp = inp
        self.chains = list(inp.chains)
        self.fixed_done: set[str] = set()
        self.possible: dict[str, AuditWindow] = {}
        self._pending: list[list | None] = [None] * len(self.chains)  # until a chain moves

    def required(self) -> list[tuple[AuditWindow, int | None]]:
        out = [(w, None) for w in self.inp.fixed if w.uid not in self.fixed_done]
        for i, c in enumerate(self.chains):
            if self._pending[i] is None:
                self._pending[i] = []
                for w in pending(c):
                    if w.status == "required":
                        self._pending[i].append(w)
                    else:
                        self.possible.setdefault(w.uid, w)
            out += [(w, i) for w in self._pending[i]]
        return out

    def commit(self, w: AuditWindow, chain: int | None, start: date, end: date) -> None:
        if chain is None:
            self.fixed_done.add(w.uid)
        else:
            self.chains[chain] = advance(self.chains[chain], w, start, end)
            self._pending[chain] = None


_LENGTHS: dict = {}  # (input, what the effort reads of each window) → length; per plan


def _length(inp: PlanInput, group) -> int:
    # effort depends on a window's scheme, kind and mode only, so the yearly windows of a
    # ten-year horizon share one entry
    key = (id(inp), tuple(sorted((w.version_key, w.kind, w.mode, w.renews, w.on_site_days)
                                 for w in group)))
    if key not in _LENGTHS:
        _LENGTHS[key] = joint_effort(group, inp.packs, inp.effort).days
    return _LENGTHS[key]


def _ls(inp: PlanInput, w: AuditWindow, floor: date) -> date | None:
    return latest_start(w, _length(inp, [w]), inp.calendar, floor)


def _group_at(inp: PlanInput, first: AuditWindow, start: date, others, floor: date):
    """Grow a visit from ``first`` at ``start``: add each other window whose addition keeps
    a start covering the whole group (the length may grow with the group's effort)."""
    group = [first]
    length = _length(inp, group)
    for w in others:
        if w.earliest > start or w.latest < start:  # cannot share a visit starting then
            continue
        trial = group + [w]
        n = _length(inp, trial)
        s = start if n == length else min(
            (latest_start(x, n, inp.calendar, floor) or date.min) for x in trial)
        if s >= floor and all(covers(x, s, n, inp.calendar) for x in trial):
            group, length, start = trial, n, s
    return group, start, length


def _why(group, start: date, first: AuditWindow, shifted: bool) -> str:
    names = ", ".join(f"{w.scheme_label} {w.label}" for w in group)
    if shifted:
        return (f"{start.isoformat()}: the earliest day on which all of {names} are open and"
                " no blackout or approval gap is hit")
    return (f"{start.isoformat()}: the latest start that still fits {first.scheme_label}"
            f" {first.label} (its window closes {first.latest.isoformat()}); it also covers"
            f" {names}")


def _left_shift(inp: PlanInput, visits: list[PlannedVisit]) -> list[PlannedVisit]:
    out: list[PlannedVisit] = []
    floor = inp.horizon_start
    for v in visits:
        if not any(w.cascades for w in v.windows):
            s = earliest_start(v.windows, v.days, inp.calendar, floor, v.start)
            if s is not None and s < v.start:
                v = replace(v, start=s, end=s + (v.days - 1) * ONE,
                            why=_why(v.windows, s, v.windows[0], True))
        out.append(v)
    return sorted(out, key=lambda v: (v.start, v.end))


def _desk(front: _Frontier, plan: SitePlan, todo, floor: date) -> bool:
    """Schedule desk audits on their due day; they need no visit. True if any was done."""
    did = False
    for w, chain in todo:
        if not w.on_site:
            day = max(assumed_day(w), front.inp.horizon_start)
            plan.desk.append(DeskAudit(w, day))
            front.commit(w, chain, day, day)
            did = True
    return did


def plan_greedy(inp: PlanInput, *, shift_earlier: bool = True) -> SitePlan:
    _LENGTHS.clear()
    plan = SitePlan()
    front = _Frontier(inp)
    floor = inp.horizon_start
    starts: dict[str, date | None] = {}  # a window's latest start never changes: floor is fixed
    for _ in range(10_000):
        todo = front.required()
        if _desk(front, plan, todo, floor):
            continue
        if not todo:
            break
        for w, _ in todo:
            if w.uid not in starts:
                starts[w.uid] = _ls(inp, w, floor)
        bad = [(w, c) for w, c in todo if starts[w.uid] is None]
        if bad:  # name it, assume it happens late anyway so later cycles still follow
            w, chain = min(bad, key=lambda p: (p[0].latest, p[0].uid))
            plan.problems.append(diagnose(w, _length(inp, [w]), inp.calendar, floor,
                                          inp.horizon_start))
            plan.unplanned.append(w)
            front.commit(w, chain, w.latest, w.latest)
            continue
        first, _ = min(todo, key=lambda p: (starts[p[0].uid], p[0].latest, p[0].uid))
        at = starts[first.uid]
        ordered = sorted((p for p in todo if p[0] is not first and p[0].earliest <= at
                          <= p[0].latest), key=lambda p: (starts[p[0].uid], p[0].latest,
                                                          p[0].uid))
        group, s, length = _group_at(inp, first, at, [w for w, _ in ordered], floor)
        end = s + (length - 1) * ONE
        chain_of = {w.uid: c for w, c in todo}
        for w in group:
            front.commit(w, chain_of[w.uid], s, end)
        effort = joint_effort(group, inp.packs, inp.effort)
        plan.visits.append(PlannedVisit(s, end, tuple(group), effort, _why(group, s, first,
                                                                           False)))
    if shift_earlier:
        plan.visits = _left_shift(inp, plan.visits)
    _finish(front, plan)
    _LENGTHS.clear()
    return plan


def _finish(front: _Frontier, plan: SitePlan) -> None:
    plan.possible = sorted(front.possible.values(), key=lambda w: (w.earliest, w.uid))
    for c in front.chains:
        plan.notes += list(c.notes) + ([c.stopped] if c.stopped else [])
