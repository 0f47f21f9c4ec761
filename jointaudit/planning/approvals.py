"""A CB approval on record: which certification body may audit which scheme (version),
for which commodities and regions, over which dates.

The team assignment checks approvals by CB id; the "another CB" alternative names the CB in
its sentences. Both read the same rows (``planning.inputs``), so they share this type.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Approval:
    cb_id: int
    scheme_id: str
    version_key: str | None  # None: every version of the scheme
    start: date
    end: date | None
    commodities: tuple[str, ...] = ()  # empty: any
    regions: tuple[str, ...] = ()  # empty: anywhere
    cb: str = ""  # the CB's name, for explanations
