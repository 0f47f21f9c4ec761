"""`make bench`: run every benchmark module and print one table."""

from __future__ import annotations

import importlib
import pkgutil
import platform
import sys
import time
from pathlib import Path

from tests.benchmarks._table import format_table


def main() -> int:
    here = Path(__file__).parent
    rows, failed = [], []
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda m: m.name):
        if not info.name.startswith("bench_"):
            continue
        t0 = time.perf_counter()
        try:
            module = importlib.import_module(f"tests.benchmarks.{info.name}")
            rows.extend(module.run())
        except Exception as exc:  # a broken benchmark must not hide the others' figures
            failed.append(f"{info.name}: {type(exc).__name__}: {exc}")
        print(f"… {info.name} done in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    print(f"Machine: {platform.platform()}, Python {platform.python_version()}, "
          f"{platform.processor() or platform.machine()}")
    print(format_table(rows))
    for line in failed:
        print(f"FAILED {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
