"""Each shipped scheme pack's cycle rules with real dates (resources/packs), table-driven:
when each audit falls due for a given history, including month ends, 29 Feb, an early
recertification, a major NC, the LBMA financial year, the RJC multi-facility scope and
UNVERIFIED rules flagged."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest

from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.planning.cycles import AuditOutcome, SchemeHistory, project
from tests.conftest import PACKS


@cache
def pack(name: str):
    return validate_pack_file(PACKS / f"{name}.yaml")


def windows(name, start=date(2026, 1, 1), end=date(2031, 12, 31), what_if=False, **history):
    p = project(SchemeHistory(pack(name), **history), start, end, what_if_major=what_if)
    return p, [(w.kind, w.earliest, w.latest) for w in p.windows]


CASES = [
    # (pack, history, expected first windows)
    ("rjc-cop-2019", dict(member_since=date(2025, 1, 31)),
     [("certification", date(2025, 1, 31), date(2027, 1, 31))]),
    ("rjc-cop-2019", dict(certificate_start=date(2024, 6, 15),
                          certificate_expiry=date(2027, 6, 14)),
     [("recertification", date(2027, 2, 14), date(2027, 6, 14)),
      ("recertification", date(2030, 2, 14), date(2030, 6, 14))]),
    ("rjc-coc-2017", dict(certificate_start=date(2024, 9, 1),
                          certificate_expiry=date(2027, 8, 31)),
     [("recertification", date(2027, 4, 30), date(2027, 8, 31))]),
    # 31 May − 3 months = 28 Feb; the annual cycle then runs from 1 Jun each year
    ("fairmined-2.0", dict(certificate_start=date(2026, 6, 1),
                           certificate_expiry=date(2027, 5, 31)),
     [("recertification", date(2027, 2, 28), date(2027, 5, 31)),
      ("recertification", date(2028, 2, 29), date(2028, 5, 31))]),
    ("irma-1.0", dict(certificate_start=date(2025, 9, 1), certificate_expiry=date(2028, 8, 31)),
     # surveillance within 18 months of the report's publication (the certificate start)
     [("surveillance", date(2026, 9, 1), date(2027, 3, 1)),
      ("reassessment_stage1", date(2027, 11, 30), date(2028, 3, 31)),
      ("reassessment", date(2028, 3, 31), date(2028, 8, 31))]),
    # LBMA: financial-year end 31 March → assurance 1 April – 30 June every year
    ("lbma-rgg-9", dict(financial_year_end="03-31"),
     [("annual_assurance", date(2026, 4, 1), date(2026, 6, 30)),
      ("annual_assurance", date(2027, 4, 1), date(2027, 6, 30))]),
    # a financial year ending 31 Jan: +3 months lands on 30 April, +1 day on 1 February
    ("lbma-rgg-9", dict(financial_year_end="01-31"),
     [("annual_assurance", date(2026, 2, 1), date(2026, 4, 30))]),
    # RMAP: the next validity starts at the decision, so each audit fixes the next window
    ("rmi-rmap", dict(certificate_start=date(2025, 3, 1), certificate_expiry=date(2026, 2, 28)),
     [("re_audit", date(2025, 11, 28), date(2026, 2, 28)),
      # audited on 2026-02-28, the last day of the status: the next runs 2026-03-01 to
      # 2027-02-28 (the window does not creep a day earlier each year)
      ("re_audit", date(2026, 11, 28), date(2027, 2, 28))]),
    ("asi-ps-3", dict(certificate_start=date(2025, 1, 31), certificate_expiry=date(2028, 1, 30)),
     [("surveillance", date(2026, 4, 30), date(2026, 10, 31)),
      ("recertification", date(2027, 7, 30), date(2028, 1, 30))]),
]


@pytest.mark.parametrize(("name", "history", "expected"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_shipped_cycle_rules(name, history, expected):
    _, got = windows(name, **history)
    assert got[:len(expected)] == expected


def test_rjc_cop_major_nc_before_2025_gives_a_one_year_certificate():
    p, got = windows("rjc-cop-2019", start=date(2024, 1, 1), member_since=date(2023, 1, 1),
                     audits=(AuditOutcome("certification", date(2024, 3, 4), date(2024, 3, 6),
                                        major_ncs=1),))
    # decision 6 Mar + 2 weeks = 20 Mar 2024; one year: expiry 19 Mar 2025
    assert got[0] == ("recertification", date(2024, 11, 19), date(2025, 3, 19))
    assert [(d.deadline, d.due) for d in p.deadlines] == [("cap_submission", date(2024, 4, 6))]


def test_rjc_cop_major_nc_from_2025_means_no_certificate_until_a_follow_up():
    p, got = windows("rjc-cop-2019", certificate_start=date(2024, 6, 15),
                     certificate_expiry=date(2027, 6, 14), what_if=True)
    # recertification assumed on its last day, 14 Jun 2027, with a major: no certificate;
    # the follow-up falls 1–6 months after it and starts a new 3-year certificate
    assert got[:2] == [("recertification", date(2027, 2, 14), date(2027, 6, 14)),
                       ("follow_up", date(2027, 7, 14), date(2027, 12, 14))]
    assert any("no certificate" in n for n in p.notes)


def test_rjc_coc_major_nc_needs_a_follow_up_that_restarts_the_cycle():
    _, got = windows("rjc-coc-2017", certificate_start=date(2024, 9, 1),
                     certificate_expiry=date(2027, 8, 31), what_if=True)
    assert got[1] == ("follow_up", date(2027, 9, 30), date(2028, 2, 29))  # 31 Aug + 6 months


def test_asi_major_nc_gives_a_provisional_certificate_and_a_conversion_audit():
    p, got = windows("asi-ps-3", certificate_start=date(2025, 1, 31),
                     certificate_expiry=date(2028, 1, 30), what_if=True)
    kinds = [k for k, _, _ in got]
    assert kinds[:3] == ["surveillance", "recertification", "provisional_conversion"]
    assert any("provisional" in n for n in p.notes)


def test_an_early_rmap_audit_moves_every_later_window():
    cert = dict(certificate_start=date(2025, 3, 1), certificate_expiry=date(2026, 2, 28))
    _, on_time = windows("rmi-rmap", **cert, audits=(
        AuditOutcome("re_audit", date(2026, 2, 2), date(2026, 2, 4)),))
    _, early = windows("rmi-rmap", **cert, audits=(
        AuditOutcome("re_audit", date(2025, 9, 1), date(2025, 9, 3)),))
    # no report or decision lag in the pack: the status runs a year from the day after the
    # audit's last day (2026-02-05 to 2027-02-04; 2025-09-04 to 2026-09-03)
    assert on_time[0] == ("re_audit", date(2026, 11, 4), date(2027, 2, 4))
    assert early[0] == ("re_audit", date(2026, 6, 3), date(2026, 9, 3))


def test_rjc_multi_facility_scope_and_unverified_flags():
    p, _ = windows("rjc-coc-2017", certificate_start=date(2024, 9, 1),
                   certificate_expiry=date(2027, 8, 31), facilities=2)
    w = p.windows[0]
    assert "all 2 facilities within +4 months of the first audit day" in w.reason
    assert not w.verified and "UNVERIFIED" in w.reason
    cop = windows("rjc-cop-2019", certificate_start=date(2024, 6, 15),
                  certificate_expiry=date(2027, 6, 14), facilities=2)[0].windows[0]
    assert cop.verified and cop.scope_within is not None
