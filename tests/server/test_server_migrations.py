"""The same Alembic migrations build a workspace on PostgreSQL: from an empty database to
head with the models and the database agreeing, and from the previous revision with every
row kept. A server is never migrated on open: only `server upgrade` does it."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from sqlmodel import SQLModel

from jointaudit.cli import main
from jointaudit.common.errors import WorkspaceError
from jointaudit.store.db import (
    ServerAddress,
    _alembic_config,
    current_revision,
    head_revision,
    migrate,
    open_workspace,
)


def _previous_revision() -> str:
    script = ScriptDirectory.from_config(_alembic_config())
    return script.get_revision(head_revision()).down_revision


def test_server_init_builds_the_schema_the_models_describe(pg_url, capsys):
    assert main(["server", "init", pg_url]) == 0
    assert "created the workspace" in capsys.readouterr().out
    engine = create_engine(ServerAddress(pg_url).url)
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        # ja_member is the server's own (the roles' scopes, jointaudit.server.roles)
        assert [d for d in diff if not (d[0] == "remove_table" and d[1].name == "ja_member")
                ] == []
    finally:
        engine.dispose()
    with open_workspace(pg_url) as ws:
        assert ws.is_server and ws.backups == []


def test_init_refuses_a_database_that_already_holds_tables(pg_url, capsys):
    assert main(["server", "init", pg_url]) == 0
    capsys.readouterr()
    assert main(["server", "init", pg_url]) == 2
    assert "already holds tables" in capsys.readouterr().err


def test_previous_revision_upgrades_with_its_rows_kept_and_versioned(pg_url, capsys):
    previous = _previous_revision()
    engine = create_engine(ServerAddress(pg_url).url)
    try:
        migrate(engine, to=previous)
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO site (name, country, region, commodity, site_type,"
                              " scale, size, languages, applicability_tags, notes) VALUES "
                              "('Old Mine', 'GH', '', 'gold', 'mine', '', 'large', '[]', "
                              "'[]', 'kept')"))
    finally:
        engine.dispose()

    with pytest.raises(WorkspaceError, match="server upgrade"):
        open_workspace(pg_url)  # not on open: users have no right to change the schema

    assert main(["server", "upgrade", pg_url]) == 0, capsys.readouterr().err
    with open_workspace(pg_url) as ws, ws.session() as s:
        assert current_revision(ws.engine) == head_revision()
        row = s.execute(text("SELECT name, notes, version FROM site")).one()
        assert tuple(row) == ("Old Mine", "kept", 1)


def test_an_unreachable_server_is_a_message_not_a_traceback(pg_server, capsys):
    url = f"postgresql://nobody:secret@127.0.0.1:{pg_server.port}/no_such_db"
    assert main(["findings", url, "--visit", "1"]) == 2
    err = capsys.readouterr().err
    assert "no_such_db" in err and "Traceback" not in err
    assert "secret" not in err  # the password is never shown


def test_the_databases_owner_with_createrole_sets_it_up_as_docs_server_md_says(pg_server,
                                                                               capsys):
    if not pg_server.sql("SELECT 1 FROM pg_roles WHERE rolname = 'ja_owner'"):
        pg_server.sql("CREATE ROLE ja_owner LOGIN CREATEROLE")  # not a superuser
    pg_server.sql('CREATE DATABASE "owned" OWNER ja_owner')
    url = pg_server.url("owned", user="ja_owner")
    code = main(["server", "init", url])
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["server", "grant", url, "lena", "--role", "admin"]) == 0
    assert "lena: admin" in capsys.readouterr().out
    assert main(["findings", pg_server.url("owned", user="lena"), "--visit", "1"]) == 2
    assert "no visit '1'" in capsys.readouterr().err  # lena may read: there is no visit yet
