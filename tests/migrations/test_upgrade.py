"""Workspaces written by earlier releases open in this one: backed up first, upgraded to
head, every row intact. And the models never drift from the migrations."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel, select

from jointaudit.store.db import _alembic_config, current_revision, head_revision, open_workspace
from jointaudit.store.models import (
    Auditor,
    AuditRecord,
    CBApproval,
    Certificate,
    Evidence,
    Requirement,
    SchemeVersion,
    Site,
    TemplateApproval,
    Visit,
)
from tests.conftest import TEST_DATA

FIXTURE = TEST_DATA / "workspaces" / "rev0001.jaworkspace"


def _revision_of(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _counts(path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        return {n: conn.execute(f'SELECT COUNT(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def test_revision_0001_fixture_upgrades_to_head_with_data_intact(tmp_path):
    path = tmp_path / "old.jaworkspace"
    shutil.copyfile(FIXTURE, path)
    assert _revision_of(path) == "0001"
    before = _counts(path)
    with open_workspace(path) as ws:
        assert current_revision(ws.engine) == head_revision()
        (backup,) = ws.backups
        assert backup.exists() and "before-migration-0001" in backup.name
        assert _revision_of(backup) == "0001" and _counts(backup) == before
        with ws.session() as s:
            version = s.get(SchemeVersion, "example-mining@1.0")
            assert version.pack_sha256 == hashlib.sha256(version.pack_json.encode()).hexdigest()
            req = s.exec(select(Requirement).where(Requirement.clause_id == "1.1")).one()
            assert (req.parent_clause_id, req.topics, req.critical, req.text_source) == (
                "1", ["labour"], True, "texts.csv")
            site = s.exec(select(Site)).one()
            assert (site.name, site.languages, site.max_visit_days) == (
                "Cooperativa Minera La Esperanza", ["es"], 3)
            approval = s.exec(select(CBApproval)).one()
            assert (approval.regions, approval.valid_to) == (["CO"], date(2027, 6, 30))
            assert s.exec(select(Auditor)).one().name == "Lucía Restrepo"
            cert = s.exec(select(Certificate)).one()
            assert (cert.expires_on, cert.facility_ids) == (date(2027, 3, 31), [1])
            record = s.exec(select(AuditRecord)).one()
            assert record.mid_term_required is True and record.decision == "certified"
            evidence = s.exec(select(Evidence)).one()
            assert hashlib.sha256(evidence.data).hexdigest() == evidence.sha256
            assert evidence.added_at.year == 2026
            assert s.exec(select(Visit)).one().person_days == 4.5
            approval_row = s.exec(select(TemplateApproval)).one()
            assert approval_row.signature == "c2ln"
    after = _counts(path)
    # every row kept; the trail gains one baseline entry per record (migration 0011)
    records = sum(before[t] for t in ("site", "certificate", "audit_record",
                                      "certification_body", "auditor"))
    assert after["audit_log_entry"] == before["audit_log_entry"] + records
    assert {t: n for t, n in after.items() if t in before and t != "audit_log_entry"} == {
        t: n for t, n in before.items() if t != "audit_log_entry"}


def test_opening_again_does_not_back_up_again(tmp_path):
    path = tmp_path / "old.jaworkspace"
    shutil.copyfile(FIXTURE, path)
    open_workspace(path).close()
    with open_workspace(path) as ws:
        assert ws.backups == []


def test_there_is_exactly_one_head_and_it_matches_the_models(workspace):
    heads = ScriptDirectory.from_config(_alembic_config()).get_heads()
    assert len(heads) == 1, f"several migration heads: {heads}; renumber yours onto main's"
    with workspace.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, SQLModel.metadata)
    assert diff == [], ("models changed without a migration (add one in "
                        f"jointaudit/store/migrations/versions): {diff}")


def test_the_drift_check_sees_a_missing_migration(tmp_path):
    """A database one migration behind differs from the models: the check above can fail."""
    from jointaudit.store.db import make_engine, migrate

    engine = make_engine(tmp_path / "behind.jaworkspace")
    migrate(engine, to="0001")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, SQLModel.metadata)
    engine.dispose()
    assert any(op[0] == "add_column" and op[3].name == "content_json" for op in diff)
