"""First run: the demo workspace in the user's data folder, seeded by the core's demo module."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from jointaudit.db import Workspace, open_workspace


def demo_available() -> bool:
    return importlib.util.find_spec("jointaudit.demo") is not None


def ensure_demo(target: Path, progress=None) -> Workspace:
    """Open the demo workspace at ``target``, seeding it first if it does not exist yet."""
    if target.exists():
        return open_workspace(target)
    from jointaudit import demo

    target.parent.mkdir(parents=True, exist_ok=True)
    return demo.create_demo_workspace(target)
