"""The session's PostgreSQL test server as a fixture other test folders can import
(tests/server/conftest.py uses it too)."""

from __future__ import annotations

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
