"""Tamper evidence: whoever edits the workspace file with sqlite3, as an attacker would,
behind the application's back, is named by `jointaudit check` — the table, the row and what
differs — or by the approvals. The world is the demo workspace with the refinery's plan
saved (real shipped packs, a real merged template), two findings rated through the app's own
save and the template approved by RJC's staff."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlmodel import select

from jointaudit.checklist.template import build_template
from jointaudit.checklist.visit import visit_checklist
from jointaudit.cli import main
from jointaudit.demo.seed import create_demo_workspace
from jointaudit.fieldwork.findings import rate
from jointaudit.planning.inputs import PlanOptions
from jointaudit.services.planning import plan_sites, save_plan
from jointaudit.services.trust import check_workspace
from jointaudit.store.anchor import anchor_path
from jointaudit.store.db import open_workspace
from jointaudit.store.models import JointPlan, Visit, VisitWindow
from jointaudit.trust.keys import Signer
from jointaudit.trust.signing import approve_template, template_approvals, trust_key

REFINERY = "Helvetia Gold Refining SA"
STAFF = Signer.generate("Lena Ortiz", "Responsible Jewellery Council", "scheme_staff",
                        ["rjc-cop"])
MALLORY = Signer.generate("Mallory", "Nobody", "scheme_staff", ["rjc-cop"])


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    path = tmp_path_factory.mktemp("tamper") / "demo.jaworkspace"
    ws = create_demo_workspace(path)
    try:
        (view,) = plan_sites(ws, REFINERY, PlanOptions(date(2027, 1, 1), 3))
        plan_id = save_plan(ws, view)
        with ws.session() as s:
            plan = s.get(JointPlan, plan_id)
            visit = s.exec(select(Visit).where(Visit.plan_id == plan_id)
                           .order_by(Visit.start)).first()
            versions = sorted({w.scheme_version_id for w in s.exec(
                select(VisitWindow).where(VisitWindow.visit_id == visit.id))})
            assert any(v.startswith("rjc-cop@") for v in versions)
            plan.template_id = build_template(s, "Refinery joint checklist", versions).id
            s.add(plan)
            s.flush()
            keys = [i.key for i in visit_checklist(s, visit.id).items]
            rate(s, visit.id, keys[0], "major_gap", observation="No supply chain policy",
                 author="ana")
            rate(s, visit.id, keys[1], "conforms", observation="Seen on site", author="ana")
            trust_key(s, STAFF.identity, ["rjc-cop"])
            approve_template(s, plan.template_id, "rjc-cop", STAFF)
            template_id = plan.template_id
    finally:
        ws.close()
    return path, template_id


@pytest.fixture
def path(world, tmp_path):
    source, _ = world
    copy = tmp_path / "office.jaworkspace"
    copy.write_bytes(source.read_bytes())
    anchor_path(copy).write_bytes(anchor_path(source).read_bytes())
    return copy


def attack(path, *statements):
    con = sqlite3.connect(path)
    for sql in statements:
        con.execute(sql)
    con.commit()
    con.close()


def failed(path, *anchors) -> dict[str, str]:
    report = check_workspace(path, anchors)
    return {i.name: i.detail for i in report.items if not i.ok}


def one(path, sql):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchone()
    finally:
        con.close()


def test_the_untouched_workspace_is_sound_with_every_check(path):
    report = check_workspace(path)
    assert report.ok, str(report)
    assert [i.name for i in report.items] == [
        "database integrity", "audit trail", "audit trail anchors", "evidence files",
        "unlogged differences", "stored packs", "requirements", "approvals"]
    last = one(path, "SELECT max(id) FROM audit_log_entry")[0]
    assert f"the trail holds entry {last} named by office.jaworkspace.anchor" in str(report)


def test_deleting_the_newest_trail_entries_is_a_cut_trail(path):
    last = one(path, "SELECT max(id) FROM audit_log_entry")[0]
    attack(path, f"DELETE FROM audit_log_entry WHERE id > {last - 3}")
    problems = failed(path)
    assert (f"office.jaworkspace.anchor says the trail reached entry {last}, but it ends at "
            f"entry {last - 3}: the newest 3 entries were deleted"
            in problems["audit trail anchors"])


def test_deleting_the_whole_trail_shows_in_the_anchor_and_in_every_row(path):
    attack(path, "DELETE FROM audit_log_entry")
    problems = failed(path)
    assert "but it ends at entry 0" in problems["audit trail anchors"]
    assert "is not in the audit trail (written without the app)" in (
        problems["unlogged differences"])


def test_a_cut_trail_that_grew_again_keeps_its_anchor_and_is_still_named(path):
    last = one(path, "SELECT max(id) FROM audit_log_entry")[0]
    attack(path, f"DELETE FROM audit_log_entry WHERE id > {last - 2}")
    with open_workspace(path) as ws:  # the app saves again afterwards, past the old end
        for n in range(4):
            with ws.session() as s:
                s.exec(select(JointPlan)).first().name = f"renamed after the cut ({n})"
    problems = failed(path)
    assert (f"names entry {last}, which the trail holds with another hash"
            in problems["audit trail anchors"])


def test_a_finding_deleted_by_sql_is_named_with_its_row(path):
    fid, uid = one(path, "SELECT id, uid FROM finding ORDER BY id LIMIT 1")
    attack(path, "DELETE FROM finding_history", f"DELETE FROM finding WHERE id = {fid}")
    problems = failed(path)
    assert (f"finding row {fid} ({uid}) was deleted without an entry in the audit trail"
            in problems["unlogged differences"])


def test_a_finding_re_rated_by_sql_is_named_with_its_row_and_column(path):
    fid, uid = one(path, "SELECT id, uid FROM finding WHERE severity = 'major_gap'")
    attack(path, f"UPDATE finding SET severity = 'conforms' WHERE id = {fid}")
    problems = failed(path)
    assert (f'finding row {fid} ({uid}): severity is "conforms", the trail last recorded '
            '"major_gap"' in problems["unlogged differences"])


def test_a_requirement_title_edited_by_sql_is_named_against_its_pack(path):
    rid, version, clause, title = one(
        path, "SELECT id, version_id, clause_id, title FROM requirement "
              "WHERE version_id LIKE 'rjc-cop@%' ORDER BY id LIMIT 1")
    attack(path, f"UPDATE requirement SET title = 'Anything goes' WHERE id = {rid}")
    problems = failed(path)
    assert (f'requirement row {rid} ({version} {clause}): title is "Anything goes", its pack '
            f'says "{title}"' in problems["requirements"])


def test_a_joint_item_title_edited_by_sql_shows_in_check_and_in_the_approval(path, world):
    _, template_id = world
    iid, title = one(path, f"SELECT id, title FROM joint_item WHERE template_id = {template_id}"
                           " ORDER BY position LIMIT 1")
    attack(path, f"UPDATE joint_item SET title = 'Nothing to see' WHERE id = {iid}")
    problems = failed(path)
    assert f'joint_item row {iid}: title is "Nothing to see"' in problems["unlogged differences"]
    with open_workspace(path, read_only=True) as ws, ws.session() as s:
        (rjc,) = [a for a in template_approvals(s, template_id) if a.scheme_id == "rjc-cop"]
    assert rjc.status == "invalidated" and rjc.reason == "changed since approval"
    assert any("Nothing to see" in c for c in rjc.changes)


def test_a_trusted_key_inserted_by_sql_is_named(path):
    attack(path, "INSERT INTO trusted_key (fingerprint, public_key, name, organisation, role,"
                 f" scheme_ids, added_at) VALUES ('{MALLORY.fingerprint}',"
                 f" '{MALLORY.identity.public_key}', 'Mallory', '', 'scheme_staff',"
                 " '[\"rjc-cop\"]', '2027-01-01 00:00:00')")
    kid = one(path, f"SELECT id FROM trusted_key WHERE fingerprint = '{MALLORY.fingerprint}'")[0]
    problems = failed(path)
    assert (f"trusted_key row {kid} ({MALLORY.fingerprint}) is not in the audit trail"
            in problems["unlogged differences"])


def test_a_stored_pack_edited_by_sql_no_longer_matches_its_hash(path):
    attack(path, "UPDATE scheme_version SET pack_json = replace(pack_json, 'Responsible',"
                 " 'Irresponsible') WHERE id LIKE 'rjc-cop@%'")
    version = one(path, "SELECT id FROM scheme_version WHERE id LIKE 'rjc-cop@%'")[0]
    problems = failed(path)
    assert f"scheme_version row {version}: the stored pack hashes to" in problems["stored packs"]


def test_an_approval_s_trail_anchor_is_signed(path):
    attack(path, "UPDATE template_approval SET trail_entries = trail_entries - 1")
    problems = failed(path)
    assert "trail anchor was altered" in problems["approvals"]


def test_a_sent_bundle_anchors_the_trail_even_when_the_anchor_file_is_gone(path, tmp_path,
                                                                           world, capsys):
    _, template_id = world
    bundle = tmp_path / "to-field.jabundle"
    assert main(["bundle", "export", str(path), str(bundle), "--template",
                 str(template_id)]) == 0
    last = one(path, "SELECT max(id) FROM audit_log_entry")[0]
    assert check_workspace(path, [bundle]).ok
    anchor_path(path).unlink()
    attack(path, "DELETE FROM audit_log_entry WHERE id = (SELECT max(id) FROM audit_log_entry)")
    capsys.readouterr()
    assert main(["check", str(path), "--anchor", str(bundle)]) == 1
    out = capsys.readouterr().out
    assert (f"FAIL audit trail anchors: the unsigned bundle {bundle.name} says the trail "
            f"reached entry {last}, but it ends at entry {last - 1}") in out


def test_save_as_carries_the_anchor_and_a_new_workspace_ignores_a_stale_one(path, tmp_path):
    from jointaudit.store.db import create_workspace
    from jointaudit.store.locking import save_as

    copy = save_as(path, tmp_path / "copy.jaworkspace")
    assert anchor_path(copy).read_bytes() == anchor_path(path).read_bytes()
    assert check_workspace(copy).ok
    stale = tmp_path / "fresh.jaworkspace"
    anchor_path(stale).write_bytes(anchor_path(path).read_bytes())  # left by a deleted one
    create_workspace(stale).close()
    assert check_workspace(stale).ok
