"""Records (sites, certificates, audit records, certification bodies, auditors) are in the
audit trail: every change is logged with who made it, so a refused save can name them, and
`jointaudit check` compares the records with the trail. A workspace from before records
were logged is not tampered: upgrading it writes each record it holds to the trail once (a
"baseline" entry), and from then on a record edited behind the application's back shows."""

from __future__ import annotations

import json
import shutil
import sqlite3

from jointaudit.services import records
from jointaudit.services.trust import check_workspace
from jointaudit.store import audit_trail
from jointaudit.store.audit_trail import acting_as
from jointaudit.store.db import create_workspace, make_engine, migrate, open_workspace
from tests.conftest import TEST_DATA

FIXTURE = TEST_DATA / "workspaces" / "rev0001.jaworkspace"


def sql(path, *statements):
    con = sqlite3.connect(path)
    try:
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def trail(path, entity):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT entity_uid, action, actor, payload FROM audit_log_entry "
                           "WHERE entity = ? ORDER BY id", (entity,)).fetchall()
    finally:
        con.close()


def unlogged(path) -> tuple[bool, str]:
    report = check_workspace(path)
    (item,) = [i for i in report.items if i.name == "unlogged differences"]
    return item.ok, item.detail


def older_workspace(path):
    """A workspace written by the release before records were logged (schema 0010): its
    site, body and auditor rows are in the tables and not in the trail."""
    engine = make_engine(path)
    migrate(engine, to="0010")
    engine.dispose()
    sql(path,
        "INSERT INTO certification_body (id, version, name, country, notes) "
        "VALUES (1, 1, 'Andes Certificadora SAS', 'CO', '')",
        "INSERT INTO auditor (id, version, name, cb_id, languages, email) "
        "VALUES (1, 1, 'Lucía Restrepo', 1, '[\"es\"]', '')",
        *(f"INSERT INTO site (id, version, name, country, region, commodity, site_type, scale,"
          f" size, languages, applicability_tags, notes) VALUES ({i}, 1, 'Mine {i}', 'CO', '',"
          f" 'gold', 'mine', 'asm', 'small', '[\"es\"]', '[]', '')" for i in (1, 2)))
    assert trail(path, "site") == []


def test_a_record_saved_in_the_app_is_logged_with_who_saved_it(tmp_path):
    path = tmp_path / "new.jaworkspace"
    with create_workspace(path) as ws, acting_as("Ama Owusu"):
        site = records.create_record(ws, "sites", {"name": "Obuasi", "country": "GH"})
        records.update_record(ws, "sites", site.id, {"region": "Ashanti"},
                              base_version=site.version)
        cb = records.create_record(ws, "cbs", {"name": "Ghana Cert Ltd", "country": "GH"})
        records.delete_record(ws, "cbs", cb.id)
    entries = trail(path, "site")
    assert [(uid, action) for uid, action, _, _ in entries] == [(str(site.id), "create"),
                                                                 (str(site.id), "update")]
    assert all(actor == "Ama Owusu" for _, _, actor, _ in entries)
    assert json.loads(entries[1][3])["changed"]["region"] == ["", "Ashanti"]
    assert [action for _, action, _, _ in trail(path, "certification_body")] == [
        "create", "delete"]
    assert unlogged(path)[0]


def test_an_older_workspace_is_sound_after_the_upgrade_and_its_records_are_baselined(
        tmp_path):
    path = tmp_path / "older.jaworkspace"
    older_workspace(path)
    open_workspace(path).close()  # the upgrade writes the baseline
    sites = trail(path, "site")
    assert [(uid, action) for uid, action, _, _ in sites] == [("1", "baseline"),
                                                              ("2", "baseline")]
    assert sites[0][2] == audit_trail.BASELINE_ACTOR
    assert json.loads(sites[0][3])["languages"] == ["es"]  # as the record holds it
    assert [a for _, a, _, _ in trail(path, "auditor")] == ["baseline"]
    ok, detail = unlogged(path)
    assert ok, detail
    assert check_workspace(path).ok
    open_workspace(path).close()  # opening again writes no second baseline
    assert len(trail(path, "site")) == 2


def test_an_older_record_edited_behind_the_app_s_back_after_the_upgrade_shows_in_check(
        tmp_path):
    path = tmp_path / "older.jaworkspace"
    older_workspace(path)
    open_workspace(path).close()
    sql(path, "UPDATE site SET country = 'PE' WHERE id = 2",
        "DELETE FROM auditor WHERE id = 1",
        "INSERT INTO site (id, version, name, country, region, commodity, site_type, scale, "
        "size, languages, applicability_tags, notes) VALUES (9, 1, 'Ghost', 'CO', '', 'gold', "
        "'mine', '', 'small', '[]', '[]', '')")
    ok, detail = unlogged(path)
    assert not ok
    assert 'site row 2: country is "PE", the trail last recorded "CO"' in detail
    assert "auditor row 1 (1) was deleted without an entry in the audit trail" in detail
    assert "site row 9 is not in the audit trail" in detail
    assert "site row 1" not in detail  # the one left alone


def test_a_record_edited_in_the_app_then_by_sql_shows_the_sql_edit(tmp_path):
    path = tmp_path / "older.jaworkspace"
    older_workspace(path)
    with open_workspace(path) as ws, acting_as("Kofi Mensah"):
        records.update_record(ws, "sites", 1, {"notes": "Road closed in August"})
    assert unlogged(path)[0]
    sql(path, "UPDATE site SET notes = 'Road open' WHERE id = 1")
    ok, detail = unlogged(path)
    assert not ok and 'site row 1: notes is "Road open"' in detail


def test_the_revision_0001_fixture_upgrades_with_its_records_baselined(
        tmp_path):
    path = tmp_path / "rev0001.jaworkspace"
    shutil.copyfile(FIXTURE, path)
    open_workspace(path).close()
    for entity in audit_trail.RECORD_ENTITIES:
        assert [a for _, a, _, _ in trail(path, entity)] == ["baseline"], entity
    # (the fixture's fieldwork rows were written by plain SQL, without a trail, so they are
    # named; its records are not)
    _, detail = unlogged(path)
    assert not any(f"{table} row" in detail for table in (
        "site", "certificate", "audit_record", "certification_body", "auditor")), detail
    sql(path, "UPDATE certificate SET status = 'withdrawn' WHERE id = 1")
    ok, detail = unlogged(path)
    assert not ok and 'certificate row 1: status is "withdrawn"' in detail
