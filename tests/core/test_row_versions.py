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


def test_a_rating_based_on_an_old_revision_names_who_rated_since(tmp_path):
    import pytest

    from jointaudit.common.severity import Severity
    from jointaudit.fieldwork.findings import StaleEdit, rate
    from jointaudit.store.audit_trail import acting_as
    from tests.core._trust_world import build_world, new_workspace

    ws = new_workspace(tmp_path / "rated.jaworkspace")
    try:
        with ws.session() as s:
            world = build_world(s)
            key = world.item_keys[0]
            first = rate(s, world.visit_id, key, Severity.CONFORMS, observation="policy seen")
        with acting_as("Kofi Mensah"), ws.session() as s:
            rate(s, world.visit_id, key, Severity.MINOR_GAP, observation="not yet posted",
                 base_revision=first.revision)
        with ws.session() as s, pytest.raises(StaleEdit) as refused:
            rate(s, world.visit_id, key, Severity.MAJOR_GAP, base_revision=first.revision)
        message = str(refused.value)
        assert "by Kofi Mensah" in message and "observation" in message
        assert "severity" in message and "edit based on 1" in message
    finally:
        ws.close()


def test_a_refused_rating_is_settled_by_keep_theirs_both_or_mine(tmp_path):
    from tests.core._trust_world import build_world, new_workspace
    from tests.server._conflict import refused_rating_settled

    path = tmp_path / "kept.jaworkspace"
    ws = new_workspace(path)
    with ws.session() as s:
        world = build_world(s)
    ws.close()
    refused_rating_settled(path, world.visit_id, world.item_keys[0])


def test_a_refused_record_edit_keeps_mine_on_top_of_theirs(tmp_path):
    from tests.server._conflict import refused_record_kept_mine

    path = tmp_path / "records.jaworkspace"
    create_workspace(path).close()
    refused_record_kept_mine(path)
