"""When no visit can cover a window, the alternatives name something: the CBs of the
workspace that come closest (and what each lacks, and whether it has a qualified lead), the
approval period a visit would need, and a split of a multi-facility scope with dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlmodel import select

from jointaudit.common.date_rules import add
from jointaudit.demo.seed import create_demo_workspace
from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.planning import explain
from jointaudit.planning.alternatives import CbDirectory, LeadOnRecord, PlanningCalendar
from jointaudit.planning.approvals import Approval
from jointaudit.planning.cycles import SchemeHistory, start_chain
from jointaudit.planning.effort import EffortContext
from jointaudit.planning.inputs import PlanOptions
from jointaudit.planning.visits import PlanInput, plan_greedy
from jointaudit.planning.windows import Blackout, why_not_covered
from jointaudit.services.planning import plan_sites
from jointaudit.store.models import CBApproval, CertificationBody
from tests.conftest import PACKS

COP = validate_pack_file(PACKS / "rjc-cop-2019.yaml")
H0, H1 = date(2027, 1, 1), date(2027, 12, 31)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.jaworkspace"
    create_demo_workspace(path).close()
    return path


def test_an_expired_approval_names_the_other_cbs_and_the_period_needed(demo_file, tmp_path):
    from jointaudit.store.db import open_workspace

    copy = tmp_path / "refinery.jaworkspace"
    copy.write_bytes(demo_file.read_bytes())
    ws = open_workspace(copy)
    with ws.session() as s:
        cb = {c.name: c.id for c in s.exec(select(CertificationBody)).all()}
        # Meridian's LBMA approval now ends on 12 April 2027, two days into the only
        # possible visit after the refiner's stock take (25 Mar – 9 Apr)
        meridian = s.exec(select(CBApproval).where(
            CBApproval.cb_id == cb["Meridian Certification Ltd"],
            CBApproval.scheme_id == "lbma-rgg")).one()
        meridian.valid_to = date(2027, 4, 12)
        s.add(meridian)
        # Andes is approved for LBMA, but only in Colombia and Peru
        s.add(CBApproval(cb_id=cb["Andes Certificadora SAS"], scheme_id="lbma-rgg",
                         regions=["CO", "PE"], valid_from=date(2027, 1, 1),
                         valid_to=date(2029, 12, 31)))
    (view,) = plan_sites(ws, "Helvetia Gold Refining SA", PlanOptions(H0, 1))
    ws.close()
    (p,) = [p for p in view.problems if p.subject == "lbma-rgg@9/annual_assurance/fy2027-03-31"]
    assert p.code == explain.APPROVAL_EXPIRED
    assert p.alternatives == (
        "Meridian Certification Ltd renews its approval to at least 2027-04-14",
        # Alpine's LBMA approval ended with 2026, but its lead is qualified
        "another CB: Alpine Assurance AG, approved for lbma-rgg 2024-01-01–2026-12-31: does"
        " not cover 2027-04-10 through 2027-04-14; its lead Anna Keller is qualified from"
        " 2027-04-10",
        "another CB: Andes Certificadora SAS, approved for lbma-rgg 2027-01-01–2029-12-31:"
        " only in CO, PE, not CH; none of its auditors is qualified as lead for lbma-rgg"
        " from 2027-04-10",
        "no CB in the workspace is approved for LBMA Responsible Gold Guidance 9 (gold, CH,"
        " Ticino) from 2027-04-10 through 2027-04-14: that is the approval a visit on those"
        " dates needs")


def _cop_window_input(calendar, facilities=1) -> PlanInput:
    h = SchemeHistory(COP, certificate_start=date(2024, 6, 15),
                      certificate_expiry=date(2027, 6, 14), facilities=facilities)
    return PlanInput((start_chain(h, H0, H1),), (), {COP.version_key: COP}, calendar,
                     EffortContext("mine", "large", max_visit_days=5), H0, H1)


def test_no_approval_for_this_version_names_a_cb_approved_for_another_one():
    cbs = CbDirectory(
        (Approval(1, "rjc-cop", "rjc-cop@2013", date(2023, 1, 1), date(2029, 12, 31),
                  cb="Alpine Assurance AG"),
         Approval(2, "rjc-cop", None, date(2026, 9, 1), date(2029, 8, 31), (), ("CO", "PE"),
                  cb="Andes Certificadora SAS")),
        (LeadOnRecord("Alpine Assurance AG", "Anna Keller", "rjc-cop", date(2022, 1, 1),
                      date(2028, 12, 31), ("gold",)),),
        "gold", ("CH", "Ticino"))
    plan = plan_greedy(_cop_window_input(PlanningCalendar((), {COP.version_key: ()}, cbs)))
    (p,) = plan.problems
    assert p.code == explain.NO_APPROVAL
    assert p.alternatives == (
        "another CB: Alpine Assurance AG, approved for rjc-cop 2023-01-01–2029-12-31: version"
        " 2013, not 2019; its lead Anna Keller is qualified from 2027-02-14",
        "another CB: Andes Certificadora SAS, approved for rjc-cop 2026-09-01–2029-08-31: only"
        " in CO, PE, not CH; none of its auditors is qualified as lead for rjc-cop from"
        " 2027-02-14",
        "no CB in the workspace is approved for RJC Code of Practices 2019 (gold, CH, Ticino)"
        " from 2027-02-14 through 2027-02-18: that is the approval a visit on those dates"
        " needs")


def test_no_cb_at_all_says_so_plainly():
    cal = PlanningCalendar((), {COP.version_key: ()}, CbDirectory((), (), "gold", ("GH",)))
    (p,) = plan_greedy(_cop_window_input(cal)).problems
    assert p.alternatives == (
        "no CB in the workspace is approved for RJC Code of Practices 2019 (gold, GH) from"
        " 2027-02-14 through 2027-02-18: that is the approval a visit on those dates needs",)


def _blasting_weeks(first: date, last: date) -> tuple[Blackout, ...]:
    """The site receives auditors Monday to Wednesday only: Thursday–Sunday it blasts."""
    out, day = [], first
    while day <= last:
        if day.weekday() == 3:
            out.append(Blackout(day, day + timedelta(days=3), "blasting campaign"))
        day += timedelta(days=1)
    return tuple(out)


def test_a_multi_facility_scope_is_split_over_visits_with_dates():
    cal = PlanningCalendar(_blasting_weeks(date(2027, 2, 11), date(2027, 6, 14)), None)
    inp = _cop_window_input(cal, facilities=3)
    plan = plan_greedy(inp)
    assert plan.visits == []
    (p,) = plan.problems
    assert p.code == explain.BLACKOUT and "no 5-day visit fits" in p.message
    # 5 days for 3 facilities: each facility's share rounded up to 2 days, Monday-Tuesday
    assert p.alternatives[0] == (
        "split the 3 facilities over 3 visits: 1 facility 2027-02-15–2027-02-16, 1 facility"
        " 2027-02-22–2027-02-23, 1 facility 2027-03-01–2027-03-02, all within +4 months of"
        " 2027-02-15")
    # every part satisfies the cover rules, and the last ends within the RJC scope limit
    (w,) = plan.unplanned
    single = replace(w, scope_within=None)  # each part alone; the scope is checked below
    for start in (date(2027, 2, 15), date(2027, 2, 22), date(2027, 3, 1)):
        assert why_not_covered(single, start, 2, cal) is None
    assert date(2027, 3, 2) < add(date(2027, 2, 15), w.scope_within)
    assert len(p.alternatives) <= 7  # the free stretches are summarised, not all 18 listed


def test_no_split_when_the_free_days_are_too_few():
    # a single free day each week: two-day parts never fit
    cal = PlanningCalendar(tuple(Blackout(b.start - timedelta(days=2), b.end, b.reason)
                                 for b in _blasting_weeks(date(2027, 2, 11),
                                                          date(2027, 6, 14))), None)
    (p,) = plan_greedy(_cop_window_input(cal, facilities=3)).problems
    assert p.code == explain.BLACKOUT
    assert not any(a.startswith("split the 3 facilities") for a in p.alternatives)
