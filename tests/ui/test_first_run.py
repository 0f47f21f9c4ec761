"""First run: with no workspace yet, the app creates the demo workspace in the user's data
folder (QStandardPaths AppDataLocation) and opens it; the Library shows its schemes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from tests.ui.conftest import wait_jobs
from ui.settings import Preferences


def test_first_run_opens_the_demo_workspace_in_the_data_folder(window, qtbot):
    with qtbot.waitSignal(window.workspace_opened, timeout=60000):
        window.start()
    data = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    assert window.ctx.workspace.path == data / "demo.jaworkspace"
    assert "demo.jaworkspace" in window.windowTitle()
    assert Preferences().first_run_done()
    library = window.show_view("library")
    wait_jobs(qtbot, window)
    versions = [v.id for v in library.versions.rows()]
    assert {"rjc-cop@2019", "irma@1.0", "fairmined@2.0"} <= set(versions)
    qtbot.waitUntil(lambda: library.tree_model.rowCount() > 0, timeout=10000)


def test_second_start_reopens_the_last_workspace_not_the_demo(window, qtbot, tmp_path):
    from jointaudit.store.db import create_workspace

    mine = tmp_path / "mine.jaworkspace"
    create_workspace(mine).close()
    Preferences().add_recent(mine)
    with qtbot.waitSignal(window.workspace_opened, timeout=20000):
        window.start()
    assert window.ctx.workspace.path.resolve() == mine.resolve()


def test_library_search_keeps_matching_clauses_with_their_parents(demo_window, qtbot):
    library = demo_window.show_view("library")
    row = next(i for i, v in enumerate(library.versions.rows()) if v.id == "irma@1.0")
    library.versions_view.selectRow(
        library.versions_view.model().mapFromSource(library.versions.index(row, 0)).row())
    wait_jobs(qtbot, demo_window)
    qtbot.waitUntil(lambda: library.tree_model.rowCount() > 0, timeout=10000)
    total = library.tree_proxy.rowCount()
    qtbot.keyClicks(library.search, "mercury")
    proxy = library.tree_proxy
    # the top-level chapter stays, holding the matching clause beneath it
    assert 0 < proxy.rowCount() < total
    chapter = proxy.index(0, 0)
    titles = [proxy.index(r, 1, chapter).data() for r in range(proxy.rowCount(chapter))]
    assert any("Mercury" in t for t in titles)
    library.search.clear()
    assert proxy.rowCount() == total


def test_importing_a_broken_pack_lists_every_problem_and_imports_nothing(demo_window, qtbot):
    from tests.conftest import TEST_DATA

    library = demo_window.show_view("library")
    before = library.versions.rowCount()
    broken = sorted((TEST_DATA / "broken_packs").glob("*.yaml"))[0]
    library.import_pack(broken)
    wait_jobs(qtbot, demo_window)
    assert library.import_status.text().startswith("Nothing was imported")
    assert library.pack_problems.isVisibleTo(library)
    model = library.pack_problems.source
    assert model.rowCount() >= 1
    assert model.index(0, 0).data().endswith(broken.name)
    assert library.versions.rowCount() == before
