"""Portfolio planning: many sites at once (a CB or a scheme planning its year).

Each site's visits are planned on their own (their windows never interact: greedy, then the
improvement search of ``planning.improve`` within a re-plan budget), then teams are
assigned to all visits of all sites in date order against one shared roster, so an auditor
booked on one site's visit is not available to another's on overlapping days. A single
site is a portfolio of one.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

from jointaudit.library.packs.format import Pack
from jointaudit.planning.exact import plan_exact
from jointaudit.planning.improve import BUDGET, improve
from jointaudit.planning.team import Roster, SiteScope, TeamResult, assign_team, book
from jointaudit.planning.visits import (
    PlanInput,
    PlannedVisit,
    SitePlan,
    plan_greedy,
    within_horizon,
)

# Re-plans the improvement search may spend on one portfolio (docs/planning.md,
# "Improvement"): each site gets BUDGET up to 25 sites, and a share of this beyond. A re-plan
# costs about 2 ms, so a 1,000-site ten-year portfolio pays about 2 s for it (measured:
# 1 re-plan a site saves 2.4 % of the visits, 4 save 3.5 % for 8 s).
PORTFOLIO_REPLANS = 1_000


def site_budget(sites: int) -> int:
    """Re-plans of the improvement search per site, for a portfolio of ``sites``."""
    return min(BUDGET, PORTFOLIO_REPLANS // max(sites, 1))


def plan_site(inp: PlanInput, *, exact_states: int = 0,
              improve_budget: int = BUDGET) -> SitePlan:
    """The exact plan when asked and the instance is small enough; else the greedy plan
    improved by pulling renewals earlier (``planning.improve``; 0: the greedy plan)."""
    if exact_states:
        exact = plan_exact(inp, max_states=exact_states)
        if exact is not None:
            return within_horizon(exact, inp.horizon_end)
    greedy = plan_greedy(inp)
    plan = improve(inp, greedy, budget=improve_budget) if improve_budget else greedy
    return within_horizon(plan, inp.horizon_end)


@dataclass(frozen=True)
class SiteProblem:
    site_id: int | None
    name: str
    inp: PlanInput
    scope: SiteScope


@dataclass(frozen=True)
class Saving:
    """The joint plan against auditing every window on its own visit."""

    joint_visits: int
    separate_visits: int
    joint_auditor_days: float
    separate_auditor_days: float

    @property
    def visits_saved(self) -> int:
        return self.separate_visits - self.joint_visits

    @property
    def auditor_days_saved(self) -> float:
        return round(self.separate_auditor_days - self.joint_auditor_days, 2)


def saving(plan: SitePlan) -> Saving:
    separate = [pd for v in plan.visits for _, pd in v.effort.per_audit]
    return Saving(len(plan.visits), len(separate), plan.auditor_days,
                  round(sum(separate), 2))


@dataclass
class SiteOutcome:
    problem: SiteProblem
    plan: SitePlan
    teams: dict[int, TeamResult] = field(default_factory=dict)  # visit index → team

    @property
    def saving(self) -> Saving:
        return saving(self.plan)


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Planning allocates millions of short-lived tuples and lists that are not in reference
    cycles (reference counting frees them), yet each few hundred allocations make Python's
    cycle collector scan the young heap again: a fifth of a 1,000-site plan, measured
    (tests/benchmarks/bench_planner.py). The collector runs again afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def plan_portfolio(sites: list[SiteProblem], packs: Mapping[str, Pack],
                   roster: Roster | None, *, exact_states: int = 0,
                   improve_budget: int | None = None) -> list[SiteOutcome]:
    """Plan every site (improved within ``improve_budget`` re-plans per site; None: the
    portfolio rule of :func:`site_budget`), then assign teams in date order."""
    budget = site_budget(len(sites)) if improve_budget is None else improve_budget
    with _without_cycle_collection():
        outcomes = [SiteOutcome(s, plan_site(s.inp, exact_states=exact_states,
                                             improve_budget=budget)) for s in sites]
    if roster is None:
        return outcomes
    queue: list[tuple[PlannedVisit, int, int]] = []
    for i, o in enumerate(outcomes):
        queue += [(v, i, j) for j, v in enumerate(o.plan.visits)]
    for visit, i, j in sorted(queue, key=lambda q: (q[0].start, q[1], q[2])):
        o = outcomes[i]
        result = assign_team(visit, o.problem.scope, roster, packs,
                             team_size=visit.effort.team_size)
        o.teams[j] = result
        book(roster, visit, result, f"the {o.problem.name} visit")
    return outcomes
