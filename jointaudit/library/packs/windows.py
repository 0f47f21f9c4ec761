"""Whether a pack's audit window can be empty: its start after its end, for one anchor.

Offsets mix months and days, so they are not totally ordered on their own ("1 month" vs
"30 days" depends on the month). The check evaluates both ends on reference dates that
include month ends and a leap day, and calls a window reversed if it is on any of them.
Windows whose ends use different anchors cannot be judged without a site's dates; the
cycle engine reports those when it meets them.
"""

from __future__ import annotations

from datetime import date

from jointaudit.common.date_rules import DateRule, Offset

REFERENCE_DAYS = [date(2027, 1, 31), date(2027, 2, 28), date(2028, 2, 29), date(2027, 6, 15),
                  date(2027, 12, 31)]


def _rule(spec) -> DateRule | None:
    if not isinstance(spec, dict) or not isinstance(spec.get("anchor"), str):
        return None
    offset = spec.get("offset") or {}
    if not isinstance(offset, dict):
        return None
    values = {k: offset.get(k, 0) for k in ("years", "months", "weeks", "days")}
    if not all(isinstance(v, int) and not isinstance(v, bool) and abs(v) < 10_000
               for v in values.values()):
        return None
    return DateRule(spec["anchor"], Offset(**values))


def _later(a: DateRule, b: DateRule) -> date | None:
    """A reference day on which ``a`` falls after ``b`` (same anchor), else None."""
    for day in REFERENCE_DAYS:
        anchors = {a.anchor: day}
        if a.evaluate(anchors) > b.evaluate(anchors):
            return day
    return None


def window_order_problem(earliest, latest, due=None) -> str | None:
    """A message if the window's start can fall after its end (or due outside it)."""
    start, end, due_rule = _rule(earliest), _rule(latest), _rule(due)
    if start and end and start.anchor == end.anchor:
        day = _later(start, end)
        if day is not None:
            return (f"the window starts ({start.describe()}) after it ends ({end.describe()});"
                    f" e.g. for {start.anchor} = {day} it would be"
                    f" {start.evaluate({start.anchor: day})} … {end.evaluate({end.anchor: day})}")
    if due_rule and start and due_rule.anchor == start.anchor and _later(start, due_rule):
        return f"the due date ({due_rule.describe()}) falls before the window opens" \
               f" ({start.describe()})"
    if due_rule and end and due_rule.anchor == end.anchor and _later(due_rule, end):
        return f"the due date ({due_rule.describe()}) falls after the window closes" \
               f" ({end.describe()})"
    return None
