"""The exact joint visit planner for small instances with cascades.

:func:`plan_exact` returns a plan that is optimal for the whole objective of
docs/planning.md — fewest on-site visits, then fewest auditor-days, then the earliest end of
the last visit — or None when the search would need more than ``max_states`` states. One
criterion goes first (:func:`plan_score`): the fewest windows left impossible. Without it a
renewal moved so that the next window falls wholly into a blackout would "save" a visit.

**The model searched.** A plan is a sequence of visits in order of their start days (ties
allowed). Each visit covers a group of the windows known at that point (the fixed windows
not yet audited, and each chain's pending required windows, as ``cycles.pending`` lists them
after the earlier visits were committed with ``cycles.advance``). Desk audits and windows no
visit of their own length could ever cover (from the horizon start) are settled exactly as
the greedy planner settles them: on their due day, resp. named and assumed on their last
day. A pending window must be covered before it closes — or *superseded*: while its chain
has another renewal pending, auditing that renewal first starts the next certificate and
the cycle engine drops the old certificate's windows (a surveillance, a follow-up), which
is allowed until the window closes. Such windows are *optional* below; the others are
*mandatory*. The search is *dynamic programming over cascade states*: a state is the chains' states,
the fixed windows done and the *binding floor* (the start of the previous visit, which
matters only while a pending window opened before it, because windows a visit produces
open after that visit starts — checked at run time). Equal states are solved once; a
state's result is the optimal rest of the plan.

**Start days.** For a visit whose windows do not renew a chain's certificate the date moves
nothing later (``advance`` only marks such a window done), so only its *earliest* feasible
start at or after the floor is tried: moving that visit earlier keeps every later visit
valid (they start at or after the old start), keeps the count and the auditor-days and ends
no later — the earliest day dominates. A visit that renews a chain's certificate moves
that chain's later windows, and pulling it earlier can align them with another scheme (the
reason the greedy heuristic is not optimal), so *every* feasible start day of such a visit
is tried, from the floor up to the most urgent deadline (the next visit must start by then:
the latest covering start of a mandatory window, the closing day of an optional one; the
visit that settles that window comes no earlier). Chains whose renewal date cannot matter
are folded: a chain with no pending window never changes again, and for a pack whose next
validity starts at the previous expiry and whose windows read no audit-date anchor, the
audit's date is dropped from the state (a *first* certificate still starts at the decision
date, so that renewal keeps every day).

**Bounds (branch and bound).** The greedy plan is the first incumbent; a state is pruned
when a lower bound on the rest cannot beat the incumbent on (visits, auditor-days, last
end). The visit bound is the stabbing number of the start intervals of (a) the mandatory
pending windows, [max(earliest, floor), latest start], and (b) each chain's future renewals that
must fall in the horizon: running the chain with every renewal on the last day of its window
(the latest any later window can be, since window dates only grow with the audit date) gives
the fewest renewals any plan has; running it with every renewal on its window's first day
gives their earliest opening. A future renewal is counted only when it surely needs a visit
(no approval limits for its scheme, and its window is longer than the longest run of start
days the blackouts block). Windows whose start intervals do not meet can never share a
visit, so the minimum number of points stabbing all intervals bounds the visits from below.
The auditor-day bound is Σ person-days × (1 − overlap share) over those windows (every
scheme of a visit reduced, which no visit does). The end bound is the earliest end of the
latest-opening window still to cover.

**Limits.** Visit lengths come from ``joint_effort``; the dead-end test and the bounds use
the shortest length a window's visit can have (the fixed visit length, else its own on-site
days), so they stay sound when a larger team shortens a joint visit. The state space grows
with the number of renewing audits times the width of their windows in days, which is why
the search is for small instances; beyond ``max_states`` it gives up and the caller keeps
the greedy plan. If the search finds nothing at least as good as the greedy plan (it always
should; the greedy plan is a plan of this model) the greedy plan is returned.
"""

from __future__ import annotations

import math
from datetime import date

from jointaudit.planning.cycles import AuditWindow, ChainState, advance, assumed_day, pending
from jointaudit.planning.effort import audit_person_days, joint_effort, overlap_share
from jointaudit.planning.explain import diagnose
from jointaudit.planning.visits import (
    PlanInput,
    PlannedVisit,
    SitePlan,
    audit_ref,
    plan_greedy,
    settle_desk,
)
from jointaudit.planning.windows import ONE, covers, latest_start

AUDIT_DATE_ANCHORS = {"previous_audit_end", "audit_start", "audit_end", "nc_letter",
                      "finding_date", "report_date", "decision_date"}


class _TooLarge(Exception):
    pass


class _FloorLeaks(Exception):
    """A produced window opened before the visit that produced it: the floor must be kept."""


NOTHING = (0, 0, 0, date.min)  # the score of an empty rest of a plan


def plan_score(plan: SitePlan) -> tuple:
    """What the exact planner minimises: the windows a plan leaves uncovered first (a plan
    that makes an audit impossible is never better), then ``SitePlan.score()``."""
    return (len(plan.unplanned),) + plan.score()


def _date_free(chain: ChainState) -> bool:
    """Whether a renewing audit's date can change nothing in this chain's future."""
    cycle = chain.history.pack.cycle
    if cycle.next_validity_starts != "previous_expiry" or chain.what_if_major:
        return False
    for spec in cycle.audits:
        anchors = {spec.window.earliest.anchor, spec.window.latest.anchor}
        if spec.due:
            anchors.add(spec.due.anchor)
        if spec.applies == "after_audit" or anchors & AUDIT_DATE_ANCHORS:
            return False
    return True


def _monotone(chain: ChainState) -> bool:
    """Whether the renewals' sequence is a monotone function of the audit dates (the
    future-renewal bound relies on it): no rule switching on a date, no assumed major."""
    cycle = chain.history.pack.cycle
    return not (chain.what_if_major
                or any(e.threshold <= 0 for e in cycle.validity_events)
                or any(a.renews_certificate and (a.effective_from or a.effective_to)
                       for a in cycle.audits))


class _Search:
    """One exact search: the memo of states solved and the caches the states share."""

    def __init__(self, inp: PlanInput, max_states: int, floor_always: bool):
        self.inp = inp
        self.cal = inp.calendar
        self.max_states = max_states
        self.floor_always = floor_always
        self.states = 0
        self.memo: dict = {}
        self.known: dict = {}  # chain key → (required windows, possible windows, key)
        self.by_id: dict = {}
        self.moved: dict = {}  # (chain key, window, start, end) → chain after the audit
        self.efforts: dict = {}  # what the effort reads of a group → (days, joint cents)
        self.date_free = [_date_free(c) for c in inp.chains]
        self.futures: dict = {}
        self.blocked: dict = {}
        self.covered: dict = {}

    # --- facts about windows and groups ---------------------------------------------------

    def effort(self, group) -> tuple[int, int]:
        key = tuple(sorted((w.version_key, w.kind, w.mode, w.renews, w.on_site_days)
                           for w in group))
        if key not in self.efforts:
            e = joint_effort(group, self.inp.packs, self.inp.effort)
            self.efforts[key] = (e.days, round(e.joint * 100))
        return self.efforts[key]

    def shortest(self, w: AuditWindow) -> int:
        """The fewest days any visit covering ``w`` can last."""
        ctx = self.inp.effort
        if ctx.fixed_visit_days:
            return ctx.fixed_visit_days
        own = max(1, math.ceil(w.on_site_days))
        return min(own, ctx.max_visit_days) if ctx.max_visit_days else own

    def reduced_cents(self, w: AuditWindow) -> float:
        """A window's person-days with the overlap reduction: no visit costs less for it."""
        pack = self.inp.packs[w.version_key]
        r = overlap_share(w.version_key, pack, self.inp.effort)
        return 100 * audit_person_days(w, pack, self.inp.effort) * (1 - r)

    def coverable(self, w: AuditWindow) -> bool:
        """Whether a visit of the window's own length covers it at all (from the horizon
        start); the greedy planner names and skips the others, and so does the search."""
        key = (w.uid, w.earliest, w.latest)
        if key not in self.covered:
            days, _ = self.effort([w])
            self.covered[key] = latest_start(w, days, self.cal,
                                             self.inp.horizon_start) is not None
        return self.covered[key]

    # --- chains ---------------------------------------------------------------------------

    def pending(self, i: int, c: ChainState) -> tuple[list, list, tuple]:
        """The chain's pending (required, possible) windows and its state key, computed
        once per state (and looked up by identity first: the search reuses the objects)."""
        seen = self.by_id.get(id(c))
        if seen is not None and seen[0] is c:
            return seen[1]
        last: object = c.last_renewal
        if c.last_renewal is not None and self.date_free[i]:
            r = c.last_renewal
            last = (r.kind, r.major_ncs, r.critical_ncs, r.mid_term_required)
        key = (i, c.cert, c.done, last, c.mid_term_required, c.what_if_major, c.stopped)
        hit = self.known.get(key)
        if hit is None:
            now = pending(c)
            hit = self.known[key] = ([w for w in now if w.status == "required"],
                                     [w for w in now if w.status != "required"], key)
        self.by_id[id(c)] = (c, hit)  # keeps c alive, so its id is not reused
        return hit

    def chain_key(self, i: int, c: ChainState):
        required, possible, key = self.pending(i, c)
        if not required and not possible:
            return (i, "idle")  # nothing is pending: the chain never moves again
        return key

    def required(self, chains, done) -> list[tuple[AuditWindow, int | None]]:
        out: list[tuple[AuditWindow, int | None]] = [
            (w, None) for w in self.inp.fixed if w.uid not in done]
        for i, c in enumerate(chains):
            out += [(w, i) for w in self.pending(i, c)[0]]
        return out

    def commit(self, chains: list, done: set, w: AuditWindow, chain: int | None,
               start: date, end: date, floor: date | None = None) -> None:
        """Record the audit of ``w`` on [start, end]. The memo forgets the floor while no
        pending window opened before it, which is sound only if no window an audit
        produces opens before the current floor: checked here (``floor`` given)."""
        if chain is None:
            done.add(w.uid)
            return
        c = chains[chain]
        required, possible, key = self.pending(chain, c)
        k = (key, w.uid, start, end)
        if k not in self.moved:
            self.moved[k] = advance(c, w, start, end)
        chains[chain] = self.moved[k]
        if floor is not None and w.renews and not self.floor_always:  # others add nothing
            before = {(x.uid, x.earliest) for x in required + possible}
            after = self.pending(chain, chains[chain])
            if any(x.earliest < floor and (x.uid, x.earliest) not in before
                   for x in after[0] + after[1]):
                raise _FloorLeaks

    def settle(self, chains, done, floor: date | None = None, log=None):
        """Desk audits and uncoverable windows, as the greedy planner settles them; returns
        the chains, the fixed windows done, the windows a visit must cover and how many
        windows were left uncovered."""
        chains, done = list(chains), set(done)
        h0 = self.inp.horizon_start
        uncovered = 0
        while True:
            todo = self.required(chains, done)
            desk = [(w, c) for w, c in todo if not w.on_site]
            if desk:
                for w, c in desk:
                    if log is not None:
                        day = settle_desk(log, w, h0, [x for x, k in todo if k == c])
                    else:
                        day = max(assumed_day(w), h0)
                    self.commit(chains, done, w, c, day, day, floor)
                continue
            bad = [(w, c) for w, c in todo if not self.coverable(w)]
            if not bad:
                return tuple(chains), frozenset(done), todo, uncovered
            uncovered += 1
            w, c = min(bad, key=lambda p: (p[0].latest, p[0].uid))
            if log is not None:
                log.problems.append(diagnose(w, self.effort([w])[0], self.cal, h0, h0))
                log.unplanned.append(w)
            self.commit(chains, done, w, c, w.latest, w.latest, floor)

    # --- bounds ---------------------------------------------------------------------------

    def max_blocked_run(self, length: int) -> int:
        """The longest run of start days on which a visit of ``length`` days hits a
        blackout."""
        if length not in self.blocked:
            runs = sorted((b.start - (length - 1) * ONE, b.end) for b in self.cal.blackouts)
            best, cur = 0, None
            for a, b in runs:
                if cur and a <= cur[1] + ONE:
                    cur = (cur[0], max(cur[1], b))
                else:
                    cur = (a, b)
                best = max(best, (cur[1] - cur[0]).days + 1)
            self.blocked[length] = best
        return self.blocked[length]

    def surely_visited(self, early: AuditWindow, late: AuditWindow) -> bool:
        """Whether every window lying between these two positions needs a visit."""
        if self.cal.approvals is not None or early.scope_within is not None:
            return False
        days, _ = self.effort([early])
        span = min(early.latest - early.earliest, late.latest - late.earliest).days - 7
        return (early.earliest >= self.inp.horizon_start
                and span - days + 2 > self.max_blocked_run(days))

    def future(self, i: int, c: ChainState) -> list[tuple[date, date, AuditWindow]]:
        """The renewals chain ``c`` must still have after its pending one, as (first start,
        last start, window) hulls over all plans; see the module docstring."""
        key = self.chain_key(i, c)
        if key in self.futures:
            return self.futures[key]
        out: list = []
        early = late = c
        for step in range(100):
            if not (_monotone(early) and _monotone(late)):
                break
            e, lt = self._renewal(early), self._renewal(late)
            if e is None or lt is None or e.kind != lt.kind:
                break
            if step:
                if not self.surely_visited(e, lt):
                    break
                out.append((e.earliest, lt.latest, e))
            first = e.earliest + (self.shortest(e) - 1) * ONE
            early = advance(early, e, e.earliest, first)
            late = advance(late, lt, lt.latest, lt.latest)
        self.futures[key] = out
        return out

    def _renewal(self, c: ChainState) -> AuditWindow | None:
        req = [w for w in pending(c) if w.status == "required" and w.renews]
        return req[0] if len(req) == 1 and req[0].on_site else None

    def deadlines(self, todo, floor: date) -> dict[str, tuple]:
        """Per pending window: the last start of a visit that can cover it (None: none can),
        the day by which the next visit must start because of it (None: the plan is dead)
        and whether it is optional. A window is *optional* while its chain has another renewal pending: auditing
        that renewal first supersedes it (the cycle engine drops a certificate's windows
        when the next certificate starts), which is allowed until the window closes."""
        renewals: dict[int | None, int] = {}
        for w, c in todo:
            renewals[c] = renewals.get(c, 0) + (c is not None and w.renews)
        out = {}
        for w, c in todo:
            cover = latest_start(w, self.shortest(w), self.cal, floor)
            optional = renewals[c] and not (renewals[c] == 1 and w.renews)
            if optional:
                out[w.uid] = (cover, w.latest if w.latest >= floor else None, True)
            else:
                out[w.uid] = (cover, cover, False)
        return out

    def bound(self, chains, todo, floor: date, due) -> tuple | None:
        """A lower bound on (visits, auditor-day cents, last end) of the rest; None if no
        rest of the plan exists."""
        spans, cents, end = [], 0.0, date.min
        for w, _ in todo:
            n = self.shortest(w)
            hi, deadline, optional = due[w.uid]
            if deadline is None:  # it can neither be covered nor be superseded in time
                return None
            if optional:
                continue  # a renewal may supersede it, so it may cost nothing
            lo = max(w.earliest, floor)
            spans.append((lo, hi))
            cents += self.reduced_cents(w)
            end = max(end, lo + (n - 1) * ONE)
        for i, c in enumerate(chains):
            for lo, hi, w in self.future(i, c):
                lo = max(lo, floor)
                if hi < lo:
                    return None
                spans.append((lo, hi))
                cents += self.reduced_cents(w)
                end = max(end, lo + (self.shortest(w) - 1) * ONE)
        visits, point = 0, date.min
        for lo, hi in sorted(spans, key=lambda s: s[1]):
            if lo > point:
                visits, point = visits + 1, hi
        return (0, visits, math.floor(cents) - 1, end)

    # --- the search -----------------------------------------------------------------------

    def solve(self, chains, done, floor: date, limit: tuple):
        """The best rest of the plan after a visit, as (score, visits), if it scores below
        ``limit``, else None. Scores are (windows left uncovered, visits, auditor-day
        cents, last end)."""
        chains, done, todo, uncovered = self.settle(chains, done, floor)
        rest = self.node(chains, done, todo, floor, (limit[0] - uncovered,) + limit[1:])
        if rest is None:
            return None
        score, visits = rest
        return (score[0] + uncovered,) + score[1:], visits

    def node(self, chains, done, todo, floor: date, limit: tuple):
        """``solve`` for a settled state. Results are exact optima and kept; a failure is
        kept with the limit it failed against."""
        if not todo:
            return (NOTHING, []) if NOTHING < limit else None
        binding = floor if self.floor_always or any(w.earliest < floor for w, _ in todo) \
            else None
        key = (tuple(self.chain_key(i, c) for i, c in enumerate(chains)), done, binding)
        hit = self.memo.get(key)
        if hit is not None:
            best, tried = hit
            if best is not None:
                return best if best[0] < limit else None
            if limit <= tried:
                return None
        self.states += 1
        if self.states > self.max_states:
            raise _TooLarge
        best = self._expand(chains, done, todo, floor, limit)
        self.memo[key] = (best, limit)
        return best

    def _expand(self, chains, done, todo, floor: date, limit: tuple):
        due = self.deadlines(todo, floor)
        low = self.bound(chains, todo, floor, due)
        if low is None or low >= limit:
            return None
        best = None
        for group, starts in self._moves(chains, todo, floor, due):
            days, cents = self.effort([w for w, _ in group])
            for s in starts:
                end = s + (days - 1) * ONE
                if (0, 1, cents, end) >= limit:  # even as the last visit it cannot win
                    continue
                # the rest must score below the limit minus this visit (lexicographically)
                child_limit = (limit[0], limit[1] - 1, limit[2] - cents,
                               limit[3] if end < limit[3] else date.min)
                nxt, nd = list(chains), set(done)
                for w, c in group:
                    self.commit(nxt, nd, w, c, s, end, s)
                rest = self.solve(tuple(nxt), frozenset(nd), s, child_limit)
                if rest is None:
                    continue
                (u, v, ad, last), visits = rest
                score = (u, v + 1, ad + cents, max(last, end))
                if score < limit:
                    best = (score, [(s, end, tuple(w for w, _ in group))] + visits)
                    limit = score
        return best

    def moves_chain(self, chain: ChainState, i: int, w: AuditWindow) -> bool:
        """Whether the date of ``w``'s audit changes chain ``i``'s future: a renewal does,
        unless the next certificate starts at the previous expiry (a first certificate
        starts at the decision date) and no window reads the audit's dates."""
        return w.renews and not (self.date_free[i] and chain.cert is not None)

    def _moves(self, chains, todo, floor: date, due):
        """Every group of pending windows one visit can cover, each with the start days
        worth trying (see the module docstring), largest groups first."""
        last = {uid: cover for uid, (cover, _, _) in due.items()}
        hi = min(deadline for _, deadline, _ in due.values())
        groups: list[tuple] = []

        def grow(k: int, chosen: list, lo: date, top: date) -> None:
            # only windows whose possible start days still meet join the group
            if chosen:
                groups.append(tuple(chosen))
            for j in range(k, len(todo)):
                w = todo[j][0]
                if last[w.uid] is None:
                    continue
                a, b = max(lo, w.earliest), min(top, last[w.uid])
                if a <= b:
                    grow(j + 1, chosen + [todo[j]], a, b)

        grow(0, [], floor, hi)
        out = []
        for combo in sorted(groups, key=len, reverse=True):
            ws = [w for w, _ in combo]
            lo = max([floor] + [w.earliest for w in ws])
            days, _ = self.effort(ws)
            top = min([hi] + [w.latest - (days - 1) * ONE for w in ws])
            cascades = any(self.moves_chain(chains[c], c, w) for w, c in combo
                           if c is not None)
            starts = []
            s = top if cascades else lo
            while lo <= s <= top:
                if all(covers(w, s, days, self.cal) for w in ws):
                    starts.append(s)
                    if not cascades:
                        break
                s += -ONE if cascades else ONE
            if starts:
                out.append((combo, starts))
        return out

    # --- the plan -------------------------------------------------------------------------

    def replay(self, steps) -> SitePlan:
        """The plan of the chosen visits, settled and explained as the greedy plan is."""
        plan = SitePlan()
        chains, done = tuple(self.inp.chains), frozenset[str]()
        possible: dict[str, AuditWindow] = {}
        for s, end, group in steps + [(None, None, ())]:
            chains, done, todo, _ = self.settle(chains, done, log=plan)
            for i, c in enumerate(chains):
                for w in self.pending(i, c)[1]:
                    possible.setdefault(w.uid, w)
            if s is None:
                break
            chain_of = {w.uid: c for w, c in todo}
            nxt, nd = list(chains), set(done)
            for w in group:
                self.commit(nxt, nd, w, chain_of[w.uid], s, end)
            chains, done = tuple(nxt), frozenset(nd)
            names = ", ".join(f"{w.scheme_label} {w.label}" for w in group)
            plan.visits.append(PlannedVisit(
                s, end, group, joint_effort(group, self.inp.packs, self.inp.effort),
                f"{s.isoformat()}: the exact search's choice for {names} — no other start day"
                " or grouping needs fewer visits, fewer auditor-days or ends earlier",
                why_parts=("why_exact", (("start", s),
                                         ("audits", tuple(audit_ref(w) for w in group))))))
        plan.possible = sorted(possible.values(), key=lambda w: (w.earliest, w.uid))
        for c in chains:
            plan.notes += list(c.notes) + ([c.stopped] if c.stopped else [])
        return plan


def _search(inp: PlanInput, max_states: int):
    """(search, chosen visits or None, greedy plan); raises _TooLarge."""
    greedy = plan_greedy(inp)
    u, v, ad, last = plan_score(greedy)
    # the greedy plan's score, one day later: the search keeps plans at least as good
    limit = (u, v, round(ad * 100), last + ONE if last < date.max else last)
    try:
        search = _Search(inp, max_states, False)
        steps = search.solve(tuple(inp.chains), frozenset(), inp.horizon_start, limit)
    except _FloorLeaks:
        search = _Search(inp, max_states, True)
        steps = search.solve(tuple(inp.chains), frozenset(), inp.horizon_start, limit)
    return search, steps, greedy


def plan_exact(inp: PlanInput, *, max_states: int = 200_000) -> SitePlan | None:
    """The optimal plan (see the module docstring), or None when the instance needs more
    than ``max_states`` search states."""
    try:
        search, steps, greedy = _search(inp, max_states)
    except _TooLarge:
        return None
    return greedy if steps is None else search.replay(steps[1])
