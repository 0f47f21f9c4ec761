"""`make bundle-smoke`: run the frozen app's --self-test offscreen and report size and start time.

Passes (exit 0) only if the self-test exits 0 and left a PDF behind. Prints the bundle size,
the time from launch to the first painted main window ("start time"), the whole self-test
time, and the time of a headless CLI command (`jointaudit --version`).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WINDOW_SHOWN = "self-test: main window shown"  # the first line ui/self_test.py prints


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def executable(bundle: Path) -> Path:
    for name in ("jointaudit", "jointaudit.exe", "JointAudit.app/Contents/MacOS/jointaudit"):
        if (bundle / name).is_file():
            return bundle / name
    raise SystemExit(f"{bundle}: no jointaudit executable here; run `make bundle` first")


def run_self_test(exe: Path, out: Path, timeout: float) -> tuple[int, float | None, float, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JOINTAUDIT_SELF_TEST_DIR=str(out))
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(exe), "--self-test"], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=env)
    started, lines = None, []
    assert proc.stdout is not None
    for line in proc.stdout:
        if started is None and line.startswith(WINDOW_SHOWN):
            started = time.perf_counter() - t0
        lines.append(line.rstrip("\n"))
        print(f"  | {line.rstrip()}", flush=True)
        if time.perf_counter() - t0 > timeout:
            proc.kill()
            lines.append(f"smoke: killed after {timeout:.0f} s")
            break
    code = proc.wait()
    return code, started, time.perf_counter() - t0, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", default="dist/jointaudit", type=Path)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--runs", type=int, default=2,
                        help="self-test runs (the first one shows the cold start time)")
    args = parser.parse_args(argv)
    exe = executable(args.bundle)

    t = time.perf_counter()
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True)
    cli_time = time.perf_counter() - t
    print(f"smoke: {exe} --version → {version.stdout.strip() or version.stderr.strip()}"
          f" (exit {version.returncode}, {cli_time:.2f} s)")

    runs = []  # (exit code, start time, whole time, PDFs written)
    for number in range(1, args.runs + 1):
        with tempfile.TemporaryDirectory(prefix="ja-smoke-") as tmp:
            out = Path(tmp)
            print(f"smoke: run {number}: {exe} --self-test (offscreen, outputs in {out})")
            code, started, total, _ = run_self_test(exe, out, args.timeout)
            pdfs = [p for p in out.rglob("*.pdf") if p.read_bytes()[:5] == b"%PDF-"]
        runs.append((code, started, total, len(pdfs)))

    size = folder_size(args.bundle)
    files = sum(1 for p in args.bundle.rglob("*") if p.is_file())
    print(f"smoke: bundle size {size / 2**20:.1f} MiB in {files} files ({args.bundle})")
    if hasattr(os, "getloadavg"):  # timings on a busy machine are not start times
        print(f"smoke: load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
              " while measuring")
    problems = []
    if version.returncode != 0:
        problems.append("`--version` failed")
    for number, (code, started, total, pdfs) in enumerate(runs, start=1):
        label = "first start, cold caches" if number == 1 else "warm start"
        print(f"smoke: run {number} ({label}): start time (launch → main window shown) "
              + (f"{started:.2f} s" if started is not None else "not reached")
              + f"; whole self-test {total:.2f} s, exit code {code}, PDFs written: {pdfs}")
        if code != 0:
            problems.append(f"run {number}: the self-test exited {code}")
        if not pdfs:
            problems.append(f"run {number}: the self-test wrote no PDF")
    if problems:
        print("smoke: FAILED: " + "; ".join(problems))
        return 1
    print("smoke: passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
