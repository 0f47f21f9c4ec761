"""Write the hostile-input corpus: crafted bundles, tables, packs and key files, each with the
refusal code it must get (``expected.json``). tests/core/test_hostile_corpus.py runs them.

Run from the repository root: ``python -m tests.data.hostile.make_corpus``. The crafted
files are committed; this script says how each was made. Bundles start from one real,
unsigned export of the trust tests' world (RJC COP 2019 + Fairmined 2014, a plan, a visit,
two findings and a photo) and change one thing each, re-hashing the manifest so that the
change reaches the check it is aimed at.
"""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
EXPECTED: dict[str, str] = {}


def _base_members(tmp: Path) -> dict[str, bytes]:
    from jointaudit.exchange.bundles import read_bundle
    from jointaudit.exchange.content import export_bundle
    from tests.core._trust_world import add_evidence, add_finding, build_world, new_workspace

    with new_workspace(tmp / "ana.jaworkspace") as ws, ws.session() as s:
        world = build_world(s)
        f = add_finding(s, world, "item-1", "minor_gap", "Policy signed but not published")
        add_evidence(s, f, "policy-board.png", PHOTO)
        add_finding(s, world, "item-2", "conforms", "Helmets and boots worn underground")
        path = export_bundle(s, tmp / "base.jabundle", plan_id=world.plan_id)
    return dict(read_bundle(path).members)


def _zip(name: str, members: dict[str, bytes], manifest: dict | bytes | None = None,
         extra=()) -> None:
    """Write members with a manifest listing them (re-hashed), or the manifest given."""
    from jointaudit.exchange.bundles import FORMAT, sha256

    if manifest is None:
        manifest = {"format": FORMAT, "created_at": "2026-11-02T10:00:00+00:00",
                    "sender": None, "note": "",
                    "members": [{"name": n, "sha256": sha256(d), "size": len(d)}
                                for n, d in sorted(members.items())]}
    data = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()
    with zipfile.ZipFile(HERE / "bundles" / name, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", data)
        for n, d in sorted(members.items()):
            zf.writestr(n, d)
        for info, d in extra:
            zf.writestr(info, d)


def _manifest(m: dict[str, bytes], **changes) -> dict:
    from jointaudit.exchange.bundles import FORMAT, sha256

    return {"format": FORMAT, "created_at": "2026-11-02T10:00:00+00:00", "sender": None,
            "note": "", "members": [{"name": n, "sha256": sha256(d), "size": len(d)}
                                    for n, d in sorted(m.items())], **changes}


def _with(members: dict[str, bytes], name: str, edit) -> dict[str, bytes]:
    doc = json.loads(members[name])
    edit(doc)
    return {**members, name: json.dumps(doc).encode()}


def bundle(name: str, code: str, **kw) -> None:
    EXPECTED[f"bundles/{name}"] = code
    _zip(name, **kw)


def make_bundles(m: dict[str, bytes]) -> None:
    (HERE / "bundles").mkdir(exist_ok=True)
    deep = b"[" * 100_000 + b"]" * 100_000
    bundle("format-superscript-two.jabundle", "bundle.unknown-format", members=m,
           manifest=_manifest(m, format="jointaudit-bundle/\u00b2"))
    bundle("format-5000-digits.jabundle", "bundle.unknown-format", members=m,
           manifest=_manifest(m, format="jointaudit-bundle/" + "9" * 5000))
    bundle("sender-is-a-list.jabundle", "bundle.invalid-manifest", members=m,
           manifest=_manifest(m, sender=["Ana", "Andes Audit"]))
    bundle("manifest-deep-json.jabundle", "bundle.invalid-manifest", members=m,
           manifest=b'{"format": "jointaudit-bundle/1", "x": ' + deep + b"}")
    bundle("findings-deep-json.jabundle", "bundle.invalid-content",
           members={**m, "findings.json": b'{"findings": ' + deep + b"}"})
    bundle("size-not-a-number.jabundle", "bundle.invalid-manifest", members=m,
           manifest=_manifest(m, members=[{**e, "size": str(e["size"])}
                                           for e in _manifest(m)["members"]]))

    bundle("encrypted-member.jabundle", "bundle.encrypted", members=m)
    _patch_header(HERE / "bundles" / "encrypted-member.jabundle", "plan.json", "flags", 0x1)
    bundle("unknown-compression.jabundle", "bundle.unsupported-compression", members=m)
    _patch_header(HERE / "bundles" / "unknown-compression.jabundle", "plan.json", "method", 99)

    sig = {"public_key": "x", "signature": 12345}
    EXPECTED["bundles/numeric-signature.jabundle"] = "bundle.bad-signature"
    _zip("numeric-signature.jabundle", m)
    with zipfile.ZipFile(HERE / "bundles" / "numeric-signature.jabundle", "a") as zf:
        zf.writestr("manifest.sig", json.dumps(sig))

    def bad_links(doc):
        from jointaudit.trust.signing import content_hash

        doc["content"]["links"] = [{"source": "rjc-cop@2019", "target": 7}]
        doc["content_hash"] = content_hash(doc["content"])  # the hash is right, the links not
    bundle("template-links-malformed.jabundle", "bundle.invalid-content",
           members=_with(m, "template.json", bad_links))

    def dup_uid(doc):
        doc["findings"][1]["uid"] = doc["findings"][0]["uid"]
    bundle("finding-duplicate-uid.jabundle", "bundle.invalid-content",
           members=_with(m, "findings.json", dup_uid))

    def pwned(doc):
        doc["findings"][0]["severity"] = "pwned"
    bundle("severity-free-text.jabundle", "bundle.invalid-content",
           members=_with(m, "findings.json", pwned))

    def status(doc):
        doc["visits"][0]["status"] = "whatever"
    bundle("visit-status-free-text.jabundle", "bundle.invalid-content",
           members=_with(m, "plan.json", status))

    def site_type(doc):
        doc["site"]["site_type"] = "volcano"
    bundle("site-type-free-text.jabundle", "bundle.invalid-content",
           members=_with(m, "plan.json", site_type))

    def reversed_visit(doc):
        doc["visits"][0]["start"], doc["visits"][0]["end"] = "2027-03-11", "2027-03-08"
    bundle("visit-dates-reversed.jabundle", "bundle.invalid-content",
           members=_with(m, "plan.json", reversed_visit))

    def horizon(doc):
        doc["horizon_years"] = 1_000_000
    bundle("horizon-million-years.jabundle", "bundle.invalid-content",
           members=_with(m, "plan.json", horizon))

    def year_9999(doc):
        doc["visits"][0]["start"], doc["visits"][0]["end"] = "9999-12-30", "9999-12-31"
    bundle("visit-year-9999.jabundle", "bundle.invalid-content",
           members=_with(m, "plan.json", year_9999))

    def revision_text(doc):
        doc["findings"][0]["revision"] = "2"
    bundle("revision-as-text.jabundle", "bundle.invalid-content",
           members=_with(m, "findings.json", revision_text))

    photo = next(n for n in m if n.startswith("evidence/"))
    swapped = {k: v for k, v in m.items() if k != photo}
    swapped[photo] = b"not the photo whose hash names this member"
    bundle("evidence-bytes-not-their-hash.jabundle", "bundle.evidence-mismatch",
           members=swapped)

    bundle("unsigned-but-sound.jabundle", "bundle.unsigned", members=m)


def _patch_header(path: Path, member: str, field: str, value: int) -> None:
    """Set a member's flags or compression method in both zip headers (zipfile will not
    write an encrypted flag or an unknown method itself)."""
    raw = bytearray(path.read_bytes())
    name = member.encode()
    offsets = {"flags": (6, 8), "method": (8, 10)}[field]
    for (sig, name_at), offset in zip(((b"PK\x03\x04", 30), (b"PK\x01\x02", 46)), offsets,
                                      strict=True):
        start = 0
        while (start := raw.find(sig, start)) != -1:
            if raw[start + name_at:start + name_at + len(name)] == name:
                raw[start + offset:start + offset + 2] = value.to_bytes(2, "little")
            start += 4
    path.write_bytes(bytes(raw))


def table(name: str, code: str, data: bytes) -> None:
    (HERE / "tables").mkdir(exist_ok=True)
    (HERE / "tables" / name).write_bytes(data)
    EXPECTED[f"tables/{name}"] = code


def _xlsx(sheets: bool = True, cell: str = "Mina La Esperanza") -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["name", "country", "site_type"])
    sheet.append([cell, "CO", "mine"])
    out = io.BytesIO()
    book.save(out)
    if sheets:
        return out.getvalue()
    src = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    dst_io = io.BytesIO()
    with zipfile.ZipFile(dst_io, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                continue
            if info.filename == "xl/workbook.xml":
                data = data.replace(data[data.find(b"<sheets>"):data.find(b"</sheets>") + 9],
                                    b"<sheets/>")
            dst.writestr(info, data)
    return dst_io.getvalue()


def _xlsx_with_entities() -> bytes:
    src = zipfile.ZipFile(io.BytesIO(_xlsx()))
    dst_io = io.BytesIO()
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1
                                                     else b"&lol;") * 10) for i in range(1, 9))
           + b']>')
    with zipfile.ZipFile(dst_io, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = lol + data[data.find(b"<worksheet"):]
                data = data.replace(b"Mina La Esperanza", b"&lol8;")
            dst.writestr(info, data)
    return dst_io.getvalue()


def make_tables() -> None:
    head = b"name,country,site_type,max_visit_days\n"
    table("sites-superscript-digit.csv", "table.bad-value",
          head + "Mina La Esperanza,CO,mine,\u00b2\n".encode())
    table("sites-arabic-indic-digit.csv", "table.bad-value",
          head + "Mina La Esperanza,CO,mine,\u0663\n".encode())
    table("sites-huge-count.csv", "table.bad-value",
          head + b"Mina La Esperanza,CO,mine,99999999999999999999\n")
    table("sites-128k-field.csv", "table.cell-too-long",
          head + b"Mina " + b"x" * 131_100 + b",CO,mine,5\n")
    table("sites-40k-cell.csv", "table.cell-too-long",
          head + b"Mina " + b"y" * 40_000 + b",CO,mine,5\n")
    table("sites-not-utf8.csv", "input.not-utf8", head + b"Mina La Esperan\xe7a,CO,mine,5\n")
    table("sites-malformed.xlsx", "table.xlsx", b"PK\x03\x04 this is not really a workbook")
    table("sites-encrypted.xlsx", "table.xlsx-encrypted",
          b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    table("sites-no-sheet.xlsx", "table.xlsx-no-sheet", _xlsx(sheets=False))
    table("sites-xml-entities.xlsx", "table.xlsx-unsafe", _xlsx_with_entities())
    table("sites-zip-bomb.xlsx", "table.xlsx-oversize", _xlsx_bomb())
    table("outcomes-huge-count.csv", "outcome.count",
          b"site,scheme_version,kind,start,end,minor_ncs\n"
          b"Mina La Esperanza,example-mining@1.0,certification,2026-03-02,2026-03-05,"
          b"9223372036854775808\n")
    table("outcomes-year-9999.csv", "outcome.date",
          b"site,scheme_version,kind,start,end\n"
          b"Mina La Esperanza,example-mining@1.0,certification,9999-03-02,9999-03-05\n")


def _xlsx_bomb() -> bytes:
    src = zipfile.ZipFile(io.BytesIO(_xlsx()))
    dst_io = io.BytesIO()
    with zipfile.ZipFile(dst_io, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</worksheet>", b"<!--" + b" " * 300_000_000 + b"-->"
                                    b"</worksheet>")
            dst.writestr(info.filename, data)
    return dst_io.getvalue()


def pack(name: str, code: str, old: str, new: str) -> None:
    (HERE / "packs").mkdir(exist_ok=True)
    base = (HERE.parent / "minimal_pack.yaml").read_text(encoding="utf-8")
    assert old in base, old
    (HERE / "packs" / name).write_text(base.replace(old, new, 1), encoding="utf-8")
    EXPECTED[f"packs/{name}"] = code


def make_packs() -> None:
    pack("validity-years-as-text.yaml", "pack.not-a-number", "validity: {years: 3}",
         'validity: {years: "1000000000"}')
    pack("validity-billion-years.yaml", "pack.number-out-of-bounds", "validity: {years: 3}",
         "validity: {years: 1000000000}")
    pack("person-days-infinite.yaml", "pack.number-out-of-bounds",
         "{site_type: mine, size: small, days: 2}", "{site_type: mine, size: small, days: .inf}")
    pack("on-site-days-nan.yaml", "pack.greater_than_equal", "on_site_days: 2",
         "on_site_days: .nan")
    pack("cooling-off-100000-days.yaml", "pack.number-out-of-bounds",
         "coi_cooling_off: {years: 2}", "coi_cooling_off: {years: 2, days: 100000}")
    pack("cooling-off-quoted.yaml", "pack.not-a-number", "coi_cooling_off: {years: 2}",
         'coi_cooling_off: {years: "2"}')


def key(name: str, code: str, data: bytes) -> None:
    (HERE / "keys").mkdir(exist_ok=True)
    (HERE / "keys" / name).write_bytes(data)
    EXPECTED[f"keys/{name}"] = code


def make_keys() -> None:
    from jointaudit.trust.keys import Signer

    good = json.loads(Signer.generate("Lena Ortiz", "RJC", "scheme_staff").identity.to_json())
    key("deeply-nested.jakey", "key.invalid", b"[" * 30_000 + b"]" * 30_000)
    key("not-json.jakey", "key.invalid", b"-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n")
    key("not-utf8.jakey", "key.invalid", b'{"name": "Lena \xff"}')
    key("wrong-format.jakey", "key.invalid", json.dumps({**good, "format": "pgp"}).encode())
    key("key-not-base64.jakey", "key.invalid",
        json.dumps({**good, "public_key": "not base64 at all!"}).encode())
    key("name-is-a-number.jakey", "key.invalid", json.dumps({**good, "name": 7}).encode())
    key("fingerprint-forged.jakey", "key.invalid",
        json.dumps({**good, "fingerprint": "0000:0000:0000:0000:0000:0000:0000:0000"}).encode())
    key("too-large.jakey", "input.too-large", b" " * (65 * 1024) + json.dumps(good).encode())


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        make_bundles(_base_members(Path(tmp)))
    make_tables()
    make_packs()
    make_keys()
    (HERE / "expected.json").write_text(json.dumps(EXPECTED, indent=1, sort_keys=True) + "\n",
                                        encoding="utf-8")
    print(f"wrote {len(EXPECTED)} hostile inputs under {HERE}")


if __name__ == "__main__":
    main()
