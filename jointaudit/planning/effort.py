"""Effort: person-days per audit from each pack's ``assurance`` data, a joint visit's combined
effort with the overlap reduction, the visit's length, and the saving against separate audits.

Overlap reduction (documented in docs/planning.md): order the audits of one visit by their
person-days, largest first. The largest is done in full; every other audit j costs
``pd_j × (1 − r_j)``, where r_j is the share of scheme j's assessable requirements that the
merged checklist shares with another scheme of the visit (from the merge room's
JointTemplate), or, when no merged template is known, the pack's ``overlap_reduction``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from jointaudit.library.packs.format import AssuranceSpec, Pack
from jointaudit.planning.cycles import AuditWindow


@dataclass(frozen=True)
class EffortContext:
    """The site facts person-days depend on, and the planner's visit-length limits."""

    site_type: str = "mine"
    size: str = "medium"
    max_visit_days: int | None = None
    team_size: int | None = None  # None: the largest min_team_size of the covered packs
    fixed_visit_days: int | None = None  # a user-fixed visit length (also used by tests)
    overlap_shares: Mapping[str, float] = field(default_factory=dict)  # version key → r_j


def _table_days(a: AssuranceSpec, site_type: str, size: str) -> float:
    """The most specific person-days row: exact type and size, then either, then any."""
    def score(row) -> int:
        t = 2 if row.site_type == site_type else (0 if row.site_type == "any" else -9)
        s = 1 if row.size == size else (0 if row.size == "any" else -9)
        return t + s
    best = max(a.person_days, key=score)
    return best.days if score(best) >= 0 else max(r.days for r in a.person_days)


_PD_CACHE: dict = {}


def audit_person_days(window: AuditWindow, pack: Pack, ctx: EffortContext) -> float:
    key = (id(pack), window.kind, window.mode, window.renews, window.on_site_days,
           ctx.site_type, ctx.size)
    hit = _PD_CACHE.get(key)
    if hit is None or hit[0] is not pack:  # the pack is kept, so its id cannot be reused
        if len(_PD_CACHE) > 10_000:
            _PD_CACHE.clear()
        hit = _PD_CACHE[key] = (pack, _person_days(window, pack, ctx))
    return hit[1]


def _person_days(window: AuditWindow, pack: Pack, ctx: EffortContext) -> float:
    """A full audit (first, renewing or periodic) costs the pack's person-days for this
    site type and size; an interim or follow-up audit costs its on-site days × the minimum
    team. Desk audits need no visit and cost nothing on site."""
    if not window.on_site:
        return 0.0
    spec = next((k for k in pack.cycle.audits if k.kind == window.kind), None)
    full = window.renews or (spec is not None and spec.applies == "periodic")
    if full:
        return _table_days(pack.assurance, ctx.site_type, ctx.size)
    return window.on_site_days * pack.assurance.min_team_size


@dataclass(frozen=True)
class JointEffort:
    per_audit: tuple[tuple[str, float], ...]  # (window uid, person-days if audited alone)
    reductions: tuple[tuple[str, float], ...]  # (version key, r_j applied)
    separate: float  # Σ person-days
    joint: float  # with the overlap reduction
    team_size: int
    days: int  # visit length L

    @property
    def saved(self) -> float:
        return self.separate - self.joint


def overlap_share(key: str, pack: Pack, ctx: EffortContext) -> float:
    share = ctx.overlap_shares.get(key)
    return pack.assurance.overlap_reduction if share is None else share


def joint_effort(windows: Iterable[AuditWindow], packs: Mapping[str, Pack],
                 ctx: EffortContext) -> JointEffort:
    ws = [w for w in windows if w.on_site]
    pds = [(w, audit_person_days(w, packs[w.version_key], ctx)) for w in ws]
    by_scheme: dict[str, float] = {}
    for w, pd in pds:
        by_scheme[w.version_key] = by_scheme.get(w.version_key, 0.0) + pd
    order = sorted(by_scheme.items(), key=lambda kv: (-kv[1], kv[0]))
    joint, reductions = 0.0, []
    for n, (key, pd) in enumerate(order):
        r = 0.0 if n == 0 else overlap_share(key, packs[key], ctx)
        reductions.append((key, r))
        joint += pd * (1 - r)
    separate = sum(pd for _, pd in pds)
    team = ctx.team_size or max([packs[w.version_key].assurance.min_team_size for w in ws] + [1])
    floor_days = max([math.ceil(w.on_site_days) for w in ws] + [1])
    if ctx.fixed_visit_days:
        days = ctx.fixed_visit_days
    else:
        days = max(math.ceil(round(joint / team, 6)), floor_days)
        if ctx.max_visit_days:
            days = min(days, ctx.max_visit_days)
            team = max(team, math.ceil(round(joint / days, 6)))
    return JointEffort(tuple((w.uid, pd) for w, pd in pds), tuple(reductions),
                       round(separate, 2), round(joint, 2), team, days)


def visit_length(windows: Iterable[AuditWindow], packs: Mapping[str, Pack],
                 ctx: EffortContext) -> int:
    return joint_effort(windows, packs, ctx).days
