"""Improving a plan by pulling renewing audits earlier (a local search over the greedy plan).

The greedy planner fixes every audit as late as its window allows. For a renewing audit
whose date moves the next certificate (``AuditWindow.cascades``) that is the one choice it
cannot revisit: auditing it earlier moves the chain's next windows earlier too, and can make
the next renewal fall where another scheme's audit already happens, so the two share a
visit (the refinery of tests/core/test_planner_improve.py saves one visit in five).

:func:`improve` tries, for each visit holding a cascading renewal, a few earlier start days
and re-plans everything after the moved visit with :func:`planning.replan.replan` (kept
visits before it, the moved visit pinned, greedy after it). A move is kept when the whole
plan scores better by ``exact.plan_score`` (fewest windows left impossible, then visits,
auditor-days, last end); the search stops when a pass over the visits finds nothing better
or ``budget`` re-plans are spent. The result is therefore never worse than the input.

An earlier end may be a stepping stone (the refinery's first move only ends earlier; the
second then saves a visit), but it is not a result: auditing a renewal earlier cuts short
the certificate it replaces, months of validity the site paid for. So the improved plan is
returned only when it leaves fewer windows impossible, needs fewer visits or fewer
auditor-days than the input; otherwise the input plan is.

**Candidate days** (why these): the next renewal of the chain is the window that moves. In
the current plan it sits in some later visit; pulling the renewal k days earlier pulls that
window about k days earlier (next validity from the decision date; rules read dates from
their anchors, so the shift is the same to within a day or two of month arithmetic). So k is
chosen to make the shifted window close when another scheme's window closes, make its last
covering start fall on the start of another scheme's later visit, or make it open on that
visit's start or on the last day another scheme's window can start it — the alignments under
which the greedy stabbing of the rest puts both on one visit (smallest shifts first: they
disturb least). Before these come the earliest day the visit can start (the renewal as early
as allowed: the chain gains the most room) and two evenly spaced days in between, for
alignments further down the chain.
Each candidate is moved back to the nearest day at or before it on which the visit still
covers all its windows (blackouts, approvals), so the pinned visit keeps its audits.

Moves that ``replan`` would accept only as an *early renewal* (before the window opens) are
rejected: the improvement never changes what a window is.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from jointaudit.planning.effort import joint_effort
from jointaudit.planning.exact import plan_score
from jointaudit.planning.explain import diagnose
from jointaudit.planning.replan import replan
from jointaudit.planning.visits import PlanInput, PlannedVisit, SitePlan
from jointaudit.planning.windows import ONE, covers_all, why_not_covered

BUDGET = 40  # re-plans per site by default: see docs/planning.md, "Improvement"
CANDIDATES = 8  # start days tried per visit and pass


def _lowest(inp: PlanInput, plan: SitePlan, index: int) -> date:
    """The earliest day the visit may start: its windows open, the horizon started."""
    v = plan.visits[index]
    return max([inp.horizon_start] + [w.earliest for w in v.windows])


def _next_renewal(plan: SitePlan, index: int):
    """The chain's next renewing window after this visit, and the visit that holds it."""
    v = plan.visits[index]
    keys = {w.version_key for w in v.windows if w.cascades}
    for later in plan.visits[index + 1:]:
        for w in later.windows:
            if w.version_key in keys and w.renews:
                return w, later
    return None, None


def _candidates(inp: PlanInput, plan: SitePlan, index: int) -> list[date]:
    v = plan.visits[index]
    lo = _lowest(inp, plan, index)
    if lo >= v.start:
        return []
    shifts: list[int] = []
    nxt, holder = _next_renewal(plan, index)
    if nxt is not None:
        span = (holder.days - 1) * ONE
        for other in plan.visits[index + 1:]:
            if other is holder or any(w.version_key == nxt.version_key
                                      for w in other.windows):
                continue
            shifts.append((nxt.latest - span - other.start).days)
            shifts.append((nxt.earliest - other.start).days)
            for w in other.windows:
                shifts.append((nxt.latest - w.latest).days)
                shifts.append((nxt.earliest - (w.latest - (other.days - 1) * ONE)).days)
    room = (v.start - lo).days
    aligned = sorted({k for k in shifts if 0 < k <= room})  # smallest shifts disturb least
    out: list[date] = []
    for k in [room, room // 3, 2 * room // 3] + aligned:
        day = _covering_day(inp, v, v.start - k * ONE, lo)
        if day is not None and day < v.start and day not in out:
            out.append(day)
        if len(out) >= CANDIDATES:
            break
    return out


def _covering_day(inp: PlanInput, v: PlannedVisit, day: date, lo: date) -> date | None:
    """The nearest day at or before ``day`` (not before ``lo``) on which the visit, with
    its length, still covers all its windows."""
    for _ in range(60):
        if day < lo:
            return None
        if covers_all(v.windows, day, v.days, inp.calendar):
            return day
        day -= ONE
    return None


def _valid(inp: PlanInput, plan: SitePlan) -> bool:
    return all(why_not_covered(w, v.start, v.days, inp.calendar) is None
               for v in plan.visits for w in v.windows)


def _gain(was: tuple, now: tuple) -> str:
    """What the move bought, in the objective's order (scores from ``plan_score``)."""
    if now[0] < was[0]:
        return f"leaves {was[0] - now[0]} fewer audit(s) impossible"
    if now[1] < was[1]:
        return f"needs {was[1] - now[1]} visit(s) fewer"
    if now[2] < was[2]:
        return f"needs {round(was[2] - now[2], 2):g} auditor-days fewer"
    return f"ends its last audit on {now[3].isoformat()} instead of {was[3].isoformat()}"


def _explain(plan: SitePlan, moved: PlannedVisit, was: PlannedVisit, gain: str) -> SitePlan:
    names = ", ".join(f"{w.scheme_label} {w.label}" for w in moved.windows)
    why = (f"{moved.start.isoformat()}: brought forward from {was.start.isoformat()} by the"
           " improvement search (auditing a renewal earlier moves its scheme's next"
           f" certificate and windows earlier): the plan then {gain}; covers {names}")
    plan.visits = [replace(v, why=why) if v is moved else v for v in plan.visits]
    return plan


def improve(inp: PlanInput, plan: SitePlan, *, budget: int = BUDGET) -> SitePlan:
    """A plan at least as good as ``plan`` by ``plan_score``, found with at most ``budget``
    re-plans of renewing audits pulled earlier (see the module text)."""
    best, score = plan, plan_score(plan)
    # fixed windows never cascade, whatever their kind: only chains move with a date
    fixed = {w.uid for w in inp.fixed}
    spent = 0
    improved = True
    while improved and spent < budget:
        improved = False
        index = 0
        while index < len(best.visits) and spent < budget:
            visit = best.visits[index]
            if not any(w.cascades and w.uid not in fixed for w in visit.windows):
                index += 1
                continue
            found = None
            for day in _candidates(inp, best, index):
                if spent >= budget:
                    break
                spent += 1
                out = replan(inp, best, index, day)
                if out.early or not _valid(inp, out.plan):
                    continue
                s = plan_score(out.plan)
                if s < score and (found is None or s < found[0]):
                    found = (s, out)
            if found is None:
                index += 1
                continue
            gain = _gain(score, found[0])
            score, out = found
            best = _explain(out.plan, out.moved, visit, gain)
            improved = True
            index = next(i for i, v in enumerate(best.visits) if v.start == out.moved.start
                         and v.windows == out.moved.windows) + 1
    if score[:3] >= plan_score(plan)[:3]:  # only an earlier end: not worth the validity
        return plan
    best.problems = _diagnosed(inp, best)
    return best


def _diagnosed(inp: PlanInput, plan: SitePlan) -> list:
    """Each window left impossible diagnosed as the greedy planner does, from the horizon
    start (``replan`` diagnoses from the moved visit's end and speaks of a user's move)."""
    return [diagnose(w, joint_effort([w], inp.packs, inp.effort).days, inp.calendar,
                     inp.horizon_start, inp.horizon_start) for w in plan.unplanned]
