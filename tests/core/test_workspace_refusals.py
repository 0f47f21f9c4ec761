"""A workspace is opened only when it is one, written only when it is sound, and written by
one program at a time: every CLI write command takes the app's lock and says who holds it;
busy, full or read-only storage is a message, never a traceback."""

from __future__ import annotations

import sqlite3

import pytest

from jointaudit.cli import main
from jointaudit.common.errors import WorkspaceError
from jointaudit.store.db import open_workspace, storage_message
from jointaudit.store.locking import acquire
from tests.conftest import TEST_DATA
from tests.core._trust_world import new_workspace

SITES = "name,country,site_type\nMina La Esperanza,CO,mine\n"


def _dump(path) -> str:
    con = sqlite3.connect(path)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def test_an_empty_file_is_not_silently_made_a_workspace(tmp_path):
    path = tmp_path / "empty.jaworkspace"
    path.write_bytes(b"")
    with pytest.raises(WorkspaceError, match=r"the file is empty \(0 bytes\)"):
        open_workspace(path)
    assert path.read_bytes() == b""


def test_a_folder_named_like_a_workspace_is_refused(tmp_path, capsys):
    (tmp_path / "x.jaworkspace").mkdir()
    with pytest.raises(WorkspaceError, match="this is a folder"):
        open_workspace(tmp_path / "x.jaworkspace")
    assert main(["check", str(tmp_path / "x.jaworkspace")]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "firefox-places.jaworkspace"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.commit()
    con.close()
    before = _dump(path)
    with pytest.raises(WorkspaceError, match="not a jointaudit workspace"):
        open_workspace(path)
    assert _dump(path) == before


def test_a_truncated_workspace_is_refused_for_writing(tmp_path, capsys):
    ws = new_workspace(tmp_path / "cut.jaworkspace")
    ws.close()
    raw = ws.path.read_bytes()
    ws.path.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(WorkspaceError) as err:
        open_workspace(ws.path)
    assert "damaged" in str(err.value) and "restore" in str(err.value)
    sites = tmp_path / "sites.csv"
    sites.write_text(SITES, encoding="utf-8")
    assert main(["import-sites", str(ws.path), str(sites)]) == 2
    out = capsys.readouterr().err
    assert "damaged" in out and "Traceback" not in out
    assert ws.path.read_bytes() == raw[: len(raw) // 2]


def test_cli_writers_take_the_apps_lock_and_name_the_holder(tmp_path, capsys):
    ws = new_workspace(tmp_path / "programme.jaworkspace")
    ws.close()
    sites = tmp_path / "sites.csv"
    sites.write_text(SITES, encoding="utf-8")
    pack = TEST_DATA / "minimal_pack.yaml"
    before = _dump(ws.path)
    app = acquire(ws.path)  # the desktop app holds the workspace
    try:
        for argv in (["import-sites", str(ws.path), str(sites)],
                     ["import-pack", str(ws.path), str(pack)]):
            assert main(argv) == 2
            err = capsys.readouterr().err
            assert "programme.jaworkspace is already open by" in err and "process" in err
            assert "nothing was changed" in err and "Traceback" not in err
    finally:
        app.release()
    assert _dump(ws.path) == before
    assert main(["import-sites", str(ws.path), str(sites)]) == 0  # the app closed: it works


@pytest.mark.parametrize("error, words", [
    (sqlite3.OperationalError("database or disk is full"), "the disk is full"),
    (OSError(28, "No space left on device"), "the disk is full"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
    (OSError(30, "Read-only file system"), "read-only"),
    (sqlite3.OperationalError("database is locked"), "is busy"),
])
def test_storage_refusals_read_as_what_to_do(error, words):
    message = storage_message(error, "programme.jaworkspace")
    assert message.startswith("programme.jaworkspace: ") and words in message


def test_a_busy_database_is_a_message_on_the_command_line(tmp_path, capsys, monkeypatch):
    from jointaudit.store import db

    ws = new_workspace(tmp_path / "programme.jaworkspace")
    ws.close()
    sites = tmp_path / "sites.csv"
    sites.write_text(SITES, encoding="utf-8")
    original = db._set_pragmas

    def quick(dbapi_conn, record):  # the 5 s busy wait, shortened for the test
        original(dbapi_conn, record)
        dbapi_conn.execute("PRAGMA busy_timeout=50")
    monkeypatch.setattr(db, "_set_pragmas", quick)
    blocker = sqlite3.connect(ws.path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")  # a foreign program holds SQLite's own lock
    try:
        code = main(["import-sites", str(ws.path), str(sites)])
    finally:
        blocker.rollback()
        blocker.close()
    err = capsys.readouterr().err
    assert code == 2 and "is busy" in err and "Traceback" not in err
