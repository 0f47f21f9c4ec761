"""Help: the three user guides ship with the app (resources/guides) and open from the Help
menu as formatted Markdown, with their pictures and links; the getting-started page says what
each kind of user does first, opens on the very first run and on F1, and speaks the UI's
language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextDocument

from jointaudit.common.resources import resource_path
from tests.ui.test_language import menu_titles
from ui.help import GUIDES


def help_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")


def first_heading(path) -> str:
    line = next(x for x in path.read_text(encoding="utf-8").splitlines() if x.startswith("# "))
    return line[2:].strip()


def test_the_help_menu_lists_getting_started_and_one_guide_per_user(window):
    texts = [a.text() for a in help_menu(window).actions() if not a.isSeparator()]
    assert texts == ["&Getting started", "Guide for &auditors", "Guide for &mine sites",
                     "Guide for &scheme staff", "&About jointaudit"]
    assert window.act_getting_started.shortcut() == QKeySequence(
        QKeySequence.StandardKey.HelpContents)


@pytest.mark.parametrize("who,name", GUIDES)
def test_each_guide_opens_formatted_from_the_shipped_resources(window, qtbot, who, name):
    path = resource_path("guides", name)
    assert path.is_file()
    window.guide_actions[who].trigger()
    guide = window._help[who]
    qtbot.waitExposed(guide)
    text = guide.text()
    heading = first_heading(path)
    # shown as Markdown: the heading is the first line, without its '#', and the window's title
    assert text.splitlines()[0] == heading
    assert "](" not in text and not text.startswith("#")
    assert heading in guide.windowTitle()
    assert QUrl.fromLocalFile(str(path)) == guide.browser.source()


def test_a_guide_shows_its_pictures_and_follows_its_links_back_and_forth(window, qtbot):
    guide = window.show_guide("auditor")
    doc = guide.browser.document()
    pictures = [f for f in _image_names(doc)]
    assert "../../docs/screenshots/plan.png" in pictures
    image = doc.resource(QTextDocument.ResourceType.ImageResource,
                         QUrl("../../docs/screenshots/plan.png"))
    assert image is not None and not image.isNull()

    guide.browser.setSource(QUrl("guide-scheme-staff.md"))  # as a click on the link does
    assert guide.text().splitlines()[0] == first_heading(
        resource_path("guides", "guide-scheme-staff.md"))
    assert guide.back_button.isEnabled()
    guide.back_button.click()
    assert guide.text().splitlines()[0] == first_heading(
        resource_path("guides", "guide-auditor.md"))


def _image_names(doc):
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                yield fmt.toImageFormat().name()
            it += 1
        block = block.next()


def test_getting_started_says_what_each_user_does_first_and_opens_their_guide(window, qtbot):
    page = window.show_getting_started()
    qtbot.waitExposed(page)
    assert set(page.sections) == {"auditor", "site", "scheme-staff"}
    assert "Plan" in page.sections["auditor"].text()
    assert "Site" in page.sections["site"].text()
    assert "Trusted keys" in page.sections["scheme-staff"].text()
    page.findChild(type(page.demo_button), "guideButton-site").click()
    guide = window._help["site"]
    assert guide.isVisible()
    assert guide.text().splitlines()[0] == first_heading(resource_path("guides", "guide-site.md"))


def test_the_very_first_run_shows_getting_started_with_the_demo(window, qtbot):
    with qtbot.waitSignal(window.workspace_opened, timeout=60000):
        window.start()
    page = window._help["start"]
    assert page.isVisible()


def test_a_second_run_does_not_show_it_again(window, qtbot, tmp_path):
    from jointaudit.store.db import create_workspace
    from ui.settings import Preferences

    mine = tmp_path / "mine.jaworkspace"
    create_workspace(mine).close()
    Preferences().add_recent(mine)
    with qtbot.waitSignal(window.workspace_opened, timeout=20000):
        window.start()
    assert "start" not in window._help


@pytest.mark.parametrize("language,heading", [("es", "Auditores"), ("fr", "Auditeurs")])
def test_getting_started_speaks_the_ui_language(window, qtbot, language, heading):
    window.show_getting_started()
    window.set_language(language)
    qtbot.waitUntil(lambda: menu_titles(window)[0] != "&File")
    assert "start" not in window._help  # closed with the old language's texts
    page = window.show_getting_started()
    assert f"<h3>{heading}</h3>" in page.sections["auditor"].text()
    assert page.windowTitle() != "Getting started with jointaudit"
    guide = window.show_guide("site")
    assert guide.language_note.text()  # says the guides are in English
