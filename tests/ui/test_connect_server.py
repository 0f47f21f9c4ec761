"""File → Connect to server…: the app opens a workspace on a PostgreSQL server; the
password goes to the system keyring if asked, never into the settings or the recent list,
and the next connection from Open recent needs no typing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from tests.server.fixtures import pg_server  # noqa: F401 - the real test server
from tests.ui.conftest import wait_jobs

PASSWORD = "s3cret-Pa55"


class MemoryKeyring:
    """An in-memory keyring backend standing in for the desktop's."""

    priority = 1

    def __init__(self):
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    import keyring
    from keyring.backend import KeyringBackend

    backend_cls = type("MemoryBackend", (MemoryKeyring, KeyringBackend), {})
    backend = backend_cls()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def server_workspace(pg_server):  # noqa: F811
    import uuid

    from jointaudit.server.admin import init_server

    url = pg_server.create_database(f"ui_{uuid.uuid4().hex[:10]}")
    init_server(url).close()
    return url


def _answer_dialog(address: str, password: str) -> None:
    def fill():
        dialog = QApplication.activeModalWidget()
        dialog.address.setText(address)
        dialog.password.setText(password)
        assert dialog.remember.isEnabled() and dialog.remember.isChecked()
        dialog._accept()
    QTimer.singleShot(0, fill)


def test_connect_to_server_keeps_the_password_in_the_keyring_only(window, qtbot, memory_keyring,
                                                                  server_workspace, tmp_path):
    shown = server_workspace.replace("postgresql+psycopg://", "postgresql://")
    _answer_dialog(server_workspace, PASSWORD)
    with qtbot.waitSignal(window.workspace_opened, timeout=30000):
        window.act_connect.trigger()
    wait_jobs(qtbot, window)
    ws = window.ctx.workspace
    assert ws.is_server and str(ws.path) == shown
    assert shown in window.windowTitle() and PASSWORD not in window.windowTitle()
    assert not window.act_save_as.isEnabled()  # a server is copied with pg_dump
    assert memory_keyring.items == {("jointaudit", shown): PASSWORD}
    assert window.prefs.recent_workspaces()[0] == shown

    QSettings().sync()
    for f in (tmp_path / "settings").rglob("*"):
        if f.is_file():
            assert PASSWORD not in f.read_text(encoding="utf-8", errors="replace")

    # reconnecting from Open recent takes the password from the keyring: no dialog
    with qtbot.waitSignal(window.workspace_opened, timeout=30000):
        window.connect_server(shown)
    wait_jobs(qtbot, window)
    assert window.ctx.workspace.is_server
