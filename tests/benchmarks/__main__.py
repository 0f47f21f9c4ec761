"""`make bench`: run every benchmark module and print one table.

``--markdown FILE`` also writes the table, with the machine it ran on, as a Markdown page
(`make bench` keeps the last run in docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import platform
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from tests.benchmarks._table import format_table


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def memory_gib() -> str:
    try:
        return f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB"
    except (ValueError, OSError, AttributeError):
        return "unknown"


def machine() -> str:
    try:
        from PySide6 import __version__ as qt
    except ImportError:
        qt = "absent"
    return (f"{platform.platform()}; {cpu_model()}, {os.cpu_count()} logical CPUs, "
            f"{memory_gib()} RAM; Python {platform.python_version()}; PySide6 {qt}")


def markdown(table: str, failed: list[str], took: float) -> str:
    lines = [
        "# Benchmarks",
        "",
        "The last output of `make bench` (`python -m tests.benchmarks --markdown "
        "docs/benchmarks.md`). Every baseline is measured in the same run as its figure, "
        "so the ratio carries over to other machines better than the absolute figures do.",
        "",
        f"- Ran: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {took:.0f} s in all",
        f"- Machine: {machine()}",
        "",
        table,
        "",
    ]
    if failed:
        lines += ["Benchmarks that failed in this run:", ""]
        lines += [f"- `{line}`" for line in failed] + [""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    parser.add_argument("only", nargs="*", help="run only these bench_* modules")
    args = parser.parse_args(argv)
    here = Path(__file__).parent
    rows, failed = [], []
    start = time.perf_counter()
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if not info.name.startswith("bench_") or (args.only and info.name not in args.only):
            continue
        t0 = time.perf_counter()
        try:
            module = importlib.import_module(f"tests.benchmarks.{info.name}")
            rows.extend(module.run())
        except Exception as exc:  # a broken benchmark must not hide the others' figures
            failed.append(f"{info.name}: {type(exc).__name__}: {exc}")
        print(f"… {info.name} done in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    table = format_table(rows)
    print(f"Machine: {machine()}")
    print(table)
    for line in failed:
        print(f"FAILED {line}")
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(markdown(table, failed, time.perf_counter() - start),
                                 encoding="utf-8")
        print(f"(table written to {args.markdown})", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
