"""First run: the demo workspace in the user's data folder, seeded by the core's demo module."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jointaudit.store.db import Workspace


def demo_available() -> bool:
    return importlib.util.find_spec("jointaudit.demo.seed") is not None


def ensure_demo(target: Path, progress=None) -> Workspace:
    """Open the demo workspace at ``target``, seeding it first if it does not exist yet."""
    from jointaudit.demo import seed
    from jointaudit.store.locking import open_exclusive

    if progress and not target.exists():
        progress(0, 1, "seeding the demo workspace")
    return open_exclusive(seed.ensure_demo_workspace(target))
