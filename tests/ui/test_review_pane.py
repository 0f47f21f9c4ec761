"""Scheme staff review a merged template item by item in the Approvals view: each item shows
its clauses per scheme, the links that merged them and whether it changed since the scheme
decided; a comment typed on an item survives walking away and back and is saved; a request
for changes without any comment is refused; with one it is signed and the status says so;
approving turns it approved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jointaudit.services import trust
from jointaudit.trust.keys import PUBLIC_KEY_FILE, create_identity
from tests.ui.conftest import wait_jobs
from tests.ui.flows import merge

PASSPHRASE = "correct horse"


@pytest.fixture
def review(demo_window, qtbot, tmp_path):
    window = demo_window
    merge(window, qtbot)
    profile = tmp_path / "irma-staff"
    create_identity(profile, name="Ana Scheme-Staff", organisation="IRMA",
                    role="scheme_staff", scheme_ids=("irma",), passphrase=PASSPHRASE)
    view = window.show_view("approvals")
    view.profile_dir = profile
    view.run(lambda ws, job: trust.trust_key_file(ws, profile / PUBLIC_KEY_FILE, ["irma"]),
             lambda _k: view.reload())
    wait_jobs(qtbot, window)
    view.tabs.setCurrentWidget(view.review)
    pane = view.review
    assert pane.scheme.currentData() == "irma"  # your key's scheme is picked
    qtbot.waitUntil(lambda: pane.sheet is not None and pane.sheet.scheme_id == "irma")
    return window, view, pane, profile


def _statuses(window):
    ws = window.ctx.workspace
    template_id = trust.find_template(ws, window.views["approvals"].template.currentData())
    return {a.scheme_id: a for a in trust.template_status(ws, template_id)}


def test_walk_the_items_with_their_clauses_links_and_keys(review, qtbot):
    window, view, pane, _profile = review
    count = len(pane.sheet.items)
    assert count > 3 and pane.items.count() == count
    assert pane.position.text() == f"Item 1 of {count}"
    assert not pane.prev_button.isEnabled() and pane.next_button.isEnabled()
    shared = next(n for n, it in enumerate(pane.sheet.items)
                  if {c.scheme_id for c in it.clauses} == {"irma", "rjc-cop"} and it.links)
    pane.go_to(shared)
    text = pane.detail.toPlainText()
    it = pane.sheet.items[shared]
    for c in it.clauses:
        assert f"{c.version_id} {c.clause_id}" in text
    assert it.links[0].split(" — ")[0] in text
    assert text.index("irma") < text.index("rjc-cop")  # the scheme under review first
    qtbot.keyClick(pane.detail, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert pane.index == shared + 1
    qtbot.keyClick(pane.detail, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert pane.index == shared
    assert "never decided" in pane.status_label.text()
    assert pane.trust_label.isHidden()  # the key is trusted for IRMA


def test_a_comment_survives_moving_away_and_back_and_is_saved(review, qtbot):
    window, view, pane, _profile = review
    pane.go_to(1)
    qtbot.keyClicks(pane.comment, "Which national law?")
    assert pane.saved_label.text() == "Not saved yet…"
    pane.next()  # leaving the item saves what was typed
    assert pane.comment.toPlainText() == ""
    qtbot.keyClicks(pane.comment, "ok")
    pane.previous()
    assert pane.comment.toPlainText() == "Which national law?"
    assert "✎" in pane.items.item(1).text()
    wait_jobs(qtbot, window)
    sheet = trust.review_sheet(window.ctx.workspace, pane.sheet.template_id, "irma",
                               pane.author())
    assert sheet.items[1].comment == "Which national law?"
    assert sheet.items[2].comment == "ok"
    assert pane.author().startswith("Ana Scheme-Staff [")


def test_request_changes_without_a_comment_is_refused(review, qtbot):
    window, view, pane, profile = review
    assert pane.request_with(PASSPHRASE, profile) is False
    box = pane.question_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "comment" in box.text()
    box.close()
    wait_jobs(qtbot, window)
    assert _statuses(window)["irma"].status != "changes requested"


def test_request_changes_then_approve(review, qtbot):
    window, view, pane, profile = review
    pane.go_to(0)
    qtbot.keyClicks(pane.comment, "Split this item")
    qtbot.keyClicks(pane.note, "Two items mix OHS and community health")
    assert pane.request_with(PASSPHRASE, profile) is True
    wait_jobs(qtbot, window)
    status = _statuses(window)["irma"]
    assert status.status == "changes requested"
    assert status.review_note == "Two items mix OHS and community health"
    assert [(c[0], c[2]) for c in status.review_comments] == [
        (pane.sheet.items[0].key, "Split this item")]
    qtbot.waitUntil(lambda: pane.sheet.status.status == "changes requested")
    assert "changes requested" in pane.status_label.text()
    assert "request for changes" in pane.status_label.text()
    rows = {a.scheme_id: a for a in view.status.rows()}
    assert rows["irma"].status == "changes requested"

    pane.approve_with(PASSPHRASE, profile)
    wait_jobs(qtbot, window)
    assert _statuses(window)["irma"].status == "approved"
    qtbot.waitUntil(lambda: pane.sheet.status.status == "approved")
    assert "since the approval of" in pane.status_label.text()
    assert all(it.changes == () for it in pane.sheet.items)


def test_reviewing_for_a_scheme_the_key_is_not_trusted_for_warns(review, qtbot):
    window, view, pane, _profile = review
    pane.scheme.setCurrentIndex(pane.scheme.findData("rjc-cop"))
    qtbot.waitUntil(lambda: pane.sheet.scheme_id == "rjc-cop")
    assert not pane.trust_label.isHidden()
    assert "trusted for irma only, not for rjc-cop" in pane.trust_label.text()
    pane.go_to(0)
    qtbot.keyClicks(pane.comment, "RJC side")
    pane.approve()  # signing for a scheme the key is not trusted for asks first
    box = view.warning_box
    assert box.isVisible() and "not for rjc-cop" in box.text()
    box.close()


def test_a_language_switch_keeps_the_item_and_what_was_typed(review, qtbot):
    window, view, pane, _profile = review
    pane.go_to(2)
    key = pane.current_item().key
    qtbot.keyClicks(pane.comment, "typed just before switching")
    window.set_language("fr")
    qtbot.waitUntil(lambda: window.views["approvals"] is not view)
    wait_jobs(qtbot, window)
    new = window.views["approvals"].review
    qtbot.waitUntil(lambda: new.sheet is not None and new.current_item() is not None
                    and new.current_item().key == key)
    assert new.sheet.scheme_id == "irma"
    assert new.comment.toPlainText() == "typed just before switching"
    window.set_language("en")


def test_in_french_items_and_clauses_read_in_french_under_the_schemes_names(review, qtbot):
    from jointaudit.reports.titles import shipped_titles

    window, view, pane, _profile = review
    english = {it.key: it for it in pane.sheet.items}
    window.set_language("fr")
    try:
        qtbot.waitUntil(lambda: window.views["approvals"] is not view)
        wait_jobs(qtbot, window)
        new = window.views["approvals"].review
        qtbot.waitUntil(lambda: new.sheet is not None)
        n, it = next((n, it) for n, it in enumerate(new.sheet.items)
                     if {c.scheme_id for c in it.clauses} == {"irma", "rjc-cop"})
        new.go_to(n)
        text = new.detail.toPlainText()
        for c in it.clauses:
            french = shipped_titles().requirement(c.version_id, c.clause_id)["fr"]
            assert c.title == french and french in text
        assert it.title != english[it.key].title
        assert new.items.item(n).text().startswith(f"{n + 1}. {it.title[:8]}")
        assert new.scheme.itemText(new.scheme.currentIndex()) in text  # a name, not "irma"
    finally:
        window.set_language("en")
        wait_jobs(qtbot, window)
