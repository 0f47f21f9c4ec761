"""Every member of every planned visit is, for each scheme they serve, employed by a CB
approved for that scheme version, the site's commodity and region on every day from the
visit's first day through the report deadline, and qualified in the role they hold — over
random portfolios of shipped packs, synthetic CBs (scopes, regions, expiries, renewals
recorded as back-to-back rows) and auditors (qualifications, conflicts). Dropping the CB
check from the team step makes the same check fail."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.planning import team as team_module
from jointaudit.planning.approvals import Approval
from jointaudit.planning.cycles import SchemeHistory, periodic_windows, start_chain
from jointaudit.planning.effort import EffortContext
from jointaudit.planning.portfolio import SiteProblem, plan_portfolio
from jointaudit.planning.team import AuditorInfo, CoiRecord, Qualification, Roster, SiteScope
from jointaudit.planning.visits import PlanInput
from jointaudit.planning.windows import ApprovalSpan, SiteCalendar, report_deadline
from tests.conftest import PACKS

DAY = timedelta(days=1)
H0 = date(2027, 1, 1)
H1 = date(2031, 12, 31)
NAMES = ["rjc-cop-2019", "irma-1.0", "fairmined-2.0", "rmi-rmap", "asi-ps-3"]
SHIPPED = {n: validate_pack_file(PACKS / f"{n}.yaml") for n in NAMES}
BY_KEY = {p.version_key: p for p in SHIPPED.values()}
COUNTRIES = ["GH", "PE", "CO", "CH"]


def _portfolio(rng: random.Random):
    cbs = {i: f"CB {i}" for i in range(1, 6)}
    approvals = []
    for cb in cbs:
        for pack in rng.sample(list(SHIPPED.values()), rng.randint(1, 4)):
            start = H0 - rng.randint(0, 900) * DAY
            regions = tuple(rng.sample(COUNTRIES, 2)) if rng.random() < 0.4 else ()
            commodities = ("silver",) if rng.random() < 0.15 else ()
            version = pack.version_key if rng.random() < 0.7 else None
            for _ in range(rng.randint(1, 3)):  # renewals, back to back or with a gap
                end = start + rng.randint(200, 1500) * DAY
                approvals.append(Approval(cb, pack.scheme.id, version, start, end, commodities,
                                          regions, cbs[cb]))
                start = end + (DAY if rng.random() < 0.6 else rng.randint(20, 200) * DAY)
    auditors = []
    for i in range(1, 31):
        quals = []
        for pack in rng.sample(list(SHIPPED.values()), rng.randint(1, 3)):
            start = H0 - rng.randint(0, 1500) * DAY
            end = None if rng.random() < 0.5 else start + rng.randint(300, 2500) * DAY
            quals.append(Qualification(pack.scheme.id, rng.choice(["lead", "lead", "team"]),
                                       start, end))
        auditors.append(AuditorInfo(i, f"Auditor {i}", rng.choice(list(cbs)), ("en",),
                                    tuple(quals)))
    sites = []
    for n in range(6):
        country = rng.choice(COUNTRIES)
        chosen = rng.sample(NAMES, rng.randint(1, 3))
        chains = []
        for name in chosen:
            expiry = H0 + rng.randint(30, 700) * DAY
            validity = SHIPPED[name].cycle.validity.years or 1
            chains.append(start_chain(SchemeHistory(
                SHIPPED[name], certificate_start=expiry.replace(year=expiry.year - validity)
                + DAY, certificate_expiry=expiry), H0, H1))
        conflicts = tuple(CoiRecord(rng.randint(1, 30), None, "advisory", H0 - 400 * DAY,
                                    H0 + rng.randint(0, 400) * DAY)
                          for _ in range(rng.randint(0, 2)))
        scope = SiteScope(f"Site {n}", country=country, commodity="gold", languages=("en",),
                          conflicts=conflicts)
        packs = {SHIPPED[x].version_key: SHIPPED[x] for x in chosen}
        cal = SiteCalendar((), {k: (ApprovalSpan(k, H0 - 3000 * DAY, None, "any"),)
                                for k in packs})
        inp = PlanInput(tuple(chains), tuple(w for c in chains for w in periodic_windows(
            c.history, H0, H1)), packs, cal, EffortContext("mine", "medium"), H0, H1)
        sites.append(SiteProblem(n, scope.name, inp, scope))
    return Roster(cbs, approvals, auditors), sites


def _approved_every_day(roster: Roster, cb: int, key: str, site: SiteScope, first: date,
                        last: date) -> bool:
    """Each day from ``first`` to ``last`` lies in some approval row of the CB that names
    the scheme (and this version or none), the commodity and the region, or none of them."""
    rows = [a for a in roster.approvals if a.cb_id == cb and a.scheme_id == key.split("@")[0]
            and a.version_key in (None, key)
            and (not a.commodities or site.commodity in a.commodities)
            and (not a.regions or site.country in a.regions)]
    day = first
    while day <= last:
        if not any(a.start <= day and (a.end is None or day <= a.end) for a in rows):
            return False
        day += DAY
    return True


def _renewal_assumed(roster: Roster, key: str, site: SiteScope, opens: date) -> bool:
    """Every applicable approval of any CB ended before the window opened: planned as
    renewed, with a warning."""
    ends = [a.end for a in roster.approvals if a.scheme_id == key.split("@")[0]
            and a.version_key in (None, key)
            and (not a.commodities or site.commodity in a.commodities)
            and (not a.regions or site.country in a.regions)]
    return bool(ends) and None not in ends and opens > max(ends)


def violations(seed: int) -> list[str]:
    rng = random.Random(seed)
    roster, sites = _portfolio(rng)
    found, served = check(roster, plan_portfolio(sites, BY_KEY, roster))
    assert served > 20  # the portfolios do staff visits
    return found


def check(roster: Roster, outcomes) -> tuple[list[str], int]:
    """Every member approved and qualified for every scheme they serve, each staffed scheme
    with its lead, each unstaffed one with a named problem: (what is wrong, members served)."""
    people = {a.id: a for a in roster.auditors}
    found, served = [], 0
    for o in outcomes:
        for j, visit in enumerate(o.plan.visits):
            res = o.teams[j]
            keys = {w.version_key for w in visit.windows if w.on_site}
            for m in res.members:
                for key in m.version_keys:
                    served += 1
                    assert key in keys
                    ws = [w for w in visit.windows if w.version_key == key]
                    deadline = max(report_deadline(w, visit.end) for w in ws)
                    opens = min(w.earliest for w in ws)
                    if not (_renewal_assumed(roster, key, o.problem.scope, opens)
                            or _approved_every_day(roster, m.cb_id, key, o.problem.scope,
                                                   visit.start, deadline)):
                        found.append(f"{m.name} ({m.cb_name}) on {key} {visit.start}")
                    quals = [q for q in people[m.auditor_id].qualifications
                             if q.scheme_id == key.split("@")[0]
                             and (m.role != "lead" or q.role == "lead")
                             and q.start <= visit.start and (q.end is None or visit.end <= q.end)]
                    if not quals:
                        found.append(f"{m.name} unqualified as {m.role} on {key}")
            for key in keys:  # each staffed scheme names its lead
                if any(key in m.version_keys for m in res.members):
                    assert [m for m in res.members if m.role == "lead" and key in m.version_keys]
                elif not any(p.code in ("no-approved-cb", "no-qualified-auditor",
                                        "auditor-double-booked") for p in res.problems):
                    found.append(f"{key} on {visit.start} unstaffed with no problem named")
    return found, served


@pytest.mark.parametrize("seed", range(3))
def test_every_member_is_approved_and_qualified_for_every_scheme_they_serve(seed):
    assert violations(seed) == []


def test_dropping_the_cb_check_fails_the_validity_check(monkeypatch):
    monkeypatch.setattr(team_module, "cb_may_audit", lambda *a, **k: None)
    assert any(violations(seed) for seed in range(3))


def test_the_demo_plans_only_approved_qualified_teams(tmp_path):
    """The demo portfolio, five years from 22 Nov 2026: the same check holds on real records.
    Its refinery's first visit (2027-06-10) once staffed Marc Dubois of Alpine on RJC COP,
    whose Alpine approval ended on 2027-03-31; he serves only RJC CoC there now."""
    from jointaudit.demo.seed import create_demo_workspace
    from jointaudit.planning.inputs import PlanOptions, roster, site_problem
    from jointaudit.records.sites import find_site
    from jointaudit.store.models import Site

    ws = create_demo_workspace(tmp_path / "demo.jaworkspace")
    try:
        with ws.session() as s:
            cache: dict = {}
            opts = PlanOptions(date(2026, 11, 22), 5)
            problems = [site_problem(s, find_site(s, site.name), opts, cache)[0]
                        for site in s.exec(Site.__table__.select()).all()]
            who = roster(s)
    finally:
        ws.close()
    assert who is not None
    outcomes = plan_portfolio(problems, cache, who)
    found, served = check(who, outcomes)
    assert found == [] and served > 10
    refinery = next(o for o in outcomes if o.problem.scope.name.startswith("Helvetia"))
    first = refinery.teams[0]
    assert refinery.plan.visits[0].start == date(2027, 6, 10)
    marc = [m for m in first.members if m.name == "Marc Dubois"]
    assert marc and all(m.version_keys == ("rjc-coc@2012",) for m in marc)
