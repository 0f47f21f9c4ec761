"""The rating keys are shown where the rating is: every shortcut the checklist table answers
is named, with the rating it gives, in the UI language."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ui.models.checklist import severity_label
from ui.views.checklist_view import RATING_KEYS


def test_every_rating_shortcut_of_the_table_is_named_beside_the_rating(window, qtbot):
    view = window.views["checklist"]
    text = view.rating_keys.text()
    shortcuts = [a.shortcut() for a in view.table.actions() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(RATING_KEYS)
    for key, sev in RATING_KEYS.items():
        name = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        assert QKeySequence(key) in shortcuts
        assert f"{name} {severity_label(sev)}" in text
    assert view.severity.toolTip() == text


def test_the_keys_are_named_in_french(window, qtbot):
    window.set_language("fr")
    qtbot.waitUntil(lambda: window.views["checklist"].rating_keys.text().startswith(
        "Touches dans la liste"))
    assert "1 conforme" in window.views["checklist"].rating_keys.text()
