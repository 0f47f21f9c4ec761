"""Save As never loses a workspace: not the open one, not the one it replaces."""

from __future__ import annotations

import pytest
from sqlmodel import select

from jointaudit.common.errors import WorkspaceError
from jointaudit.store.db import open_workspace
from jointaudit.store.locking import acquire, save_as
from jointaudit.store.models import Site
from tests.core._trust_world import new_workspace


@pytest.fixture
def open_ws(tmp_path):
    ws = new_workspace(tmp_path / "esperanza.jaworkspace")
    with ws.session() as s:
        s.add(Site(name="Mina La Esperanza", country="CO"))
    yield ws
    ws.close()


def _sites(path):
    with open_workspace(path, read_only=True) as other, other.session() as s:
        return s.exec(select(Site.name)).all()


def test_saving_onto_the_open_file_is_refused_and_the_workspace_stays_usable(open_ws):
    with pytest.raises(WorkspaceError, match="this is the workspace that is open"):
        save_as(open_ws.path, open_ws.path)
    with open_ws.session() as s:
        s.add(Site(name="Cooperativa Oro Verde", country="CO"))
    assert sorted(_sites(open_ws.path)) == ["Cooperativa Oro Verde", "Mina La Esperanza"]


def test_the_same_file_by_another_name_is_recognised(open_ws, tmp_path):
    (tmp_path / "alias.jaworkspace").symlink_to(open_ws.path)
    with pytest.raises(WorkspaceError, match="this is the workspace that is open"):
        save_as(open_ws.path, tmp_path / "alias.jaworkspace")
    assert _sites(open_ws.path) == ["Mina La Esperanza"]


def test_a_copy_replaces_another_workspace_only_once_it_is_whole(open_ws, tmp_path):
    other = new_workspace(tmp_path / "old.jaworkspace")
    with other.session() as s:
        s.add(Site(name="Old site", country="GH"))
    other.close()
    (tmp_path / "old.jaworkspace-wal").write_bytes(b"stale journal of the replaced file")
    save_as(open_ws.path, tmp_path / "old.jaworkspace")
    assert _sites(tmp_path / "old.jaworkspace") == ["Mina La Esperanza"]
    assert not (tmp_path / "old.jaworkspace.part").exists()


def test_a_workspace_open_elsewhere_is_not_saved_over(open_ws, tmp_path):
    other = new_workspace(tmp_path / "busy.jaworkspace")
    other.close()
    held = acquire(tmp_path / "busy.jaworkspace")  # as another jointaudit would
    try:
        with pytest.raises(WorkspaceError, match="close it there before saving over it"):
            save_as(open_ws.path, tmp_path / "busy.jaworkspace")
    finally:
        held.release()
    assert _sites(tmp_path / "busy.jaworkspace") == []


def test_a_folder_is_not_a_target(open_ws, tmp_path):
    (tmp_path / "x.jaworkspace").mkdir()
    with pytest.raises(WorkspaceError, match="this is a folder"):
        save_as(open_ws.path, tmp_path / "x.jaworkspace")
