"""Re-planning after a user drags one visit to new dates: what follows it moves too.

Rules (documented in docs/planning.md, "Moving a visit"):

* **Kept**: the visits that came before the moved one in the plan *and* still end before its
  new first day stay as they are, with the desk audits dated before that day. They are
  replayed through the chains (``cycles.advance``) so the chains stand where they stood.
* **Pinned**: the moved visit keeps its length and sits on the user's dates. It keeps each of
  its windows that it still covers there (the cover definition of ``windows.py``); a
  renewing audit that now starts *before* its window opens counts as an early renewal when
  the pack says what an early renewal starts (``cycle.early_renewal_starts``) and every
  other cover rule holds. Each kept chain window advances its chain at the new dates, so the
  next certificate and all its windows follow. Windows it no longer covers go back to be
  re-planned.
* **Re-planned**: everything else — the later visits, the windows the moved visit dropped,
  and any earlier visit it jumped over — is planned again by ``plan_greedy`` from the
  advanced chains and the fixed windows not yet done, with the **floor** the day after the
  moved visit ends: a site receives one visit at a time and what follows the move comes
  after it. A window that fitted before the move but cannot fit after it is named with
  ``explain.MOVED_PAST`` and offered the nearest ways out (an extra visit before the moved
  one, or the last start of the moved visit that leaves room for it).

What changed is reported against the old plan: visits moved (same audits, new dates), added
or removed; windows whose dates moved with the cascade; windows newly impossible.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from jointaudit.planning.cycles import AuditWindow, ChainState, advance, pending
from jointaudit.planning.effort import joint_effort
from jointaudit.planning.explain import Explanation, moved_past
from jointaudit.planning.visits import (
    PlanInput,
    PlannedVisit,
    SitePlan,
    audit_ref,
    plan_greedy,
)
from jointaudit.planning.windows import ONE, Blackout, latest_start, why_not_covered


@dataclass(frozen=True)
class VisitChange:
    kind: str  # moved / added / removed / unchanged
    old: PlannedVisit | None
    new: PlannedVisit | None


@dataclass(frozen=True)
class WindowShift:
    """A window whose dates moved because an audit before it moved (a cascade)."""

    was: AuditWindow
    now: AuditWindow


@dataclass
class Replan:
    plan: SitePlan  # the whole site plan after the move, visits in date order
    moved: PlannedVisit
    kept: list[PlannedVisit] = field(default_factory=list)
    later: list[PlannedVisit] = field(default_factory=list)
    dropped: list[tuple[AuditWindow, str]] = field(default_factory=list)  # (window, why)
    early: list[str] = field(default_factory=list)
    changes: list[VisitChange] = field(default_factory=list)
    shifted: list[WindowShift] = field(default_factory=list)
    impossible: list[Explanation] = field(default_factory=list)  # newly impossible only
    floor: date = date.min


class _Replay:
    """The chains and fixed windows as the kept part of the plan leaves them."""

    def __init__(self, inp: PlanInput):
        self.inp = inp
        self.chains: list[ChainState] = list(inp.chains)
        self.fixed = {w.uid for w in inp.fixed}
        self.fixed_done: set[str] = set()

    def chain_of(self, w: AuditWindow) -> int | None:
        return next((i for i, c in enumerate(self.chains) if c.history.key == w.version_key),
                    None)

    def current(self, w: AuditWindow) -> AuditWindow | None:
        """The window as its chain now lists it (None: not due at this point of the chain)."""
        if w.uid in self.fixed:
            return None if w.uid in self.fixed_done else w
        i = self.chain_of(w)
        return None if i is None else next((p for p in pending(self.chains[i])
                                            if p.uid == w.uid), None)

    def commit(self, w: AuditWindow, start: date, end: date) -> None:
        if w.uid in self.fixed:
            self.fixed_done.add(w.uid)
            return
        i = self.chain_of(w)
        if i is not None:
            self.chains[i] = advance(self.chains[i], w, start, end)


def _early_ok(inp: PlanInput, w: AuditWindow, start: date, days: int) -> bool:
    pack = inp.packs.get(w.version_key)
    return (w.renews and start < w.earliest and pack is not None
            and bool(pack.cycle.early_renewal_starts)
            and why_not_covered(replace(w, earliest=start), start, days, inp.calendar) is None)


def _pin(inp: PlanInput, replay: _Replay, old: PlannedVisit, start: date,
         out: Replan) -> PlannedVisit:
    end = start + (old.days - 1) * ONE
    covered: list[AuditWindow] = []
    for w in sorted(old.windows, key=lambda x: (x.earliest, x.uid)):
        now = replay.current(w)
        if now is None:
            out.dropped.append((w, "is not due at this point of its scheme's cycle"))
            continue
        why = why_not_covered(now, start, old.days, inp.calendar)
        if why and _early_ok(inp, now, start, old.days):
            why = None
            pack = inp.packs[now.version_key]
            out.early.append(
                f"{now.scheme_label} {now.label} starts before its window opens on"
                f" {now.earliest.isoformat()}: an early renewal, so the next certificate"
                f" starts on the {(pack.cycle.early_renewal_starts or '').replace('_', ' ')}"
                f" (source: {pack.cycle.source.strip()})")
        if why:
            out.dropped.append((now, why))
            continue
        covered.append(now)
        replay.commit(now, start, end)
    names = ", ".join(f"{w.scheme_label} {w.label}" for w in covered) or "no audit"
    # the pinned visit keeps its length even when it now covers less
    effort = replace(joint_effort(covered, inp.packs, inp.effort), days=old.days)
    return PlannedVisit(start, end, tuple(covered), effort,
                        f"{start.isoformat()}: moved here by the user; covers {names}",
                        why_parts=("why_moved", (("start", start),
                                                 ("audits", tuple(audit_ref(w)
                                                                  for w in covered)))))


def _length(inp: PlanInput, w: AuditWindow) -> int:
    return joint_effort([w], inp.packs, inp.effort).days


def _why_impossible(inp: PlanInput, w: AuditWindow, moved: PlannedVisit, kept_floor: date,
                    floor: date, given: Explanation, own: bool) -> Explanation:
    """The planner's own diagnosis, unless it is the move that leaves no room: then say so
    and offer an extra visit before the moved one, or moved dates that leave room for it
    (for a window the moved visit itself held: dates on which it covers it again)."""
    length = _length(inp, w)
    if latest_start(w, length, inp.calendar, floor) is not None or \
            latest_start(w, length, inp.calendar, kept_floor) is None:
        return given
    before = replace(inp.calendar, blackouts=inp.calendar.blackouts + (
        Blackout(moved.start, date.max - ONE * 400, "the moved visit"),))
    slot = latest_start(w, length, before, kept_floor)
    if own:
        back = latest_start(w, moved.days, inp.calendar, kept_floor)
        return moved_past(w, length, moved.start, moved.end, slot, None, back)
    last = latest_start(w, length, inp.calendar, kept_floor)
    return moved_past(w, length, moved.start, moved.end, slot,
                      last - moved.days * ONE if last else None)


def _diff(old: list[PlannedVisit], new: list[PlannedVisit]) -> list[VisitChange]:
    """Pair old and new visits by the audits they share (window uids survive a cascade)."""
    left = list(old)
    out = []
    for v in new:
        mine = {w.uid for w in v.windows}
        best = max(left, key=lambda o: len(mine & {w.uid for w in o.windows}), default=None)
        if best is not None and mine & {w.uid for w in best.windows}:
            left.remove(best)
            same = (best.start, best.end) == (v.start, v.end)
            out.append(VisitChange("unchanged" if same else "moved", best, v))
        else:
            out.append(VisitChange("added", None, v))
    out += [VisitChange("removed", o, None) for o in left]
    return out


def _all_windows(plan: SitePlan) -> dict[str, AuditWindow]:
    return {w.uid: w for w in plan.windows + plan.unplanned + plan.possible}


def replan(inp: PlanInput, plan: SitePlan, index: int, new_start: date) -> Replan:
    """The site's plan after its visit ``index`` (0-based) is moved to start on
    ``new_start``: earlier visits kept, the moved one pinned, what follows re-planned."""
    old = plan.visits[index]
    kept = [v for j, v in enumerate(plan.visits) if j < index and v.end < new_start]
    kept_desk = [d for d in plan.desk if d.day < new_start]
    # an impossible window was assumed to happen on its last day, so later cycles follow
    kept_unplanned = [w for w in plan.unplanned if w.latest < new_start]
    replay = _Replay(inp)
    events = [(v.start, v.end, w) for v in kept for w in v.windows]
    events += [(d.day, d.day, d.window) for d in kept_desk]
    events += [(w.latest, w.latest, w) for w in kept_unplanned]
    for start, end, w in sorted(events, key=lambda e: (e[0], e[1], e[2].uid)):
        replay.commit(w, start, end)
    out = Replan(SitePlan(), old)
    out.moved = _pin(inp, replay, old, new_start, out)
    floor = out.moved.end + ONE
    out.floor = floor
    rest = plan_greedy(replace(inp, chains=tuple(replay.chains),
                               fixed=tuple(w for w in inp.fixed
                                           if w.uid not in replay.fixed_done),
                               horizon_start=floor))
    kept_floor = max([inp.horizon_start] + [v.end + ONE for v in kept])
    unplanned = {w.uid: w for w in rest.unplanned}
    own = {w.uid for w, _ in out.dropped}
    problems = [_why_impossible(inp, unplanned[p.subject], out.moved, kept_floor, floor, p,
                                p.subject in own)
                if p.subject in unplanned else p for p in rest.problems]
    kept_uids = {w.uid for w in kept_unplanned}
    out.kept, out.later = kept, rest.visits
    out.plan = SitePlan(
        visits=sorted(kept + [out.moved] + rest.visits, key=lambda v: (v.start, v.end)),
        desk=kept_desk + rest.desk,
        possible=sorted({w.uid: w for w in [p for p in plan.possible if p.earliest < new_start]
                         + rest.possible}.values(), key=lambda w: (w.earliest, w.uid)),
        unplanned=kept_unplanned + rest.unplanned,
        problems=[p for p in plan.problems if p.subject in kept_uids] + problems,
        notes=rest.notes + out.early)
    before = {p.subject for p in plan.problems}
    out.impossible = [p for p in problems if p.subject not in before]
    out.changes = _diff([v for j, v in enumerate(plan.visits) if j != index and v not in kept],
                        rest.visits)
    was = _all_windows(plan)
    out.shifted = [WindowShift(was[u], w) for u, w in _all_windows(out.plan).items()
                   if u in was and (was[u].earliest, was[u].latest) != (w.earliest, w.latest)]
    out.shifted.sort(key=lambda s: (s.now.earliest, s.now.uid))
    return out

