"""Team assignment: approved CB for scheme version, scope and dates through the report
deadline; qualified lead; conflict-of-interest cooling-off; rotation; languages;
unavailability; one CB and the smallest team preferred; every rejection explained."""

from __future__ import annotations

from datetime import date, timedelta

from jointaudit.common.date_rules import Offset
from jointaudit.planning.cycles import AuditWindow
from jointaudit.planning.effort import EffortContext, joint_effort
from jointaudit.planning.team import (
    Approval,
    AuditorInfo,
    CoiRecord,
    PastAudit,
    Qualification,
    Roster,
    SiteScope,
    assign_team,
)
from jointaudit.planning.visits import PlannedVisit
from tests.core.planner_packs import annual_pack, three_year_pack

RJ = three_year_pack("rj", coi_cooling_off={"months": 24}, rotation_max_years=10)
FM = annual_pack("fm")
PACKS = {RJ.version_key: RJ, FM.version_key: FM}
START = date(2027, 5, 3)
SITE = SiteScope("Mina Sol", country="PE", commodity="gold", languages=("es",))
EVER = date(2020, 1, 1)


def _window(pack, kind="recertification"):
    return AuditWindow(uid=f"{pack.version_key}/{kind}", version_key=pack.version_key,
                       scheme_label=pack.scheme.name, kind=kind, label=kind, mode="on_site",
                       earliest=START - timedelta(60), latest=START + timedelta(60), due=None,
                       reason="", verified=True, renews=True,
                       report_lag=Offset(months=1))


def _visit(*packs, days=3):
    ws = tuple(_window(p) for p in packs)
    effort = joint_effort(ws, PACKS, EffortContext(fixed_visit_days=days))
    return PlannedVisit(START, START + timedelta(days - 1), ws, effort, "test")


def _lead(i, name, cb, schemes, langs=("es",), **kw):
    return AuditorInfo(i, name, cb, langs, tuple(Qualification(s, "lead", EVER, None)
                                                 for s in schemes), **kw)


def _approvals(*rows):
    return [Approval(cb, s, None, EVER, end) for cb, s, end in rows]


def test_prefers_one_cb_and_the_smallest_team():
    roster = Roster({1: "Andes Audit", 2: "Global Cert"},
                    _approvals((1, "rj", None), (1, "fm", None), (2, "rj", None)),
                    [_lead(1, "Rosa (rj only)", 2, ["rj"]), _lead(2, "Ana (rj+fm)", 1, ["rj", "fm"]),
                     _lead(3, "Luis (fm)", 1, ["fm"])])
    res = assign_team(_visit(RJ, FM), SITE, roster, PACKS)
    assert [(m.name, m.role, m.cb_name, m.version_keys) for m in res.members] == [
        ("Ana (rj+fm)", "lead", "Andes Audit", ("fm@1", "rj@1"))]
    assert "CB Global Cert for fm@1: not approved for this scheme" in res.rejections
    assert not res.problems


def test_approval_must_last_through_the_report_deadline_and_warns_when_expiring():
    # the visit ends 5 May; the report is due a month later, 5 June
    short = Roster({1: "Andes Audit"}, _approvals((1, "rj", date(2027, 6, 1))),
                   [_lead(1, "Ana", 1, ["rj"])])
    res = assign_team(_visit(RJ), SITE, short, PACKS)
    assert res.problems and res.problems[0].code == "no-approved-cb"
    assert any("through the report deadline 2027-06-05" in r for r in res.rejections)
    soon = Roster({1: "Andes Audit"}, _approvals((1, "rj", date(2027, 8, 31))),
                  [_lead(1, "Ana", 1, ["rj"])])
    res = assign_team(_visit(RJ), SITE, soon, PACKS)
    assert [m.name for m in res.members] == ["Ana"]
    assert res.warnings == ["Andes Audit's approval for rj@1 expires on 2027-08-31, soon after"
                            " the visit of 2027-05-03; renew it before the next audit"]


def test_scope_of_the_approval_commodity_and_region():
    roster = Roster({1: "Andes Audit"}, [
        Approval(1, "rj", None, EVER, None, commodities=("silver",)),
        Approval(1, "rj", "rj@0", EVER, None)], [_lead(1, "Ana", 1, ["rj"])])
    res = assign_team(_visit(RJ), SITE, roster, PACKS)
    assert "CB Andes Audit for rj@1: approval does not cover the commodity 'gold'" in \
        res.rejections
    roster.approvals = [Approval(1, "rj", None, EVER, None, regions=("CO", "BO"))]
    res = assign_team(_visit(RJ), SITE, roster, PACKS)
    assert "CB Andes Audit for rj@1: approval does not cover the region PE" in res.rejections


def test_conflict_of_interest_cooling_off_and_unavailability_and_language():
    site = SiteScope("Mina Sol", commodity="gold", languages=("es",), conflicts=(
        CoiRecord(1, None, "advisory", date(2024, 1, 1), date(2025, 12, 31)),))
    roster = Roster({1: "Andes Audit"}, _approvals((1, "rj", None)), [
        _lead(1, "Ana (advised the site)", 1, ["rj"]),
        _lead(2, "Ben (on leave)", 1, ["rj"], unavailable=((date(2027, 5, 1), date(2027, 5, 20),
                                                            "leave"),)),
        _lead(3, "Carl (no Spanish)", 1, ["rj"], langs=("en",)),
        _lead(4, "Dora", 1, ["rj"])])
    res = assign_team(_visit(RJ), site, roster, PACKS)
    assert [m.name for m in res.members] == ["Dora"]
    text = "\n".join(res.rejections)
    assert "Ana (advised the site) as lead for rj@1: advisory conflict of interest from" \
           " 2024-01-01; cooling-off +24 months lasts until 2027-12-31" in text
    assert "Ben (on leave) as lead for rj@1: unavailable 2027-05-01–2027-05-20 (leave)" in text
    # Carl is qualified but the team needs a Spanish speaker: Dora alone is the smallest team
    without_dora = Roster(roster.cbs, roster.approvals, roster.auditors[:3])
    res = assign_team(_visit(RJ), site, without_dora, PACKS)
    assert res.problems and "speaks a site language (es)" in res.problems[0].message


def test_rotation_limit_turns_down_the_long_serving_firm():
    site = SiteScope("Mina Sol", commodity="gold", past=(
        PastAudit("rj", date(2016, 5, 1), 1, 9), PastAudit("rj", date(2019, 5, 1), 1, 9),
        PastAudit("rj", date(2022, 5, 1), 1, 9), PastAudit("rj", date(2025, 5, 1), 1, 9)))
    roster = Roster({1: "Andes Audit", 2: "Global Cert"},
                    _approvals((1, "rj", None), (2, "rj", None)),
                    [_lead(1, "Ana", 1, ["rj"]), _lead(2, "Gil", 2, ["rj"])])
    res = assign_team(_visit(RJ), site, roster, PACKS)
    assert [m.cb_name for m in res.members] == ["Global Cert"]
    assert any(r.startswith("CB Andes Audit for rj@1: rotation: the firm has audited the site"
                            " for 11.0 years, the limit is 10") for r in res.rejections)


def test_team_is_padded_to_the_visit_team_size_from_the_same_cb():
    roster = Roster({1: "Andes Audit", 2: "Global Cert"}, _approvals((1, "rj", None)), [
        _lead(1, "Ana", 1, ["rj"]),
        AuditorInfo(2, "Tom", 1, ("es",), (Qualification("rj", "team", EVER, None),)),
        AuditorInfo(3, "Gus", 2, ("es",), (Qualification("rj", "team", EVER, None),))])
    res = assign_team(_visit(RJ), SITE, roster, PACKS, team_size=2)
    assert [(m.name, m.role) for m in res.members] == [("Ana", "lead"), ("Tom", "team")]
