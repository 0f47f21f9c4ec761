"""Many writers, no lost update, on a workspace file too: every editable row carries a
version, and a save based on a stale read is refused naming who changed what
(the same scenarios run on a PostgreSQL server in tests/server/test_two_writers.py)."""

from __future__ import annotations

from jointaudit.store.db import create_workspace
from tests.server._conflict import concurrent_writers_one_refused, stale_save_after_think_time


def test_a_stale_save_is_refused_with_who_and_what(tmp_path):
    path = tmp_path / "two.jaworkspace"
    create_workspace(path).close()
    stale_save_after_think_time(path)


def test_two_concurrent_writers_on_one_row_one_is_refused(tmp_path):
    path = tmp_path / "two.jaworkspace"
    create_workspace(path).close()
    concurrent_writers_one_refused(path)
