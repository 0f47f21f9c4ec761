"""The joint visit planner: the fewest on-site visits that cover every audit window.

Objective, in order: fewest on-site visits; then fewest auditor-days; then the earliest
completion of the last audit.

* :func:`plan_greedy` — interval stabbing. Repeatedly take the open window whose latest
  covering start is earliest, put a visit on that latest start, and let it cover every other
  window it can. With fixed windows, shared blackouts and a fixed visit length this is
  optimal (every window's feasible starts are an interval of the blackout-free days, the
  classic exchange argument applies); the oracle test checks it against brute force. Visits
  of non-cascading windows are then moved earlier without changing the count: to a due
  date the pack names inside a window, else a safety margin before the last possible start
  (:func:`_visits`). With cascades (a renewing audit's date moves the
  next certificate) the same loop is the documented *heuristic*: it fixes each audit as
  late as its window allows, which pushes later cycles out, then lets the chain produce the
  next windows.
* ``planning.exact.plan_exact`` — the optimum for small instances with cascades (dynamic
  programming over cascade states with bounds); the benchmark measures the heuristic's gap
  against it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from operator import attrgetter

from jointaudit.library.packs.format import Pack
from jointaudit.planning.cycles import AuditWindow, ChainState, advance, assumed_day, pending
from jointaudit.planning.effort import EffortContext, JointEffort, joint_effort
from jointaudit.planning.explain import Explanation, diagnose
from jointaudit.planning.windows import (
    ONE,
    SiteCalendar,
    covers,
    covers_all,
    earliest_start,
    latest_start,
)


@dataclass(frozen=True)
class PlannedVisit:
    start: date
    end: date
    windows: tuple[AuditWindow, ...]
    effort: JointEffort
    why: str
    # the earliest day the visit could end without changing anything else, where it was
    # placed later inside its slack (toward a deadline): the objective counts this day, so
    # where a visit that moves no chain sits in its slack is a preference, not another plan
    earliest_end: date | None = None
    # ``why`` as a sentence key and its values, for saying it in another language
    # (reports.labels "why_…"; an audit as (scheme label, English label, words per language))
    why_parts: tuple = ()

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
    # a planning default, not a scheme rule: a visit whose windows name no due date inside
    # them is planned this long before the last start its windows allow (room for a slip)
    deadline_margin: timedelta = timedelta(days=28)


@dataclass
class SitePlan:
    visits: list[PlannedVisit] = field(default_factory=list)
    desk: list[DeskAudit] = field(default_factory=list)
    possible: list[AuditWindow] = field(default_factory=list)
    unplanned: list[AuditWindow] = field(default_factory=list)
    problems: list[Explanation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    beyond: list[AuditWindow] = field(default_factory=list)  # audited after the horizon

    @property
    def windows(self) -> list[AuditWindow]:
        return [w for v in self.visits for w in v.windows] + [d.window for d in self.desk]

    @property
    def auditor_days(self) -> float:
        return round(sum(v.effort.joint for v in self.visits), 2)

    def score(self) -> tuple:
        last = max([v.earliest_end or v.end for v in self.visits] + [date.min])
        return (len(self.visits), self.auditor_days, last)


def _group_at(inp: PlanInput, lengths: _Lengths, first: AuditWindow, start: date, others,
              floor: date):
    """Grow a visit from ``first`` at ``start``: add each other window whose addition keeps
    a start covering the whole group (the length may grow with the group's effort)."""
    group = [first]
    key: tuple[int, ...] = (lengths.number(first),)
    length = lengths.days(key, group)
    for w in others:
        if w.earliest > start or w.latest < start:  # cannot share a visit starting then
            continue
        trial = group + [w]
        trial_key = key + (lengths.number(w),)
        n = lengths.days(trial_key, trial)
        if n == length:  # the group already fits this start and length: only w is new
            if covers(w, start, n, inp.calendar):
                group, key = trial, trial_key
            continue
        s = min((latest_start(x, n, inp.calendar, floor) or date.min) for x in trial)
        if s >= floor and covers_all(trial, s, n, inp.calendar):
            group, key, length, start = trial, trial_key, n, s
    return group, start, length, key


def audit_ref(w: AuditWindow) -> tuple:
    """An audit as a sentence names it: (scheme label, English label, words per language)."""
    return (w.scheme_label, w.label, w.words)


def why_parts(group, start: date, first: AuditWindow, shifted: str, latest: date) -> tuple:
    """What :func:`_why` says, as (sentence key, values) for another language."""
    refs = tuple(audit_ref(w) for w in group)
    if shifted == "due":
        return ("why_due", (("start", start), ("due", max(w.due for w in group if w.due)),
                            ("audits", refs)))
    if shifted == "margin":
        return ("why_margin", (("start", start), ("closes", min(w.latest for w in group)),
                               ("latest", latest), ("audits", refs)))
    also = tuple(audit_ref(w) for w in group if w is not first)
    return ("why_latest", (("start", start), ("first", audit_ref(first)),
                           ("closes", first.latest), ("also", also)))


def _why(group, start: date, first: AuditWindow, shifted: str, latest: date) -> str:
    names = ", ".join([f"{w.scheme_label} {w.label}" for w in group])
    if shifted == "due":
        due = max(w.due for w in group if w.due)
        return (f"{start.isoformat()}: the first day from the due date {due.isoformat()} on"
                f" which all of {names} are open and no blackout or approval gap is hit")
    if shifted == "margin":
        closes = min(w.latest for w in group)
        return (f"{start.isoformat()}: toward the deadline ({names} must be done by"
                f" {closes.isoformat()}; the last possible start is {latest.isoformat()}),"
                " with a safety margin before it, on a day all of them are open and no"
                " blackout or approval gap is hit")
    also = ", ".join([f"{w.scheme_label} {w.label}" for w in group if w is not first])
    return (f"{start.isoformat()}: the latest start that still fits {first.scheme_label}"
            f" {first.label} (its window closes {first.latest.isoformat()})"
            + (f"; it also covers {also}" if also else ""))


def _visits(inp: PlanInput, stabbed, shift_earlier: bool) -> list[PlannedVisit]:
    """The stabbed visits, each non-cascading one moved earlier where that is what a site
    expects (the count stays, no window is joined or lost), explained once their dates are
    final. Greedy puts every visit on the last start its windows allow; a visit aims
    instead at the due date the pack names inside a window (a surveillance due at month 18
    of a 15-21 month window is not pulled to month 15), or, where the only deadline is the
    window's last day (IRMA: surveillance *within* 18 months), at that last start minus
    ``inp.deadline_margin``, so a slip does not make the audit overdue. Pulling such a visit
    to the first day its window opens (month 12 of 12-18) would save nothing and cut the
    time the site has to close its corrective actions."""
    out: list[PlannedVisit] = []
    floor = inp.horizon_start
    for start, end, group, effort, first in stabbed:
        shifted = ""
        latest = start
        soonest: date | None = None
        if shift_earlier and start > max(floor, max(w.earliest for w in group)) \
                and not any(w.cascades for w in group):
            dues = [w.due for w in group if w.due and w.earliest < w.due < w.latest]
            aim = max([floor] + dues) if dues else max(floor, start - inp.deadline_margin)
            s = earliest_start(group, effort.days, inp.calendar, aim, start) \
                if aim <= start else None
            if s is not None and s < start:
                start, end = s, s + (effort.days - 1) * ONE
                shifted = "due" if dues else "margin"
            if not dues:
                first_day = earliest_start(group, effort.days, inp.calendar, floor, start)
                soonest = first_day + (effort.days - 1) * ONE if first_day else None
        out.append(PlannedVisit(start, end, group, effort,
                                _why(group, start, first, shifted, latest), soonest,
                                why_parts(group, start, first, shifted, latest)))
    return sorted(out, key=attrgetter("start", "end"))


_EFFORTS: dict[tuple, tuple[Mapping[str, Pack], dict]] = {}  # (packs, site facts) → memo
_PROFILES: dict[tuple, int] = {}  # what the effort reads of a window → a small number


def clear_caches() -> None:
    """Forget the memoised efforts (a benchmark measures from cold)."""
    _EFFORTS.clear()
    _PROFILES.clear()


class _Lengths:
    """Joint efforts and visit lengths by what the effort reads of each window (scheme,
    kind, mode, renewal, on-site days).

    Every yearly window of a ten-year horizon, and every site of a portfolio with the same
    packs and site facts, shares one entry; only the window ids differ between visits."""

    def __init__(self, inp: PlanInput):
        self.inp = inp
        ctx = inp.effort
        facts = (id(inp.packs), ctx.site_type, ctx.size, ctx.max_visit_days, ctx.team_size,
                 ctx.fixed_visit_days, tuple(sorted(ctx.overlap_shares.items())))
        hit = _EFFORTS.get(facts)
        if hit is None or hit[0] is not inp.packs:  # the packs are kept: ids stay unique
            if len(_EFFORTS) > 1_000:
                _EFFORTS.clear()
            hit = _EFFORTS[facts] = (inp.packs, {})
        self._memo: dict[tuple[int, ...], JointEffort] = hit[1]
        self._profile: dict[str, int] = {}  # window uid → its profile's number

    def number(self, w: AuditWindow) -> int:
        n = self._profile.get(w.uid)
        if n is None:
            p = (w.version_key, w.kind, w.mode, w.renews, w.on_site_days)
            n = self._profile[w.uid] = _PROFILES.setdefault(p, len(_PROFILES))
        return n

    def key(self, group) -> tuple[int, ...]:
        return tuple(self.number(w) for w in group)

    def _known(self, key: tuple[int, ...], group) -> JointEffort:
        known = self._memo.get(key)
        if known is None:
            known = self._memo[key] = joint_effort(group, self.inp.packs, self.inp.effort)
        return known

    def days(self, key: tuple[int, ...], group) -> int:
        """The visit length for ``group``, whose profile numbers are ``key``."""
        known = self._memo.get(key)
        return known.days if known is not None else self._known(key, group).days

    def __call__(self, group) -> int:
        return self.days(self.key(group), group)

    def effort(self, group, key: tuple[int, ...] | None = None) -> JointEffort:
        known = self._known(key or self.key(group), group)
        on_site = group if all(w.on_site for w in group) else [w for w in group if w.on_site]
        per_audit = tuple((w.uid, pd) for w, (_, pd) in zip(on_site, known.per_audit,
                                                             strict=True))
        return JointEffort(per_audit, known.reductions, known.separate, known.joint,
                           known.team_size, known.days)


class _Agenda:
    """What the greedy planner still has to cover.

    The floor never moves during a greedy plan, so a window's latest start is computed once;
    the fixed windows are kept in the order the stabbing takes them, and each chain's
    pending windows are rebuilt only when that chain moves."""

    def __init__(self, inp: PlanInput, length: _Lengths):
        self.inp, self.length = inp, length
        self.floor = inp.horizon_start
        self.starts: dict[str, date | None] = {}
        self.chains = list(inp.chains)
        self._pending: list[list[AuditWindow] | None] = [None] * len(self.chains)
        self.possible: dict[str, AuditWindow] = {}
        self.desk_fixed = [w for w in inp.fixed if not w.on_site]
        on_site = [w for w in inp.fixed if w.on_site]
        for w in on_site:
            self.start(w)
        self.fixed_bad = [w for w in on_site if self.starts[w.uid] is None]
        self.fixed = sorted((w for w in on_site if self.starts[w.uid] is not None),
                            key=self.order)
        self.fixed_done: set[str] = set()
        self._head = 0  # every fixed window before it is done
        # a window starting later than this past a visit's day cannot be open on that day
        self._width = max([w.latest - w.earliest for w in self.fixed] + [ONE * 0])

    def start(self, w: AuditWindow) -> date | None:
        if w.uid not in self.starts:
            days = self.length.days((self.length.number(w),), (w,))
            self.starts[w.uid] = latest_start(w, days, self.inp.calendar, self.floor)
        return self.starts[w.uid]

    def order(self, w: AuditWindow) -> tuple:
        return (self.starts[w.uid], w.latest, w.uid)

    def chain_windows(self) -> list[tuple[AuditWindow, int]]:
        out = []
        for i, c in enumerate(self.chains):
            chain = self._pending[i]
            if chain is None:
                chain = self._pending[i] = []
                for w in pending(c):
                    if w.status == "required":
                        chain.append(w)
                    else:
                        self.possible.setdefault(w.uid, w)
            out += [(w, i) for w in chain]
        return out

    def first_fixed(self) -> AuditWindow | None:
        while self._head < len(self.fixed) and self.fixed[self._head].uid in self.fixed_done:
            self._head += 1
        return self.fixed[self._head] if self._head < len(self.fixed) else None

    def fixed_open_at(self, day: date) -> list[AuditWindow]:
        """Fixed windows not yet covered and open on ``day``, in stabbing order."""
        out = []
        for w in self.fixed[self._head:]:
            if self.known_start(w) - self._width > day:
                break
            if w.uid not in self.fixed_done and w.earliest <= day <= w.latest:
                out.append(w)
        return out

    def known_start(self, w: AuditWindow) -> date:
        """The latest start of a window the plan can still cover (the fixed ones, and the
        pending ones once those without a start are named)."""
        day = self.starts[w.uid]
        if day is None:
            raise ValueError(f"window {w.uid} has no start that fits")
        return day

    def commit(self, w: AuditWindow, chain: int | None, start: date, end: date) -> None:
        if chain is None:
            self.fixed_done.add(w.uid)
        else:
            self.chains[chain] = advance(self.chains[chain], w, start, end)
            self._pending[chain] = None


def within_horizon(plan: SitePlan, horizon_end: date) -> SitePlan:
    """The plan without the visits and desk audits that end after the horizon: their
    windows open inside it but can wait, so they belong to the next plan (listed as
    ``beyond`` with a note, never silently dropped)."""
    late = [v for v in plan.visits if v.end > horizon_end]
    late_desk = [d for d in plan.desk if d.day > horizon_end]
    if not late and not late_desk:
        return plan
    beyond = [w for v in late for w in v.windows] + [d.window for d in late_desk]
    notes = [f"{w.scheme_label} {w.label} ({w.earliest.isoformat()}–{w.latest.isoformat()})"
             f" can be audited after the plan ends on {horizon_end.isoformat()}: it belongs"
             " to the next plan" for w in beyond]
    return SitePlan([v for v in plan.visits if v.end <= horizon_end],
                    [d for d in plan.desk if d.day <= horizon_end], plan.possible,
                    plan.unplanned, plan.problems, plan.notes + notes, plan.beyond + beyond)


def settle_desk(plan: SitePlan, w: AuditWindow, horizon_start: date,
                chain: Sequence[AuditWindow] = ()) -> date:
    """A desk audit on its due day, or on the first day its window allows when an on-site
    audit of the same scheme could start before that day (a stage 1 review, IRMA's, comes
    before the stage 2 visit it prepares). One whose window closed before the plan starts
    is overdue: named as such, like an overdue on-site audit, and put on the plan's first
    day (as soon as possible). Returns the day."""
    if w.latest < horizon_start:
        plan.problems.append(diagnose(w, 1, SiteCalendar(), horizon_start, horizon_start))
    day = max(assumed_day(w), horizon_start)
    if any(x.on_site and x.earliest < day for x in chain):
        day = max(w.earliest, horizon_start)
    plan.desk.append(DeskAudit(w, day))
    return day


def plan_greedy(inp: PlanInput, *, shift_earlier: bool = True) -> SitePlan:
    plan = SitePlan()
    length = _Lengths(inp)
    agenda = _Agenda(inp, length)
    floor = inp.horizon_start
    for w in agenda.desk_fixed:
        settle_desk(plan, w, inp.horizon_start)
    stabbed = []
    for _ in range(10_000):
        todo = agenda.chain_windows()
        desk = [(w, c) for w, c in todo if not w.on_site]
        if desk:  # desk audits need no visit: on their due day
            for w, chain in desk:
                day = settle_desk(plan, w, inp.horizon_start,
                                  [x for x, c in todo if c == chain])
                agenda.commit(w, chain, day, day)
            continue
        bad: list[tuple[AuditWindow, int | None]] = [
            (w, None) for w in agenda.fixed_bad if w.uid not in agenda.fixed_done]
        bad += [(w, c) for w, c in todo if agenda.start(w) is None]
        if bad:  # name it, assume it happens late anyway so later cycles still follow
            w, which = min(bad, key=lambda p: (p[0].latest, p[0].uid))
            plan.problems.append(diagnose(w, length([w]), inp.calendar, floor,
                                          inp.horizon_start))
            plan.unplanned.append(w)
            agenda.commit(w, which, w.latest, w.latest)
            continue
        head = agenda.first_fixed()
        first = head if not todo else min(([head] if head else []) + [w for w, _ in todo],
                                          key=agenda.order)
        if first is None:
            break
        at = agenda.known_start(first)
        ordered = [w for w in agenda.fixed_open_at(at) if w is not first]
        chain_of = {w.uid: c for w, c in todo}
        if todo:
            ordered = sorted(ordered + [w for w, _ in todo if w is not first
                                        and w.earliest <= at <= w.latest], key=agenda.order)
        group, s, days, key = _group_at(inp, length, first, at, ordered, floor)
        end = s + (days - 1) * ONE
        for w in group:
            agenda.commit(w, chain_of.get(w.uid), s, end)
        stabbed.append((s, end, tuple(group), length.effort(group, key), first))
    plan.visits = _visits(inp, stabbed, shift_earlier)
    plan.possible = sorted(agenda.possible.values(), key=lambda w: (w.earliest, w.uid))
    for c in agenda.chains:
        plan.notes += list(c.notes) + ([c.stopped] if c.stopped else [])
    return plan
