"""A 1280×720 laptop screen holds the whole app in every language: the main window, every
view and tab, every dialog — and at that size the buttons a user needs are on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QTabWidget, QWidget

from tests.ui.conftest import wait_jobs
from tests.ui.flows import merge

SCREEN_W, SCREEN_H = 1280, 720
# what a desktop takes from 720 px before the window's own client area: title bar and panel
WINDOW_H = SCREEN_H - 60


def switch_language(window, qtbot, language: str) -> None:
    before = window.views["plan"]
    window.set_language(language)
    qtbot.waitUntil(lambda: window.views["plan"] is not before)  # the views were rebuilt


def minimum(widget: QWidget):
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return hint.width(), hint.height()


def every_page(window) -> list[tuple[str, QWidget]]:
    pages = []
    for key, view in window.views.items():
        pages.append((key, view))
        for tabs in view.findChildren(QTabWidget):
            pages.extend((f"{key} → {tabs.tabText(i)}", tabs.widget(i))
                         for i in range(tabs.count()))
    return pages


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_main_window_and_every_view_fit_a_laptop(window, qtbot, language):
    switch_language(window, qtbot, language)
    width, height = minimum(window)
    assert width <= SCREEN_W and height <= WINDOW_H, (language, width, height)
    room = SCREEN_W - minimum(window.nav)[0]
    for name, page in every_page(window):
        w, h = minimum(page)
        assert w <= room and h <= WINDOW_H, f"{language}: {name} needs {w}×{h}"


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_every_dialog_fits_a_laptop(window, qtbot, language):
    from jointaudit.common.errors import JointAuditError, Problem
    from jointaudit.services import records
    from ui.help import GettingStarted, GuideWindow
    from ui.problems import ProblemsDialog
    from ui.views.record_form import RecordForm

    switch_language(window, qtbot, language)
    dialogs = [(key, RecordForm(kind, {}, parent=window)) for key, kind in records.KINDS.items()]
    problems = [Problem("records.country", "country 'Ghana' is not an ISO code",
                        file="sites.csv", line=n) for n in range(2, 40)]
    dialogs.append(("problems", ProblemsDialog("Import", JointAuditError("refused").message,
                                               problems, window)))
    dialogs.append(("getting started", GettingStarted(window)))
    from ui.views.key_dialogs import NewKeyDialog

    dialogs.append(("new key", NewKeyDialog([("fairmined", "Fairmined Standard")], window)))
    dialogs += [(f"guide {who}", GuideWindow(who, window)) for who in ("auditor", "site")]
    for name, dlg in dialogs:
        w, h = minimum(dlg)
        assert w <= SCREEN_W and h <= WINDOW_H, f"{language}: dialog {name} needs {w}×{h}"
        dlg.deleteLater()


def on_screen(window, widget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_merge_use_and_sign_are_on_screen_at_1280x720(demo_window, qtbot, language):
    window = demo_window
    switch_language(window, qtbot, language)
    wait_jobs(qtbot, window)
    window.resize(SCREEN_W, WINDOW_H)
    view = merge(window, qtbot, name="Nkwanta laptop check")
    assert on_screen(window, view.merge_button)
    assert on_screen(window, view.use_button)
    approvals = window.show_view("approvals")
    wait_jobs(qtbot, window)
    assert on_screen(window, approvals.sign_button)
