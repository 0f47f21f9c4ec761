"""The common severity every scheme's rating levels map to, both ways.

Ordered from best to worst among the rated ones; "not applicable" and "not assessed" are
outside the order. "critical" is a severity (worse than a major gap) and is distinct from a
requirement's critical flag.
"""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    CONFORMS = "conforms"
    MINOR_GAP = "minor_gap"
    MAJOR_GAP = "major_gap"
    CRITICAL = "critical"
    NOT_APPLICABLE = "not_applicable"
    NOT_ASSESSED = "not_assessed"


RATED_ORDER = [Severity.CONFORMS, Severity.MINOR_GAP, Severity.MAJOR_GAP, Severity.CRITICAL]


def worst(*severities: Severity) -> Severity:
    """The worst rated severity; not-assessed dominates (it blocks), then not-applicable."""
    s = [Severity(x) for x in severities]
    if Severity.NOT_ASSESSED in s:
        return Severity.NOT_ASSESSED
    rated = [x for x in s if x in RATED_ORDER]
    if not rated:
        return Severity.NOT_APPLICABLE
    return max(rated, key=RATED_ORDER.index)


def is_gap(severity: Severity | str) -> bool:
    return Severity(severity) in (Severity.MINOR_GAP, Severity.MAJOR_GAP, Severity.CRITICAL)
