"""File → Open offers both kinds of workspace in one dialog: a .jaworkspace file, or
"Connect to server…" (the server login, password in the keyring); the Open recent list
keeps working for both, and the dialog's "Look in" history holds the recent files' folders."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFileDialog

from jointaudit.store.db import create_workspace
from tests.server.fixtures import pg_server  # noqa: F401 - the real test server
from tests.ui.conftest import wait_jobs
from tests.ui.test_connect_server import (  # noqa: F401 - fixtures
    PASSWORD,
    _answer_dialog,
    memory_keyring,
    server_workspace,
)


def _open_dialog(window, qtbot):
    window.act_open.trigger()
    dialog = window.open_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def test_open_picks_a_workspace_file(window, qtbot, tmp_path):
    path = tmp_path / "audits.jaworkspace"
    create_workspace(path).close()
    dialog = _open_dialog(window, qtbot)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile
    assert any(".jaworkspace" in f for f in dialog.nameFilters())
    assert dialog.server_button.isVisible() and dialog.server_button.isEnabled()
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile(str(path))
    with qtbot.waitSignal(window.workspace_opened, timeout=30000):
        dialog.accept()
    wait_jobs(qtbot, window)
    assert window.ctx.workspace.path == path
    assert window.prefs.recent_workspaces()[0] == str(path)

    # the next Open dialog remembers the folder; Open recent still opens the file
    again = _open_dialog(window, qtbot)
    assert str(tmp_path) in again.history()
    again.reject()
    with qtbot.waitSignal(window.workspace_opened, timeout=30000):
        window.open_workspace(tmp_path / "other.jaworkspace", create=True)
    wait_jobs(qtbot, window)
    window._fill_recent()
    action = next(a for a in window.recent_menu.actions() if a.text() == str(path))
    with qtbot.waitSignal(window.workspace_opened, timeout=30000):
        action.trigger()
    wait_jobs(qtbot, window)
    assert window.ctx.workspace.path == path


def test_connect_to_server_from_the_open_dialog(window, qtbot, memory_keyring,  # noqa: F811
                                                server_workspace):  # noqa: F811
    shown = server_workspace.replace("postgresql+psycopg://", "postgresql://")
    dialog = _open_dialog(window, qtbot)
    _answer_dialog(server_workspace, PASSWORD)  # the server login that the button opens
    with qtbot.waitSignal(window.workspace_opened, timeout=30000):
        dialog.server_button.click()
    wait_jobs(qtbot, window)
    assert not dialog.isVisible()  # the file dialog gave way to the server login
    ws = window.ctx.workspace
    assert ws.is_server and str(ws.path) == shown
    assert window.prefs.recent_workspaces()[0] == shown
    assert memory_keyring.items == {("jointaudit", shown): PASSWORD}
    box = QApplication.activeModalWidget()
    assert box is None, box.text()


def test_the_server_login_from_open_suggests_the_last_server(window, qtbot, monkeypatch):
    from ui import server_login

    last = "postgresql://ama@audits.example.org:5432/meridian"
    window.prefs.add_recent(last)
    seen = {}

    def fake_exec(self):
        seen["address"] = self.address.text()
        return 0  # cancelled: nothing opens

    monkeypatch.setattr(server_login.ConnectDialog, "exec", fake_exec)
    dialog = _open_dialog(window, qtbot)
    dialog.server_button.click()
    assert seen["address"] == last
    assert window.ctx.workspace is None
