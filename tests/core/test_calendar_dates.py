"""Dates checked against a calendar worked by hand: leap days, month ends, stage order,
overdue desk work, surveillance toward its due date or a margin before its deadline, the
status that starts after the audit, the horizon's end, and approvals renewed back to back —
on the shipped packs."""

from __future__ import annotations

from datetime import date, timedelta

from jointaudit.common.date_rules import Offset
from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.planning.approvals import Approval, approved_periods
from jointaudit.planning.cycles import (
    AuditOutcome,
    SchemeHistory,
    period_end,
    project,
    start_chain,
)
from jointaudit.planning.effort import EffortContext
from jointaudit.planning.inputs import PlanOptions
from jointaudit.planning.portfolio import plan_site
from jointaudit.planning.visits import PlanInput, plan_greedy
from jointaudit.planning.windows import ApprovalSpan, SiteCalendar, why_not_covered
from tests.conftest import PACKS

DAY = timedelta(days=1)
RJC = validate_pack_file(PACKS / "rjc-cop-2019.yaml")
IRMA = validate_pack_file(PACKS / "irma-1.0.yaml")
ASI = validate_pack_file(PACKS / "asi-ps-3.yaml")
RMAP = validate_pack_file(PACKS / "rmi-rmap.yaml")


def _plan(*histories, h0, h1, cal=SiteCalendar()):
    chains = tuple(start_chain(h, h0, h1) for h in histories)
    return PlanInput(chains, (), {h.pack.version_key: h.pack for h in histories}, cal,
                     EffortContext("mine", "medium"), h0, h1)


def test_period_ends_on_leap_days_and_month_ends():
    three = Offset(years=3)
    assert period_end(date(2024, 2, 29), three) == date(2027, 2, 28)  # not the 27th
    assert period_end(date(2027, 3, 1), three) == date(2030, 2, 28)
    assert period_end(date(2025, 3, 1), Offset(years=3)) == date(2028, 2, 29)
    assert period_end(date(2024, 1, 31), Offset(months=1)) == date(2024, 2, 29)
    assert period_end(date(2024, 3, 31), Offset(months=1)) == date(2024, 4, 30)
    assert period_end(date(2024, 3, 1), Offset(months=1)) == date(2024, 3, 31)
    assert period_end(date(2024, 7, 15), Offset(days=10)) == date(2024, 7, 24)


def test_a_certificate_from_a_leap_day_runs_to_28_february_and_every_later_cycle_too():
    # RJC COP certification decided on 29 Feb 2024 → certificate 2024-02-29 – 2027-02-28;
    # recertified on time, the next runs from the previous expiry: 2027-03-01 – 2030-02-28
    h = SchemeHistory(RJC, member_since=date(2023, 1, 9), audits=(AuditOutcome(
        "certification", date(2024, 2, 5), date(2024, 2, 9), decision_date=date(2024, 2, 29)),))
    p = project(h, date(2024, 3, 1), date(2033, 12, 31))
    recerts = [(w.earliest, w.latest) for w in p.windows if w.kind == "recertification"]
    assert recerts[:3] == [(date(2026, 10, 28), date(2027, 2, 28)),
                           (date(2029, 10, 28), date(2030, 2, 28)),
                           (date(2032, 10, 28), date(2033, 2, 28))]


def test_a_horizon_from_a_leap_day_ends_on_28_february():
    assert PlanOptions(date(2028, 2, 29), 5).horizon_end == date(2033, 2, 28)
    assert PlanOptions(date(2027, 1, 1), 5).horizon_end == date(2031, 12, 31)


def test_rmap_status_starts_the_day_after_the_audit_so_windows_do_not_creep():
    # RMAP: no report or decision lag; status 1 Mar 2025 – 28 Feb 2026, re-audited on the
    # last days of each window → statuses from 1 March, re-audit windows to 28/29 February
    h = SchemeHistory(RMAP, certificate_start=date(2025, 3, 1),
                      certificate_expiry=date(2026, 2, 28))
    p = project(h, date(2025, 6, 1), date(2030, 12, 31))
    assert [w.latest for w in p.windows][:5] == [date(2026, 2, 28), date(2027, 2, 28),
                                                 date(2028, 2, 29), date(2029, 2, 28),
                                                 date(2030, 2, 28)]


def test_irma_stage_1_desk_review_comes_before_the_stage_2_visit():
    # joined 1 Mar 2027: stage 1 desk window to 1 Mar 2028, stage 2 on site to 1 Sep 2028
    h = SchemeHistory(IRMA, member_since=date(2027, 3, 1))
    plan = plan_greedy(_plan(h, h0=date(2027, 1, 1), h1=date(2029, 12, 31)))
    (desk,) = [d for d in plan.desk if d.window.kind == "initial_stage1"]
    (stage2,) = [v for v in plan.visits if any(w.kind == "initial" for w in v.windows)]
    assert desk.day == date(2027, 3, 1)
    assert desk.day <= stage2.start


def test_a_desk_window_closed_before_the_plan_is_named_overdue():
    # IRMA re-assessment stage 1 desk window: expiry − 9 to − 5 months = 2026-04-30 –
    # 2026-08-31 for a certificate expiring 2027-01-31; the plan starts 2026-10-01
    h = SchemeHistory(IRMA, certificate_start=date(2024, 2, 1),
                      certificate_expiry=date(2027, 1, 31))
    plan = plan_greedy(_plan(h, h0=date(2026, 10, 1), h1=date(2028, 12, 31)))
    overdue = [p for p in plan.problems if "reassessment_stage1" in p.subject]
    assert [p.code for p in overdue] == ["window-overdue"]
    assert "2026-04-30–2026-08-31 closed before the plan starts on 2026-10-01" in \
        overdue[0].message
    # as soon as possible: the plan's first day
    assert [d.day for d in plan.desk if d.window.kind == "reassessment_stage1"] == [
        date(2026, 10, 1)]


def test_surveillance_is_planned_toward_its_due_date():
    # ASI certificate from 1 Jan 2027: surveillance window months 15–21 (2028-04-01 –
    # 2028-10-01), due at month 18 = 2028-07-01
    h = SchemeHistory(ASI, certificate_start=date(2027, 1, 1),
                      certificate_expiry=date(2029, 12, 31))
    plan = plan_greedy(_plan(h, h0=date(2027, 1, 1), h1=date(2029, 6, 30)))
    (v,) = [v for v in plan.visits if v.windows[0].kind == "surveillance"]
    assert v.start == date(2028, 7, 1)
    assert "from the due date 2028-07-01" in v.why


def test_a_window_whose_only_deadline_is_its_last_day_is_planned_a_margin_before_it():
    # IRMA certificate from 1 Jan 2027: surveillance *within* 18 months, window months 12-18
    # (2028-01-01 - 2028-07-01), no due date inside it. A 3-day visit can start on 29 June at
    # the latest; with the default margin of 28 days it goes on 1 June, not on 1 January
    from dataclasses import replace

    from jointaudit.planning.windows import Blackout

    h = SchemeHistory(IRMA, certificate_start=date(2027, 1, 1),
                      certificate_expiry=date(2029, 12, 31))
    inp = _plan(h, h0=date(2027, 1, 1), h1=date(2028, 12, 31))

    def surveillance(plan):
        (v,) = [v for v in plan.visits if v.windows[0].kind == "surveillance"]
        return v

    v = surveillance(plan_greedy(inp))
    assert (v.start, v.end) == (date(2028, 6, 1), date(2028, 6, 3))
    assert "must be done by 2028-07-01; the last possible start is 2028-06-29" in v.why
    # no margin: left where greedy put it, on the last possible start
    v = surveillance(plan_greedy(replace(inp, deadline_margin=timedelta(0))))
    assert v.start == date(2028, 6, 29)
    # a blackout over the aimed day: the first day after it
    cal = SiteCalendar((Blackout(date(2028, 5, 25), date(2028, 6, 10), "shutdown"),))
    v = surveillance(plan_greedy(replace(inp, calendar=cal)))
    assert v.start == date(2028, 6, 11)
    # a margin longer than the window: its first day
    v = surveillance(plan_greedy(replace(inp, deadline_margin=timedelta(days=400))))
    assert v.start == date(2028, 1, 1)


def test_nothing_is_planned_after_the_horizon_and_what_is_cut_is_named():
    # RJC COP certificate to 2028-06-30: recertification window 2028-02-29 – 2028-06-30;
    # a plan that ends 2027-12-31 holds no visit for it
    h = SchemeHistory(RJC, certificate_start=date(2025, 7, 1),
                      certificate_expiry=date(2028, 6, 30))
    plan = plan_site(_plan(h, h0=date(2027, 1, 1), h1=date(2028, 3, 31)), improve_budget=0)
    assert all(v.end <= date(2028, 3, 31) for v in plan.visits)
    assert [w.kind for w in plan.beyond] == ["recertification"]
    assert "after the plan ends on 2028-03-31" in plan.notes[-1]


def test_approvals_renewed_back_to_back_count_as_one():
    rows = [Approval(1, "rjc-cop", None, date(2024, 1, 1), date(2027, 3, 31), cb="Alpine"),
            Approval(1, "rjc-cop", None, date(2027, 4, 1), date(2031, 3, 31), cb="Alpine"),
            Approval(2, "rjc-cop", None, date(2024, 1, 1), date(2027, 3, 31), cb="Gap"),
            Approval(2, "rjc-cop", None, date(2027, 4, 2), date(2031, 3, 31), cb="Gap")]
    periods = approved_periods(rows, RJC.version_key, "gold", ("CH",))
    assert [(p.cb, p.start, p.end) for p in periods] == [
        ("Alpine", date(2024, 1, 1), date(2031, 3, 31)),
        ("Gap", date(2024, 1, 1), date(2027, 3, 31)), ("Gap", date(2027, 4, 2), date(2031, 3, 31))]
    # a visit across the renewal date is approved (report due a month after it ends)
    h = SchemeHistory(RJC, certificate_start=date(2024, 7, 1),
                      certificate_expiry=date(2027, 6, 30))
    cal = SiteCalendar((), {RJC.version_key: tuple(ApprovalSpan(RJC.version_key, p.start,
                                                                p.end, p.cb)
                                                   for p in periods[:1])})
    plan = plan_greedy(_plan(h, h0=date(2027, 1, 1), h1=date(2028, 12, 31), cal=cal))
    assert not plan.problems
    (w,) = plan.visits[0].windows
    assert why_not_covered(w, date(2027, 3, 29), plan.visits[0].days, cal) is None
