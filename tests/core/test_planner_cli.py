"""The planner through its services and CLI on the demo workspace (real shipped packs,
real SQLite file): text and JSON plans, .ics and CSV exports read back, live validation of
a dragged visit, saving a plan, and recording audit outcomes one by one or from CSV."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from icalendar import Calendar
from sqlmodel import select

from jointaudit.cli import main
from jointaudit.demo.seed import create_demo_workspace
from jointaudit.planning.inputs import PlanOptions
from jointaudit.services.planning import check_move, plan_sites, save_plan
from jointaudit.store.models import AuditRecord, JointPlan, Visit, VisitTeamMember, VisitWindow

REFINERY = "Helvetia Gold Refining SA"
OPTS = PlanOptions(date(2027, 1, 1), 3)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.jaworkspace"
    create_demo_workspace(path).close()
    return path


@pytest.fixture
def ws(demo, tmp_path):
    from jointaudit.store.db import open_workspace

    copy = tmp_path / "copy.jaworkspace"
    copy.write_bytes(demo.read_bytes())
    w = open_workspace(copy)
    yield w
    w.close()


def test_the_refinery_plan_merges_its_four_schemes_into_one_visit(ws):
    (view,) = plan_sites(ws, REFINERY, OPTS)
    first = view.visits[0]
    assert len({a.split(" ")[0] for a in first.audits}) >= 3  # RJC, LBMA, Fairmined
    assert first.person_days_joint < first.person_days_separate
    for w in view.windows:  # every planned window is inside its visit
        if w.planned.startswith("visit "):
            v = view.visits[int(w.planned.split()[1]) - 1]
            assert w.earliest <= v.start and v.end <= w.latest
    s = view.saving
    assert s.separate_visits > s.joint_visits and s.person_days_saved > 0
    # auditor-days count visit days × team: the joint visit keeps each scheme's lead (from
    # three CBs) on site for all its days, more than the packs' person-days
    assert s.joint_auditor_days == sum(v.auditor_days for v in view.visits)
    # the refiner's LBMA lead lapses (demo data): the visit names the missing lead
    assert any(p.code == "no-qualified-auditor" for p in first.team_problems)


def test_cli_prints_windows_visits_team_and_saving(demo, capsys):
    assert main(["plan", str(demo), "--site", REFINERY, "--from", "2027-01-01",
                 "--horizon", "3y"]) == 0
    out = capsys.readouterr().out
    assert "Audit windows:" in out and "Visits:" in out and "Saving:" in out
    assert "UNVERIFIED" in out  # the Fairmined cycle rules are unverified in the pack
    assert "team: " in out and "why: " in out


def test_cli_json_portfolio_and_exports_read_back(demo, tmp_path, capsys):
    ics, csv_file = tmp_path / "visits.ics", tmp_path / "visits.csv"
    assert main(["plan", str(demo), "--all", "--from", "2027-01-01", "--horizon", "2y",
                 "--json", "--ics", str(ics), "--csv", str(csv_file)]) == 0
    views = json.loads(capsys.readouterr().out)
    assert len(views) == 4  # the demo's four sites
    n_visits = sum(len(v["visits"]) for v in views)
    events = [c for c in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
              if "audit visit" in str(c.get("categories").to_ical())]
    assert len(events) == n_visits
    first = views[0]["visits"][0]
    match = [e for e in events if e.decoded("dtstart").isoformat() == first["start"]]
    assert match and match[0].decoded("dtend") > match[0].decoded("dtstart")
    rows = list(csv.DictReader(io.StringIO(csv_file.read_text(encoding="utf-8"))))
    assert len(rows) == n_visits and rows[0]["site"] == views[0]["site"]


def test_bad_cli_input_is_a_message_not_a_traceback(demo, capsys):
    assert main(["plan", str(demo), "--site", "Nowhere"]) == 2
    assert "no site 'Nowhere'" in capsys.readouterr().err
    assert main(["plan", str(demo), "--site", REFINERY, "--horizon", "40y"]) == 2
    assert "expected 1y … 10y" in capsys.readouterr().err


def test_dragging_a_visit_is_validated_live(ws):
    (view,) = plan_sites(ws, REFINERY, OPTS)
    ok = check_move(ws, REFINERY, OPTS, 1, date(2027, 6, 1))
    assert ok.ok, ok.problems
    assert {m.role for m in ok.team} >= {"lead"}
    # the team is re-checked too: the refiner's LBMA lead qualification has lapsed
    assert any("lbma-rgg@9" in p for p in ok.team_problems)
    # 25 Mar – 9 Apr is the refiner's year-end stock take
    moved = check_move(ws, REFINERY, OPTS, 1, date(2027, 4, 1))
    assert not moved.ok
    assert any("blackout 2027-03-25–2027-04-09 (year-end stock take)" in p
               for p in moved.problems)


def test_a_plan_is_saved_as_visits_windows_and_team(ws):
    (view,) = plan_sites(ws, REFINERY, OPTS)
    plan_id = save_plan(ws, view)
    with ws.session() as s:
        assert s.get(JointPlan, plan_id).site_id is not None
        visits = s.exec(select(Visit).where(Visit.plan_id == plan_id)).all()
        assert len(visits) == len(view.visits)
        windows = s.exec(select(VisitWindow).where(VisitWindow.plan_id == plan_id)).all()
        assert len(windows) == len(view.windows)
        assert all(w.reason for w in windows)
        team = s.exec(select(VisitTeamMember).where(VisitTeamMember.visit_id == visits[0].id)
                      ).all()
        assert {m.role for m in team} >= {"lead"}


def test_record_audit_and_csv_import(demo, tmp_path, capsys):
    path = tmp_path / "w.jaworkspace"
    path.write_bytes(demo.read_bytes())
    assert main(["record-audit", str(path), "--site", REFINERY, "--scheme", "rjc-cop@2019",
                 "--kind", "recertification", "--start", "2027-03-01", "--end",
                 "2027-03-04", "--minor", "2", "--mid-term-required"]) == 0
    bad = tmp_path / "outcomes.csv"
    bad.write_text("site,scheme_version,kind,start,end,major_ncs\n"
                   f"{REFINERY},rjc-cop@2019,recertification,2027-03-01,2027-03-04,0\n"
                   f"{REFINERY},rjc-cop@2019,reassessment,2027-03-05,2027-03-01,x\n",
                   encoding="utf-8")
    assert main(["record-audit", str(path), "--csv", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:3: major_ncs: 'x' is not a whole number" in err
    good = tmp_path / "good.csv"
    good.write_text("site,scheme_version,kind,start,end,major_ncs\n"
                    f"{REFINERY},rjc-coc@2012,recertification,2027-06-01,2027-06-03,1\n",
                    encoding="utf-8")
    assert main(["record-audit", str(path), "--csv", str(good)]) == 0
    from jointaudit.store.db import open_workspace
    with open_workspace(path) as w, w.session() as s:
        rows = s.exec(select(AuditRecord).where(AuditRecord.start >= date(2027, 1, 1))).all()
        assert sorted((r.kind, r.major_ncs, r.mid_term_required) for r in rows) == [
            ("recertification", 0, True), ("recertification", 1, False)]


def test_what_if_major_adds_the_follow_up_the_pack_requires(demo, capsys):
    args = ["plan", str(demo), "--site", REFINERY, "--from", "2027-01-01", "--horizon", "2y",
            "--json"]
    assert main(args) == 0
    normal = json.loads(capsys.readouterr().out)[0]
    assert main(args + ["--what-if-major", "rjc-coc"]) == 0
    what_if = json.loads(capsys.readouterr().out)[0]
    kinds = {(w["scheme"], w["kind"]) for w in what_if["windows"]}
    assert not any(k == "follow_up" for _, k in {(w["scheme"], w["kind"])
                                                  for w in normal["windows"]})
    assert any(k == "follow_up" and s.startswith("RJC Chain") for s, k in kinds)
    assert any("assumed with a major NC" in n for n in what_if["notes"])


def test_plan_csv_and_ics_write_a_formula_site_name_as_text(demo, tmp_path, capsys):
    # A site renamed to a spreadsheet formula: the plan's CSV must not hand it to Excel as a
    # formula, nor the calendar's location, which calendar apps export to spreadsheets.
    from jointaudit.store.db import open_workspace
    from jointaudit.store.models import Site

    hostile = '=HYPERLINK("http://x","y")'
    copy = tmp_path / "hostile.jaworkspace"
    copy.write_bytes(demo.read_bytes())
    with open_workspace(copy) as w, w.session() as s:
        site = s.exec(select(Site).where(Site.name == REFINERY)).one()
        site.name = hostile
    ics, csv_file = tmp_path / "visits.ics", tmp_path / "visits.csv"
    assert main(["plan", str(copy), "--site", hostile, "--from", "2027-01-01",
                 "--horizon", "3y", "--ics", str(ics), "--csv", str(csv_file)]) == 0
    capsys.readouterr()
    rows = list(csv.reader(io.StringIO(csv_file.read_text(encoding="utf-8"))))[1:]
    assert rows and all(r[0] == "'" + hostile for r in rows)
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)
    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    assert events and {str(e.get("location")) for e in events} == {"'" + hostile}
    assert not any(str(e.get("description")).startswith("=") for e in events)
