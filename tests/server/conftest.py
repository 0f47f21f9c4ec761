"""A real PostgreSQL server for the server-workspace tests, started once per session from
the machine's binaries (tests/server/_pg.py). Without them the tests skip, saying why — in
CI (JOINTAUDIT_NO_SKIPS=1) that skip is a failure, and `.ci/run` installs postgresql-15."""

from __future__ import annotations

import uuid

import pytest

from tests.server._pg import start_server


@pytest.fixture(scope="session")
def pg_server():
    try:
        server = start_server()
    except RuntimeError as exc:
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server):
    """The address of a new, empty database on the test server."""
    return pg_server.create_database(f"t_{uuid.uuid4().hex[:12]}")


@pytest.fixture(scope="session")
def demo_template(pg_server):
    """A database holding the demo workspace, with roles and policies (`server init`), to
    copy per test (CREATE DATABASE … TEMPLATE is a file copy on the server: fast)."""
    from jointaudit.demo.seed import seed_demo
    from jointaudit.server.admin import init_server

    url = pg_server.create_database("demo_template")
    with init_server(url) as ws:
        seed_demo(ws)
    return "demo_template"


@pytest.fixture
def demo_url(pg_server, demo_template):
    """A fresh copy of the demo workspace on the server."""
    return pg_server.create_database(f"d_{uuid.uuid4().hex[:12]}", template=demo_template)
