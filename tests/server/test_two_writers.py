"""Many writers on a server workspace, no lost update (tests/server/_conflict.py)."""

from __future__ import annotations

from jointaudit.cli import main
from tests.server._conflict import concurrent_writers_one_refused, stale_save_after_think_time


def test_a_stale_save_is_refused_with_who_and_what(pg_url, capsys):
    assert main(["server", "init", pg_url]) == 0
    stale_save_after_think_time(pg_url)


def test_two_concurrent_writers_on_one_row_one_is_refused(pg_url, capsys):
    assert main(["server", "init", pg_url]) == 0
    concurrent_writers_one_refused(pg_url)


def test_a_refused_rating_is_settled_on_the_server(demo_server):
    from tests.server._conflict import refused_rating_settled

    refused_rating_settled(demo_server.url, demo_server.visit_id, demo_server.item_key)


def test_a_refused_record_edit_keeps_mine_on_the_server(pg_url, capsys):
    from tests.server._conflict import refused_record_kept_mine

    assert main(["server", "init", pg_url]) == 0
    refused_record_kept_mine(pg_url)
