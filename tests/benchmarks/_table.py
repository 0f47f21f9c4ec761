"""The one row format every benchmark returns, and the table they print as."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    measure: str  # what was measured, e.g. "planner: 1,000 sites × 5 schemes, fixed windows"
    figure: float
    unit: str  # "s", "ms", "MiB", "visits", "pages/s", …
    baseline: float | None = None  # the same quantity for the reference, measured in this run
    baseline_label: str = ""  # what the baseline is, e.g. "bare ReportLab", "separate audits"

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.figure / self.baseline


def format_table(rows: list[Row]) -> str:
    head = ("measure", "figure", "baseline", "ratio")
    lines = [head]
    for r in rows:
        base = "" if r.baseline is None else f"{r.baseline:,.3g} {r.unit} ({r.baseline_label})"
        ratio = "" if r.ratio is None else f"{r.ratio:.2f}"
        lines.append((r.measure, f"{r.figure:,.3g} {r.unit}", base, ratio))
    widths = [max(len(row[i]) for row in lines) for i in range(4)]
    out = []
    for n, row in enumerate(lines):
        out.append("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main(run) -> None:
    """For `python -m tests.benchmarks.bench_x`: run one module and print its table."""
    print(format_table(run()))
