"""Date rules: a named anchor plus a calendar offset, e.g. "certificate expiry − 4 months".

The planner, corrective-action deadlines and reports all evaluate dates this way. Offsets
use ``dateutil.relativedelta``, so month arithmetic clamps to the month's end (31 Jan +
1 month = 28/29 Feb) and leap days behave (29 Feb 2024 + 1 year = 28 Feb 2025). Each offset
is applied to its anchor in one step, never chained day by day, so errors do not accumulate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from jointaudit.common.errors import JointAuditError

# The anchors a pack may name. The cycle engine supplies their dates.
ANCHORS: dict[str, str] = {
    "membership_start": "the day the site joined the scheme",
    "certificate_start": "first day of the current certificate's validity",
    "certificate_expiry": "last day of the current certificate's validity",
    "previous_audit_end": "last on-site day of the previous audit of this scheme",
    "audit_start": "first day of the audit in question",
    "audit_end": "last day of the audit in question",
    "report_date": "day the audit report is submitted",
    "decision_date": "day the scheme decides on certification",
    "financial_year_end": "last day of the site's financial year",
    "first_audit_day": "first audit day across all facilities in a multi-facility scope",
    "nc_letter": "day the non-conformance letter is issued",
    "finding_date": "day the finding was raised",
}


class MissingAnchor(JointAuditError):
    code = "date-rule.missing-anchor"


@dataclass(frozen=True)
class Offset:
    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0

    @classmethod
    def from_mapping(cls, data: dict | None) -> Offset:
        data = data or {}
        return cls(**{k: int(data.get(k, 0)) for k in ("years", "months", "weeks", "days")})

    def as_relativedelta(self) -> relativedelta:
        return _relativedelta(self.years, self.months, self.weeks, self.days)

    def is_zero(self) -> bool:
        return not (self.years or self.months or self.weeks or self.days)

    def describe(self) -> str:
        parts = []
        for name in ("years", "months", "weeks", "days"):
            n = getattr(self, name)
            if n:
                unit = name if abs(n) != 1 else name[:-1]
                parts.append(f"{'+' if n > 0 else '−'}{abs(n)} {unit}")
        return " ".join(parts) or "+0 days"


@lru_cache(maxsize=4096)
def _relativedelta(years: int, months: int, weeks: int, days: int) -> relativedelta:
    # building a relativedelta costs more than applying it; the planner applies a few
    # distinct offsets millions of times (relativedelta is immutable, so sharing is safe)
    return relativedelta(years=years, months=months, weeks=weeks, days=days)


def add(day: date, offset: Offset) -> date:
    if offset.years or offset.months:
        return _add_calendar(day, offset.years, offset.months, offset.weeks, offset.days)
    # whole days and weeks are plain day counts: no calendar arithmetic to get wrong
    return day + timedelta(days=7 * offset.weeks + offset.days)


def clear_date_cache() -> None:
    _add_calendar.cache_clear()


@lru_cache(maxsize=1 << 14)
def _add_calendar(day: date, years: int, months: int, weeks: int, days: int) -> date:
    # a ten-year plan of a thousand sites applies the same few month offsets to the same
    # anchor days over and over; the answer for one (day, offset) never changes
    return day + _relativedelta(years, months, weeks, days)


@dataclass(frozen=True)
class DateRule:
    anchor: str
    offset: Offset = Offset()

    @classmethod
    def from_mapping(cls, data: dict) -> DateRule:
        return cls(anchor=data["anchor"], offset=Offset.from_mapping(data.get("offset")))

    def evaluate(self, anchors: dict[str, date]) -> date:
        try:
            base = anchors[self.anchor]
        except KeyError:
            raise MissingAnchor(
                f"the rule needs the date '{self.anchor}' ({ANCHORS.get(self.anchor, '?')}),"
                " which is not known here"
            ) from None
        if base is None:
            raise MissingAnchor(f"the date '{self.anchor}' is not known yet")
        return add(base, self.offset)

    def describe(self) -> str:
        if self.offset.is_zero():
            return self.anchor.replace("_", " ")
        return f"{self.anchor.replace('_', ' ')} {self.offset.describe()}"


def financial_year_ends(month_day: str, start: date, end: date) -> list[date]:
    """Every financial-year end (given as "MM-DD") falling in [start, end].

    A year end of 29 Feb falls on 28 Feb in common years.
    """
    month, day = (int(x) for x in month_day.split("-"))
    out = []
    for year in range(start.year - 1, end.year + 2):
        candidate = date(year, month, 1) + relativedelta(day=day)  # clamps to month end
        if start <= candidate <= end:
            out.append(candidate)
    return out
