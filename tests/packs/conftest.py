"""Fixtures for the pack tests: the minimal valid pack and a table-count snapshot."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text

DATA = Path(__file__).resolve().parents[1] / "data"
MINIMAL = DATA / "minimal_pack.yaml"
BROKEN = DATA / "broken_packs"


def table_counts(workspace) -> dict[str, int]:
    """Rows per table: proves that a refused import changed nothing."""
    with workspace.engine.connect() as conn:
        names = inspect(conn).get_table_names()
        return {n: conn.execute(text(f'SELECT COUNT(*) FROM "{n}"')).scalar() for n in names}


@pytest.fixture
def minimal_pack_path() -> Path:
    return MINIMAL
