"""Effort: person-days from each pack's assurance table, the joint visit with the overlap
reduction (pack default, or the shared share of a merged template), the visit length, and
the saving against separate audits."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from jointaudit.planning.cycles import AuditWindow
from jointaudit.planning.effort import EffortContext, audit_person_days, joint_effort
from jointaudit.planning.portfolio import saving
from jointaudit.planning.visits import PlannedVisit, SitePlan
from tests.core.planner_packs import annual_pack, three_year_pack

BIG = three_year_pack("big", person_days=[{"site_type": "mine", "size": "large", "days": 10},
                                          {"site_type": "mine", "days": 6}, {"days": 4}],
                      min_team_size=2, overlap_reduction=0.3)
SMALL = annual_pack("small", person_days=[{"days": 3}], overlap_reduction=0.25)
PACKS = {BIG.version_key: BIG, SMALL.version_key: SMALL}
D = date(2027, 3, 1)


def _w(pack, kind="recertification", renews=True, days=1.0):
    return AuditWindow(uid=f"{pack.version_key}/{kind}", version_key=pack.version_key,
                       scheme_label=pack.scheme.name, kind=kind, label=kind, mode="on_site",
                       earliest=D, latest=D + timedelta(90), due=None, reason="", verified=True,
                       renews=renews, on_site_days=days)


@pytest.mark.parametrize(("site_type", "size", "days"), [
    ("mine", "large", 10), ("mine", "small", 6), ("refinery", "large", 4)])
def test_person_days_come_from_the_most_specific_row(site_type, size, days):
    assert audit_person_days(_w(BIG), BIG, EffortContext(site_type, size)) == days


def test_interim_audits_cost_their_on_site_days_times_the_minimum_team():
    follow_up = _w(BIG, "follow_up", renews=False, days=1.5)
    assert audit_person_days(follow_up, BIG, EffortContext("mine", "large")) == 3.0


def test_overlap_reduction_from_the_pack_default():
    e = joint_effort([_w(BIG), _w(SMALL)], PACKS, EffortContext("mine", "large"))
    # the largest audit in full, the other reduced by its own share: 10 + 3 × (1 − 0.25)
    assert (e.separate, e.joint) == (13.0, 12.25)
    assert e.reductions == (("big@1", 0.0), ("small@1", 0.25))
    # team of 2 (the largest minimum team): ceil(12.25 / 2) = 7 days on site
    assert (e.team_size, e.days) == (2, 7)


def test_overlap_reduction_from_a_merged_template_share():
    ctx = EffortContext("mine", "large", overlap_shares={"small@1": 0.6, "big@1": 0.5})
    e = joint_effort([_w(BIG), _w(SMALL)], PACKS, ctx)
    assert e.joint == pytest.approx(10 + 3 * 0.4)


def test_visit_length_is_capped_by_the_site_and_the_team_grows_instead():
    e = joint_effort([_w(BIG), _w(SMALL)], PACKS, EffortContext("mine", "large",
                                                                max_visit_days=4))
    assert (e.days, e.team_size) == (4, 4)  # 12.25 person-days in 4 days need 4 auditors


def test_saving_against_separate_audits():
    ctx = EffortContext("mine", "large")
    joint = PlannedVisit(D, D + timedelta(6), (_w(BIG), _w(SMALL)),
                         joint_effort([_w(BIG), _w(SMALL)], PACKS, ctx), "")
    s = saving(SitePlan(visits=[joint]))
    assert (s.joint_visits, s.separate_visits, s.visits_saved) == (1, 2, 1)
    assert (s.joint_auditor_days, s.separate_auditor_days, s.auditor_days_saved) == (
        12.25, 13.0, 0.75)
