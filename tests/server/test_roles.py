"""Roles enforced by the database, not only by the program: an auditor sees and changes
only their certification body's sites and visits, a site user reads only their own site,
scheme staff approve only for their scheme, and a login without a role is refused with a
clear message — whatever client connects."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text
from sqlmodel import select

from jointaudit.cli import main
from jointaudit.common.errors import WorkspaceError
from jointaudit.store.db import open_workspace
from jointaudit.store.models import AuditLogEntry, JointPlan, Site, TemplateApproval, Visit

MERIDIAN, ALPINE = "Meridian Certification Ltd", "Alpine Assurance AG"
MINE, REFINERY = "Nkwanta Ridge Gold Mine", "Helvetia Gold Refining SA"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def team(demo_server, pg_server, capsys):
    """The demo on a server with one login per role; returns name -> address as that login."""
    grants = [("kwame", "auditor", "--cb", MERIDIAN), ("heidi", "auditor", "--cb", ALPINE),
              ("site_nk", "site-user", "--site", MINE),
              ("site_hv", "site-user", "--site", REFINERY),
              ("irma_staff", "scheme-staff", "--scheme", "irma"),
              ("boss", "admin", None, None)]
    for login, role, flag, value in grants:
        extra = [flag, value] if flag else []
        code, out, err = run(capsys, "server", "grant", demo_server.url, login, "--role", role,
                             *extra)
        assert code == 0, err
        assert login in out and role in out
    if not pg_server.sql("SELECT 1 FROM pg_roles WHERE rolname = 'nobody'"):
        pg_server.sql("CREATE ROLE nobody LOGIN")  # a login of the cluster, given no role
    return {login: pg_server.url(demo_server.db, user=login)
            for login in [g[0] for g in grants] + ["nobody"]}


def _rate(capsys, address, visit, observation):
    return run(capsys, "rate", address, "--visit", visit, "--scheme", "irma", "--clause",
               "1.1.1.1", "--level", "substantially meets", "--observation", observation,
               "--by", "Kwame Asante")


def test_a_login_without_a_role_is_refused_in_words(team, demo_server, capsys):
    code, out, err = run(capsys, "findings", team["nobody"], "--visit", demo_server.visit_id)
    assert code == 2
    assert "the server refused this: your database role may not do it" in err
    assert "Traceback" not in err


def test_an_auditor_works_on_their_cbs_visits_and_is_named_in_the_trail(team, demo_server,
                                                                       capsys):
    code, out, err = _rate(capsys, team["kwame"], demo_server.visit_id, "Seen on site")
    assert code == 0, err
    with open_workspace(demo_server.url, read_only=True) as ws, ws.session() as s:
        last = s.exec(select(AuditLogEntry).order_by(AuditLogEntry.id.desc())).first()
        assert last.entity == "finding" and "(server:kwame)" in last.actor


def test_an_auditor_of_another_cb_neither_sees_nor_changes_the_visit(team, demo_server,
                                                                    capsys):
    code, out, err = _rate(capsys, team["heidi"], demo_server.visit_id, "not mine to rate")
    assert code == 2 and f"no visit '{demo_server.visit_id}'" in err
    with open_workspace(team["heidi"], read_only=True) as ws, ws.session() as s:
        assert {site.name for site in s.exec(select(Site))} == {REFINERY}
        assert s.get(Visit, demo_server.visit_id) is None
    with open_workspace(team["kwame"], read_only=True) as ws, ws.session() as s:
        assert {site.name for site in s.exec(select(Site))} == {MINE}
    # and writing a row for a site not theirs is refused by the server, not by us
    with open_workspace(team["heidi"]) as ws, pytest.raises(WorkspaceError,
                                                            match="may not do it"):
        with ws.session() as s:
            mine_id = 2  # the mine's id in the demo; invisible to Alpine's auditor
            s.add(JointPlan(name="poaching", site_id=mine_id, horizon_start=date(2027, 1, 1)))
            s.flush()


def test_an_auditor_edits_their_cbs_site_and_the_trail_names_them(team, demo_server):
    """Sites are in the audit trail: an auditor (who may edit their CB's sites) appends to
    it through the same grant as for findings; a site user may not edit their site."""
    from jointaudit.services import records

    with open_workspace(team["kwame"]) as ws:
        (mine,) = records.list_records(ws, "sites")
        saved = records.update_record(ws, "sites", mine.id, {"notes": "Road closed"},
                                      base_version=mine.version)
    assert saved.values["notes"] == "Road closed" and saved.version == mine.version + 1
    with open_workspace(demo_server.url, read_only=True) as ws, ws.session() as s:
        last = s.exec(select(AuditLogEntry).order_by(AuditLogEntry.id.desc())).first()
        assert (last.entity, last.entity_uid, last.action) == ("site", str(mine.id), "update")
        assert "(server:kwame)" in last.actor
        assert json.loads(last.payload)["changed"]["notes"][1] == "Road closed"
    with open_workspace(team["site_nk"]) as ws, pytest.raises(WorkspaceError,
                                                              match="may not do it"):
        records.update_record(ws, "sites", mine.id, {"notes": "self-edited"})


def test_a_site_user_reads_their_own_site_only_and_changes_nothing(team, demo_server, capsys):
    assert _rate(capsys, team["kwame"], demo_server.visit_id, "Seen on site")[0] == 0
    code, out, err = run(capsys, "findings", team["site_nk"], "--visit", demo_server.visit_id,
                         "--json")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert any(r.get("clause_id") == "1.1.1.1" and r["by"] == "Kwame Asante" for r in rows)

    code, out, err = _rate(capsys, team["site_nk"], demo_server.visit_id, "self-assessed")
    assert code == 2 and "your database role may not do it" in err

    code, out, err = run(capsys, "findings", team["site_hv"], "--visit", demo_server.visit_id)
    assert code == 2 and f"no visit '{demo_server.visit_id}'" in err
    with open_workspace(team["site_hv"], read_only=True) as ws, ws.session() as s:
        assert {site.name for site in s.exec(select(Site))} == {REFINERY}


def test_scheme_staff_approve_for_their_scheme_only(team, demo_server):
    with open_workspace(demo_server.url, read_only=True) as ws, ws.session() as s:
        template_id = s.get(JointPlan, s.get(Visit, demo_server.visit_id).plan_id).template_id
    with open_workspace(team["irma_staff"]) as ws:
        with ws.session() as s:
            assert s.exec(select(Site)).all() == []  # no site's data
            s.add(TemplateApproval(template_id=template_id, scheme_id="irma",
                                   content_hash="abc", status="submitted"))
        with pytest.raises(WorkspaceError, match="may not do it"), ws.session() as s:
            s.add(TemplateApproval(template_id=template_id, scheme_id="rjc-cop",
                                   content_hash="abc", status="approved"))
            s.flush()
    with open_workspace(demo_server.url, read_only=True) as ws, ws.session() as s:
        rows = s.execute(text("SELECT scheme_id FROM template_approval")).all()
        assert [r[0] for r in rows] == ["irma"]


def test_scheme_staff_comment_on_a_template_for_their_scheme_only(team, demo_server):
    from jointaudit.store.models import JointItem, TemplateReviewComment
    from jointaudit.trust.review import save_comment

    with open_workspace(demo_server.url, read_only=True) as ws, ws.session() as s:
        template_id = s.get(JointPlan, s.get(Visit, demo_server.visit_id).plan_id).template_id
        item_key = s.exec(select(JointItem.item_key)
                          .where(JointItem.template_id == template_id)).first()
    with open_workspace(team["irma_staff"]) as ws:
        with ws.session() as s:
            save_comment(s, template_id, "irma", item_key, "Ana (IRMA)", "say which law")
        with ws.session() as s:  # edited as typed: an UPDATE of their own row
            save_comment(s, template_id, "irma", item_key, "Ana (IRMA)", "say which laws")
        with pytest.raises(WorkspaceError, match="may not do it"), ws.session() as s:
            save_comment(s, template_id, "rjc-cop", item_key, "Ana (IRMA)", "not mine")
    with open_workspace(demo_server.url, read_only=True) as ws, ws.session() as s:
        rows = s.exec(select(TemplateReviewComment)).all()
        trail = s.exec(select(AuditLogEntry).where(
            AuditLogEntry.entity == "review_comment")).all()
    assert [(r.scheme_id, r.text) for r in rows] == [("irma", "say which laws")]
    assert [e.action for e in trail] == ["create", "update"]


def test_the_audit_trail_is_never_rewritten_even_by_an_administrator(team, demo_server,
                                                                      capsys):
    assert _rate(capsys, team["kwame"], demo_server.visit_id, "Seen on site")[0] == 0
    with open_workspace(team["boss"]) as ws, pytest.raises(WorkspaceError,
                                                          match="may not do it"):
        with ws.session() as s:
            s.execute(text("DELETE FROM audit_log_entry"))


def test_a_site_user_prints_their_obligations_and_their_visits_report(team, demo_server,
                                                                    tmp_path, capsys):
    assert _rate(capsys, team["kwame"], demo_server.visit_id, "Seen on site")[0] == 0
    code, out, err = run(capsys, "obligations", team["site_nk"], "--site", MINE)
    assert code == 0, err
    assert "IRMA" in out or "irma" in out
    pdf = tmp_path / "irma.pdf"
    code, out, err = run(capsys, "report", team["site_nk"], "--visit", demo_server.visit_id,
                         "--scheme", "irma@1.0", "--draft", "--out", pdf)
    assert code == 0, err
    from pypdf import PdfReader

    assert "Seen on site" in " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    code, out, err = run(capsys, "obligations", team["site_nk"], "--site", REFINERY)
    assert code == 2 and REFINERY in err
