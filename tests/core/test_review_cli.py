"""Reviewing a template from the command line: show it item by item, comment, request
changes (refused without a comment), see the status, then approve."""

from __future__ import annotations

import pytest

from jointaudit.cli import main
from tests.core._trust_world import build_world, new_workspace


@pytest.fixture
def ws_path(tmp_path, monkeypatch):
    monkeypatch.setenv("JOINTAUDIT_PASSPHRASE", "a long enough passphrase")
    ws = new_workspace(tmp_path / "review.jaworkspace")
    with ws.session() as s:
        build_world(s)
    ws.close()
    return tmp_path / "review.jaworkspace"


def run(capsys, *argv) -> tuple[int, str]:
    code = main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_comment_request_changes_and_approve_from_the_command_line(ws_path, tmp_path, capsys):
    profile = tmp_path / "lena"
    template = "RJC + Fairmined gold mine"
    assert run(capsys, "keys", "new", "--name", "Lena Ortiz", "--role", "scheme_staff",
               "--scheme", "rjc-cop", "--profile", profile)[0] == 0
    assert run(capsys, "keys", "export", tmp_path / "lena.jakey", "--profile", profile)[0] == 0
    assert run(capsys, "keys", "trust", ws_path, tmp_path / "lena.jakey",
               "--scheme", "rjc-cop")[0] == 0

    code, out = run(capsys, "review", "show", ws_path, "--template", template,
                    "--scheme", "rjc-cop", "--profile", profile)
    assert code == 0, out
    assert "1. item-1: Supply chain policy" in out
    assert "rjc-cop@2019 7.2 (member): Supply chain policy in line with OECD Annex II" in out
    assert "link: rjc-cop@2019 7.2 equal fairmined@2014 1.3" in out
    assert "has not decided on this template yet" in out

    code, out = run(capsys, "review", "request-changes", ws_path, "--template", template,
                    "--scheme", "rjc-cop", "--profile", profile)
    assert code != 0 and "needs a comment" in out and "Traceback" not in out

    code, out = run(capsys, "review", "comment", ws_path, "Name the OECD step", "--template",
                    template, "--scheme", "rjc-cop", "--item", "item-1", "--profile", profile)
    assert code == 0 and "saved Lena Ortiz [" in out
    code, out = run(capsys, "review", "comment", ws_path, "x", "--template", template,
                    "--scheme", "rjc-cop", "--item", "item-7", "--profile", profile)
    assert code != 0 and "no item 'item-7'" in out

    code, out = run(capsys, "review", "request-changes", ws_path, "--template", template,
                    "--scheme", "rjc-cop", "--note", "see item 1", "--profile", profile)
    assert code == 0, out
    assert "requested changes for rjc-cop (1 comment(s), with a general note)" in out
    code, out = run(capsys, "approvals", ws_path, "--template", template)
    assert "rjc-cop        changes requested" in out
    assert "comment on item-1 by Lena Ortiz" in out and "Name the OECD step" in out
    assert "final reports: refused" in out

    code, out = run(capsys, "review", "show", ws_path, "--template", template,
                    "--scheme", "rjc-cop", "--item", "item-1", "--profile", profile)
    assert "since the request for changes of" in out and "[unchanged]" in out
    assert "your comment: Name the OECD step" in out and "item-2" not in out

    assert run(capsys, "approve", ws_path, "--template", template, "--scheme", "rjc-cop",
               "--profile", profile)[0] == 0
    code, out = run(capsys, "approvals", ws_path, "--template", template)
    assert "rjc-cop        approved" in out
