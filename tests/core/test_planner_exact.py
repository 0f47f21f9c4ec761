"""The exact planner for small instances with cascades (planning/exact.py).

A renewing audit's date fixes the next certificate and so every later window of its scheme.
The exact planner finds the plan with the fewest windows left impossible, then the fewest
visits, then the fewest auditor-days, then the earliest end of the last visit:

* on many tiny cascaded instances its score equals what a brute force written here finds by
  trying every start day and every grouping of the windows then known (``covers`` decides a
  visit, ``advance`` moves the chains) — no bounds, no start-day argument, no shortcuts;
* pulling a renewal earlier can align two schemes, which the greedy heuristic (every audit
  as late as its window allows) misses: a real RMAP + LBMA refinery saves a visit;
* every visit of an exact plan satisfies the cover definition and each chain's windows are
  exactly those ``advance`` produces from the planned dates;
* it is never worse than the greedy plan.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import cache
from itertools import combinations

import pytest

from jointaudit.library.packs.format import Pack
from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.planning.cycles import (
    AuditWindow,
    SchemeHistory,
    advance,
    assumed_day,
    pending,
    periodic_windows,
    start_chain,
)
from jointaudit.planning.effort import EffortContext, joint_effort
from jointaudit.planning.exact import plan_exact, plan_score
from jointaudit.planning.visits import PlanInput, plan_greedy
from jointaudit.planning.windows import (
    ApprovalSpan,
    Blackout,
    SiteCalendar,
    covers,
    why_not_covered,
)
from tests.conftest import PACKS
from tests.core.planner_packs import d, kind, make_pack

RMAP = validate_pack_file(PACKS / "rmi-rmap.yaml")  # the next status runs from the decision
LBMA = validate_pack_file(PACKS / "lbma-rgg-9.yaml")  # financial-year windows: no cascade
DAY = timedelta(days=1)


def short_rmap(scheme: str, months: int, weeks: int) -> Pack:
    """The shipped RMAP cycle with a validity of ``months`` and the re-audit due in the last
    ``weeks`` weeks, so that a few weeks of horizon hold several cascades."""
    data = RMAP.model_dump()
    data["scheme"]["id"] = scheme
    data["cycle"]["validity"] = {"months": months}
    for audit in data["cycle"]["audits"]:
        if audit["kind"] == "re_audit":
            audit["window"]["earliest"]["offset"] = {"weeks": -weeks}
    return Pack.model_validate(data)


# --- the brute force ----------------------------------------------------------------------


def brute_force_score(inp: PlanInput) -> tuple:
    """(windows left uncovered, visits, auditor-days, last end) of the best plan, found by
    trying, for the next visit in start order, every day and every set of the windows then
    known, with the length its effort gives, that covers them all — up to the day the first
    known window closes (later visits start later: by then it must be audited, or
    superseded by its chain's renewal, which drops the old certificate's windows). Desk
    audits happen on their due day; a window no visit of its own length could ever cover,
    from the horizon start, is left uncovered on its last day."""
    cal, h0 = inp.calendar, inp.horizon_start
    fixed = {w.uid: w for w in inp.fixed}

    @cache
    def effort(group):
        e = joint_effort(group, inp.packs, inp.effort)
        return e.days, e.joint

    @cache
    def fits(w, s, length):
        return covers(w, s, length, cal)

    def key(c):
        return (c.history.key, c.cert, c.done, c.last_renewal)

    states = {}

    @cache  # pending() and advance() are pure: computed once per chain state
    def required(k):
        return [w for w in pending(states[k]) if w.status == "required"]

    @cache
    def moved(k, w, start, end):
        after = advance(states[k], w, start, end)
        states.setdefault(key(after), after)
        return key(after)

    def known(chains, done):
        out = [(w, None) for uid, w in fixed.items() if uid not in done]
        for i, k in enumerate(chains):
            out += [(w, i) for w in required(k)]
        return out

    def audited(chains, done, w, i, start, end):
        if i is None:
            return chains, done | {w.uid}
        return chains[:i] + (moved(chains[i], w, start, end),) + chains[i + 1:], done

    def days(first, last):
        while first <= last:
            yield first
            first += DAY

    @cache
    def best(chains, done, floor):
        uncovered = 0
        while True:
            todo = known(chains, done)
            desk = [(w, i) for w, i in todo if not w.on_site]
            for w, i in desk:
                day = max(assumed_day(w), h0)
                chains, done = audited(chains, done, w, i, day, day)
            if desk:
                continue
            hopeless = [(w, i) for w, i in todo
                        if not any(fits(w, s, effort((w,))[0]) for s in days(h0, w.latest))]
            if not hopeless:
                break
            w, i = min(hopeless, key=lambda p: (p[0].latest, p[0].uid))
            chains, done = audited(chains, done, w, i, w.latest, w.latest)
            uncovered += 1
        if not todo:
            return (uncovered, 0, 0.0, date.min)
        found = None
        for s in days(floor, min(w.latest for w, _ in todo)):
            open_ = [(w, i) for w, i in todo if w.earliest <= s <= w.latest]
            for n in range(1, len(open_) + 1):
                for group in combinations(open_, n):
                    length, cost = effort(tuple(w for w, _ in group))
                    if not all(fits(w, s, length) for w, _ in group):
                        continue
                    end = s + (length - 1) * DAY
                    c, d = chains, done
                    for w, i in group:
                        c, d = audited(c, d, w, i, s, end)
                    u, v, ad, end_of_rest = best(c, d, s)
                    if v is None:
                        continue
                    score = (u, v + 1, round(ad + cost, 2), max(end, end_of_rest))
                    found = score if found is None or score < found else found
        if found is None:  # some known window can no longer be covered: not a plan
            return (0, None, 0.0, date.min)
        return (uncovered + found[0],) + found[1:]

    for c in inp.chains:
        states[key(c)] = c
    return best(tuple(key(c) for c in inp.chains), frozenset(), h0)


def tiny_instance(rng: random.Random) -> PlanInput:
    """Two monthly RMAP-like chains, or one and an LBMA year-end window; short blackouts,
    sometimes CB approvals ending inside the horizon; 29 Feb 2028 inside."""
    h0 = date(2028, 1, 25)
    h1 = h0 + rng.randint(30, 42) * DAY
    chains = []
    two = rng.random() < 0.5
    for k in range(2 if two else 1):
        pack = short_rmap(f"mo{k}", 1, rng.randint(1, 2))
        expiry = h0 + rng.randint(4, 25) * DAY
        chains.append(start_chain(SchemeHistory(pack, certificate_start=expiry - 30 * DAY,
                                                certificate_expiry=expiry), h0, h1))
    fixed = ()
    if not two:  # year end 31 Jan: assurance due 1 Feb – 30 Apr
        fixed = tuple(periodic_windows(SchemeHistory(LBMA, financial_year_end="01-31"), h0, h1))
    packs = {c.history.key: c.history.pack for c in chains} | {LBMA.version_key: LBMA}
    return PlanInput(tuple(chains), fixed, packs, some_calendar(rng, h0, packs, 45, 6, 0.3),
                     some_effort(rng), h0, h1)


def some_calendar(rng: random.Random, h0: date, packs, spread: int, longest: int,
                  approved: float) -> SiteCalendar:
    """Up to two short closures within ``spread`` days, and with probability ``approved``
    one CB approval per scheme that ends inside the horizon."""
    blackouts = []
    for _ in range(rng.randint(0, 2)):
        s = h0 + rng.randint(0, spread) * DAY
        blackouts.append(Blackout(s, s + rng.randint(0, longest) * DAY, "site closed"))
    approvals = None
    if rng.random() < approved:
        approvals = {k: (ApprovalSpan(k, h0 - 300 * DAY, h0 + rng.randint(10, 40) * DAY,
                                      "CB"),) for k in packs}
    return SiteCalendar(tuple(blackouts), approvals)


def some_effort(rng: random.Random) -> EffortContext:
    """A fixed visit length, or one from person-days ÷ team (so a joint visit may be longer
    than either audit alone, or, with a larger team, shorter)."""
    if rng.random() < 0.5:
        return EffortContext("refinery", "medium", fixed_visit_days=rng.randint(1, 2))
    return EffortContext("refinery", rng.choice(["small", "medium", "large"]),
                         max_visit_days=rng.choice([None, 2, 3]),
                         team_size=rng.choice([None, 1, 2, 3]))


def weekly_pack(scheme: str, rng: random.Random) -> Pack:
    """A test pack with every kind of audit the cycle engine knows, on a scale of weeks: a
    first certification within 2 weeks of joining, a desk review and an on-site
    surveillance in the certificate's first weeks, recertification in the last 1–2 weeks,
    and a follow-up 1–3 weeks after an audit with a major NC (which also shortens the
    validity to a month); the next certificate starts at the previous expiry or at the
    decision date."""
    audits = [
        kind("certification", "first", d("membership_start"), d("membership_start", weeks=2),
             renews=True, days=1),
        kind("review", "cycle", d("certificate_start", weeks=1), d("certificate_start", weeks=3),
             mode="desk", days=0),
        kind("surveillance", "cycle", d("certificate_start", weeks=2),
             d("certificate_start", weeks=4), days=1),
        kind("recertification", "cycle", d("certificate_expiry", weeks=-rng.randint(1, 2)),
             d("certificate_expiry"), renews=True, days=1),
        kind("follow_up", "after_audit", d("audit_end", weeks=1), d("audit_end", weeks=3),
             condition="major_nc", days=1)]
    cycle = {"validity": {"months": rng.choice([1, 2])},
             "next_validity_starts": rng.choice(["previous_expiry", "decision_date"]),
             "decision_lag": {"days": rng.randint(0, 5)}, "audits": audits,
             "validity_events": [{"verified": True, "source": "test rule book §2",
                                  "event": "major_nc", "effect": "shorten",
                                  "validity": {"months": 1}}]}
    return make_pack(scheme, cycle, assurance={"person_days": [{"days": rng.choice([1, 2, 3])}],
                                               "min_team_size": rng.choice([1, 2])})


def weekly_instance(rng: random.Random) -> PlanInput:
    """One weekly-pack chain over about four weeks or two over two to three, new members or
    certified, sometimes planned with an assumed major NC at the next renewing audit;
    blackouts; sometimes approvals."""
    h0 = date(2028, 1, 25)
    two = rng.random() < 0.3
    h1 = h0 + (rng.randint(14, 20) if two else rng.randint(22, 30)) * DAY
    chains = []
    for k in range(2 if two else 1):
        pack = weekly_pack(f"wk{k}", rng)
        if rng.random() < 0.3:
            history = SchemeHistory(pack, member_since=h0 - rng.randint(0, 10) * DAY)
        else:
            expiry = h0 + rng.randint(3, 20) * DAY
            history = SchemeHistory(pack, certificate_start=expiry - 30 * DAY,
                                    certificate_expiry=expiry)
        chains.append(start_chain(history, h0, h1, what_if_major=rng.random() < 0.3))
    packs = {c.history.key: c.history.pack for c in chains}
    return PlanInput(tuple(chains), (), packs, some_calendar(rng, h0, packs, 30, 5, 0.2),
                     some_effort(rng), h0, h1)


@pytest.mark.parametrize("seed", range(4))
def test_exact_score_equals_the_brute_force_on_tiny_cascaded_instances(seed):
    rng = random.Random(seed)
    beaten = 0
    for _ in range(25):  # 4 × 25 = 100 instances
        inp = tiny_instance(rng)
        exact = plan_exact(inp)
        assert exact is not None
        assert plan_score(exact) == brute_force_score(inp), inp
        beaten += plan_score(exact) < plan_score(plan_greedy(inp))
    assert beaten  # the instances are not all ones the greedy heuristic already solves


@pytest.mark.parametrize("seed", range(2))
def test_exact_score_equals_the_brute_force_with_every_kind_of_audit(seed):
    """Desk reviews, surveillance, first certifications, follow-ups after an assumed major
    (whose window a renewal can drop), previous-expiry and decision-date validity."""
    rng = random.Random(50 + seed)
    beaten = 0
    for _ in range(40):  # 2 × 40 = 80 instances
        inp = weekly_instance(rng)
        exact = plan_exact(inp)
        assert plan_score(exact) == brute_force_score(inp), inp
        assert exact.desk  # the desk reviews are planned, on no visit
        beaten += plan_score(exact) < plan_score(plan_greedy(inp))
    assert beaten


# --- a renewal pulled earlier saves a visit -----------------------------------------------


def refinery(rmap_expiry: date, h1: date) -> PlanInput:
    """A medium refinery with the shipped RMAP (1-year status from the decision, re-audit
    in the last 3 months) and LBMA (assurance within 3 months after a 30 June year end)."""
    h0 = date(2027, 1, 1)
    rmap = SchemeHistory(RMAP, certificate_start=rmap_expiry.replace(year=rmap_expiry.year - 1)
                         + DAY, certificate_expiry=rmap_expiry)
    lbma = SchemeHistory(LBMA, financial_year_end="06-30")
    return PlanInput((start_chain(rmap, h0, h1),), tuple(periodic_windows(lbma, h0, h1)),
                     {RMAP.version_key: RMAP, LBMA.version_key: LBMA}, SiteCalendar(),
                     EffortContext("refinery", "medium"), h0, h1)


def test_pulling_a_renewal_earlier_aligns_rmap_with_lbma_and_saves_a_visit():
    inp = refinery(date(2027, 2, 25), date(2028, 12, 31))
    greedy, exact = plan_greedy(inp), plan_exact(inp)
    # greedy: every RMAP re-audit on the last days of its window (23–25 Feb 2027 → status
    # 26 Feb 2027 – 25 Feb 2028, so 23–25 Feb 2028, then 23–25 Feb 2029: the status starts
    # the day after the audit, so the window does not creep), never in LBMA's July–September
    # window: 3 RMAP + 2 LBMA visits. Each LBMA visit joins nothing and its window's only
    # deadline is 30 September (last start 25 Sep), so it goes four weeks (the plan's
    # safety margin) before that start: 28 Aug – 2 Sep
    assert [(v.start, v.end) for v in greedy.visits] == [
        (date(2027, 2, 23), date(2027, 2, 25)), (date(2027, 8, 28), date(2027, 9, 2)),
        (date(2028, 2, 23), date(2028, 2, 25)), (date(2028, 8, 28), date(2028, 9, 2)),
        (date(2029, 2, 23), date(2029, 2, 25))]
    # exact: re-audit on 1–3 Jan 2027 (the first day of the horizon) → status 4 Jan 2027 –
    # 3 Jan 2028, re-audit window 3 Oct 2027 – 3 Jan 2028, audited 3–5 Oct 2027 → status
    # 6 Oct 2027 – 5 Oct 2028, re-audit window 5 Jul – 5 Oct 2028, which meets LBMA's
    # 1 Jul – 30 Sep 2028: one joint visit of 9 days (6 + 3 × 0.8 person-days)
    rmap = [(v.start, v.end) for v in exact.visits
            if any(w.version_key == RMAP.version_key for w in v.windows)]
    assert rmap == [(date(2027, 1, 1), date(2027, 1, 3)), (date(2027, 10, 3), date(2027, 10, 5)),
                    (date(2028, 7, 5), date(2028, 7, 13))]
    joint = exact.visits[-1]
    assert {w.version_key for w in joint.windows} == {RMAP.version_key, LBMA.version_key}
    assert (joint.windows[1].earliest, joint.windows[1].latest) == (date(2028, 7, 5),
                                                                     date(2028, 10, 5))
    assert (len(greedy.visits), greedy.auditor_days) == (5, 21.0)
    assert (len(exact.visits), exact.auditor_days) == (4, 20.4)
    assert "exact search" in joint.why


# --- every exact plan is a valid plan, never worse than greedy ----------------------------


def shipped_instance(rng: random.Random) -> PlanInput:
    """A refinery with the shipped RMAP and LBMA packs over two years, with a rainy season
    and sometimes a CB approval for RMAP that ends inside the horizon."""
    h0, h1 = date(2027, 1, 1), date(2028, 12, 31)
    expiry = h0 + rng.randint(10, 300) * DAY
    rmap = SchemeHistory(RMAP, certificate_start=expiry.replace(year=expiry.year - 1) + DAY,
                         certificate_expiry=expiry)
    lbma = SchemeHistory(LBMA, financial_year_end=rng.choice(["03-31", "06-30", "12-31"]))
    rain = h0 + rng.randint(0, 600) * DAY
    approvals = None
    if rng.random() < 0.3:
        approvals = {RMAP.version_key: (ApprovalSpan(RMAP.version_key, h0 - 400 * DAY,
                                                     h0 + rng.randint(60, 500) * DAY, "CB"),),
                     LBMA.version_key: (ApprovalSpan(LBMA.version_key, h0, None, "CB"),)}
    cal = SiteCalendar((Blackout(rain, rain + rng.randint(10, 50) * DAY, "rainy season"),),
                       approvals)
    return PlanInput((start_chain(rmap, h0, h1),), tuple(periodic_windows(lbma, h0, h1)),
                     {RMAP.version_key: RMAP, LBMA.version_key: LBMA}, cal,
                     EffortContext("refinery", rng.choice(["small", "medium", "large"])),
                     h0, h1)


def assert_valid(plan, inp: PlanInput) -> None:
    """The cover definition for every visit; each window audited once; and replaying the
    planned dates through ``advance`` yields exactly the chain windows the plan holds."""
    for v in plan.visits:
        assert v.days == v.effort.days
        for w in v.windows:
            assert why_not_covered(w, v.start, v.days, inp.calendar) is None
    audits: list[tuple[date, date, AuditWindow]] = [(v.start, v.end, w) for v in plan.visits
                                                    for w in v.windows]
    audits += [(d.day, d.day, d.window) for d in plan.desk]
    audits += [(w.latest, w.latest, w) for w in plan.unplanned]
    uids = [w.uid + w.earliest.isoformat() for _, _, w in audits]
    assert len(uids) == len(set(uids))
    fixed = {w.uid for w in inp.fixed}
    assert fixed == {w.uid for _, _, w in audits if w.uid in fixed}
    for chain in inp.chains:
        mine = [a for a in audits if a[2].version_key == chain.history.key
                and a[2].uid not in fixed]
        assert replays(chain, mine), chain.history.key


def replays(state, left) -> bool:
    """Whether the chain's audits can be taken in some order, each pending when taken,
    leaving nothing required pending. (A desk audit is assumed on its due day, which may
    come after a renewal the plan took later, so date order alone is not the order.)"""
    now = [p for p in pending(state) if p.status == "required"]
    if not left:
        return not now
    return any(replays(advance(state, w, start, end), [a for a in left if a is not audit])
               for audit in left for start, end, w in [audit] if w in now)


@pytest.mark.parametrize("seed", range(2))
def test_exact_plans_are_valid_and_never_worse_than_greedy(seed):
    rng = random.Random(100 + seed)
    for _ in range(8):
        inp = shipped_instance(rng)
        greedy, exact = plan_greedy(inp), plan_exact(inp)
        assert exact is not None
        assert_valid(exact, inp)
        assert plan_score(exact) <= plan_score(greedy)


def test_tiny_exact_plans_are_valid():
    rng = random.Random(9)
    for _ in range(30):
        for inp in (tiny_instance(rng), weekly_instance(rng)):
            assert_valid(plan_exact(inp), inp)


def test_too_large_an_instance_is_refused_not_searched_forever():
    inp = refinery(date(2027, 2, 25), date(2030, 12, 31))
    assert plan_exact(inp, max_states=50) is None
