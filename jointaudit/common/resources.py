"""Where the shipped resources live: packs, crosswalks, schemas, fonts, icons, translations.

Code must not build these paths from its own ``__file__``: in the frozen desktop bundle
(PyInstaller one-folder) the resources sit under ``sys._MEIPASS``, not next to the source.
Ask :func:`resource_path` instead, e.g. ``resource_path("packs")`` or
``resource_path("fonts", "DejaVuSans.ttf")``. ``JOINTAUDIT_RESOURCES`` overrides the folder
(useful for an installed wheel, which does not carry ``resources/``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAR = "JOINTAUDIT_RESOURCES"
_SOURCE_ROOT = Path(__file__).resolve().parents[2]


def is_frozen() -> bool:
    """True inside the PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def resources_root() -> Path:
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    if is_frozen():
        return Path(sys._MEIPASS) / "resources"  # type: ignore[attr-defined]  # set by PyInstaller
    return _SOURCE_ROOT / "resources"


def resource_path(*parts: str | os.PathLike[str]) -> Path:
    """The path of a shipped resource (it may not exist: callers decide what that means)."""
    return resources_root().joinpath(*parts)
