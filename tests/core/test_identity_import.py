"""Scheme staff who move to another computer carry their own signing key there: exported
encrypted with its passphrase, imported in the app or on the command line, it signs as
before. A file that is not such an export is refused with a message naming it."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from jointaudit.cli import main
from jointaudit.common.errors import JointAuditError
from jointaudit.trust.keys import (
    IDENTITY_MAX_BYTES,
    PUBLIC_KEY_FILE,
    create_identity,
    export_identity,
    import_identity,
    load_signer,
    verify_signature,
)

PASS = "correct horse battery"


@pytest.fixture
def exported(tmp_path):
    signer = create_identity(tmp_path / "old-laptop", name="Lena Ortiz", organisation="RJC",
                             role="scheme_staff", scheme_ids=("rjc-cop",), passphrase=PASS)
    return signer, export_identity(tmp_path / "old-laptop", tmp_path / "lena.jaidentity", PASS)


def test_an_exported_key_imported_elsewhere_signs_as_the_same_person(exported, tmp_path):
    original, path = exported
    assert b"ENCRYPTED PRIVATE KEY" in path.read_bytes()  # still protected in transit
    new = tmp_path / "new-laptop"
    imported = import_identity(new, path, PASS)
    assert imported.fingerprint == original.fingerprint
    assert imported.identity == original.identity
    unlocked = load_signer(new, PASS)  # the new computer's profile opens with the passphrase
    signature = unlocked.sign(b"approved content")
    assert verify_signature(original.identity.public_key, signature, b"approved content")
    assert import_identity(new, path, PASS).fingerprint == original.fingerprint  # again: fine


def _refusal(path, passphrase=PASS, tmp=None) -> str:
    with pytest.raises(JointAuditError) as refused:
        import_identity(path.parent / "target", path, passphrase)
    assert not (path.parent / "target").exists()  # nothing written
    return str(refused.value)


def test_a_wrong_passphrase_is_named(exported):
    _, path = exported
    text = _refusal(path, "not the passphrase")
    assert str(path) in text and "wrong passphrase" in text


def test_a_public_key_file_is_told_apart(exported, tmp_path):
    public = tmp_path / "old-laptop" / PUBLIC_KEY_FILE
    text = _refusal(public)
    assert str(public) in text and "public key file" in text and "Trust" in text


@pytest.mark.parametrize("field, value, said", [
    ("name", "Mallory", "were changed after it was exported"),
    ("scheme_ids", ["rjc-cop", "lbma"], "were changed after it was exported"),
    ("public_key", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "does not belong"),
    ("private_key", "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"
                    "-----END ENCRYPTED PRIVATE KEY-----\n", "wrong passphrase"),
    ("format", "something-else/1", "expected the format"),
    ("role", "king", "is not one of"),
])
def test_a_tampered_export_is_refused_saying_what_is_wrong(exported, tmp_path, field, value,
                                                          said):
    _, path = exported
    doc = json.loads(path.read_text())
    doc[field] = value
    bad = tmp_path / "tampered.jaidentity"
    bad.write_text(json.dumps(doc))
    text = _refusal(bad)
    assert str(bad) in text and said in text


@pytest.mark.parametrize("content, said", [
    (b"hello, this is not a key", "not JSON: line 1"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[1, 2, 3]", "expected a JSON object"),
    (b"[" * 60_000, "nests too deeply"),
    (b"x" * (IDENTITY_MAX_BYTES + 1), f"at most {IDENTITY_MAX_BYTES:,} bytes"),
])
def test_garbage_huge_and_non_utf8_files_are_refused_naming_the_file(tmp_path, content,
                                                                     said):
    bad = tmp_path / "odd.jaidentity"
    bad.write_bytes(content)
    text = _refusal(bad)
    assert str(bad) in text and said in text


def test_a_bare_pem_key_is_refused_with_the_way_to_export_it(tmp_path):
    pem = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption())
    bare = tmp_path / "key.pem"
    bare.write_bytes(pem)
    text = _refusal(bare)
    assert str(bare) in text and "export-private" in text


def test_an_unprotected_export_is_protected_with_the_passphrase_given(exported, tmp_path):
    original, path = exported
    doc = json.loads(path.read_text())
    plain = original.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()).decode()
    doc["private_key"] = plain
    open_file = tmp_path / "plain.jaidentity"
    open_file.write_text(json.dumps(doc))
    with pytest.raises(JointAuditError, match="has no passphrase; give one of 8"):
        import_identity(tmp_path / "p1", open_file, "short")
    import_identity(tmp_path / "p2", open_file, "a new passphrase")
    assert load_signer(tmp_path / "p2", "a new passphrase").fingerprint == original.fingerprint
    assert b"ENCRYPTED" in (tmp_path / "p2" / "private_key.pem").read_bytes()


def test_another_key_already_here_is_replaced_only_when_asked(exported, tmp_path):
    original, path = exported
    mine = tmp_path / "shared-pc"
    other = create_identity(mine, name="Someone Else", passphrase="their own passphrase")
    with pytest.raises(JointAuditError, match=f"a different key \\({other.fingerprint}\\)"):
        import_identity(mine, path, PASS)
    assert load_signer(mine, "their own passphrase").fingerprint == other.fingerprint
    assert import_identity(mine, path, PASS, overwrite=True).fingerprint == original.fingerprint


def test_export_and_import_from_the_command_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JOINTAUDIT_PASSPHRASE", PASS)
    old, new, out = tmp_path / "old", tmp_path / "new", tmp_path / "me.jaidentity"
    assert main(["keys", "new", "--name", "Lena Ortiz", "--role", "scheme_staff",
                 "--profile", str(old)]) == 0
    assert main(["keys", "export-private", str(out), "--profile", str(old)]) == 0
    assert main(["keys", "import", str(out), "--profile", str(new)]) == 0
    said = capsys.readouterr().out
    fingerprint = load_signer(old, PASS).fingerprint
    assert f"imported key {fingerprint} for Lena Ortiz" in said
    assert load_signer(new, PASS).fingerprint == fingerprint
    monkeypatch.setenv("JOINTAUDIT_PASSPHRASE", "the wrong one")
    assert main(["keys", "import", str(out), "--profile", str(tmp_path / "x")]) != 0
    err = capsys.readouterr().err
    assert str(out) in err and "wrong passphrase" in err and "Traceback" not in err
