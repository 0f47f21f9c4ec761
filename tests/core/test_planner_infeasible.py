"""Impossible plans are explained, never raised: each names the window, blackout, approval
or auditor that makes it impossible and offers the nearest alternatives."""

from __future__ import annotations

from datetime import date

from jointaudit.planning import explain
from jointaudit.planning.cycles import SchemeHistory, periodic_windows, start_chain
from jointaudit.planning.effort import EffortContext
from jointaudit.planning.portfolio import SiteProblem, plan_portfolio
from jointaudit.planning.team import (
    Approval,
    AuditorInfo,
    Qualification,
    Roster,
    SiteScope,
)
from jointaudit.planning.visits import PlanInput, plan_greedy
from jointaudit.planning.windows import ApprovalSpan, Blackout, SiteCalendar
from tests.core.planner_packs import annual_pack, fy_pack

FY = fy_pack("lbx")  # annual assurance within 3 months after each financial-year end
ANN = annual_pack("fmx")
H0, H1 = date(2027, 1, 1), date(2027, 12, 31)


def _inp(calendar: SiteCalendar, *, packs=(FY,), fye="12-31", cert=None, days=None) -> PlanInput:
    chains, fixed = [], []
    for p in packs:
        h = SchemeHistory(p, financial_year_end=fye, **(cert or {}))
        fixed += periodic_windows(h, H0, H1)
        if p.cycle.period_anchor is None:
            chains.append(start_chain(h, H0, H1))
    return PlanInput(tuple(chains), tuple(fixed), {p.version_key: p for p in packs}, calendar,
                     EffortContext(site_type="refinery", fixed_visit_days=days), H0, H1)


def test_a_blackout_covering_the_whole_window_is_named_with_alternatives():
    rain = Blackout(date(2026, 12, 15), date(2027, 4, 15), "rainy season")
    plan = plan_greedy(_inp(SiteCalendar((rain,))))
    assert plan.visits == []
    (p,) = plan.problems
    assert p.code == explain.BLACKOUT
    assert p.subject == "lbx@1/annual_assurance/fy2026-12-31"
    assert "blackout 2026-12-15–2027-04-15 (rainy season)" in p.message
    assert "2027-01-01–2027-03-31" in p.message
    # the nearest date just outside the window: the day after the blackout
    assert any("from 2027-04-16" in a and "after the window" in a for a in p.alternatives)


def test_two_blackouts_leaving_too_few_days_suggest_a_split_visit():
    cal = SiteCalendar((Blackout(date(2027, 1, 1), date(2027, 2, 10), "holidays"),
                        Blackout(date(2027, 2, 13), date(2027, 3, 31), "rain")))
    (p,) = plan_greedy(_inp(cal, days=4)).problems
    assert p.code == explain.BLACKOUT
    assert "split into shorter visits in the free days 2027-02-11–2027-02-12" in p.alternatives


def test_approval_expired_before_the_only_possible_date():
    # the only free days are in March; the only CB's approval ends on 28 Feb
    cal = SiteCalendar((Blackout(date(2027, 1, 1), date(2027, 2, 28), "holidays"),),
                       {FY.version_key: (ApprovalSpan(FY.version_key, date(2024, 1, 1),
                                                      date(2027, 2, 28), "AssureCo"),)})
    plan = plan_greedy(_inp(cal))
    (p,) = plan.problems
    assert p.code == explain.APPROVAL_EXPIRED
    assert "AssureCo approved 2024-01-01–2027-02-28" in p.message
    assert "2027-03-01" in p.message
    assert any("renews its approval" in a for a in p.alternatives)
    # without the workspace's CB directory the dates another CB would need are still named
    assert "another CB approved for LBX 1 from 2027-03-01 through 2027-03-04" in p.alternatives


def test_no_approved_cb_at_all_is_named():
    cal = SiteCalendar((), {FY.version_key: ()})
    (p,) = plan_greedy(_inp(cal)).problems
    assert p.code == explain.NO_APPROVAL


def test_an_overdue_window_is_named():
    cert = dict(certificate_start=date(2025, 1, 1), certificate_expiry=date(2025, 12, 31))
    plan = plan_greedy(_inp(SiteCalendar(), packs=(ANN,), cert=cert))
    assert plan.problems[0].code == explain.OVERDUE
    assert "closed before the plan starts on 2027-01-01" in plan.problems[0].message


def _roster(auditors, approvals=None):
    return Roster({1: "AssureCo", 2: "OtherCo"}, approvals or [
        Approval(1, "lbx", None, date(2020, 1, 1), None)], auditors)


def test_no_auditor_qualified_for_a_scheme():
    team_only = AuditorInfo(7, "Tess Team", 1, ("en",), (
        Qualification("lbx", "team", date(2020, 1, 1), None),))
    site = SiteProblem(1, "Refinery A", _inp(SiteCalendar()), SiteScope("Refinery A"))
    (out,) = plan_portfolio([site], {FY.version_key: FY}, _roster([team_only]))
    (team,) = out.teams.values()
    (p,) = team.problems
    assert p.code == explain.NO_LEAD
    assert "Tess Team as lead for lbx@1: not qualified as lead for lbx" in p.message


def test_the_only_lead_is_never_double_booked_across_a_portfolio():
    lead = AuditorInfo(5, "Lia Lead", 1, ("en",), (
        Qualification("lbx", "lead", date(2020, 1, 1), None),))
    # two refineries with the same financial year: both visits land on the same days
    sites = [SiteProblem(i, f"Refinery {c}", _inp(SiteCalendar()), SiteScope(f"Refinery {c}"))
             for i, c in ((1, "A"), (2, "B"))]
    a, b = plan_portfolio(sites, {FY.version_key: FY}, _roster([lead]))
    assert [m.name for m in a.teams[0].members] == ["Lia Lead"]
    assert a.plan.visits[0].start == b.plan.visits[0].start
    (p,) = b.teams[0].problems
    assert p.code == explain.DOUBLE_BOOKED
    assert "double-booked: already on the Refinery A visit" in p.message
    assert "another auditor of an approved CB" in p.alternatives
