"""A workspace is one SQLite file, migrated on open, with foreign keys enforced."""

from datetime import date

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import func, select

from jointaudit.common.errors import WorkspaceError
from jointaudit.store.db import current_revision, head_revision, open_workspace
from jointaudit.store.models import BlackoutPeriod, Site


def test_new_workspace_is_at_head_with_wal_and_foreign_keys(workspace):
    assert current_revision(workspace.engine) == head_revision()
    with workspace.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_rows_survive_reopen(workspace):
    with workspace.session() as s:
        s.add(Site(name="Mina Esperanza", country="CO", languages=["es"]))
    path = workspace.path
    workspace.close()
    with open_workspace(path) as ws, ws.session() as s:
        site = s.exec(select(Site)).one()
        assert (site.name, site.languages) == ("Mina Esperanza", ["es"])


def test_foreign_keys_are_enforced(workspace):
    with pytest.raises(IntegrityError), workspace.session() as s:
        s.add(BlackoutPeriod(site_id=999, start=date(2027, 1, 1), end=date(2027, 2, 1)))
        s.flush()


def test_a_failed_unit_of_work_saves_nothing(workspace):
    with pytest.raises(RuntimeError), workspace.session() as s:
        s.add(Site(name="Half-saved"))
        s.flush()
        raise RuntimeError("crash in the middle")
    with workspace.session() as s:
        assert s.exec(select(func.count()).select_from(Site)).one() == 0


def test_non_workspace_files_are_refused_with_a_message(tmp_path):
    junk = tmp_path / "notes.jaworkspace"
    junk.write_bytes(b"hello, I am a text file")
    with pytest.raises(WorkspaceError, match="not an SQLite database"):
        open_workspace(junk)
    with pytest.raises(WorkspaceError, match="no such workspace"):
        open_workspace(tmp_path / "missing.jaworkspace")
