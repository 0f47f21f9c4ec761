"""The main window shell: navigation, the workspace file in the title, New / Open / Save As,
recent workspaces and window geometry remembered in QSettings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from tests.ui.conftest import wait_jobs
from ui.settings import Preferences


def test_navigation_lists_the_users_jobs(window):
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["Plan", "Checklist", "Approvals", "Reports", "Library", "Site"]
    window.nav.setCurrentRow(3)
    assert window.current_view() is window.views["reports"]


def test_new_workspace_shows_its_file_in_the_title_and_is_remembered(window, qtbot, tmp_path):
    path = tmp_path / "site-audits.jaworkspace"
    with qtbot.waitSignal(window.workspace_opened, timeout=20000):
        window.open_workspace(path, create=True)
    assert path.exists()
    assert str(path) in window.windowTitle()
    assert Preferences().recent_workspaces()[0] == str(path.resolve())


def test_save_as_copies_the_workspace_and_continues_in_the_copy(window, qtbot, tmp_path):
    with qtbot.waitSignal(window.workspace_opened, timeout=20000):
        window.open_workspace(tmp_path / "a.jaworkspace", create=True)
    target = tmp_path / "b.jaworkspace"
    window.save_workspace_as(target)
    wait_jobs(qtbot, window)
    assert window.ctx.workspace.path == target
    assert "b.jaworkspace" in window.windowTitle()
    from jointaudit.store.db import current_revision, head_revision

    assert current_revision(window.ctx.workspace.engine) == head_revision()


def test_save_as_onto_the_open_file_keeps_it_and_says_so(window, qtbot, tmp_path):
    path = tmp_path / "a.jaworkspace"
    with qtbot.waitSignal(window.workspace_opened, timeout=20000):
        window.open_workspace(path, create=True)
    with window.ctx.workspace.session() as s:
        from jointaudit.store.models import Site

        s.add(Site(name="Mina La Esperanza", country="CO"))
    window.save_workspace_as(path)
    wait_jobs(qtbot, window)
    dialog = window.ctx.last_error_dialog
    assert dialog is not None and "this is the workspace that is open" in dialog.text()
    dialog.close()
    assert window.ctx.workspace.path == path and path.exists()
    with window.ctx.workspace.session() as s:  # still open and writable: nothing hangs
        from sqlmodel import select

        from jointaudit.store.models import Site

        assert s.exec(select(Site.name)).all() == ["Mina La Esperanza"]
        s.add(Site(name="Cooperativa Oro Verde", country="CO"))


def test_opening_a_file_that_is_not_a_workspace_shows_the_message(window, qtbot, tmp_path):
    bogus = tmp_path / "notes.jaworkspace"
    bogus.write_text("these are not audit data")
    window.open_workspace(bogus)
    wait_jobs(qtbot, window)
    assert window.ctx.workspace is None
    dialog = window.ctx.last_error_dialog
    assert dialog is not None and "not an SQLite database" in dialog.text()
    dialog.close()


def test_geometry_is_saved_on_close_and_restored(qtbot, tmp_path):
    from ui.main_window import MainWindow

    first = MainWindow()
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), first.minimumSizeHint().height() + 7)
    wanted = first.height()
    assert wanted != 820  # differs from the default size, so restoring it is visible
    first.close()
    assert not QSettings().value("window/geometry").isEmpty()
    second = MainWindow()
    qtbot.addWidget(second)
    # the offscreen screen is narrow, so restoring clamps the width; the height must come back
    assert second.height() == wanted
    second.close()


def test_recent_menu_reopens_a_workspace(window, qtbot, tmp_path):
    from jointaudit.store.db import create_workspace

    path = tmp_path / "older.jaworkspace"
    create_workspace(path).close()
    Preferences().add_recent(path)
    window._fill_recent()
    action = next(a for a in window.recent_menu.actions() if a.text() == str(path.resolve()))
    with qtbot.waitSignal(window.workspace_opened, timeout=20000):
        action.trigger()
    assert Path(window.ctx.workspace.path).resolve() == path.resolve()


def test_a_workspace_open_in_another_window_opens_read_only_and_says_why(window, qtbot,
                                                                         tmp_path):
    from ui.main_window import MainWindow

    path = tmp_path / "shared.jaworkspace"
    with qtbot.waitSignal(window.workspace_opened, timeout=20000):
        window.open_workspace(path, create=True)
    assert not window.ctx.read_only
    other = MainWindow()
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.workspace_opened, timeout=20000):
        other.open_workspace(path)
    assert other.ctx.read_only
    assert "(read-only)" in other.windowTitle()
    assert "already open" in other.read_only_banner.text()
    other.close()


def test_the_window_names_workspace_files_as_the_core_does():
    from jointaudit.store import db
    from ui import main_window

    assert main_window.SUFFIX == db.SUFFIX
