"""The whole command-line path on a server workspace, address in place of a file:
demo → plan → merge → rate → report, and the check; what comes out is what a file gives."""

from __future__ import annotations

import json
import re

from pypdf import PdfReader

from jointaudit.cli import main

MINE = "Nkwanta Ridge Gold Mine"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_plan_merge_rate_report_on_postgresql(pg_url, tmp_path, capsys):
    code, out, err = run(capsys, "demo", pg_url)
    assert code == 0, err
    assert "sites" in out

    code, out, err = run(capsys, "plan", pg_url, "--site", MINE, "--from", "2026-11-22",
                         "--save")
    assert code == 0, err
    assert f"for {MINE}" in out
    visit = re.findall(r"visit id (\d+):", out)[1]

    merged = tmp_path / "joint.json"
    code, out, err = run(capsys, "merge", pg_url, "--schemes", "irma@1.0,rjc-cop@2019",
                         "--site", MINE, "--json", merged)
    assert code == 0, err
    items = json.loads(merged.read_text(encoding="utf-8"))
    assert items  # the joint checklist, written from the server's data

    code, out, err = run(capsys, "rate", pg_url, "--visit", visit, "--scheme", "irma",
                         "--clause", "1.1.1.1", "--level", "substantially meets",
                         "--observation", "Policy signed, not yet posted", "--by", "Ama")
    assert code == 0, err
    code, out, err = run(capsys, "findings", pg_url, "--visit", visit, "--json")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    rated = [r for r in rows if r.get("clause_id") == "1.1.1.1" and r["version_id"] ==
             "irma@1.0"]
    assert rated and rated[0]["by"] == "Ama" and rated[0]["provenance"] == "on_site"

    pdf = tmp_path / "irma.pdf"  # a draft: the other clauses are not rated yet
    code, out, err = run(capsys, "report", pg_url, "--visit", visit, "--scheme", "irma@1.0",
                         "--draft", "--out", pdf)
    assert code == 0, err
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "DRAFT" in text and MINE in text
    assert "Policy signed, not yet posted" in text

    code, out, err = run(capsys, "check", pg_url)
    assert code == 0, out + err
    assert "audit trail intact" in out
