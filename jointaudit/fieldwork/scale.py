"""One scheme version's rating scale as fieldwork reads it: its own levels (which
requirements may take each), their order, and the two-way map to the common severity.

The record is always a level of this scale; the common severity is derived from a level
(``to_common``), and a severity becomes a level (``to_scheme``) only to *propose* a rating,
never to replace one a user set.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlmodel import Session, col, select

from jointaudit.common.errors import InvalidInput, NotFound
from jointaudit.common.severity import RATED_ORDER, Severity
from jointaudit.store.models import RatingLevel, SchemeVersion, SeverityMapping


@dataclass(frozen=True)
class Level:
    level_id: str
    severity: Severity
    words: dict[str, str]
    answer: str = "any"  # any / graded / yes_no / result
    rank: int = 0  # 0 = best

    def word(self, language: str = "en") -> str:
        return self.words.get(language) or self.words.get("en") or self.level_id

    def takes(self, answer: str) -> bool:
        """Whether a requirement answered ``answer`` (graded / yes_no) may take this level."""
        return self.answer == "any" or self.answer == answer


@dataclass
class RatingMap:
    """One scheme version's rating scale, both ways."""

    version_id: str
    levels: dict[str, Level]
    from_severity: dict[str, str]
    yes_no_from_severity: dict[str, str]

    def for_answer(self, answer: str = "graded") -> list[Level]:
        return [lv for lv in self.levels.values() if lv.takes(answer)]

    def to_scheme(self, severity: Severity | str, answer: str = "graded") -> Level:
        sev = Severity(severity).value
        level_id = self.from_severity.get(sev)
        if answer == "yes_no" and self.yes_no_from_severity:
            level_id = self.yes_no_from_severity.get(sev, level_id)
        if level_id is None or level_id not in self.levels:
            raise NotFound(f"{self.version_id}: its rating scale does not say what"
                           f" '{sev}' becomes")
        return self.levels[level_id]

    def to_common(self, level_id: str) -> Severity:
        return self.level(level_id).severity

    def level(self, level_id: str, answer: str | None = None, where: str = "") -> Level:
        """The level ``level_id``, refused if unknown or not one this requirement takes."""
        place = f"{where}: " if where else ""
        if level_id not in self.levels:
            raise InvalidInput(f"{place}{self.version_id} has no rating level '{level_id}';"
                               f" expected one of {', '.join(self.levels)}")
        lv = self.levels[level_id]
        if answer is not None and not lv.takes(answer):
            raise InvalidInput(
                f"{place}'{level_id}' is not a level a {answer.replace('_', '/')} requirement of"
                f" {self.version_id} takes; expected one of"
                f" {', '.join(x.level_id for x in self.for_answer(answer))}")
        return lv

    def find(self, text: str, answer: str | None = None, where: str = "") -> Level:
        """A level named by its id or by its word in any language (case does not matter)."""
        t = str(text).strip().casefold()
        candidates = self.for_answer(answer) if answer else list(self.levels.values())
        for lv in candidates:
            if t == lv.level_id.casefold() or any(t == w.casefold() for w in lv.words.values()):
                return lv
        place = f"{where}: " if where else ""
        raise InvalidInput(f"{place}'{text}' is not a rating level of {self.version_id}"
                           + (f" for a {answer.replace('_', '/')} requirement" if answer else "")
                           + "; expected one of "
                           + ", ".join(f"{lv.level_id} ({lv.word()})" for lv in candidates))

    def at_least(self, level: Level, bar: Level) -> bool:
        """``level`` is as good as ``bar``: by common severity, then, between levels sharing
        one (AA and AAA both conform), by the scale's order. A yes/no answer and a grade
        that share a severity are not ordered: the answer meets the bar."""
        if level.severity not in RATED_ORDER or bar.severity not in RATED_ORDER:
            return False
        if level.severity is not bar.severity:
            return RATED_ORDER.index(level.severity) < RATED_ORDER.index(bar.severity)
        if level.answer != bar.answer:
            return True
        return level.rank <= bar.rank


def rating_map(session: Session, version_id: str) -> RatingMap:
    """The scale as imported (its level rows), with what the stored pack adds: which
    requirements take each level, the list's order and the yes/no map."""
    rows = list(session.exec(select(RatingLevel).where(RatingLevel.version_id == version_id)
                             .order_by(col(RatingLevel.position))))
    if not rows:
        raise NotFound(f"{version_id} has no rating scale in this workspace")
    version = session.get(SchemeVersion, version_id)
    try:
        raw = json.loads(version.pack_json) if version else {}
    except ValueError:
        raw = {}
    found = raw.get("rating_scale") if isinstance(raw, dict) else None
    scale: dict = found if isinstance(found, dict) else {}
    use = {lv.get("id"): lv.get("answer", "any") for lv in scale.get("levels", [])
           if isinstance(lv, dict)}
    ranked = rows if scale.get("order", "best_first") == "best_first" else rows[::-1]
    rank = {r.level_id: n for n, r in enumerate(ranked)}
    levels = {r.level_id: Level(r.level_id, Severity(r.severity), dict(r.words),
                                use.get(r.level_id, "any"), rank[r.level_id]) for r in rows}
    back = {m.severity: m.level_id for m in session.exec(
        select(SeverityMapping).where(SeverityMapping.version_id == version_id))}
    yes_no = scale.get("yes_no_from_severity")
    return RatingMap(version_id, levels, back, dict(yes_no) if isinstance(yes_no, dict) else {})
