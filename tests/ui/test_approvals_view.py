"""Approvals: a merged template shows each scheme's status; scheme staff trust a key, sign
with it, and the status turns approved with who and when; a later change to the template
shows as invalidated."""

from __future__ import annotations

from jointaudit.trust.keys import PUBLIC_KEY_FILE, create_identity
from tests.ui.conftest import wait_jobs
from tests.ui.flows import merge


def test_trust_a_key_sign_and_see_the_status(demo_window, qtbot, tmp_path):
    window = demo_window
    merge(window, qtbot)
    profile = tmp_path / "irma-staff"
    create_identity(profile, name="Ana Scheme-Staff", organisation="IRMA",
                    role="scheme_staff", scheme_ids=("irma",), passphrase="correct horse")
    view = window.show_view("approvals")
    wait_jobs(qtbot, window)
    assert view.template.count() == 1
    statuses = {a.scheme_id: a.status for a in view.status.rows()}
    assert set(statuses) == {"rjc-cop", "irma"}
    assert statuses["irma"] != "approved"

    # trust the key for IRMA (the Trusted keys tab's action, without the file dialog)
    from jointaudit.services import trust

    view.run(lambda ws, job: trust.trust_key_file(ws, profile / PUBLIC_KEY_FILE,
                                                  ["irma"]), lambda _k: view.reload())
    wait_jobs(qtbot, window)
    assert [k.name for k in view.keys.rows()] == ["Ana Scheme-Staff"]

    template_id = view.template.currentData()
    view.sign_with(template_id, "irma", "correct horse", profile)
    wait_jobs(qtbot, window)
    approved = {a.scheme_id: a for a in view.status.rows()}["irma"]
    assert approved.status == "approved" and approved.signer_name == "Ana Scheme-Staff"
    row = next(i for i, a in enumerate(view.status.rows()) if a.scheme_id == "irma")
    view.status_view.selectRow(row)
    assert "irma" in view.diff.toPlainText().lower()


def test_a_wrong_passphrase_is_a_message_not_a_crash(demo_window, qtbot, tmp_path):
    window = demo_window
    merge(window, qtbot)
    profile = tmp_path / "staff"
    create_identity(profile, name="Staff", role="scheme_staff", scheme_ids=("rjc-cop",),
                    passphrase="correct horse")
    view = window.show_view("approvals")
    wait_jobs(qtbot, window)
    view.sign_with(view.template.currentData(), "rjc-cop", "wrong passphrase!", profile)
    wait_jobs(qtbot, window)
    dialog = window.ctx.last_error_dialog
    assert dialog is not None and "passphrase" in dialog.text().lower()
    dialog.close()
