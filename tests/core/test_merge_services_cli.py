"""The checklist services the UI calls (plain read data, undoable crosswalk edits, evidence
with its size cap) and the CLI commands, on the shipped packs and crosswalks."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from jointaudit.cli import main
from jointaudit.common.errors import InvalidInput
from jointaudit.services import checklist as svc
from jointaudit.store.models import EVIDENCE_MAX_BYTES
from tests.core import _merge_world
from tests.core._merge_world import (
    req,
    two_scheme_visit,
)

# A copied, already migrated workspace (see _merge_world): faster than migrating.
_migrated_workspace = _merge_world._migrated_workspace
workspace = _merge_world.workspace


@pytest.fixture
def visit(workspace):
    return two_scheme_visit(workspace, [("1.3", "equal", "4.3")])


def test_items_carry_every_schemes_clauses_and_filter(visit):
    ws, tid, vid = visit
    rows = svc.items(ws, vid)
    child = next(r for r in rows if r.title == "Child labour is not used")
    assert child.clauses == {"alpha@2019": ("1.3",), "beta@2.0": ("4.3",)}
    assert child.scheme_words == {"alpha@2019": "Not assessed", "beta@2.0": "Not yet assessed"}
    revision = svc.rate(ws, vid, child.key, "major_gap", observation="no age checks")
    assert revision == 1
    assert [r.key for r in svc.items(ws, vid, svc.ItemFilter(only_gaps=True))] == [child.key]
    assert len(svc.items(ws, vid, svc.ItemFilter(only_open=True))) == len(rows) - 1
    assert [r.title for r in svc.items(ws, vid, svc.ItemFilter(text="4.3"))] == [child.title]
    assert {r.title for r in svc.items(ws, vid, svc.ItemFilter(topic="mercury"))} == {
        "Mercury use is reduced", "Mercury management plan"}
    assert svc.rating_history(ws, vid, child.key) == []


def test_evidence_is_stored_hashed_and_refused_over_the_cap(visit):
    ws, tid, vid = visit
    key = svc.items(ws, vid)[0].key
    ev = svc.attach_evidence(ws, vid, key, "payroll.pdf", b"%PDF-1.7 ...",
                             media_type="application/pdf", effective_from=date(2027, 1, 1),
                             expires_on=date(2027, 12, 31))
    assert ev.size == 12 and len(ev.sha256) == 64
    assert svc.evidence_bytes(ws, ev.uid) == b"%PDF-1.7 ..."
    assert svc.items(ws, vid)[0].evidence == 1
    with pytest.raises(InvalidInput, match=r"video.mp4: 50.0 MiB is more than the 50 MiB"):
        svc.attach_evidence(ws, vid, key, "video.mp4", b"\0" * (EVIDENCE_MAX_BYTES + 1))
    with pytest.raises(InvalidInput, match="expires on 2026-01-01, before it takes effect"):
        svc.attach_evidence(ws, vid, key, "old.pdf", b"x", effective_from=date(2027, 1, 1),
                            expires_on=date(2026, 1, 1))


def test_crosswalk_edits_return_the_previous_state_for_undo(visit):
    ws, tid, vid = visit
    with ws.session() as s:
        a, b = req(s, "alpha@2019", "1.4").id, req(s, "beta@2.0", "4.4").id
    new = svc.LinkView(None, a, b, "", "", "subset", "accepted", "curated", 6, "beta adds a plan")
    assert svc.set_link(ws, new) is None
    before = svc.set_link(ws, new.__class__(**{**new.__dict__, "relationship": "equal"}))
    assert before.relationship == "subset"
    assert svc.remerge_template(ws, tid)["removed"]  # the two mercury items became one
    undo = svc.set_link(ws, before)  # undo: put the subset back
    assert undo.relationship == "equal"
    link_id = next(lk.id for lk in svc.links(ws, "alpha@2019", "beta@2.0")
                   if lk.source == "alpha@2019 1.4")
    listed = {r.clause_id: r for r in svc.requirements(ws, "alpha@2019")}
    assert listed["1.4"].linked == 1 and not listed["1"].assessable
    deleted = svc.delete_link(ws, link_id)
    assert svc.set_link(ws, deleted) is None  # undo of the delete recreates it
    with pytest.raises(InvalidInput, match="intersects link needs the wording"):
        svc.set_link(ws, new.__class__(**{**new.__dict__, "relationship": "intersects"}))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.jaworkspace"
    assert main(["demo", str(path)]) == 0
    assert main(["crosswalk", "import", str(path)]) == 0
    return path


def test_cli_merge_prints_the_reduction_and_writes_the_exports(demo, tmp_path, capsys):
    out_json = tmp_path / "c.json"
    code = main(["merge", str(demo), "--schemes", "rjc-cop,fairmined", "--site",
                 "Cooperativa Minera La Esperanza", "--date", "2027-03-10",
                 "--xlsx", str(tmp_path / "c.xlsx"), "--json", str(out_json)])
    text = capsys.readouterr().out
    assert code == 0
    n = int(re.search(r"fairmined@2.0: (\d+) assessable requirements → (\d+) joint items",
                      text).group(1))
    assert f"{n} assessable requirements → {n - 8} joint items" in text
    doc = json.loads(out_json.read_text())
    excluded = {(e["version"], e["clause"]) for e in doc["excluded"]}
    assert ("rjc-cop@2019", "29") in excluded  # diamonds only; the cooperative mines gold
    assert (tmp_path / "c.xlsx").stat().st_size > 5000


def test_cli_refiner_recognitions_and_obligations(demo, capsys):
    assert main(["merge", str(demo), "--schemes", "rjc-coc,lbma-rgg", "--site",
                 "Helvetia Gold Refining SA", "--date", "2027-03-10"]) == 0
    assert "recognitions" in capsys.readouterr().out
    assert main(["obligations", str(demo), "--site", "Helvetia Gold Refining SA",
                 "--date", "2027-01-15"]) == 0
    text = capsys.readouterr().out
    assert "suppliers' valid fairmined certificates are accepted as evidence" in text
    assert "rjc-coc certificate RJC-COC-0188" in text


def test_cli_bad_input_is_a_message_not_a_traceback(demo, capsys):
    assert main(["merge", str(demo), "--schemes", "rjc-cop,nope"]) == 2
    assert "'nope' is not an imported scheme or version" in capsys.readouterr().err
    assert main(["crosswalk", "check", str(demo)]) == 0
    assert main(["crosswalk", "suggest", str(demo), "--from", "rjc-cop@2019",
                 "--to", "irma@1.0", "-k", "3"]) == 0
    assert "rjc-cop@2019 9  Bribery" in capsys.readouterr().out


def test_cli_crosswalk_import_of_a_broken_file_names_the_place(demo, tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: jointaudit-crosswalk/1\nid: bad\ntitle: Bad\n"
                   "source_version: rjc-cop@2019\ntarget_version: irma@1.0\nlinks:\n"
                   "  - {source: '18', target: '3.9', relationship: equal, rationale: x}\n",
                   encoding="utf-8")
    assert main(["crosswalk", "import", str(demo), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.yaml:7: links[0].target: irma@1.0 has no clause '3.9'" in err
    assert "Traceback" not in err
