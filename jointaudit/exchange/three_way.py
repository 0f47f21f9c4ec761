"""Three-way merge of findings recorded offline by two auditors on the same visit.

Each finding carries its revision and keeps every earlier state (FindingHistory). The common
base of my finding and theirs is the latest revision both sides hold with the same content.
Against it, field by field: a field only one side changed takes that side's value; a field
both changed to different values is a real conflict, returned to the caller with three
choices — keep mine, keep theirs, keep both (mine stays, theirs is appended as a note).
Nothing here touches the database; :mod:`jointaudit.exchange.importer` applies the outcome.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

MERGED_FIELDS = ("severity", "observation", "confidential", "scheme_overrides")
CHOICES = ("mine", "theirs", "both")


@dataclass(frozen=True)
class FindingState:
    """One revision of a finding: the fields that merge, plus who wrote it."""

    revision: int
    severity: str
    observation: str = ""
    confidential: bool = False
    scheme_overrides: dict = field(default_factory=dict)
    author: str = ""

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in MERGED_FIELDS}


@dataclass(frozen=True)
class FieldConflict:
    field: str
    base: Any
    mine: Any
    theirs: Any


@dataclass(frozen=True)
class FindingConflict:
    """A real conflict on one joint item; ``key`` identifies it in the resolutions."""

    key: str  # "<visit uid>/<item key>"
    item_key: str
    mine: FindingState
    theirs: FindingState
    fields: tuple[FieldConflict, ...]
    choices: tuple[str, ...] = CHOICES


@dataclass(frozen=True)
class MergeOutcome:
    kind: str  # unchanged / fast_forward / merged / conflict
    values: dict[str, Any]  # the merged values (conflicting fields: mine, until resolved)
    conflict: FindingConflict | None = None


def common_base(mine: list[FindingState], theirs: list[FindingState]) -> FindingState | None:
    """The latest revision that both sides hold with the same content."""
    mine_by_revision: dict[int, list[FindingState]] = {}
    for state in mine:
        mine_by_revision.setdefault(state.revision, []).append(state)
    for state in sorted(theirs, key=lambda s: s.revision, reverse=True):
        if any(m.values() == state.values() for m in mine_by_revision.get(state.revision, [])):
            return state
    return None


def three_way(key: str, item_key: str, base: FindingState | None, mine: FindingState,
              theirs: FindingState) -> MergeOutcome:
    if mine.values() == theirs.values():
        return MergeOutcome("unchanged", mine.values())
    if base is not None and base.values() == theirs.values():
        return MergeOutcome("unchanged", mine.values())  # they have nothing I lack
    if base is not None and base.values() == mine.values():
        return MergeOutcome("fast_forward", theirs.values())
    merged, conflicts = {}, []
    for name in MERGED_FIELDS:
        m, t = getattr(mine, name), getattr(theirs, name)
        b = getattr(base, name) if base is not None else None
        if m == t:
            merged[name] = m
        elif base is not None and m == b:
            merged[name] = t
        elif base is not None and t == b:
            merged[name] = m
        else:
            merged[name] = m
            conflicts.append(FieldConflict(name, b, m, t))
    if not conflicts:
        return MergeOutcome("merged", merged)
    return MergeOutcome("conflict", merged,
                   FindingConflict(key, item_key, mine, theirs, tuple(conflicts)))


def resolve(outcome: MergeOutcome, choice: str) -> dict[str, Any]:
    """The values to save for a conflict resolved with ``choice``."""
    conflict = outcome.conflict
    if conflict is None:
        return outcome.values
    if choice not in CHOICES:
        raise ValueError(f"choice {choice!r} is not one of {', '.join(CHOICES)}")
    values = dict(outcome.values)
    if choice == "theirs":
        for fc in conflict.fields:
            values[fc.field] = fc.theirs
    elif choice == "both":
        values["observation"] = _with_note(values["observation"], conflict.theirs)
    return values


def _with_note(observation: str, theirs: FindingState) -> str:
    who = theirs.author or "the other auditor"
    note = (f"[Kept both when merging: {who}'s revision {theirs.revision} rated it "
            f"{theirs.severity}] {theirs.observation}".rstrip())
    return f"{observation}\n\n{note}" if observation else note
