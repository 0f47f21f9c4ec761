"""Headless path from plan to reports: `plan --save` stores the visits with a joint template
of the site's schemes, and `report --visit` works on them."""

from __future__ import annotations

import re

from pypdf import PdfReader
from sqlmodel import select

from jointaudit.cli import main
from jointaudit.demo.seed import create_and_seed
from jointaudit.store.models import JointPlan, JointTemplate

MINE = "Nkwanta Ridge Gold Mine"


def test_saved_plan_has_a_template_and_its_visits_print_reports(tmp_path, capsys):
    path = tmp_path / "demo.jaworkspace"
    create_and_seed(path)[0].close()

    assert main(["plan", str(path), "--site", MINE, "--from", "2026-11-22", "--save"]) == 0
    out = capsys.readouterr().out
    assert f"saved plan 1 for {MINE}" in out
    visit_ids = [int(x) for x in re.findall(r"visit id (\d+):", out)]
    assert len(visit_ids) >= 2

    # saving again reuses the template, so approvals and findings on it carry over
    assert main(["plan", str(path), "--site", MINE, "--from", "2026-11-22", "--save"]) == 0
    capsys.readouterr()
    from jointaudit.store.db import open_workspace

    with open_workspace(path) as ws, ws.session() as s:
        templates = s.exec(select(JointTemplate)).all()
        assert [sorted(t.version_ids) for t in templates] == [["irma@1.0", "rjc-cop@2019"]]
        assert {p.template_id for p in s.exec(select(JointPlan))} == {templates[0].id}

    checklist = tmp_path / "checklist.pdf"
    assert main(["report", str(path), "--visit", str(visit_ids[1]), "--checklist",
                 "--out", str(checklist)]) == 0
    text = " ".join(p.extract_text() for p in PdfReader(checklist).pages)
    assert "1.1.1.1" in text and "6.1a" in text  # IRMA and RJC clause ids side by side

    # unrated and without report fields, a final report is refused with the problems named
    final = tmp_path / "irma.pdf"
    assert main(["report", str(path), "--visit", str(visit_ids[1]), "--scheme", "irma@1.0",
                 "--out", str(final)]) == 2
    err = capsys.readouterr().err
    assert "fields.scope_statement" in err and "is not rated" in err
    assert not final.exists()


def test_a_single_scheme_site_saves_without_a_template(tmp_path, capsys):
    path = tmp_path / "demo.jaworkspace"
    create_and_seed(path)[0].close()
    assert main(["plan", str(path), "--site", "Cooperativa Minera La Esperanza",
                 "--from", "2026-11-22", "--save"]) == 0
    assert "one scheme: no joint template needed" in capsys.readouterr().out
