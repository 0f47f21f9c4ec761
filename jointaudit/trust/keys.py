"""Identities and their Ed25519 keys.

A person's profile folder holds who they are (name, organisation, role, the schemes they
speak for), their private key encrypted with a passphrase, and their public key file — the
small ``.jakey`` file they hand to others. Workspaces never hold private keys; they hold the
trusted-keys list (see :mod:`jointaudit.trust.signing`).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from jointaudit.common.errors import InvalidInput, JointAuditError, Problem, ProblemList
from jointaudit.common.reading import read_bytes

PUBLIC_KEY_FORMAT = "jointaudit-public-key/1"
PROFILE_FILE = "profile.json"
PRIVATE_KEY_FILE = "private_key.pem"
PUBLIC_KEY_FILE = "public_key.jakey"
ROLES = ("auditor", "site", "scheme_staff")
PUBLIC_KEY_MAX_BYTES = 64 * 1024


class IdentityError(JointAuditError):
    code = "keys"


def default_profile_dir() -> Path:
    """Where this user's identity lives; ``JOINTAUDIT_PROFILE`` overrides it (tests, kiosks)."""
    env = os.environ.get("JOINTAUDIT_PROFILE")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "jointaudit" / "profile"


def fingerprint_of(raw_public_key: bytes) -> str:
    """A short, stable name for a key: the first 128 bits of its SHA-256, in groups of 4."""
    digest = hashlib.sha256(raw_public_key).hexdigest()[:32]
    return ":".join(digest[i:i + 4] for i in range(0, 32, 4))


def raw_public_key(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class PublicKeyInfo:
    """A public key with the identity its owner claims (trust is a separate decision)."""

    public_key: str  # base64 raw Ed25519
    name: str
    organisation: str = ""
    role: str = "auditor"
    scheme_ids: tuple[str, ...] = ()

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(unb64(self.public_key))

    def to_json(self) -> str:
        return json.dumps({
            "format": PUBLIC_KEY_FORMAT,
            "name": self.name,
            "organisation": self.organisation,
            "role": self.role,
            "scheme_ids": list(self.scheme_ids),
            "public_key": self.public_key,
            "fingerprint": self.fingerprint,
        }, indent=2, ensure_ascii=False) + "\n"


def verify_signature(public_key_b64: str, signature_b64: str, message: bytes) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(unb64(public_key_b64))
        key.verify(unb64(signature_b64), message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass
class Signer:
    """An unlocked private key with its owner's identity; lives only in memory."""

    private_key: Ed25519PrivateKey = field(repr=False)
    identity: PublicKeyInfo

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint

    def sign(self, message: bytes) -> str:
        return b64(self.private_key.sign(message))

    @classmethod
    def generate(cls, name: str, organisation: str = "", role: str = "auditor",
                 scheme_ids=()) -> Signer:
        key = Ed25519PrivateKey.generate()
        info = PublicKeyInfo(b64(raw_public_key(key.public_key())), name, organisation, role,
                             tuple(scheme_ids))
        return cls(key, info)


def create_identity(profile_dir: Path, *, name: str, organisation: str = "",
                    role: str = "auditor", scheme_ids=(), passphrase: str,
                    overwrite: bool = False) -> Signer:
    """Make a key pair and store it (private key encrypted with ``passphrase``)."""
    profile_dir = Path(profile_dir)
    if role not in ROLES:
        raise IdentityError(f"role {role!r} is not one of {', '.join(ROLES)}")
    if not name.strip():
        raise IdentityError("an identity needs a name")
    if len(passphrase) < 8:
        raise IdentityError("the passphrase must have at least 8 characters")
    if (profile_dir / PRIVATE_KEY_FILE).exists() and not overwrite:
        raise IdentityError(f"{profile_dir}: a key already exists in this profile; "
                        "pass overwrite to replace it (the old key is lost)")
    signer = Signer.generate(name.strip(), organisation.strip(), role, scheme_ids)
    profile_dir.mkdir(parents=True, exist_ok=True)
    pem = signer.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    _write_private(profile_dir / PRIVATE_KEY_FILE, pem)
    (profile_dir / PUBLIC_KEY_FILE).write_text(signer.identity.to_json(), encoding="utf-8")
    (profile_dir / PROFILE_FILE).write_text(json.dumps({
        "name": signer.identity.name, "organisation": signer.identity.organisation,
        "role": role, "scheme_ids": list(scheme_ids)}, indent=2) + "\n", encoding="utf-8")
    return signer


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def load_signer(profile_dir: Path, passphrase: str) -> Signer:
    """Unlock the profile's private key; a wrong passphrase is a clear error."""
    profile_dir = Path(profile_dir)
    key_path = profile_dir / PRIVATE_KEY_FILE
    if not key_path.exists():
        raise IdentityError(f"{profile_dir}: no key in this profile; create one with "
                        "`jointaudit keys new`")
    try:
        key = serialization.load_pem_private_key(key_path.read_bytes(),
                                                 passphrase.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        raise IdentityError(f"{key_path}: wrong passphrase, or the key file is damaged") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise IdentityError(f"{key_path}: not an Ed25519 key")
    info = read_public_key_file(profile_dir / PUBLIC_KEY_FILE)
    if info.public_key != b64(raw_public_key(key.public_key())):
        raise IdentityError(f"{profile_dir}: the public key file does not belong to the private key")
    return Signer(key, info)


def read_public_key_file(path: Path) -> PublicKeyInfo:
    path = Path(path)
    problems = ProblemList(str(path))
    data = read_bytes(path, problems, PUBLIC_KEY_MAX_BYTES, "public key file")
    problems.raise_if_any(f"{path}: not a valid public key file")
    assert data is not None
    return parse_public_key(data, str(path))


def parse_public_key(data: bytes, where: str) -> PublicKeyInfo:
    """Validate a ``.jakey`` file's bytes; every problem names the field."""
    def bad(message: str, field_path: str | None = None) -> InvalidInput:
        return InvalidInput(f"{where}: not a valid public key file",
                            problems=[Problem("key.invalid", message, where, None, field_path)])
    if len(data) > PUBLIC_KEY_MAX_BYTES:
        raise bad(f"too large for a public key file ({len(data):,} bytes)")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise bad(f"expected UTF-8 JSON ({exc})") from exc
    except RecursionError as exc:  # a deeply nested file is not a key file
        raise bad("expected a JSON object; this one nests too deeply") from exc
    if not isinstance(doc, dict):
        raise bad("expected a JSON object")
    if doc.get("format") != PUBLIC_KEY_FORMAT:
        raise bad(f"expected {PUBLIC_KEY_FORMAT!r}, found {doc.get('format')!r}", "format")
    for name in ("name", "public_key"):
        if not isinstance(doc.get(name), str) or not doc[name] or len(doc[name]) > 500:
            raise bad("expected a non-empty text of at most 500 characters", name)
    for name in ("organisation", "role", "fingerprint"):
        if not isinstance(doc.get(name, ""), str) or len(doc.get(name, "")) > 500:
            raise bad("expected a text of at most 500 characters", name)
    try:
        raw = unb64(doc["public_key"])
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise bad("expected a base64 raw Ed25519 public key (32 bytes)", "public_key") from exc
    schemes = doc.get("scheme_ids", [])
    if not isinstance(schemes, list) or not all(isinstance(s, str) for s in schemes):
        raise bad("expected a list of scheme ids", "scheme_ids")
    info = PublicKeyInfo(doc["public_key"], doc["name"], str(doc.get("organisation", "")),
                         str(doc.get("role", "auditor")), tuple(schemes))
    if doc.get("fingerprint") not in (None, info.fingerprint):
        raise bad(f"the fingerprint does not match the key (expected {info.fingerprint})",
                  "fingerprint")
    return info


# --- your own key, moved to another machine ------------------------------------------------

IDENTITY_FORMAT = "jointaudit-identity/1"
IDENTITY_MAX_BYTES = 64 * 1024
IDENTITY_SUFFIX = ".jaidentity"


def _identity_fields(info: PublicKeyInfo) -> dict:
    return {"format": IDENTITY_FORMAT, "name": info.name, "organisation": info.organisation,
            "role": info.role, "scheme_ids": list(info.scheme_ids),
            "public_key": info.public_key, "fingerprint": info.fingerprint}


def _identity_message(fields: dict) -> bytes:
    """What the key signs about itself, so that a changed name or scheme list shows."""
    keep = {k: fields.get(k) for k in ("format", "name", "organisation", "role", "scheme_ids",
                                       "public_key")}
    return json.dumps(keep, sort_keys=True, ensure_ascii=False).encode("utf-8")


def export_identity(profile_dir: Path, out: Path, passphrase: str) -> Path:
    """Write your key, still encrypted with its passphrase, with who you are, to one file to
    carry to another machine (:func:`import_identity` reads it). The passphrase is asked so
    that the file is known to open with it."""
    signer = load_signer(profile_dir, passphrase)
    fields = _identity_fields(signer.identity)
    fields["private_key"] = (Path(profile_dir) / PRIVATE_KEY_FILE).read_text(encoding="ascii")
    fields["signature"] = signer.sign(_identity_message(fields))
    out = Path(out)
    _write_private(out, (json.dumps(fields, indent=2, ensure_ascii=False) + "\n")
                   .encode("utf-8"))
    return out


def read_identity_file(path: Path, passphrase: str) -> tuple[Signer, bytes]:
    """Open an exported key file: (the unlocked key with its identity, its PEM as written).
    Every refusal names the file and says what is wrong with it."""
    path = Path(path)
    problems = ProblemList(str(path))
    data = read_bytes(path, problems, IDENTITY_MAX_BYTES, "key file")
    problems.raise_if_any(f"{path}: not a key file exported by jointaudit")
    assert data is not None

    def bad(message: str, field_path: str | None = None) -> IdentityError:
        return IdentityError(f"{path}: {message}", problems=[
            Problem("key.invalid", message, str(path), None, field_path)])

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise bad(f"not a key file exported by jointaudit (not UTF-8 text: byte "
                  f"{exc.start:,} is 0x{data[exc.start]:02x})") from exc
    if text.lstrip().startswith("-----BEGIN"):
        raise bad("a bare PEM key has no owner's name; export your key with "
                  "`jointaudit keys export-private` or the app's \"Export your key for "
                  "another computer…\" and import that file")
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise bad(f"not a key file exported by jointaudit (not JSON: line {exc.lineno}, "
                  f"column {exc.colno}: {exc.msg})") from exc
    except RecursionError as exc:
        raise bad("not a key file exported by jointaudit (its JSON nests too deeply)") from exc
    if not isinstance(doc, dict):
        raise bad("not a key file exported by jointaudit (expected a JSON object)")
    if doc.get("format") == PUBLIC_KEY_FORMAT:
        raise bad("this is a public key file (someone's key to trust), not your private "
                  "key; trust it under \"Trust a public key file…\" instead", "format")
    if doc.get("format") != IDENTITY_FORMAT:
        raise bad(f"expected the format {IDENTITY_FORMAT!r}, found {doc.get('format')!r}",
                  "format")
    for name in ("name", "public_key", "private_key", "signature"):
        if not isinstance(doc.get(name), str) or not doc[name]:
            raise bad("missing, or not a text", name)
    for name in ("organisation", "role"):
        if not isinstance(doc.get(name, ""), str) or len(doc.get(name, "")) > 500:
            raise bad("expected a text of at most 500 characters", name)
    if doc.get("role", "auditor") not in ROLES:
        raise bad(f"the role {doc.get('role')!r} is not one of {', '.join(ROLES)}", "role")
    schemes = doc.get("scheme_ids", [])
    if not isinstance(schemes, list) or not all(isinstance(s, str) for s in schemes):
        raise bad("expected a list of scheme ids", "scheme_ids")
    pem = doc["private_key"].encode("utf-8")
    encrypted = b"ENCRYPTED" in pem.split(b"\n", 1)[0]
    try:
        key = serialization.load_pem_private_key(
            pem, passphrase.encode("utf-8") if encrypted else None)
    except (ValueError, TypeError) as exc:
        if encrypted:
            raise bad("wrong passphrase for this key file (or its key is damaged)",
                      "private_key") from exc
        raise bad("its private key is damaged", "private_key") from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise bad("not an Ed25519 key", "private_key")
    info = PublicKeyInfo(b64(raw_public_key(key.public_key())), doc["name"],
                         str(doc.get("organisation", "")), str(doc.get("role", "auditor")),
                         tuple(schemes))
    if doc["public_key"] != info.public_key or doc.get("fingerprint") not in (
            None, info.fingerprint):
        raise bad("the public key written in the file does not belong to its private key "
                  "(the file was changed)", "public_key")
    if not verify_signature(info.public_key, doc["signature"], _identity_message(doc)):
        raise bad("its name, organisation, role or schemes were changed after it was "
                  "exported (the key's own signature does not match)", "signature")
    return Signer(key, info), pem


def import_identity(profile_dir: Path, path: Path, passphrase: str, *,
                    overwrite: bool = False) -> Signer:
    """Make an exported key this machine's signing key. The key stays encrypted with the
    passphrase it was exported with; an unencrypted export is encrypted with ``passphrase``
    (8 characters or more). Another key already in the profile is replaced only with
    ``overwrite``; the same key again changes nothing."""
    profile_dir = Path(profile_dir)
    signer, pem = read_identity_file(path, passphrase)
    if b"ENCRYPTED" not in pem.split(b"\n", 1)[0]:
        if len(passphrase) < 8:
            raise IdentityError(f"{path}: this key file has no passphrase; give one of 8 "
                                "characters or more to protect it on this computer")
        pem = signer.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(passphrase.encode("utf-8")))
    current = profile_dir / PUBLIC_KEY_FILE
    if (profile_dir / PRIVATE_KEY_FILE).exists() and not overwrite:
        try:
            existing = read_public_key_file(current).fingerprint
        except JointAuditError:
            existing = "unreadable"
        if existing != signer.fingerprint:
            raise IdentityError(f"{profile_dir}: a different key ({existing}) is already this "
                                "computer's signing key; replace it explicitly (its "
                                "approvals stay valid, but you can no longer sign with it)")
    profile_dir.mkdir(parents=True, exist_ok=True)
    _write_private(profile_dir / PRIVATE_KEY_FILE, pem)
    current.write_text(signer.identity.to_json(), encoding="utf-8")
    (profile_dir / PROFILE_FILE).write_text(json.dumps({
        "name": signer.identity.name, "organisation": signer.identity.organisation,
        "role": signer.identity.role, "scheme_ids": list(signer.identity.scheme_ids)},
        indent=2) + "\n", encoding="utf-8")
    return signer
