"""Fieldwork fixtures: the demo workspace with its refinery's joint visit planned, merged
and rated by the product's own steps (tests/reports/demo_visit.py), built once per module
and copied for each test."""

from __future__ import annotations

import shutil

import pytest

from jointaudit.demo.seed import create_demo_workspace
from jointaudit.store.db import open_workspace
from tests.reports.demo_visit import prepare

REFINERY = "Helvetia Gold Refining SA"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.jaworkspace"
    create_demo_workspace(path).close()
    visit_id, versions = prepare(path, REFINERY)
    return path, visit_id, versions


@pytest.fixture
def demo_path(demo_file, tmp_path):
    """(path of a fresh copy, visit id, scheme versions), closed: for the command line."""
    path, visit_id, versions = demo_file
    target = tmp_path / path.name
    shutil.copy(path, target)
    return target, visit_id, versions


@pytest.fixture
def demo(demo_path):
    path, visit_id, versions = demo_path
    ws = open_workspace(path)
    yield ws, visit_id, versions
    ws.close()
