"""Pack reading and import: every shipped pack, measured side by side in one run.

Baselines: plain ``yaml.safe_load`` of the same files (what reading costs with no line map
and no checks), and the pure-Python parser our reader would fall back to without libyaml.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import yaml

from jointaudit.demo.seed import shipped_pack_files
from jointaudit.library.packs import source
from jointaudit.library.packs.importer import import_pack_file
from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.store.db import create_workspace
from tests.benchmarks._table import Row, main

REPEAT = 5


def _best(fn) -> float:
    times = []
    for _ in range(REPEAT):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def run() -> list[Row]:
    files = shipped_pack_files()
    n = len(files)
    texts = [f.read_bytes() for f in files]
    plain = _best(lambda: [yaml.safe_load(t) for t in texts])
    ours = _best(lambda: [validate_pack_file(f) for f in files])
    source.LOADER = source.PurePythonLoader
    try:
        pure = _best(lambda: [validate_pack_file(f) for f in files])
    finally:
        source.LOADER = source.LibyamlLoader
    with tempfile.TemporaryDirectory() as tmp:
        ws = create_workspace(Path(tmp) / "bench.jaworkspace")
        t = time.perf_counter()
        for f in files:
            import_pack_file(ws, f)
        first = time.perf_counter() - t
        again = _best(lambda: [import_pack_file(ws, f) for f in files])
        ws.close()
    return [
        Row(f"validate {n} shipped packs (read, line map, structure, meaning)", ours * 1000,
            "ms", plain * 1000, "yaml.safe_load only"),
        Row(f"validate {n} shipped packs, pure-Python YAML parser", pure * 1000, "ms",
            ours * 1000, "with libyaml"),
        Row(f"import {n} shipped packs into a new workspace", first * 1000, "ms"),
        Row(f"re-import {n} unchanged packs (idempotent)", again * 1000, "ms", first * 1000,
            "first import"),
    ]


if __name__ == "__main__":
    main(run)
