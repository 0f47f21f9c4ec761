"""The cycle engine on one rule at a time (small packs built from the pack format): month
ends, leap days, early recertification cascading, a major NC shortening validity, a
financial-year anchor, a multi-facility scope, conditional audits and UNVERIFIED flags."""

from __future__ import annotations

from datetime import date

import pytest

from jointaudit.library.packs.format import Pack
from jointaudit.planning.cycles import AuditOutcome, SchemeHistory, advance, project, start_chain
from jointaudit.planning.windows import SiteCalendar, why_not_covered
from tests.core.planner_packs import d, kind, make_pack, three_year_pack

H0, H1 = date(2026, 1, 1), date(2035, 12, 31)


def _windows(h, start=H0, end=H1, **kw):
    return [(w.kind, w.earliest, w.latest) for w in project(h, start, end, **kw).windows]


@pytest.mark.parametrize(("fye", "expected"), [
    # FY end 31 Jan: the window closes 1 month later — 28 Feb, or 29 Feb in a leap year.
    ("01-31", [date(2026, 2, 28), date(2027, 2, 28), date(2028, 2, 29), date(2029, 2, 28)]),
    # FY end 29 Feb falls on 28 Feb in common years; +3 months from the day, not chained.
    ("02-29", [date(2026, 5, 28), date(2027, 5, 28), date(2028, 5, 29), date(2029, 5, 28)]),
    ("06-30", [date(2026, 9, 30), date(2027, 9, 30), date(2028, 9, 30), date(2029, 9, 30)]),
])
def test_financial_year_anchor_month_ends_and_leap_days(fye, expected):
    pack = make_pack("fye", {
        "validity": {"years": 1}, "next_validity_starts": "previous_expiry",
        "period_anchor": "financial_year_end",
        "audits": [kind("annual_assurance", "periodic", d("financial_year_end", days=1),
                        d("financial_year_end", months=1 if fye == "01-31" else 3))]})
    got = _windows(SchemeHistory(pack, financial_year_end=fye), H0, date(2029, 12, 31))
    assert [latest for _, _, latest in got] == expected


def test_three_year_cycle_from_a_leap_day_certificate():
    h = SchemeHistory(three_year_pack(), certificate_start=date(2024, 2, 29),
                      certificate_expiry=date(2027, 2, 28),
                      audits=(AuditOutcome("certification", date(2024, 1, 10), date(2024, 1, 12),
                                         mid_term_required=True),))
    got = _windows(h, date(2024, 3, 1), date(2030, 12, 31))
    assert got[0] == ("mid_term_review", date(2025, 2, 28), date(2026, 2, 28))
    # recertification within the 4 months before expiry: 28 Feb − 4 months = 28 Oct
    assert got[1] == ("recertification", date(2026, 10, 28), date(2027, 2, 28))
    # the next certificate runs from the day after expiry: 1 Mar 2027 + 3 years − 1 day
    assert got[2] == ("recertification", date(2029, 10, 28), date(2030, 2, 28))


def test_certification_deadline_after_joining_and_the_cycle_it_starts():
    h = SchemeHistory(three_year_pack(), member_since=date(2025, 1, 31))
    p = project(h, H0, date(2031, 12, 31))
    first = p.windows[0]
    assert (first.kind, first.earliest, first.latest) == (
        "certification", date(2025, 1, 31), date(2027, 1, 31))
    assert first.renews and first.cascades
    # audited on its last day → decision 1 month + 2 weeks later starts a 3-year certificate
    recert = p.windows[1]
    assert (recert.earliest, recert.latest) == (date(2029, 11, 13), date(2030, 3, 13))


def test_early_recertification_cascades_into_every_later_window():
    base = three_year_pack().model_dump()
    base["cycle"]["early_renewal_starts"] = "decision_date"
    pack = Pack.model_validate(base)
    cert = dict(certificate_start=date(2024, 6, 1), certificate_expiry=date(2027, 5, 31))
    on_time = SchemeHistory(pack, **cert, audits=(
        AuditOutcome("recertification", date(2027, 3, 1), date(2027, 3, 3)),))
    early = SchemeHistory(pack, **cert, audits=(
        AuditOutcome("recertification", date(2026, 9, 1), date(2026, 9, 3)),))
    # in time: continuous certification, the next runs 1 Jun 2027 – 31 May 2030
    assert _windows(on_time)[0] == ("recertification", date(2030, 1, 31), date(2030, 5, 31))
    # early: the next validity starts at the decision (3 Sep + 1 month + 2 weeks = 17 Oct),
    # so the following recertifications move 7½ months earlier, each from its own anchor
    got = _windows(early)
    assert got[0] == ("recertification", date(2029, 6, 16), date(2029, 10, 16))
    assert got[1] == ("recertification", date(2032, 6, 16), date(2032, 10, 16))


def test_a_major_nc_shortens_validity_and_sets_a_follow_up_and_cap_deadline():
    h = SchemeHistory(three_year_pack(), member_since=date(2025, 1, 31), audits=(
        AuditOutcome("certification", date(2026, 2, 2), date(2026, 2, 5), major_ncs=1,
                   minor_ncs=2),))
    p = project(h, H0, date(2028, 12, 31))
    got = [(w.kind, w.earliest, w.latest) for w in p.windows]
    assert ("follow_up", date(2026, 3, 5), date(2026, 8, 5)) in got
    # decision 5 Feb + 1 month 2 weeks = 19 Mar; a 1-year certificate ends 18 Mar 2027
    assert ("recertification", date(2026, 11, 18), date(2027, 3, 18)) in got
    (cap,) = p.deadlines
    assert cap.due == date(2026, 3, 5) and "corrective action plan" in cap.reason


def test_what_if_major_plans_the_next_certificate_for_one_year():
    h = SchemeHistory(three_year_pack(), certificate_start=date(2024, 6, 1),
                      certificate_expiry=date(2027, 5, 31))
    normal = _windows(h, H0, date(2031, 12, 31))
    what_if = _windows(h, H0, date(2031, 12, 31), what_if_major=True)
    assert normal[1] == ("recertification", date(2030, 1, 31), date(2030, 5, 31))
    assert ("follow_up", date(2027, 6, 30), date(2027, 11, 30)) in what_if
    assert ("recertification", date(2028, 1, 31), date(2028, 5, 31)) in what_if


def test_a_rule_applies_only_inside_its_effective_dates():
    base = three_year_pack().model_dump()
    base["cycle"]["validity_events"][0]["effective_to"] = date(2024, 12, 31)
    pack = Pack.model_validate(base)
    before = SchemeHistory(pack, member_since=date(2023, 1, 1), audits=(
        AuditOutcome("certification", date(2024, 5, 1), date(2024, 5, 3), major_ncs=1),))
    after = SchemeHistory(pack, member_since=date(2023, 1, 1), audits=(
        AuditOutcome("certification", date(2025, 5, 1), date(2025, 5, 3), major_ncs=1),))
    assert start_chain(before, H0, H1).cert.expiry == date(2025, 6, 16)  # shortened
    assert start_chain(after, H0, H1).cert.expiry == date(2028, 6, 16)  # rule no longer in force


def test_conditional_mid_term_is_required_only_when_the_record_says_so():
    cert = dict(certificate_start=date(2025, 6, 1), certificate_expiry=date(2028, 5, 31))
    asked = SchemeHistory(three_year_pack(), **cert, audits=(
        AuditOutcome("certification", date(2025, 4, 1), date(2025, 4, 3), mid_term_required=True),))
    silent = SchemeHistory(three_year_pack(), **cert, audits=(
        AuditOutcome("certification", date(2025, 4, 1), date(2025, 4, 3)),))
    unknown = SchemeHistory(three_year_pack(), **cert)
    assert "mid_term_review" in [k for k, _, _ in _windows(asked)]
    assert "mid_term_review" not in [k for k, _, _ in _windows(silent)]
    p = project(unknown, H0, H1)
    assert "mid_term_review" not in [w.kind for w in p.windows]
    assert [w.status for w in p.possible if w.kind == "mid_term_review"][0] == "possible"


def test_unverified_rules_are_flagged_in_the_reason():
    h = SchemeHistory(three_year_pack(verified=False), member_since=date(2025, 3, 1))
    (w, *_rest) = project(h, H0, H1).windows
    assert not w.verified
    assert w.reason.endswith("(source: test rule book §1; UNVERIFIED).")
    assert "membership start to membership start +2 years" in w.reason
    verified = project(SchemeHistory(three_year_pack(), member_since=date(2025, 3, 1)),
                       H0, H1).windows[0]
    assert "; verified)." in verified.reason


def test_multi_facility_scope_must_finish_within_four_months_of_the_first_day():
    h = SchemeHistory(three_year_pack(multi_facility=True), certificate_start=date(2024, 6, 1),
                      certificate_expiry=date(2027, 5, 31), facilities=3)
    w = project(h, H0, H1).windows[0]
    assert "all 3 facilities within +4 months of the first audit day" in w.reason
    assert "UNVERIFIED" in w.reason  # the multi-facility rule of this pack is unverified
    # a wide window, so only the scope rule can refuse: 4 months from 1 Feb end on 31 May
    wide = w.__class__(**{**w.__dict__, "earliest": date(2027, 1, 1),
                          "latest": date(2027, 12, 31)})
    assert why_not_covered(wide, date(2027, 2, 1), 119, SiteCalendar()) is None
    assert "multi-facility" in why_not_covered(wide, date(2027, 2, 1), 121, SiteCalendar())


def test_a_recorded_audit_closes_its_window():
    cert = dict(certificate_start=date(2025, 6, 1), certificate_expiry=date(2028, 5, 31))
    h = SchemeHistory(three_year_pack(), **cert, audits=(
        AuditOutcome("certification", date(2025, 4, 1), date(2025, 4, 3), mid_term_required=True),
        AuditOutcome("mid_term_review", date(2026, 7, 1), date(2026, 7, 2))))
    assert [k for k, _, _ in _windows(h)][0] == "recertification"


def test_advance_is_measured_from_anchors_not_chained():
    h = SchemeHistory(three_year_pack(), certificate_start=date(2025, 1, 31),
                      certificate_expiry=date(2028, 1, 30))
    state = start_chain(h, H0, H1)
    for _ in range(3):
        (w,) = [x for x in project(h, H0, H1).windows[:1]]
        state = advance(state, w, w.latest, w.latest)
    # three renewals later the certificate still starts on the 31st
    assert state.cert.start == date(2034, 1, 31)
