"""Two people on one workspace: the checklist remembers the revision of the item it showed
and every rating and observation save is based on it. When someone else saved the item
meanwhile the save is refused, and a dialog names who changed it, when and what, shows
theirs beside mine and offers keep mine / keep theirs / keep both — nothing typed vanishes.
The second writer is a second Workspace handle on the same file."""

from __future__ import annotations

import re

from PySide6.QtGui import QGuiApplication
from sqlmodel import select

from jointaudit.common.severity import Severity
from jointaudit.services import checklist as cl
from jointaudit.store.audit_trail import acting_as
from jointaudit.store.db import open_workspace
from jointaudit.store.models import AuditLogEntry, Finding
from tests.ui.conftest import wait_jobs
from tests.ui.flows import merge_and_use, plan_and_save
from ui.models.checklist import severity_label

KOFI_NOTE = "Grievance log not posted at the gate"
MINE = "No grievance mechanism offered in Twi"


def _checklist_on_first_item(window, qtbot):
    plan_and_save(window, qtbot)
    view = merge_and_use(window, qtbot)
    view.table.selectRow(0)
    wait_jobs(qtbot, window)
    assert view.detail is not None and view.detail.key == view.current_key()
    return view


def _kofi_rates(window, view, severity=Severity.MINOR_GAP, note=KOFI_NOTE) -> int:
    """A colleague saves the item through a second handle on the same file."""
    key = view.current_key()
    with open_workspace(window.ctx.workspace.path) as kofi, acting_as("Kofi Mensah"):
        return cl.rate(kofi, view.visit_id, key, severity, observation=note)


def _saved(window, view):
    with open_workspace(window.ctx.workspace.path) as ws, ws.session() as s:
        f = s.exec(select(Finding).where(Finding.visit_id == view.visit_id,
                                         Finding.item_key == view.current_key())).one()
        actors = list(s.exec(select(AuditLogEntry.actor).where(
            AuditLogEntry.entity == "finding", AuditLogEntry.entity_uid == f.uid)))
        return f, actors


def _refused_dialog(window, view, qtbot):
    wait_jobs(qtbot, window)
    qtbot.waitUntil(lambda: view.refused_dialog is not None
                    and view.refused_dialog.isVisible(), timeout=10000)
    return view.refused_dialog


def test_a_refused_rating_offers_keep_both_and_names_who_changed_it(demo_window, qtbot):
    window = demo_window
    view = _checklist_on_first_item(window, qtbot)
    shown = view.detail.revision
    theirs = _kofi_rates(window, view)
    view.observation.setPlainText(MINE)
    view._observation_timer.stop()
    view.rate(Severity.MAJOR_GAP)  # based on the revision shown: refused

    dialog = _refused_dialog(window, view, qtbot)
    text = dialog.summary.text()
    assert "Kofi Mensah" in text and "rating" in text and "observation" in text
    assert dialog.theirs_text.toPlainText() == KOFI_NOTE
    assert dialog.mine_text.toPlainText() == MINE
    assert severity_label("minor_gap") in dialog.theirs_rating.text()
    assert severity_label("major_gap") in dialog.mine_rating.text()
    f, _ = _saved(window, view)
    assert (f.revision, f.severity, f.observation) == (theirs, "minor_gap", KOFI_NOTE)
    assert shown < theirs

    dialog.keep_both.click()
    wait_jobs(qtbot, window)
    f, actors = _saved(window, view)
    assert f.severity == "major_gap" and f.revision == theirs + 1
    assert f.observation.startswith(MINE) and KOFI_NOTE in f.observation
    assert "Kofi Mensah" in f.observation  # theirs kept as a note, as bundle merges do
    assert any("(kept both after a refused save, over revision" in a for a in actors)
    assert view.observation.toPlainText() == f.observation  # the screen shows the result
    assert view.detail.revision == f.revision


def test_keep_theirs_reloads_and_leaves_mine_readable(demo_window, qtbot):
    window = demo_window
    view = _checklist_on_first_item(window, qtbot)
    theirs = _kofi_rates(window, view)
    qtbot.keyClicks(view.observation, MINE)
    view.save_observation()  # the autosave, based on the revision shown: refused

    dialog = _refused_dialog(window, view, qtbot)
    assert dialog.mine_text.toPlainText() == MINE and dialog.mine_text.isReadOnly()
    dialog.keep_theirs.click()
    wait_jobs(qtbot, window)
    f, _ = _saved(window, view)
    assert (f.revision, f.observation) == (theirs, KOFI_NOTE)  # nothing of mine saved
    assert view.observation.toPlainText() == KOFI_NOTE
    assert view.severity.currentData() == "minor_gap"
    assert QGuiApplication.clipboard().text() == MINE  # mine did not silently vanish
    assert MINE in view.notice.text() and view.notice.isVisible()


def test_keep_mine_saves_mine_on_top_of_theirs_and_is_undoable(demo_window, qtbot):
    window = demo_window
    view = _checklist_on_first_item(window, qtbot)
    theirs = _kofi_rates(window, view)
    view.rate(Severity.CRITICAL)
    dialog = _refused_dialog(window, view, qtbot)
    dialog.keep_mine.click()
    wait_jobs(qtbot, window)
    f, actors = _saved(window, view)
    assert f.severity == "critical" and f.revision == theirs + 1
    # mine changed only the rating: the observation only Kofi changed stays his
    assert f.observation == KOFI_NOTE
    assert any(a.endswith(f"(kept mine after a refused save, over revision {theirs} by "
                          "Kofi Mensah)") for a in actors), actors
    assert view.model.row_object(view.model.row_for(view.current_key())).revision == f.revision

    window.act_undo.trigger()  # undo puts back what Kofi had saved
    wait_jobs(qtbot, window)
    f, _ = _saved(window, view)
    assert (f.severity, f.observation) == ("minor_gap", KOFI_NOTE)


def test_a_save_with_no_one_else_in_between_is_not_refused(demo_window, qtbot):
    window = demo_window
    view = _checklist_on_first_item(window, qtbot)
    view.rate(Severity.MINOR_GAP)
    wait_jobs(qtbot, window)
    view.rate(Severity.MAJOR_GAP)  # based on the revision the first save left
    wait_jobs(qtbot, window)
    assert view.refused_dialog is None
    f, _ = _saved(window, view)
    assert f.severity == "major_gap"


# --- the records form (sites, certification bodies, auditors, …) ------------------------------

def _site_form(window, qtbot):
    from tests.ui.test_records_view import records_editor

    editor = records_editor(window, qtbot, "sites")
    editor.table.selectRow(0)
    row = editor.current_row()
    form = editor.edit()
    assert form.row.version == row.version is not None
    return editor, form, row


def _kofi_edits_site(window, row) -> None:
    from jointaudit.services import records

    with open_workspace(window.ctx.workspace.path) as kofi, acting_as("Kofi Mensah"):
        records.update_record(kofi, "sites", row.id, {"notes": "Access road closed in August"})


def _site(window, site_id):
    from jointaudit.services import records

    with open_workspace(window.ctx.workspace.path) as ws:
        site = next(r for r in records.list_records(ws, "sites") if r.id == site_id)
        with ws.session() as s:
            actors = list(s.exec(select(AuditLogEntry.actor).where(
                AuditLogEntry.entity == "site", AuditLogEntry.action == "update")))
    return site, actors


def test_a_refused_record_edit_keeps_mine_on_top_of_theirs(demo_window, qtbot):
    window = demo_window
    editor, form, row = _site_form(window, qtbot)
    _kofi_edits_site(window, row)
    form.editors["region"].setText("Ashanti North")
    form.buttons.accepted.emit()
    wait_jobs(qtbot, window)
    dialog = editor.refused_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    # sites are in the audit trail: the dialog names who changed the record, when and what,
    # as the checklist's does
    text = dialog.summary.text()
    assert text.startswith("<b>Kofi Mensah</b> changed this record at ")
    assert re.search(r" at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(Notes\) after you "
                     "opened it", text), text
    assert set(dialog.differences) == {"region", "notes"}
    cells = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 1).text(),
                                              dialog.table.item(r, 2).text())
             for r in range(dialog.table.rowCount())}
    assert cells["Region"][1] == "Ashanti North"
    assert cells["Notes"][0] == "Access road closed in August"

    dialog.keep_mine.click()
    wait_jobs(qtbot, window)
    site, actors = _site(window, row.id)
    assert site.values["region"] == "Ashanti North"  # mine
    assert site.values["notes"] == "Access road closed in August"  # theirs: I left it
    assert site.version == row.version + 2
    assert not form.isVisible()
    # the keep is in the audit trail, under an actor that says so
    assert actors[-2].startswith("Kofi Mensah")
    assert actors[-1].endswith(f"(kept mine after a refused save, over version "
                               f"{row.version + 1} by Kofi Mensah)"), actors
    assert not actors[-1].startswith("Kofi Mensah")


def test_a_refused_record_edit_keep_theirs_saves_nothing_and_says_what_was_mine(demo_window,
                                                                              qtbot):
    window = demo_window
    editor, form, row = _site_form(window, qtbot)
    _kofi_edits_site(window, row)
    form.editors["region"].setText("Ashanti North")
    form.buttons.accepted.emit()
    wait_jobs(qtbot, window)
    qtbot.waitUntil(lambda: editor.refused_dialog is not None
                    and editor.refused_dialog.isVisible(), timeout=5000)
    editor.refused_dialog.keep_theirs.click()
    wait_jobs(qtbot, window)
    site, _ = _site(window, row.id)
    assert site.values["region"] == row.values["region"] and site.version == row.version + 1
    assert "Ashanti North" in editor.status.text()
    assert "Ashanti North" in QGuiApplication.clipboard().text()
