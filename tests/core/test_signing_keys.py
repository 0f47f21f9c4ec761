"""A person's identity: an Ed25519 key pair in their profile folder, the private key encrypted
with a passphrase, the public key a small file others can trust."""

from __future__ import annotations

import json

import pytest

from jointaudit.common.errors import InvalidInput
from jointaudit.trust.keys import (
    PRIVATE_KEY_FILE,
    PUBLIC_KEY_FILE,
    IdentityError,
    create_identity,
    load_signer,
    read_public_key_file,
)

PASS = "correct horse battery"


def test_identity_round_trip_with_encrypted_private_key(tmp_path):
    profile = tmp_path / "profile"
    made = create_identity(profile, name="Lena Ortiz", organisation="RJC", role="scheme_staff",
                           scheme_ids=["rjc-cop"], passphrase=PASS)
    pem = (profile / PRIVATE_KEY_FILE).read_bytes()
    assert pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert (profile / PRIVATE_KEY_FILE).stat().st_mode & 0o077 == 0
    loaded = load_signer(profile, PASS)
    assert loaded.fingerprint == made.fingerprint
    assert loaded.identity.scheme_ids == ("rjc-cop",)
    info = read_public_key_file(profile / PUBLIC_KEY_FILE)
    assert (info.name, info.role, info.fingerprint) == ("Lena Ortiz", "scheme_staff",
                                                        made.fingerprint)


def test_wrong_passphrase_and_existing_key_are_clear_errors(tmp_path):
    create_identity(tmp_path, name="Ana", passphrase=PASS)
    with pytest.raises(IdentityError, match="wrong passphrase"):
        load_signer(tmp_path, "not the passphrase")
    with pytest.raises(IdentityError, match="a key already exists"):
        create_identity(tmp_path, name="Ana", passphrase=PASS)
    with pytest.raises(IdentityError, match="at least 8 characters"):
        create_identity(tmp_path / "other", name="Ana", passphrase="short")
    with pytest.raises(IdentityError, match="no key in this profile"):
        load_signer(tmp_path / "empty", PASS)


def test_a_public_key_file_with_a_wrong_fingerprint_names_the_field(tmp_path):
    create_identity(tmp_path, name="Ana", passphrase=PASS)
    path = tmp_path / PUBLIC_KEY_FILE
    doc = json.loads(path.read_text())
    doc["fingerprint"] = "0000:0000:0000:0000:0000:0000:0000:0000"
    path.write_text(json.dumps(doc))
    with pytest.raises(InvalidInput) as err:
        read_public_key_file(path)
    assert "fingerprint: the fingerprint does not match the key" in str(err.value)
    path.write_bytes(b"\xff\xfe not json")
    with pytest.raises(InvalidInput, match="expected UTF-8 JSON"):
        read_public_key_file(path)
