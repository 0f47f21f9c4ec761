"""Every change to findings, plans, visits, templates and approvals lands in an append-only,
hash-chained audit trail, written by the session itself; verify() names the first broken link."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlmodel import select

from jointaudit.store.audit_trail import acting_as, changes_of, verify
from jointaudit.store.models import AuditLogEntry, Finding, JointTemplate, Visit
from jointaudit.trust.keys import Signer
from jointaudit.trust.signing import approve_template
from tests.core._trust_world import add_finding, build_world, new_workspace


@pytest.fixture
def workspace(tmp_path):
    ws = new_workspace(tmp_path / "test.jaworkspace")
    yield ws
    ws.close()


@pytest.fixture
def world(workspace):
    with acting_as("setup"), workspace.session() as s:
        return build_world(s)


def _entries(workspace):
    with workspace.session() as s:
        return list(s.exec(select(AuditLogEntry).order_by(AuditLogEntry.id)))


def test_saving_a_finding_is_logged_with_who_and_what(workspace, world):
    with acting_as("Ana Restrepo (lead auditor)"), workspace.session() as s:
        f = add_finding(s, world, "item-1", "minor_gap", "Policy not yet published")
        uid = f.uid
    with acting_as("Ana Restrepo (lead auditor)"), workspace.session() as s:
        f = s.exec(select(Finding).where(Finding.uid == uid)).one()
        f.severity, f.revision = "major_gap", 2
    with acting_as("Ben Okafor"), workspace.session() as s:
        s.delete(s.exec(select(Finding).where(Finding.uid == uid)).one())
    with workspace.session() as s:
        log = changes_of(s, "finding", uid)
    assert [(e.action, e.actor) for e in log] == [
        ("create", "Ana Restrepo (lead auditor)"), ("update", "Ana Restrepo (lead auditor)"),
        ("delete", "Ben Okafor")]
    assert json.loads(log[0].payload)["observation"] == "Policy not yet published"
    assert json.loads(log[1].payload) == {"changed": {"severity": ["minor_gap", "major_gap"],
                                                      "revision": [1, 2]}}
    assert json.loads(log[2].payload)["severity"] == "major_gap"


def test_plans_visits_templates_and_approvals_are_logged_without_their_cooperation(
        workspace, world):
    entities = {(e.entity, e.action) for e in _entries(workspace)}
    assert {("template", "create"), ("plan", "create"), ("visit", "create"),
            ("crosswalk_link", "create")} <= entities
    with acting_as("Lena Ortiz"), workspace.session() as s:
        approve_template(s, world.template_id, "rjc-cop", Signer.generate("Lena Ortiz"))
        s.get(Visit, world.visit_id).status = "confirmed"
        s.get(JointTemplate, world.template_id).name = "RJC + Fairmined (2027)"
    last = [(e.entity, e.action, e.actor) for e in _entries(workspace)][-3:]
    assert sorted(last) == [("approval", "create", "Lena Ortiz"),
                            ("template", "update", "Lena Ortiz"),
                            ("visit", "update", "Lena Ortiz")]


def test_a_rolled_back_change_leaves_no_log_entry(workspace, world):
    before = len(_entries(workspace))
    with pytest.raises(RuntimeError), workspace.session() as s:
        add_finding(s, world, "item-1", "conforms", "")
        raise RuntimeError("power cut")
    assert len(_entries(workspace)) == before


def test_the_chain_verifies_and_names_the_first_broken_link(workspace, world):
    with acting_as("Ana"), workspace.session() as s:
        for key in world.item_keys:
            add_finding(s, world, key, "conforms", "checked")
    with workspace.session() as s:
        report = verify(s)
    assert report.ok and report.entries == len(_entries(workspace)) >= 8
    ids = [e.id for e in _entries(workspace)]
    path = workspace.path
    workspace.engine.dispose()
    con = sqlite3.connect(path)
    con.execute("UPDATE audit_log_entry SET actor='Mallory' WHERE id=?", (ids[4],))
    con.commit()
    with workspace.session() as s:
        report = verify(s)
    assert (report.ok, report.first_broken_id) == (False, ids[4])
    assert "content does not match its hash" in str(report)
    con.execute("UPDATE audit_log_entry SET actor='setup' WHERE id=?", (ids[4],))
    con.execute("DELETE FROM audit_log_entry WHERE id=?", (ids[2],))
    con.commit()
    con.close()
    with workspace.session() as s:
        report = verify(s)
    assert (report.ok, report.first_broken_id) == (False, ids[3])
    assert "an entry was removed or reordered" in report.problem


def test_entries_cannot_be_changed_or_deleted_through_the_session(workspace, world):
    with pytest.raises(PermissionError, match="append-only"), workspace.session() as s:
        entry = s.exec(select(AuditLogEntry)).first()
        entry.actor = "Mallory"
    with pytest.raises(PermissionError, match="append-only"), workspace.session() as s:
        s.delete(s.exec(select(AuditLogEntry)).first())
    with workspace.session() as s:
        assert verify(s).ok
