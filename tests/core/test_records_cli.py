"""Every record type the desktop forms create is also a CLI import, one row per record, one
bad row imports nothing; each command's --help lists its columns; docs/records.md's example
files import as documented; `plan` and `record-audit` name what is missing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from jointaudit.cli import main
from jointaudit.demo.seed import create_demo_workspace
from jointaudit.store.db import open_workspace
from jointaudit.store.models import AuditRecord, BlackoutPeriod, Certificate, Site

DOCS = Path(__file__).resolve().parents[2] / "docs" / "records"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.jaworkspace"
    create_demo_workspace(path).close()
    return path


@pytest.fixture
def workspace(demo, tmp_path):
    copy = tmp_path / "copy.jaworkspace"
    copy.write_bytes(demo.read_bytes())
    return copy


def _site(path: Path, name: str = "Mina Sol"):
    with open_workspace(path) as ws, ws.session() as s:
        site = s.exec(select(Site).where(Site.name == name)).one()
        certs = s.exec(select(Certificate).where(Certificate.site_id == site.id)).all()
        blackouts = s.exec(select(BlackoutPeriod).where(BlackoutPeriod.site_id == site.id)
                           ).all()
        return ([(c.scheme_id, c.kind, c.number, c.issued_on, c.expires_on, c.scope)
                 for c in certs], [(b.start, b.end, b.reason) for b in blackouts])


@pytest.mark.parametrize(("command", "columns"), [
    ("import-memberships", "site*, scheme*, version, kind (membership/certificate),"
                           " member_since, certificate_no, issued_on, expires_on, scope,"),
    ("import-blackouts", "site*, start*, end*, reason"),
    ("import-sites", "name*, country, region"),
    ("import-cbs", "valid_from,"),
    ("import-auditors", "role (lead/team/"),
])
def test_each_import_lists_its_columns_in_help(command, columns, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert columns in out and "docs/records.md" in out


def test_the_documented_example_files_import_and_plan(workspace, capsys):
    assert main(["plan", str(workspace), "--site", "Nkwanta Ridge Gold Mine", "--from",
                 "2027-01-01"]) == 0
    capsys.readouterr()
    assert main(["import-sites", str(workspace), str(DOCS / "sites.csv")]) == 0
    # a site with no membership: plan says so and names the command
    assert main(["plan", str(workspace), "--site", "Mina Sol", "--from", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert "no scheme membership or certificate is recorded" in out
    assert "jointaudit import-memberships" in out
    assert main(["import-memberships", str(workspace), str(DOCS / "memberships.csv")]) == 0
    assert main(["import-blackouts", str(workspace), str(DOCS / "blackouts.csv")]) == 0
    assert "blackout periods: 2 created" in capsys.readouterr().out
    certs, blackouts = _site(workspace)
    assert sorted(certs) == [
        ("fairmined", "membership", "", None, None, ""),
        ("rjc-cop", "certificate", "RJC-0042", date(2024, 2, 29), date(2027, 2, 28),
         "Gold mining and refining")]
    assert blackouts == [(date(2027, 1, 15), date(2027, 3, 31), "rainy season"),
                         (date(2027, 12, 20), date(2028, 1, 5), "holidays")]
    # the same files again change nothing
    assert main(["import-memberships", str(workspace), str(DOCS / "memberships.csv")]) == 0
    assert main(["import-blackouts", str(workspace), str(DOCS / "blackouts.csv")]) == 0
    assert _site(workspace) == (certs, blackouts)
    assert main(["plan", str(workspace), "--site", "Mina Sol", "--from", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert "RJC Code of Practices 2019 Recertification audit" in out


def test_one_bad_row_imports_nothing_and_names_the_row(workspace, tmp_path, capsys):
    main(["import-sites", str(workspace), str(DOCS / "sites.csv")])
    bad = tmp_path / "blackouts.csv"
    bad.write_text("site,start,end,reason\nMina Sol,2027-01-15,2027-03-31,rain\n"
                   "Mina Sol,2027-05-10,2027-05-01,reversed\nNowhere,2027-06-01,2027-06-02,\n",
                   encoding="utf-8")
    assert main(["import-blackouts", str(workspace), str(bad)]) != 0
    err = capsys.readouterr().err
    assert "end 2027-05-01 is before start 2027-05-10" in err and ":3" in err
    assert "no site named 'Nowhere'" in err and "nothing was imported" in err
    assert _site(workspace)[1] == []
    members = tmp_path / "m.csv"
    members.write_text("site,scheme,version,kind,member_since,certificate_no,issued_on,"
                       "expires_on,scope,facilities\nMina Sol,rjc-cop,2019,certificate,,X,"
                       "2027-02-29,2030-02-28,,\n", encoding="utf-8")
    assert main(["import-memberships", str(workspace), str(members)]) != 0
    assert "issued_on" in capsys.readouterr().err
    assert _site(workspace)[0] == []


def test_record_audit_is_refused_for_a_scheme_the_site_does_not_hold(workspace, capsys):
    main(["import-sites", str(workspace), str(DOCS / "sites.csv")])
    args = ["record-audit", str(workspace), "--site", "Mina Sol", "--scheme", "rjc-cop@2019",
            "--kind", "recertification", "--start", "2026-11-02", "--end", "2026-11-05"]
    assert main(args) != 0
    err = capsys.readouterr().err
    assert "holds no membership or certificate for rjc-cop" in err
    assert "import-memberships" in err
    main(["import-memberships", str(workspace), str(DOCS / "memberships.csv")])
    # a decision before the audit's last day is refused too
    assert main(args + ["--decision-date", "2026-11-01"]) != 0
    assert "decision_date 2026-11-01 is before the audit's last day 2026-11-05" in \
        capsys.readouterr().err
    assert main(args + ["--decision-date", "2026-11-20"]) == 0
    with open_workspace(workspace) as ws, ws.session() as s:
        assert [r.decision_date for r in s.exec(select(AuditRecord).where(
            AuditRecord.start == date(2026, 11, 2)))] == [date(2026, 11, 20)]


def test_a_day_the_month_does_not_have_is_named(workspace, capsys):
    assert main(["plan", str(workspace), "--all", "--from", "2027-02-29"]) != 0
    assert "2027-02-29 is not a day of the calendar: February 2027 has 28 days" in \
        capsys.readouterr().err


def test_auditor_days_are_visit_days_times_the_team_beside_the_person_days(workspace):
    from jointaudit.planning.inputs import PlanOptions
    from jointaudit.services.planning import plan_sites

    with open_workspace(workspace) as ws:
        (view,) = plan_sites(ws, "Helvetia Gold Refining SA", PlanOptions(date(2027, 1, 1), 3))
    staffed = [v for v in view.visits if v.team]
    assert staffed
    for v in staffed:
        assert v.auditor_days == v.days * len({m.name for m in v.team})
    assert view.saving.joint_auditor_days == sum(v.auditor_days for v in view.visits)
    assert view.saving.joint_person_days == round(sum(v.person_days_joint
                                                      for v in view.visits), 2)
    assert view.saving.separate_person_days > view.saving.joint_person_days
