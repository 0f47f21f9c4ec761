"""Report-room fixtures: one real workspace built per module, copied for each test."""

from __future__ import annotations

import shutil

import pytest

from jointaudit.store.db import create_workspace, open_workspace
from tests.reports.world import build_world


@pytest.fixture(scope="module")
def world_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("world") / "esperanza.jaworkspace"
    ws = create_workspace(path)
    world = build_world(ws)
    ws.close()
    return path, world


@pytest.fixture
def world_ws(world_file, tmp_path):
    """(workspace, world): a fresh copy of the module's rated, filled-in workspace."""
    source, world = world_file
    target = tmp_path / source.name
    shutil.copy(source, target)
    ws = open_workspace(target)
    yield ws, world
    ws.close()
