"""The date-rule evaluator: offsets from named anchors, month ends and leap days right."""

from datetime import date

import pytest

from jointaudit.common.date_rules import DateRule, MissingAnchor, Offset, add, financial_year_ends


@pytest.mark.parametrize(
    ("start", "offset", "expected"),
    [
        (date(2027, 1, 31), Offset(months=1), date(2027, 2, 28)),  # clamps to month end
        (date(2028, 1, 31), Offset(months=1), date(2028, 2, 29)),  # leap year
        (date(2028, 2, 29), Offset(years=1), date(2029, 2, 28)),  # leap day, common year
        (date(2028, 2, 29), Offset(years=4), date(2032, 2, 29)),
        (date(2027, 3, 31), Offset(months=-1), date(2027, 2, 28)),
        (date(2027, 6, 30), Offset(years=3, days=-1), date(2030, 6, 29)),
        (date(2027, 12, 31), Offset(months=3), date(2028, 3, 31)),
        (date(2027, 5, 1), Offset(weeks=2), date(2027, 5, 15)),
    ],
)
def test_offsets_follow_the_calendar(start, offset, expected):
    assert add(start, offset) == expected


def test_offsets_are_measured_from_the_anchor_not_chained():
    # Three monthly steps from 31 Jan chained would drift to the 28th; from the anchor they don't.
    anchor = {"certificate_start": date(2027, 1, 31)}
    got = [DateRule("certificate_start", Offset(months=n)).evaluate(anchor) for n in (1, 2, 3)]
    assert got == [date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)]


def test_an_unknown_anchor_is_named():
    with pytest.raises(MissingAnchor, match="financial_year_end"):
        DateRule("financial_year_end", Offset(months=3)).evaluate({})


def test_rules_describe_themselves():
    assert DateRule("certificate_expiry", Offset(months=-4)).describe() == (
        "certificate expiry −4 months")


def test_financial_year_ends_in_a_span_including_29_february():
    assert financial_year_ends("03-31", date(2027, 1, 1), date(2029, 12, 31)) == [
        date(2027, 3, 31), date(2028, 3, 31), date(2029, 3, 31)]
    assert financial_year_ends("02-29", date(2027, 1, 1), date(2028, 12, 31)) == [
        date(2027, 2, 28), date(2028, 2, 29)]
