"""Nothing saved is lost: one writer per workspace, a check command, and a workspace that
survives being killed at any moment."""

from __future__ import annotations

import json
import sqlite3
import sys

import pytest
from sqlalchemy.exc import OperationalError
from sqlmodel import select

from jointaudit.store.integrity import check_workspace
from jointaudit.store.locking import lock_path, open_exclusive
from jointaudit.store.models import Site
from tests.core._crash import prepare, run_kills
from tests.core._trust_world import add_evidence, add_finding, build_world, new_workspace


@pytest.fixture
def path(tmp_path):
    ws = new_workspace(tmp_path / "field.jaworkspace")
    with ws.session() as s:
        world = build_world(s)
        f = add_finding(s, world, "item-1", "minor_gap", "Policy not published")
        add_evidence(s, f, "policy.pdf", b"%PDF-1.7 policy scan" * 100)
        prepare(s)
    ws.close()
    return ws.path


def test_a_second_instance_opens_the_workspace_read_only_and_says_who_has_it(path):
    first = open_exclusive(path)
    try:
        assert not first.read_only and first.notice == ""
        second = open_exclusive(path)
        try:
            assert second.read_only
            assert second.notice.startswith(f"{path.name} is already open by ")
            assert "read-only" in second.notice and "process" in second.notice
            with pytest.raises(OperationalError, match="readonly"), second.session() as s:
                s.add(Site(name="Should not be saved"))
                s.flush()
            with second.session() as s:  # reading works
                assert s.exec(select(Site)).first().name == "Mina La Esperanza"
        finally:
            second.close()
    finally:
        first.close()
    third = open_exclusive(path)  # the lock goes with the first instance
    assert not third.read_only
    third.close()


def test_a_stale_lock_file_from_a_dead_process_does_not_block(path):
    lock_path(path).write_text(json.dumps({"pid": 999999, "host": "old-laptop"}))
    ws = open_exclusive(path)
    try:
        assert not ws.read_only
    finally:
        ws.close()


def test_check_passes_a_sound_workspace_and_names_each_kind_of_damage(path):
    report = check_workspace(path)
    assert report.ok, str(report)
    assert [i.name for i in report.items] == ["database integrity", "audit trail",
                                              "audit trail anchors", "evidence files",
                                              "unlogged differences"]
    con = sqlite3.connect(path)
    con.execute("UPDATE evidence SET data = X'00' || data")
    con.execute("UPDATE audit_log_entry SET actor = 'Mallory' WHERE id = 3")
    con.commit()
    con.close()
    report = check_workspace(path)
    assert not report.ok
    text = str(report)
    assert "FAIL audit trail: audit trail broken at entry 3" in text
    assert "FAIL evidence files: 1 of 1 do not match their recorded hash: policy.pdf" in text
    assert "ok   database integrity" in text


def test_check_reports_a_damaged_file(path):
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xde\xad" * 2048  # overwrite a page in the middle
    path.write_bytes(bytes(data))
    report = check_workspace(path)
    assert not report.ok
    assert report.items[0].name == "database integrity"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork are POSIX")
def test_killed_at_random_moments_nothing_acknowledged_is_lost(path):
    figures = run_kills(path, kills=20, seed=20)
    assert figures.kills == 20
    assert figures.acknowledged > 20  # the children really were saving when killed
    assert figures.problems == []
    assert (figures.lost, figures.failed_checks) == (0, 0)


@pytest.fixture
def open_path():
    """A workspace in a folder every user may enter (the read-only run drops root to
    `nobody`, for whom pytest's own 0700 temporary folders are closed)."""
    import shutil
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp(prefix="ja-media-"))
    folder.chmod(0o755)
    ws = new_workspace(folder / "field.jaworkspace")
    with ws.session() as s:
        world = build_world(s)
        add_finding(s, world, "item-1", "minor_gap", "Policy not published")
        prepare(s)
    ws.close()
    yield ws.path
    shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_refuses_saves_clearly_and_loses_none_acknowledged(open_path):
    from tests.core._crash import run_disk_full

    figures = run_disk_full(open_path, 3)
    assert figures.problems == []
    assert figures.acknowledged > 0 and figures.refused > 0  # saves went in, then the disk filled
    assert (figures.raw, figures.lost, figures.failed_checks) == (0, 0, 0)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_read_only_medium_refuses_saves_clearly_and_loses_none_acknowledged(open_path):
    from tests.core._crash import run_read_only

    figures = run_read_only(open_path, 2)
    assert figures.problems == []
    assert figures.acknowledged > 0  # the saves made while the medium was writable
    assert figures.refused == 2 * 3  # every try on the read-only medium, clearly refused
    assert (figures.raw, figures.lost, figures.failed_checks) == (0, 0, 0)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_a_workspace_where_no_lock_can_be_made_opens_read_only_and_says_why(open_path):
    # A read-only folder (as on a write-protected stick): no lock file can be created beside
    # the workspace, so it opens read-only with a notice instead of failing. A root process
    # ignores file modes: the check runs in a child that is `nobody`.
    import os

    folder = open_path.parent
    read_fd, write_fd = os.pipe()
    folder.chmod(0o555)
    open_path.chmod(0o444)
    try:
        pid = os.fork()
        if pid == 0:
            try:
                if os.geteuid() == 0:
                    os.setgid(65534)
                    os.setuid(65534)
                ws = open_exclusive(open_path)
                with ws.session() as s:  # and it reads
                    site = s.exec(select(Site)).first().name
                os.write(write_fd, f"{ws.read_only}|{site}|{ws.notice}".encode())
                ws.close()
            except BaseException as exc:  # reported to the parent, which fails the test
                os.write(write_fd, f"raised|{type(exc).__name__}: {exc}".encode())
            finally:
                os._exit(0)
        os.close(write_fd)
        os.waitpid(pid, 0)
        answer = os.read(read_fd, 65536).decode()
        os.close(read_fd)
    finally:
        folder.chmod(0o755)
        open_path.chmod(0o644)
    read_only, site, notice = answer.split("|", 2)
    assert (read_only, site) == ("True", "Mina La Esperanza"), answer
    assert notice == (f"{open_path.name} is on a read-only medium or in a folder you cannot "
                      "write to; it was opened read-only. Copy it to a writable folder to edit "
                      "it.")
