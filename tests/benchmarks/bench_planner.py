"""Planner benchmark: 1,000 synthetic sites × 5 shipped schemes × a 10-year horizon.

Measures, side by side in one run: wall time and peak memory (tracemalloc) of planning
with fixed windows (every window computed up front, audits assumed on their due dates)
and with cascades (the chains produce each next window from the planned date); joint
visits and auditor-days against separate audits; and, on small instances, the greedy
heuristic's gap to the exact optimum (planning/exact.py): "small synthetic" = two chains
whose next status runs from the decision date (the shipped RMAP rules with 6–12-month
validity and re-audit windows of 2–5 weeks) and an LBMA year over one year; "small
shipped" = the shipped RMAP, Fairmined and LBMA packs unchanged at one site over two years;
on both, and on 100 five-scheme sites over 5 and 10 years (where the exact search gives up),
the improvement search (planning/improve.py) against greedy and the optimum. The portfolio
rows plan as the product does: greedy, then the improvement within its portfolio budget.

Run: python -m tests.benchmarks.bench_planner
"""

from __future__ import annotations

import random
import time
import tracemalloc
from datetime import date, timedelta

from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.planning import cycles, visits
from jointaudit.planning.cycles import SchemeHistory, periodic_windows, project, start_chain
from jointaudit.planning.effort import EffortContext
from jointaudit.planning.exact import plan_exact, plan_score
from jointaudit.planning.improve import improve
from jointaudit.planning.portfolio import SiteProblem, plan_portfolio, saving, site_budget
from jointaudit.planning.team import SiteScope
from jointaudit.planning.visits import PlanInput, plan_greedy
from jointaudit.planning.windows import Blackout, SiteCalendar
from tests.benchmarks._table import Row, main
from tests.conftest import PACKS

SCHEMES = ["rjc-cop-2019", "fairmined-2.0", "irma-1.0", "lbma-rgg-9", "rmi-rmap"]
H0 = date(2027, 1, 1)
H1 = H0 + timedelta(days=3652)  # 10 years
SITES = 1000


def _packs():
    return {name: validate_pack_file(PACKS / f"{name}.yaml") for name in SCHEMES}


def _histories(rng: random.Random, packs) -> tuple[list[SchemeHistory], SiteCalendar]:
    out = []
    fye = rng.choice(["03-31", "06-30", "09-30", "12-31"])
    for pack in packs.values():
        years = pack.cycle.validity.years or 1
        start = H0 - timedelta(days=rng.randint(0, 365 * years - 1))
        expiry = start.replace(year=start.year + years) - timedelta(days=1) \
            if not (start.month == 2 and start.day == 29) else date(start.year + years, 2, 28)
        out.append(SchemeHistory(pack, certificate_start=start, certificate_expiry=expiry,
                                 financial_year_end=fye))
    blackouts = []
    for year in range(H0.year, H1.year + 1):  # a rainy season every year, plus holidays
        m = rng.randint(1, 10)
        blackouts.append(Blackout(date(year, m, 1), date(year, m + 1, 28), "rain"))
        blackouts.append(Blackout(date(year, 12, 20), date(year, 12, 31), "holidays"))
    return out, SiteCalendar(tuple(blackouts))


def _inputs(seed: int, cascades: bool) -> list[PlanInput]:
    rng = random.Random(seed)
    packs = _packs()
    keyed = {p.version_key: p for p in packs.values()}
    out = []
    for _ in range(SITES):
        hs, cal = _histories(rng, packs)
        ctx = EffortContext(rng.choice(["mine", "refinery"]), rng.choice(["small", "medium",
                                                                          "large"]),
                            max_visit_days=5)
        if cascades:
            chains = tuple(start_chain(h, H0, H1) for h in hs)
            fixed = tuple(w for h in hs for w in periodic_windows(h, H0, H1))
        else:
            chains = ()
            fixed = tuple(w for h in hs for w in project(h, H0, H1).windows)
        out.append(PlanInput(chains, fixed, keyed, cal, ctx, H0, H1))
    return out


def _cold() -> None:
    """Forget what the engine memoised, so each figure includes its own warm-up."""
    cycles.clear_caches()
    visits.clear_caches()


def _portfolio(inputs, improve_budget: int | None = None):
    """Plan the sites as the product does for a portfolio (no roster: teams are not part
    of this figure); ``improve_budget`` 0 gives the greedy plans alone."""
    sites = [SiteProblem(None, f"site {k}", inp, SiteScope(f"site {k}"))
             for k, inp in enumerate(inputs)]
    return [o.plan for o in plan_portfolio(sites, inputs[0].packs, None,
                                           improve_budget=improve_budget)]


def _measure(inputs):
    """Wall time untraced (tracemalloc slows Python down), then peak memory in a second,
    traced pass over the first 200 sites (peak memory does not grow with the site count:
    sites are planned one after another and only their plans are kept)."""
    _cold()
    t0 = time.perf_counter()
    plans = _portfolio(inputs)
    elapsed = time.perf_counter() - t0
    tracemalloc.start()
    kept = _portfolio(inputs[:200])
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    del kept
    savings = [saving(p) for p in plans]
    return elapsed, peak, savings, plans


def _small_instances(n: int, seed: int = 7):
    """Two cascading chains (validity from the decision date) and one financial-year
    scheme over one year: small enough for the exhaustive search."""
    from jointaudit.library.packs.format import Pack

    rng = random.Random(seed)
    base = _packs()
    rmap = base["rmi-rmap"]  # its next validity starts at the decision date
    out = []
    for _ in range(n):
        months = [rng.choice([6, 9, 12]), rng.choice([6, 9, 12])]
        chains = []
        for k, m in enumerate(months):
            data = rmap.model_dump()
            data["scheme"]["id"] = f"casc{k}"
            data["cycle"]["validity"] = {"months": m}
            for a in data["cycle"]["audits"]:  # narrow windows: weeks, not months
                if a["kind"] == "re_audit":
                    a["window"]["earliest"]["offset"] = {"weeks": -rng.randint(2, 5)}
            pack = Pack.model_validate(data)
            start = H0 - timedelta(days=rng.randint(0, 120))
            chains.append(start_chain(SchemeHistory(
                pack, certificate_start=start,
                certificate_expiry=start + timedelta(days=30 * m)), H0, H0 + timedelta(365)))
        lbma = base["lbma-rgg-9"]
        h = SchemeHistory(lbma, financial_year_end=rng.choice(["03-31", "06-30", "12-31"]))
        fixed = tuple(periodic_windows(h, H0, H0 + timedelta(365)))
        packs = {c.history.key: c.history.pack for c in chains} | {lbma.version_key: lbma}
        s = H0 + timedelta(days=rng.randint(0, 300))
        cal = SiteCalendar((Blackout(s, s + timedelta(days=rng.randint(5, 30))),))
        out.append(PlanInput(tuple(chains), fixed, packs, cal,
                             EffortContext(fixed_visit_days=rng.randint(1, 3)), H0,
                             H0 + timedelta(365)))
    return out


def _shipped_small(n: int, seed: int = 11) -> list[PlanInput]:
    """The shipped RMAP (next status from the decision: it cascades), Fairmined (next
    certificate from the previous expiry) and LBMA (financial-year windows) packs at one
    site over two years, with a rainy season: small, but real rules."""
    rng = random.Random(seed)
    packs = _packs()
    keyed = {p.version_key: p for p in packs.values()}
    h1 = H0 + timedelta(days=730)
    out = []
    for _ in range(n):
        chains = []
        for name in ("rmi-rmap", "fairmined-2.0"):
            expiry = H0 + timedelta(days=rng.randint(10, 360))
            chains.append(start_chain(SchemeHistory(
                packs[name], certificate_start=expiry - timedelta(days=364),
                certificate_expiry=expiry), H0, h1))
        lbma = SchemeHistory(packs["lbma-rgg-9"],
                             financial_year_end=rng.choice(["03-31", "06-30", "12-31"]))
        rain = H0 + timedelta(days=rng.randint(0, 600))
        cal = SiteCalendar((Blackout(rain, rain + timedelta(days=rng.randint(20, 60)),
                                     "rain"),))
        out.append(PlanInput(tuple(chains), tuple(periodic_windows(lbma, H0, h1)), keyed, cal,
                             EffortContext(rng.choice(["mine", "refinery"]),
                                           rng.choice(["small", "medium", "large"]),
                                           max_visit_days=5), H0, h1))
    return out


SMALL = 120  # small synthetic instances for the gap to the exact optimum
SHIPPED_SMALL = 100  # small instances with the shipped packs
EXACT_STATES = 20_000


def _gap_rows(label: str, small: list[PlanInput]) -> list[Row]:
    """The greedy heuristic against the exact optimum (planning/exact.py) on small
    instances: how many the exact search solves within its state budget, visits, the worst
    and typical gap, auditor-days, and the exact search's time."""
    pairs, times, improved, i_times = [], [], [], []
    for inp in small:
        greedy = plan_greedy(inp)
        t = time.perf_counter()
        better = improve(inp, greedy)
        i_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        exact = plan_exact(inp, max_states=EXACT_STATES)
        times.append(time.perf_counter() - t)
        if exact is not None:
            pairs.append((plan_score(greedy), plan_score(exact)))
            improved.append(plan_score(better))
    n = len(small)
    rows = [Row(f"{label}: solved exactly (≤ {EXACT_STATES:,} states)", len(pairs),
                "instances", n, "instances")]
    if not pairs:
        return rows
    visits = [(g[1], e[1]) for g, e in pairs]
    rows.append(Row(f"{label}: greedy visits (sum over the {len(pairs)} solved)",
                    sum(g for g, _ in visits), "visits", sum(e for _, e in visits),
                    "exact optimum"))
    rows.append(Row(f"{label}: worst visit gap per instance",
                    max(g - e for g, e in visits), "visits"))
    rows.append(Row(f"{label}: share where greedy has the fewest visits",
                    100 * sum(g == e for g, e in visits) / len(visits), "%"))
    rows.append(Row(f"{label}: share where greedy is optimal on the whole objective",
                    100 * sum(g == e for g, e in pairs) / len(pairs), "%"))
    rows.append(Row(f"{label}: greedy auditor-days (sum)", sum(g[2] for g, _ in pairs),
                    "days", sum(e[2] for _, e in pairs), "exact optimum"))
    rows.append(Row(f"{label}: auditor-days greedy spends above the optimum (sum)",
                    round(sum(g[2] - e[2] for g, e in pairs), 2), "days"))
    rows.append(Row(f"{label}: windows left impossible, greedy",
                    sum(g[0] for g, _ in pairs), "windows", sum(e[0] for _, e in pairs),
                    "exact optimum"))
    rows.append(Row(f"{label}: exact search time, mean", sum(times) / n, "s"))
    rows.append(Row(f"{label}: exact search time, max", max(times), "s"))
    rows.append(Row(f"{label}: improved visits (planning/improve.py; sum over the solved)",
                    sum(i[1] for i in improved), "visits", sum(e for _, e in visits),
                    "exact optimum"))
    rows.append(Row(f"{label}: improved visits against greedy",
                    sum(i[1] for i in improved), "visits", sum(g for g, _ in visits),
                    "greedy"))
    rows.append(Row(f"{label}: worst visit gap per instance, improved",
                    max(i[1] - e[1] for i, (_, e) in zip(improved, pairs, strict=True)),
                    "visits"))
    rows.append(Row(f"{label}: share where improved has the fewest visits",
                    100 * sum(i[1] == e[1] for i, (_, e) in zip(improved, pairs, strict=True))
                    / len(pairs), "%"))
    rows.append(Row(f"{label}: share where improved is optimal on the whole objective",
                    100 * sum(i == e for i, (_, e) in zip(improved, pairs, strict=True))
                    / len(pairs), "%"))
    rows.append(Row(f"{label}: improved plans better than the optimum (must be 0)",
                    sum(i < e for i, (_, e) in zip(improved, pairs, strict=True)), "plans"))
    rows.append(Row(f"{label}: improvement time per instance, mean", sum(i_times) / n, "s",
                    sum(times) / n, "exact search"))
    return rows


FIVE_YEARS = 100  # benchmark sites over five years for the improvement's effect


def _improve_rows() -> list[Row]:
    """On real horizons the exact search gives up, so the improvement is measured against
    greedy: the first 100 benchmark sites (5 shipped schemes) over five years, with the
    per-site budget a single site or a small portfolio gets, and over ten years with the
    budget a 1,000-site portfolio leaves each site (portfolio.site_budget)."""
    rows = []
    for years, budget in ((5, site_budget(1)), (10, site_budget(SITES))):
        end = H0 + timedelta(days=round(365.25 * years))
        rng = random.Random(1)
        packs = _packs()
        keyed = {p.version_key: p for p in packs.values()}
        inputs = []
        for _ in range(FIVE_YEARS):
            hs, cal = _histories(rng, packs)
            ctx = EffortContext(rng.choice(["mine", "refinery"]),
                                rng.choice(["small", "medium", "large"]), max_visit_days=5)
            inputs.append(PlanInput(tuple(start_chain(h, H0, end) for h in hs),
                                    tuple(w for h in hs for w in periodic_windows(h, H0, end)),
                                    keyed, cal, ctx, H0, end))
        t = time.perf_counter()
        greedy = [plan_greedy(inp) for inp in inputs]
        g_time = time.perf_counter() - t
        t = time.perf_counter()
        better = [improve(inp, g, budget=budget) for inp, g in zip(inputs, greedy,
                                                                   strict=True)]
        i_time = time.perf_counter() - t
        label = f"{FIVE_YEARS} sites × 5 schemes × {years} y, {budget} re-plans per site"
        rows.append(Row(f"{label}: improved visits", sum(len(p.visits) for p in better),
                        "visits", sum(len(p.visits) for p in greedy), "greedy"))
        rows.append(Row(f"{label}: improved auditor-days",
                        round(sum(p.auditor_days for p in better), 1), "days",
                        round(sum(p.auditor_days for p in greedy), 1), "greedy"))
        rows.append(Row(f"{label}: sites with fewer visits",
                        sum(len(b.visits) < len(g.visits)
                            for b, g in zip(better, greedy, strict=True)), "sites"))
        rows.append(Row(f"{label}: improvement time per site", 1000 * i_time / FIVE_YEARS,
                        "ms", 1000 * g_time / FIVE_YEARS, "greedy plan"))
    return rows


def run() -> list[Row]:
    rows: list[Row] = []
    _cold()
    t0 = time.perf_counter()
    fixed_inputs = _inputs(1, cascades=False)
    gen = time.perf_counter() - t0
    f_time, f_peak, f_sav, _ = _measure(fixed_inputs)
    c_inputs = _inputs(1, cascades=True)
    c_time, c_peak, c_sav, _ = _measure(c_inputs)
    _cold()
    t0 = time.perf_counter()
    c_greedy = [saving(p) for p in _portfolio(c_inputs, improve_budget=0)]
    g_time = time.perf_counter() - t0
    n_windows = sum(len(i.fixed) for i in fixed_inputs)
    label = f"{SITES:,} sites × 5 schemes × 10 y"
    rows.append(Row(f"windows computed (fixed), {label}: {n_windows:,} windows", gen, "s"))
    rows.append(Row(f"plan, fixed windows, {label}", f_time, "s"))
    rows.append(Row("plan, fixed windows, peak memory (200 sites traced)", f_peak, "MiB"))
    rows.append(Row(f"plan, with cascades, {label}", c_time, "s", f_time, "fixed windows"))
    rows.append(Row("plan, with cascades, peak memory (200 sites traced)", c_peak, "MiB", f_peak,
                    "fixed windows"))
    rows.append(Row(f"plan, with cascades, greedy only (no improvement), {label}", g_time, "s",
                    c_time, f"product: + improvement, {site_budget(SITES)} re-plans per site"))
    rows.append(Row("visits (cascades, greedy only)", sum(s.joint_visits for s in c_greedy),
                    "visits", sum(s.joint_visits for s in c_sav), "product: improved"))
    for name, sav in (("fixed", f_sav), ("cascades", c_sav)):
        rows.append(Row(f"visits ({name})", sum(s.joint_visits for s in sav), "visits",
                        sum(s.separate_visits for s in sav), "separate audits"))
        rows.append(Row(f"auditor-days ({name})", sum(s.joint_auditor_days for s in sav),
                        "days", sum(s.separate_auditor_days for s in sav), "separate audits"))
    rows += _gap_rows(f"small synthetic ×{SMALL}", _small_instances(SMALL))
    rows += _gap_rows(f"small shipped ×{SHIPPED_SMALL}", _shipped_small(SHIPPED_SMALL))
    rows += _improve_rows()
    return rows


if __name__ == "__main__":
    main(run)
