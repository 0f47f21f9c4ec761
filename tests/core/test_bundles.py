"""Exchange bundles move a template, a plan and its findings between offline machines. Import
verifies everything first: every defect is refused with its own message and the receiving
workspace is left exactly as it was."""

from __future__ import annotations

import json
import sqlite3
import stat
import warnings
import zipfile
from pathlib import Path

import pytest
from sqlmodel import select

from jointaudit.exchange import bundles
from jointaudit.exchange.bundles import BundleRejected, read_bundle
from jointaudit.exchange.content import export_bundle
from jointaudit.exchange.importer import apply_import, preview_import
from jointaudit.store.models import Evidence, Finding, FindingHistory, JointItem, TemplateApproval
from jointaudit.trust.keys import Signer
from jointaudit.trust.signing import (
    APPROVED,
    UNTRUSTED,
    approve_template,
    template_approvals,
    trust_key,
)
from tests.core._trust_world import (
    add_evidence,
    add_finding,
    build_schemes,
    build_world,
    new_workspace,
)

ANA = Signer.generate("Ana Restrepo", "Andes Audit SAS", "auditor")
LENA = Signer.generate("Lena Ortiz", "RJC", "scheme_staff", ["rjc-cop"])
PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


@pytest.fixture
def sent(tmp_path):
    """Ana's workspace with an approved template, a visit, two findings and a photo,
    exported as a signed bundle."""
    with new_workspace(tmp_path / "ana.jaworkspace") as ws, ws.session() as s:
        world = build_world(s)
        approve_template(s, world.template_id, "rjc-cop", LENA)
        f = add_finding(s, world, "item-1", "minor_gap", "Policy signed but not published")
        add_evidence(s, f, "policy-board.png", PHOTO)
        add_finding(s, world, "item-2", "conforms", "Helmets and boots worn underground")
        path = export_bundle(s, tmp_path / "esperanza.jabundle", plan_id=world.plan_id,
                             signer=ANA, note="fieldwork day 2")
    return path


@pytest.fixture
def receiver(tmp_path):
    """Scheme staff's workspace: the same packs, nothing else yet."""
    ws = new_workspace(tmp_path / "rjc.jaworkspace")
    with ws.session() as s:
        build_schemes(s)
    yield ws
    ws.close()


def dump(ws) -> str:
    con = sqlite3.connect(ws.path)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def test_a_bundle_round_trips_template_approvals_plan_findings_and_evidence(sent, receiver):
    bundle = read_bundle(sent)
    assert bundle.sender.fingerprint == ANA.fingerprint
    assert sorted(bundle.members) == sorted([
        "template.json", "plan.json", "findings.json",
        f"evidence/{bundles.sha256(PHOTO)}", f"keys/{LENA.fingerprint.replace(':', '')}.jakey",
        f"keys/{ANA.fingerprint.replace(':', '')}.jakey"])
    preview = preview_import(receiver, sent)
    assert preview.created[:2] == ["template 'RJC + Fairmined gold mine'",
                                   "approval for rjc-cop by Lena Ortiz"]
    assert (preview.sender, preview.sender_trusted) == ("Ana Restrepo (Andes Audit SAS)", False)
    assert sorted(preview.offered_keys) == sorted([f"Ana Restrepo {ANA.fingerprint}",
                                                   f"Lena Ortiz {LENA.fingerprint}"])
    report = apply_import(receiver, sent, actor="Lena Ortiz", accept_unsigned=True)
    assert report.backup is not None and report.backup.exists()
    with receiver.session() as s:
        findings = {f.item_key: f for f in s.exec(select(Finding))}
        assert findings["item-1"].observation == "Policy signed but not published"
        item = s.get(JointItem, findings["item-1"].joint_item_id)
        assert item.item_key == "item-1"  # linked to this workspace's copy of the item
        ev = s.exec(select(Evidence)).one()
        assert (ev.filename, ev.data) == ("policy-board.png", PHOTO)
        assert len(s.exec(select(JointItem)).all()) == 2
        template_id = s.exec(select(TemplateApproval)).one().template_id
        # the approval travelled; it counts here once Lena's key is trusted for RJC
        assert {a.scheme_id: a.status for a in template_approvals(s, template_id)}[
            "rjc-cop"] == UNTRUSTED
        trust_key(s, LENA.identity, ["rjc-cop"])
    with receiver.session() as s:
        assert {a.scheme_id: a.status for a in template_approvals(s, template_id)}[
            "rjc-cop"] == APPROVED
    # importing the same bundle again changes nothing, and so writes nothing
    before = dump(receiver)
    again = apply_import(receiver, sent, accept_unsigned=True)
    assert (again.created, again.updated, again.unchanged, again.backup) == ([], [], 2, None)
    assert dump(receiver) == before


def _rewrite(src: Path, dst: Path, *, drop=(), replace=None, add=(), manifest=None,
             raw_infos=()):
    """Copy a bundle's members, dropping, replacing or adding some, without re-hashing."""
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            data = replace.get(info.filename, zin.read(info))
            if info.filename == "manifest.json" and manifest is not None:
                data = manifest(json.loads(data))
                data = json.dumps(data).encode()
            zout.writestr(info.filename, data)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns on the duplicate we add on purpose
            for name, data in add:
                zout.writestr(name, data)
            for info, data in raw_infos:
                zout.writestr(info, data)
    return dst


def _symlink_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _bomb_info() -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo("evidence/" + "0" * 64)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info, bytes(30 * 1024 * 1024)


def _resigned_by_mallory(src: Path, dst: Path) -> Path:
    """Mallory signs the manifest with her key but presents Ana's public key."""
    with zipfile.ZipFile(src) as z:
        manifest = z.read("manifest.json")
        sig = json.loads(z.read("manifest.sig"))
    sig["signature"] = Signer.generate("Mallory").sign(manifest)
    return _rewrite(src, dst, replace={"manifest.sig": json.dumps(sig).encode()})


CASES = {
    "tampered member": ("tampered", "'findings.json' was altered: its SHA-256 does not match",
                        lambda s, d: _rewrite(s, d, replace={
                            "findings.json": b'{"findings": []}'})),
    "missing member": ("missing-member", "'plan.json' listed in the manifest is missing",
                       lambda s, d: _rewrite(s, d, drop={"plan.json"})),
    "zip-slip entry": ("zip-slip", "'../../.bashrc' points outside the bundle",
                       lambda s, d: _rewrite(s, d, add=[("../../.bashrc", b"rm -rf ~")])),
    "absolute path": ("absolute-path", "'/etc/cron.d/x' has an absolute or Windows path",
                      lambda s, d: _rewrite(s, d, add=[("/etc/cron.d/x", b"* * * * *")])),
    "symlink": ("symlink", "'keys/evil' is a symbolic link",
                lambda s, d: _rewrite(s, d, raw_infos=[(_symlink_info("keys/evil"),
                                                        b"/home/ana/.ssh/id_ed25519")])),
    "zip bomb": ("zip-bomb", "refused as a zip bomb",
                 lambda s, d: _rewrite(s, d, raw_infos=[_bomb_info()])),
    "duplicate name": ("duplicate-name", "'plan.json' appears twice",
                       lambda s, d: _rewrite(s, d, add=[("plan.json", b"{}")])),
    "unlisted member": ("unexpected-member", "'notes.txt' is not listed in the manifest",
                        lambda s, d: _rewrite(s, d, add=[("notes.txt", b"hi")])),
    "wrong signature": ("bad-signature", "the sender's signature does not match the manifest",
                        _resigned_by_mallory),
    "newer format version": ("newer-format", "format jointaudit-bundle/2, written by a newer "
                             "jointaudit", lambda s, d: _rewrite(
                                 s, d, drop={"manifest.sig"},
                                 manifest=lambda m: {**m, "format": "jointaudit-bundle/2"})),
    "unknown format": ("unknown-format", "does not name a jointaudit bundle format",
                       lambda s, d: _rewrite(s, d, drop={"manifest.sig"},
                                             manifest=lambda m: {**m, "format": "zip/1"})),
    "not a zip": ("not-zip", "it is not a zip archive",
                  lambda s, d: (d.write_bytes(b"PK? no, just text"), d)[1]),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_defect_is_refused_with_its_own_message_and_the_workspace_unchanged(
        case, sent, receiver, tmp_path):
    code, message, make = CASES[case]
    bad = make(sent, tmp_path / f"{case}.jabundle")
    before = dump(receiver)
    with pytest.raises(BundleRejected) as err:
        apply_import(receiver, bad, accept_unsigned=True)
    assert err.value.code == f"bundle.{code}"
    assert message in str(err.value)
    assert str(bad) in str(err.value)
    assert dump(receiver) == before
    assert not list(tmp_path.glob("rjc.jaworkspace-before-bundle-import-*"))  # no backup


def test_the_messages_are_all_different(sent, tmp_path):
    codes = set()
    for case, (_code, _message, make) in CASES.items():
        with pytest.raises(BundleRejected) as err:
            read_bundle(make(sent, tmp_path / f"{case}.jabundle"))
        codes.add(err.value.code)
    assert len(codes) == len(CASES)


def test_an_oversize_member_is_refused(sent, receiver, tmp_path, monkeypatch):
    monkeypatch.setattr(bundles, "MEMBER_MAX_BYTES", 10_000)
    before = dump(receiver)
    with pytest.raises(BundleRejected) as err:
        apply_import(receiver, sent, accept_unsigned=True)
    assert err.value.code == "bundle.oversize"
    assert "the limit is 10,000" in str(err.value)
    assert dump(receiver) == before


def test_a_template_whose_packs_are_missing_is_refused_before_anything_is_written(sent, tmp_path):
    with new_workspace(tmp_path / "empty.jaworkspace") as ws:
        before = dump(ws)
        with pytest.raises(BundleRejected, match="import their packs first") as err:
            apply_import(ws, sent, accept_unsigned=True)
        assert err.value.code == "bundle.missing-pack"
        assert dump(ws) == before


def test_invalid_content_names_member_and_field(sent, receiver, tmp_path):
    with zipfile.ZipFile(sent) as z:
        members = {n: z.read(n) for n in z.namelist() if n not in ("manifest.json",
                                                                       "manifest.sig")}
    doc = json.loads(members["findings.json"])
    doc["findings"][0]["revision"] = "two"
    members["findings.json"] = json.dumps(doc).encode()
    bad = bundles.write_bundle(tmp_path / "bad.jabundle", members, signer=ANA)
    with pytest.raises(BundleRejected) as err:
        apply_import(receiver, bad, accept_unsigned=True)
    assert err.value.code == "bundle.invalid-content"
    assert "bad.jabundle!findings.json: findings.0.revision" in str(err.value)


def test_history_travels_with_findings(sent, receiver):
    apply_import(receiver, sent, accept_unsigned=True)
    with receiver.session() as s:
        assert s.exec(select(FindingHistory)).all() == []
        assert {f.revision for f in s.exec(select(Finding))} == {1}
