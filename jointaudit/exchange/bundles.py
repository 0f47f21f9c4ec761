"""Exchange bundles (``.jabundle``): one zip file that carries a joint template, a plan and
its findings with evidence, the approvals and the signers' public keys between machines that
are often offline.

Layout (format ``jointaudit-bundle/1``)::

    manifest.json          format, sender, and the SHA-256 + size of every other member
    manifest.sig           optional: the sender's Ed25519 signature over manifest.json
    template.json          template, joint items, approvals           (see bundle_content)
    plan.json              plan, site and visits
    findings.json          findings with their history and evidence list
    evidence/<sha256>      evidence files, named by their hash
    keys/<fingerprint>.jakey  public keys of signers (fingerprint without colons)

:func:`read_bundle` checks the whole archive — names, types, sizes, compression ratios,
hashes, the signature and the content — before anything reaches the workspace; every kind of
defect has its own code and message. Writing is :func:`write_bundle`.
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import NoReturn

from jointaudit.common.errors import InvalidInput, Problem
from jointaudit.store.models import EVIDENCE_MAX_BYTES
from jointaudit.trust.keys import PublicKeyInfo, Signer, parse_public_key, verify_signature

FORMAT_NAME = "jointaudit-bundle"
FORMAT_VERSION = 1
FORMAT = f"{FORMAT_NAME}/{FORMAT_VERSION}"
SUFFIX = ".jabundle"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"

# Limits that keep a hostile file from exhausting memory or disk before it is refused.
MEMBER_MAX_BYTES = EVIDENCE_MAX_BYTES + 1024 * 1024
TOTAL_MAX_BYTES = 1024 * 1024 * 1024
MAX_MEMBERS = 20_000
MAX_RATIO = 100  # uncompressed / compressed; real JSON and documents stay far below
RATIO_FLOOR_BYTES = 1024 * 1024  # small members may compress well without suspicion
# JSON members are parsed whole; these bound the memory that takes (a real plan with a few
# hundred findings is well under 1 MiB; evidence files are streamed, never held together).
JSON_MAX_BYTES = 16 * 1024 * 1024
MANIFEST_MAX_BYTES = 4 * 1024 * 1024
SIGNATURE_MAX_BYTES = 64 * 1024
JSON_MAX_DEPTH = 32
CHUNK = 1024 * 1024
MEMBER_NAME = re.compile(r"^(template|plan|findings)\.json$|^evidence/[0-9a-f]{64}$"
                         r"|^keys/[0-9a-f]{32}\.jakey$")
FORMAT_PATTERN = re.compile(r"^jointaudit-bundle/([0-9]{1,4})$", re.ASCII)
SHA256_PATTERN = re.compile(r"^[0-9a-f]{64}$", re.ASCII)
COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)


class BundleRejected(InvalidInput):
    """The bundle was refused; nothing in the workspace changed."""

    code = "bundle"


def _reject(path: Path, code: str, message: str, member: str | None = None) -> NoReturn:
    raise BundleRejected(f"{path}: bundle refused: {message}",
                         code=f"bundle.{code}",
                         problems=[Problem(f"bundle.{code}", message, str(path), None, member)])


class Members(Mapping):
    """Member name → bytes. JSON members and keys are held in memory (bounded above);
    evidence files are read from the archive one at a time, when they are imported, so a
    bundle's memory stays that of its largest file, not of all of them."""

    def __init__(self, path: Path, small: dict[str, bytes], lazy: dict[str, dict]):
        self._path, self._small, self._lazy = path, small, lazy

    def __getitem__(self, name: str) -> bytes:
        if name in self._small:
            return self._small[name]
        entry = self._lazy[name]
        with zipfile.ZipFile(self._path) as zf:
            data = _read_member(self._path, zf, zf.getinfo(name))
        if len(data) != entry["size"] or sha256(data) != entry["sha256"]:  # changed since read
            _reject(self._path, "tampered", f"the member {name!r} changed after the bundle "
                    "was verified", name)
        return data

    def __iter__(self):
        yield from self._small
        yield from self._lazy

    def __len__(self) -> int:
        return len(self._small) + len(self._lazy)

    def __contains__(self, name: object) -> bool:
        return name in self._small or name in self._lazy


@dataclass
class Bundle:
    """A verified bundle: member name → bytes, and what the manifest says."""

    path: Path
    manifest: dict
    members: Mapping[str, bytes]
    sender: PublicKeyInfo | None = None  # set when the manifest is signed and verifies
    keys: list[PublicKeyInfo] = field(default_factory=list)

    def json(self, name: str) -> dict | None:
        data = self.members.get(name)
        return None if data is None else json.loads(data.decode("utf-8"))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_bundle(path: Path, members: dict[str, bytes], *, signer: Signer | None = None,
                 note: str = "") -> Path:
    """Write members with a manifest (and a signature when a signer is given)."""
    path = Path(path)
    manifest = {
        "format": FORMAT,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "sender": None if signer is None else {
            "name": signer.identity.name, "organisation": signer.identity.organisation,
            "fingerprint": signer.fingerprint},
        "note": note,
        "members": [{"name": name, "sha256": sha256(data), "size": len(data)}
                    for name, data in sorted(members.items())],
    }
    manifest_bytes = json.dumps(manifest, indent=2, ensure_ascii=False).encode("utf-8")
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, manifest_bytes)
        if signer is not None:
            sig = {"public_key": signer.identity.to_json(),
                   "signature": signer.sign(manifest_bytes)}
            zf.writestr(SIGNATURE, json.dumps(sig, indent=2))
        for name, data in sorted(members.items()):
            zf.writestr(name, data)
    tmp.replace(path)  # a half-written bundle never carries the final name
    return path


def _check_entry(path: Path, info: zipfile.ZipInfo, seen: set[str]) -> None:
    name = info.filename
    if name in seen:
        _reject(path, "duplicate-name", f"the member {name!r} appears twice in the archive",
                name)
    seen.add(name)
    if "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        _reject(path, "absolute-path", f"the member {name!r} has an absolute or Windows path;"
                " bundle members must be relative", name)
    if ".." in PurePosixPath(name).parts:
        _reject(path, "zip-slip", f"the member {name!r} points outside the bundle (..)", name)
    mode = info.external_attr >> 16
    if info.create_system == 3 and stat.S_ISLNK(mode):
        _reject(path, "symlink", f"the member {name!r} is a symbolic link; bundles hold only "
                "plain files", name)
    if info.is_dir():
        _reject(path, "unexpected-member", f"the member {name!r} is a directory entry", name)
    if info.flag_bits & 0x1:
        _reject(path, "encrypted", f"the member {name!r} is encrypted; bundles are never "
                "password-protected (they are signed instead)", name)
    if info.compress_type not in COMPRESSIONS:
        _reject(path, "unsupported-compression", f"the member {name!r} uses compression method"
                f" {info.compress_type}; bundles use only stored or deflated members", name)
    if info.file_size > MEMBER_MAX_BYTES:
        _reject(path, "oversize", f"the member {name!r} is {info.file_size:,} bytes; the limit"
                f" is {MEMBER_MAX_BYTES:,}", name)
    if (info.file_size > RATIO_FLOOR_BYTES
            and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
        _reject(path, "zip-bomb", f"the member {name!r} expands {info.file_size:,} bytes from "
                f"{info.compress_size:,} (over {MAX_RATIO}×): refused as a zip bomb", name)


def _read_member(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    # Never trust the declared size: stop reading once it is exceeded.
    with zf.open(info) as fh:
        data = fh.read(info.file_size + 1)
    if len(data) != info.file_size:
        _reject(path, "zip-bomb", f"the member {info.filename!r} does not have its declared "
                "size", info.filename)
    return data


def _hash_member(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[str, int]:
    """SHA-256 and length of a member, read in chunks (evidence is never held whole here)."""
    digest, size = hashlib.sha256(), 0
    with zf.open(info) as fh:
        while chunk := fh.read(min(CHUNK, info.file_size + 1 - size) or 1):
            size += len(chunk)
            if size > info.file_size:
                break
            digest.update(chunk)
    if size != info.file_size:
        _reject(path, "zip-bomb", f"the member {info.filename!r} does not have its declared "
                "size", info.filename)
    return digest.hexdigest(), size


def json_depth_ok(data: bytes, limit: int = JSON_MAX_DEPTH) -> bool:
    """Whether JSON nests at most ``limit`` deep; checked on the bytes before parsing, so a
    deeply nested member is refused instead of exhausting the parser's stack."""
    depth, in_string, escaped = 0, False, False
    for byte in data:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            if depth > limit:
                return False
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return True


def load_json(path: Path, name: str, data: bytes, code: str) -> object:
    """Parse a JSON member, refusing (with ``code``) what is not UTF-8 JSON of sane depth."""
    if not json_depth_ok(data):
        _reject(path, code, f"{name} nests deeper than {JSON_MAX_DEPTH} levels", name)
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        _reject(path, code, f"{name} is not UTF-8 JSON ({exc})", name)


def _check_format(path: Path, manifest: object) -> dict:
    """The manifest, once it is known to be a mapping naming a format this version reads."""
    fmt = manifest.get("format") if isinstance(manifest, dict) else None
    if not isinstance(fmt, str) or not fmt.startswith(FORMAT_NAME + "/"):
        shown = repr(fmt) if isinstance(fmt, str | None) else f"a {type(fmt).__name__}"
        _reject(path, "unknown-format", f"{MANIFEST} does not name a jointaudit bundle format "
                f"(found {shown[:80]}, expected {FORMAT!r})", "format")
    match = FORMAT_PATTERN.match(fmt)
    if match is None:
        _reject(path, "unknown-format", f"unknown bundle format {fmt[:80]!r} (expected "
                f"{FORMAT_NAME}/<number>)", "format")
    if int(match.group(1)) > FORMAT_VERSION:
        _reject(path, "newer-format", f"the bundle is in format {fmt}, written by a newer "
                f"jointaudit; this version reads up to {FORMAT}. Update jointaudit to "
                "import it", "format")
    assert isinstance(manifest, dict)  # a format string was found in it
    return manifest


def _check_sender(path: Path, manifest: dict) -> str | None:
    sender = manifest.get("sender")
    if sender is None:
        return None
    if not isinstance(sender, dict) or not all(
            isinstance(sender.get(k, ""), str) and len(sender.get(k, "")) <= 500
            for k in ("name", "organisation", "fingerprint")):
        _reject(path, "invalid-manifest", f"{MANIFEST}: 'sender' must be an object with a "
                "name, organisation and fingerprint as text", "sender")
    note = manifest.get("note", "")
    if not isinstance(note, str) or len(note) > 10_000:
        _reject(path, "invalid-manifest", f"{MANIFEST}: 'note' must be text of at most "
                "10,000 characters", "note")
    return sender.get("fingerprint")


def read_bundle(path: str | Path) -> Bundle:
    """Open and verify a bundle completely, or raise :class:`BundleRejected`."""
    path = Path(path)
    if not path.is_file():
        _reject(path, "not-found", "no such bundle file")
    if not zipfile.is_zipfile(path):
        _reject(path, "not-zip", "not a jointaudit bundle (it is not a zip archive)")
    try:
        with zipfile.ZipFile(path) as zf:
            return _read_open(path, zf)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, zlib.error,
            RuntimeError, NotImplementedError, ValueError) as exc:
        _reject(path, "damaged", f"the archive is damaged ({type(exc).__name__}: {exc})")


def _read_open(path: Path, zf: zipfile.ZipFile) -> Bundle:
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        _reject(path, "oversize", f"{len(infos):,} members; the limit is {MAX_MEMBERS:,}")
    seen: set[str] = set()
    for info in infos:
        _check_entry(path, info, seen)
    total = sum(i.file_size for i in infos)
    if total > TOTAL_MAX_BYTES:
        _reject(path, "zip-bomb", f"the archive expands to {total:,} bytes; the limit is "
                f"{TOTAL_MAX_BYTES:,}")
    by_name = {i.filename: i for i in infos}
    if MANIFEST not in by_name:
        _reject(path, "missing-member", f"no {MANIFEST}: not a jointaudit bundle", MANIFEST)
    if by_name[MANIFEST].file_size > MANIFEST_MAX_BYTES:
        _reject(path, "oversize", f"{MANIFEST} is {by_name[MANIFEST].file_size:,} bytes; the "
                f"limit is {MANIFEST_MAX_BYTES:,}", MANIFEST)
    manifest_bytes = _read_member(path, zf, by_name[MANIFEST])
    manifest = _check_format(path, load_json(path, MANIFEST, manifest_bytes,
                                             "invalid-manifest"))
    claimed = _check_sender(path, manifest)
    listed = _listed_members(path, manifest)
    sender = _check_signature(path, zf, by_name, manifest_bytes)
    if sender is not None and claimed != sender.fingerprint:
        _reject(path, "bad-signature", f"the manifest names sender {claimed}, but it is signed "
                f"by {sender.fingerprint}", "sender")
    for name in by_name:
        if name not in listed and name not in (MANIFEST, SIGNATURE):
            _reject(path, "unexpected-member", f"the member {name!r} is not listed in the "
                    "manifest (added after the bundle was made?)", name)
    small: dict[str, bytes] = {}
    lazy: dict[str, dict] = {}
    for name, entry in listed.items():
        if name not in by_name:
            _reject(path, "missing-member", f"the member {name!r} listed in the manifest is "
                    "missing from the archive", name)
        info = by_name[name]
        if name.startswith("evidence/"):
            digest, size = _hash_member(path, zf, info)
            if size != entry["size"] or digest != entry["sha256"]:
                _reject(path, "tampered", f"the member {name!r} was altered: its SHA-256 does "
                        "not match the manifest", name)
            if digest != name.split("/", 1)[1]:
                _reject(path, "evidence-mismatch", f"the evidence file {name!r} does not hash "
                        f"to its name (its SHA-256 is {digest})", name)
            lazy[name] = entry
            continue
        if info.file_size > JSON_MAX_BYTES:
            _reject(path, "oversize", f"the member {name!r} is {info.file_size:,} bytes; the "
                    f"limit for data members is {JSON_MAX_BYTES:,}", name)
        data = _read_member(path, zf, info)
        if len(data) != entry["size"] or sha256(data) != entry["sha256"]:
            _reject(path, "tampered", f"the member {name!r} was altered: its SHA-256 does not "
                    "match the manifest", name)
        small[name] = data
    bundle = Bundle(path, manifest, Members(path, small, lazy), sender)
    for name, data in small.items():
        if name.startswith("keys/"):
            try:
                bundle.keys.append(parse_public_key(data, f"{path}!{name}"))
            except InvalidInput as exc:
                _reject(path, "invalid-content", str(exc), name)
    return bundle


def _listed_members(path: Path, manifest: dict) -> dict[str, dict]:
    entries = manifest.get("members")
    if not isinstance(entries, list) or len(entries) > MAX_MEMBERS:
        _reject(path, "invalid-manifest", f"{MANIFEST}: 'members' must be a list of at most "
                f"{MAX_MEMBERS:,} entries", "members")
    listed: dict[str, dict] = {}
    for n, entry in enumerate(entries):
        where = f"members[{n}]"
        if not (isinstance(entry, dict) and isinstance(entry.get("name"), str)
                and isinstance(entry.get("sha256"), str)
                and SHA256_PATTERN.match(entry["sha256"])
                and type(entry.get("size")) is int and 0 <= entry["size"] <= MEMBER_MAX_BYTES):
            _reject(path, "invalid-manifest", f"{MANIFEST}: expected name, sha256 (64 hex "
                    f"digits) and size (0 to {MEMBER_MAX_BYTES:,} bytes)", where)
        if not MEMBER_NAME.match(entry["name"]):
            _reject(path, "unexpected-member", f"the manifest lists {entry['name']!r}, which is "
                    "not a member a bundle may hold", where)
        if entry["name"] in listed:
            _reject(path, "duplicate-name", f"the manifest lists {entry['name']!r} twice", where)
        listed[entry["name"]] = entry
    return listed


def _check_signature(path: Path, zf, by_name, manifest_bytes: bytes) -> PublicKeyInfo | None:
    if SIGNATURE not in by_name:
        return None
    if by_name[SIGNATURE].file_size > SIGNATURE_MAX_BYTES:
        _reject(path, "bad-signature", f"{SIGNATURE} is too large for a signature file",
                SIGNATURE)
    sig = load_json(path, SIGNATURE, _read_member(path, zf, by_name[SIGNATURE]),
                    "bad-signature")
    if not (isinstance(sig, dict) and isinstance(sig.get("public_key"), str)
            and isinstance(sig.get("signature"), str)):
        _reject(path, "bad-signature", f"{SIGNATURE} is not a valid signature file (expected "
                "a public key file and a base64 signature, both as text)", SIGNATURE)
    try:
        key = parse_public_key(sig["public_key"].encode("utf-8"), f"{path}!{SIGNATURE}")
    except (InvalidInput, UnicodeEncodeError) as exc:
        _reject(path, "bad-signature", f"{SIGNATURE} is not a valid signature file ({exc})",
                SIGNATURE)
    if not verify_signature(key.public_key, sig["signature"], manifest_bytes):
        _reject(path, "bad-signature", "the sender's signature does not match the manifest "
                f"(signed with another key than {key.fingerprint}, or the manifest was "
                "altered)", SIGNATURE)
    return key
