"""Offline fieldwork against a server: check a visit out into a workspace file, rate in it
with no server, check it back in through the bundle three-way merge. Work nobody else
touched comes in; an item changed on both sides is a conflict the person checking in
resolves; the server's audit trail says who checked in what."""

from __future__ import annotations

import json

from sqlmodel import select

from jointaudit.cli import main
from jointaudit.store.db import open_workspace
from jointaudit.store.models import AuditLogEntry, Finding


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _rate(capsys, address, visit, observation, level="substantially meets"):
    code, out, err = run(capsys, "rate", address, "--visit", visit, "--scheme", "irma",
                         "--clause", "1.1.1.1", "--level", level, "--observation", observation,
                         "--by", "Ama Owusu")
    assert code == 0, err


def _observation(address, visit_id, item_key) -> str:
    with open_workspace(address, read_only=True) as ws, ws.session() as s:
        row = s.exec(select(Finding).where(Finding.visit_id == visit_id,
                                           Finding.item_key == item_key)).one()
        return row.observation


def _visit_of(path) -> str:
    with open_workspace(path, read_only=True) as ws, ws.session() as s:
        from jointaudit.store.models import Visit

        return str(s.exec(select(Visit)).first().id)


def test_checkout_rate_offline_checkin(demo_server, tmp_path, capsys):
    out_file = tmp_path / "field.jaworkspace"
    code, out, err = run(capsys, "server", "checkout", demo_server.url, "--visit",
                         demo_server.visit_id, out_file)
    assert code == 0, err
    assert "checked out visit" in out and out_file.exists()

    local_visit = _visit_of(out_file)  # the file is a workspace like any other, offline
    _rate(capsys, out_file, local_visit, "Rated in the field, offline")
    code, out, err = run(capsys, "findings", out_file, "--visit", local_visit, "--json")
    assert code == 0 and "Rated in the field, offline" in out

    code, out, err = run(capsys, "server", "checkin", demo_server.url, out_file)
    assert code == 0, err
    assert "1 new" in out
    assert _observation(demo_server.url, demo_server.visit_id, demo_server.item_key) == \
        "Rated in the field, offline"
    with open_workspace(demo_server.url, read_only=True) as ws, ws.session() as s:
        last = s.exec(select(AuditLogEntry).where(AuditLogEntry.entity == "finding")
                      .order_by(AuditLogEntry.id.desc())).first()
        assert f"checkin of {out_file.name}" in last.actor and "server:" in last.actor


def test_a_finding_changed_on_both_sides_is_a_conflict_to_resolve(demo_server, tmp_path,
                                                                  capsys):
    _rate(capsys, demo_server.url, demo_server.visit_id, "Office view before fieldwork")
    out_file = tmp_path / "field.jaworkspace"
    assert run(capsys, "server", "checkout", demo_server.url, "--visit",
               demo_server.visit_id, out_file)[0] == 0
    _rate(capsys, out_file, _visit_of(out_file), "Seen on site: policy not posted",
          level="partially meets")
    _rate(capsys, demo_server.url, demo_server.visit_id, "Office changed its mind")

    code, out, err = run(capsys, "server", "checkin", demo_server.url, out_file)
    assert code == 2
    assert "conflict" in err and "keep mine / keep theirs / keep both" in err
    assert _observation(demo_server.url, demo_server.visit_id, demo_server.item_key) == \
        "Office changed its mind"  # nothing taken in while a conflict is open

    code, out, err = run(capsys, "server", "checkin", demo_server.url, out_file, "--all",
                         "theirs")
    assert code == 0, err
    assert "1 conflict(s) resolved" in out
    assert _observation(demo_server.url, demo_server.visit_id, demo_server.item_key) == \
        "Seen on site: policy not posted"
    code, out, err = run(capsys, "findings", demo_server.url, "--visit", demo_server.visit_id,
                         "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert any(r.get("clause_id") == "1.1.1.1" and r["level_id"] == "partially_meets"
               for r in rows)


def test_checkin_refuses_a_file_that_was_not_checked_out(demo_server, tmp_path, capsys):
    other = tmp_path / "other.jaworkspace"
    assert run(capsys, "init", other)[0] == 0
    code, out, err = run(capsys, "server", "checkin", demo_server.url, other)
    assert code == 2 and "was not checked out from a server" in err
