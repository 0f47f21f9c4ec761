"""Functions the worker-process tests run in a child (module level: they are pickled)."""

from __future__ import annotations

import os
import time


def whoami(path, *, progress, cancel):
    progress(1, 2, "half way")
    return os.getpid(), path


def until_cancelled(path, *, progress, cancel):
    n = 0
    while not cancel.is_set():
        n += 1
        progress(n, 0, f"step {n}")
        time.sleep(0.02)
    return n


def deaf(path, *, progress, cancel):
    """Ignores Cancel (as a core call that cannot stop early does)."""
    progress(0, 0, "busy")
    time.sleep(60)


def refuses(path, *, progress, cancel):
    from jointaudit.common.errors import InvalidInput, Problem

    raise InvalidInput("sites.csv: 1 problem(s)", problems=[
        Problem("records.country", "'Ghana' is not a two-letter ISO country code",
                file="sites.csv", line=3)])
