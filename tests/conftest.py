"""Test-wide set-up: Qt offscreen before Qt loads; fresh workspaces on disk."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
PACKS = RESOURCES / "packs"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def workspace(tmp_path):
    """An empty, migrated workspace file."""
    from jointaudit.store.db import create_workspace

    ws = create_workspace(tmp_path / "test.jaworkspace")
    yield ws
    ws.close()
