"""Desktop tests: real widgets offscreen, isolated settings, and two hard rules —
a Qt warning fails the test, and no worker thread may be left running after it."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QSettings,
    QThreadPool,
    QtMsgType,
    qInstallMessageHandler,
)

# Lines the offscreen platform prints for things it cannot do; they say nothing about us.
IGNORED = ("This plugin does not support",)

_captured: list[str] = []


def _handler(kind: QtMsgType, _context, message: str) -> None:
    if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) \
            and not message.startswith(IGNORED):
        _captured.append(f"{kind.name}: {message}")


@pytest.fixture(scope="session")
def qapp_args():
    return ["jointaudit-tests"]


@pytest.fixture(autouse=True)
def _qt_warnings_fail(qapp):
    # pytest-qt installs its own handler per test for qtlog; ours goes on top of it
    previous = qInstallMessageHandler(_handler)
    _captured.clear()
    yield
    qInstallMessageHandler(previous)
    if _captured:
        found = list(_captured)
        _captured.clear()
        pytest.fail("Qt warnings during the test:\n" + "\n".join(found))


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, qapp, monkeypatch):
    """QSettings and the app data folder point into the test's own temp folder."""
    QCoreApplication.setOrganizationName("jointaudit-tests")
    QCoreApplication.setApplicationName("jointaudit")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))
    yield


@pytest.fixture(autouse=True)
def _no_thread_left_running(qapp):
    yield
    from ui.i18n import install_language
    from ui.workers import all_worker_pools

    # a job that reported back may still be returning from run(): allow it a moment, no more
    running = [w for w in all_worker_pools()
               if not (w.workspace_pool.waitForDone(2000) and w.free_pool.waitForDone(2000))]
    for w in all_worker_pools():
        w.shutdown(10000)
    install_language("en")
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    assert not running, "a worker thread was still running after the test"


@pytest.fixture
def window(qtbot):
    """The main window, shown, with no workspace yet."""
    from ui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.workers.shutdown()
    if win.ctx.workspace is not None:
        win.ctx.workspace.close()
        win.ctx.workspace = None


def wait_jobs(qtbot, win, timeout=30000):
    """Wait until every background job of the window has reported back."""
    qtbot.waitUntil(lambda: not win.workers.busy, timeout=timeout)


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory):
    """The demo workspace, seeded once per session; tests work on copies."""
    from jointaudit.demo.seed import create_demo_workspace

    path = tmp_path_factory.mktemp("demo") / "demo.jaworkspace"
    create_demo_workspace(path).close()
    return path


@pytest.fixture
def demo_window(window, qtbot, demo_master):
    """The main window with (a fresh copy of) the demo workspace open, as on a first run."""
    import shutil

    target = window.demo_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_master, target)
    with qtbot.waitSignal(window.workspace_opened, timeout=60000):
        window.open_demo()
    wait_jobs(qtbot, window)
    return window
