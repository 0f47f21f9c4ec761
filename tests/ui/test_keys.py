"""Scheme staff manage keys in the app: create their signing key and export its public half;
trust someone's key after seeing its fingerprint, for schemes picked from the workspace's own
list; and are warned before signing for a scheme their key is not trusted for."""

from __future__ import annotations

from PySide6.QtCore import Qt

from jointaudit.trust.keys import PUBLIC_KEY_FILE, create_identity, read_public_key_file
from tests.ui.conftest import wait_jobs
from tests.ui.flows import merge


def approvals(window, qtbot, profile):
    view = window.show_view("approvals")
    view.profile_dir = profile
    wait_jobs(qtbot, window)
    view.show_my_key()
    return view


def test_create_a_signing_key_in_the_app_and_export_its_public_key(demo_window, qtbot,
                                                                   tmp_path):
    view = approvals(demo_window, qtbot, tmp_path / "profile")
    assert "no signing key" in view.my_key_label.text()
    assert not view.export_key_button.isEnabled()
    dialog = view.ask_new_key()
    scheme_ids = [dialog.schemes.item(i).data(Qt.ItemDataRole.UserRole)
                  for i in range(dialog.schemes.count())]
    assert {"irma", "rjc-cop", "fairmined"} <= set(scheme_ids)  # the workspace's schemes
    dialog.name.setText("Lena Fairmined")
    dialog.organisation.setText("ARM")
    dialog.schemes.item(scheme_ids.index("fairmined")).setCheckState(Qt.CheckState.Checked)
    dialog.passphrase.setText("long enough")
    dialog.again.setText("long enougH")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and dialog.message.text() == "The two passphrases differ."
    dialog.again.setText("long enough")
    dialog.buttons.accepted.emit()
    wait_jobs(qtbot, demo_window)
    qtbot.waitUntil(lambda: view.my_key() is not None)
    info = view.my_key()
    assert info.name == "Lena Fairmined" and info.scheme_ids == ("fairmined",)
    assert info.fingerprint in view.my_key_label.text()
    out = tmp_path / "exported.jakey"
    view.export_key(out)
    assert read_public_key_file(out).fingerprint == info.fingerprint


def test_trusting_a_key_shows_its_fingerprint_and_offers_the_workspace_schemes(
        demo_window, qtbot, tmp_path):
    other = tmp_path / "other"
    signer = create_identity(other, name="Ana", organisation="IRMA", role="scheme_staff",
                             scheme_ids=("irma", "no-such-scheme"), passphrase="correct horse")
    view = approvals(demo_window, qtbot, tmp_path / "mine")
    dialog = view.ask_trust(other / PUBLIC_KEY_FILE)
    assert dialog.fingerprint.text() == signer.fingerprint
    ticked = dialog.scheme_ids()
    assert ticked == ["irma"]  # what it claims and the workspace holds
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.fingerprint)))
    assert "no-such-scheme" in texts
    dialog.trust_button.click()
    wait_jobs(qtbot, demo_window)
    assert [(k.name, k.scheme_ids) for k in view.keys.rows()] == [("Ana", ("irma",))]


def test_signing_for_a_scheme_the_key_is_not_trusted_for_warns_first(demo_window, qtbot,
                                                                       tmp_path):
    from jointaudit.services import trust

    merge(demo_window, qtbot)
    profile = tmp_path / "staff"
    signer = create_identity(profile, name="Lena", role="scheme_staff",
                             scheme_ids=("fairmined",), passphrase="correct horse")
    view = approvals(demo_window, qtbot, profile)
    view.run(lambda ws, job: trust.trust_key_file(ws, profile / PUBLIC_KEY_FILE,
                                                  ["fairmined"]), lambda _k: view.reload())
    wait_jobs(qtbot, demo_window)
    assert view.trust_gap("fairmined") == ""
    gap = view.trust_gap("irma")
    assert signer.fingerprint in gap and "not for irma" in gap
    row = next(i for i, a in enumerate(view.status.rows()) if a.scheme_id == "irma")
    view.status_view.selectRow(row)
    view.sign()
    box = view.warning_box
    assert box.isVisible() and box.text() == gap
    box.button(box.StandardButton.Cancel).click()
    wait_jobs(qtbot, demo_window)
    assert {a.scheme_id: a.status for a in view.status.rows()}["irma"] != "approved"


def test_import_your_own_key_from_another_computer_and_sign_with_it(demo_window, qtbot,
                                                                    tmp_path):
    from jointaudit.services import trust
    from jointaudit.trust.keys import export_identity

    merge(demo_window, qtbot)
    old = tmp_path / "old-laptop"
    signer = create_identity(old, name="Lena", role="scheme_staff", scheme_ids=("irma",),
                             passphrase="correct horse")
    exported = export_identity(old, tmp_path / "lena.jaidentity", "correct horse")
    profile = tmp_path / "this-computer"
    view = approvals(demo_window, qtbot, profile)
    assert "no signing key" in view.my_key_label.text()

    dialog = view.ask_import_key(exported)
    dialog.passphrase.setText("not it")
    dialog.import_button.click()
    assert dialog.isVisible()
    assert str(exported) in dialog.message.text() and "wrong passphrase" in \
        dialog.message.text()
    dialog.passphrase.setText("correct horse")
    dialog.import_button.click()
    wait_jobs(qtbot, demo_window)
    qtbot.waitUntil(lambda: view.my_key() is not None)
    assert signer.fingerprint in view.my_key_label.text()  # shown with its fingerprint
    assert view.export_identity_button.isEnabled()

    # it signs: trusted here for IRMA, the imported key approves the template
    view.run(lambda ws, job: trust.trust_key_file(ws, profile / PUBLIC_KEY_FILE, ["irma"]),
             lambda _k: view.reload())
    wait_jobs(qtbot, demo_window)
    assert view.trust_gap("irma") == ""
    view.sign_with(view.template.currentData(), "irma", "correct horse")
    wait_jobs(qtbot, demo_window)
    assert {a.scheme_id: a.status for a in view.status.rows()}["irma"] == "approved"


def test_a_public_key_file_or_garbage_offered_as_your_key_says_why_naming_it(
        demo_window, qtbot, tmp_path):
    other = tmp_path / "other"
    create_identity(other, name="Ana", passphrase="correct horse")
    garbage = tmp_path / "photo.jaidentity"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xff")
    view = approvals(demo_window, qtbot, tmp_path / "mine")
    for path, said in [(other / PUBLIC_KEY_FILE, "public key file"),
                       (garbage, "not UTF-8")]:
        dialog = view.ask_import_key(path)
        dialog.passphrase.setText("correct horse")
        dialog.import_button.click()
        assert dialog.isVisible()
        assert str(path) in dialog.message.text() and said in dialog.message.text()
        dialog.reject()
    assert view.my_key() is None
