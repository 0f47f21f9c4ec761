"""Fuzzing bundles: any manifest or content a sender (or an attacker) can write is either
refused with a coded error — the receiving workspace byte for byte as it was, no file left
beside it — or imported as valid data that passes `jointaudit check`. Never a traceback.

Each example starts from a real unsigned bundle (a plan, two findings, a photo), changes one
place of the manifest or of one content document to a hostile value (a wrong type, a huge
number, text where a date belongs, a deep structure, the key removed), re-lists the changed
member's hash so that the content itself is judged, and imports it with explicit acceptance
of the unsigned sender."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from jointaudit.common.errors import JointAuditError
from jointaudit.exchange.content import export_bundle
from jointaudit.exchange.importer import apply_import
from jointaudit.services.trust import check_workspace
from jointaudit.store.db import open_workspace
from tests.core._trust_world import (
    add_evidence,
    add_finding,
    build_schemes,
    build_world,
    new_workspace,
)

MANIFEST = "manifest.json"
CONTENT = ("template.json", "plan.json", "findings.json")
DELETE = object()  # remove the key (or list element) instead of replacing it


@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("fuzz")
    with new_workspace(tmp / "ana.jaworkspace") as ws, ws.session() as s:
        world = build_world(s)
        f = add_finding(s, world, "item-1", "minor_gap", "Policy signed but not published")
        add_evidence(s, f, "policy-board.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
        add_finding(s, world, "item-2", "conforms", "Helmets worn underground")
        bundle = export_bundle(s, tmp / "esperanza.jabundle", plan_id=world.plan_id)
    with new_workspace(tmp / "rjc.jaworkspace") as ws, ws.session() as s:
        build_schemes(s)
    with zipfile.ZipFile(bundle) as zf:
        members = {i.filename: zf.read(i) for i in zf.infolist()}
    return members, (tmp / "rjc.jaworkspace").read_bytes()


def places(doc, prefix=()):
    """Every place in a JSON document, as a path of keys and indexes."""
    out = [prefix] if prefix else []
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += places(v, (*prefix, k))
    elif isinstance(doc, list):
        for n, v in enumerate(doc[:6]):
            out += places(v, (*prefix, n))
    return out


def put(doc, path, value):
    *parents, last = path
    for key in parents:
        doc = doc[key]
    if value is DELETE:
        del doc[last]
    else:
        doc[last] = value


HOSTILE = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70)
    | st.floats(allow_nan=False) | st.text(max_size=24)
    | st.sampled_from(["²", "1" * 5000, "9999-12-31", "2027-02-30", "pwned", "../../x",
                       "jointaudit-bundle/²", "=HYPERLINK(\"http://x\",\"y\")", "x" * 70_000]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=3),
    max_leaves=6) | st.just(DELETE)


def write_zip(path: Path, members: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)


def relist(members: dict[str, bytes], name: str) -> None:
    manifest = json.loads(members[MANIFEST])
    for entry in manifest["members"]:
        if entry["name"] == name:
            entry["sha256"] = hashlib.sha256(members[name]).hexdigest()
            entry["size"] = len(members[name])
    members[MANIFEST] = json.dumps(manifest).encode()


def dump(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def import_and_judge(members: dict[str, bytes], receiver: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws_path = folder / "rjc.jaworkspace"
        ws_path.write_bytes(receiver)
        bundle = folder / "in.jabundle"
        write_zip(bundle, members)
        before, files = dump(ws_path), sorted(folder.iterdir())
        try:
            with open_workspace(ws_path) as ws:
                apply_import(ws, bundle, {}, accept_unsigned=True)
        except JointAuditError as exc:  # refused: coded, and nothing written
            event(f"refused: {exc.code}")
            assert exc.code != "error" and "." in exc.code, (exc.code, str(exc))
            assert dump(ws_path) == before
            left = sorted(p for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm")))
            assert left == [p for p in files if not p.name.endswith(("-wal", "-shm"))]
            return
        event("imported")
        report = check_workspace(ws_path)  # imported: valid data
        assert report.ok, str(report)
        shutil.rmtree(folder, ignore_errors=True)


SETTINGS = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@SETTINGS
@given(data=st.data())
def test_any_change_to_the_manifest_is_refused_with_a_code_or_imported_valid(originals, data):
    members, receiver = originals
    members = dict(members)
    manifest = json.loads(members[MANIFEST])
    path = data.draw(st.sampled_from(places(manifest)), label="place")
    put(manifest, path, data.draw(HOSTILE, label="value"))
    members[MANIFEST] = json.dumps(manifest).encode()
    import_and_judge(members, receiver)


@SETTINGS
@given(data=st.data())
def test_any_change_to_the_content_is_refused_with_a_code_or_imported_valid(originals, data):
    members, receiver = originals
    members = dict(members)
    name = data.draw(st.sampled_from([n for n in CONTENT if n in members]), label="member")
    doc = json.loads(members[name])
    path = data.draw(st.sampled_from(places(doc)), label="place")
    put(doc, path, data.draw(HOSTILE, label="value"))
    members[name] = json.dumps(doc).encode()
    relist(members, name)
    import_and_judge(members, receiver)


def test_the_unchanged_bundle_imports_valid(originals):
    # the property's other half is reachable: the untouched bundle is imported, not refused
    members, receiver = originals
    with tempfile.TemporaryDirectory() as tmp:
        ws_path = Path(tmp) / "rjc.jaworkspace"
        ws_path.write_bytes(receiver)
        write_zip(Path(tmp) / "in.jabundle", members)
        with open_workspace(ws_path) as ws:
            report = apply_import(ws, Path(tmp) / "in.jabundle", {}, accept_unsigned=True)
        assert report.created and check_workspace(ws_path).ok
