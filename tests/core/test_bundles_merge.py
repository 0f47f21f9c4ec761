"""Two auditors work on the same visit offline and swap bundles: findings merge item by item
against their common base; a real conflict is handed to the person importing, who keeps
theirs, keeps mine or keeps both — and no rating is ever lost."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlmodel import select

from jointaudit.exchange.content import export_bundle
from jointaudit.exchange.importer import UnresolvedConflicts, apply_import, preview_import
from jointaudit.exchange.three_way import FieldConflict
from jointaudit.store.db import open_workspace
from jointaudit.store.models import Finding, FindingHistory, JointPlan
from tests.core._trust_world import (
    add_finding,
    build_schemes,
    build_world,
    edit_finding,
    new_workspace,
)


def _findings(ws) -> dict[str, Finding]:
    with ws.session() as s:
        return {f.item_key: f for f in s.exec(select(Finding))}


def _uid(ws, item_key):
    return _findings(ws)[item_key].uid


def _export(ws, path):
    with ws.session() as s:
        plan_id = s.exec(select(JointPlan)).one().id
        return export_bundle(s, path, plan_id=plan_id)


@pytest.fixture
def diverged(tmp_path):
    """Ana and Ben start from the same three findings, then both edit offline."""
    ana = new_workspace(tmp_path / "ana.jaworkspace")
    with ana.session() as s:
        world = build_world(s)
        add_finding(s, world, "item-1", "minor_gap", "Policy not published", author="ana")
        add_finding(s, world, "item-2", "conforms", "PPE worn underground", author="ana")
    ben = new_workspace(tmp_path / "ben.jaworkspace")
    with ben.session() as s:
        build_schemes(s)
    apply_import(ben, _export(ana, tmp_path / "day1.jabundle"), actor="ben", accept_unsigned=True)
    with ana.session() as s:  # Ana: a different field of item-1, and item-2's rating
        edit_finding(s, _uid(ana, "item-1"), author="ana", severity="major_gap")
        edit_finding(s, _uid(ana, "item-2"), author="ana", severity="minor_gap",
                     observation="Two workers without helmets at level 3")
    with ben.session() as s:  # Ben: item-1's text, and item-2's rating the other way
        edit_finding(s, _uid(ben, "item-1"), author="ben",
                     observation="Policy not published; board minutes of 2026-11-02 seen")
        edit_finding(s, _uid(ben, "item-2"), author="ben", severity="major_gap",
                     observation="No gas detection at level 3")
    from_ben = _export(ben, tmp_path / "from-ben.jabundle")
    ben.close()
    yield ana, from_ben
    ana.close()


def _dump(path) -> str:
    con = sqlite3.connect(path)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def test_the_preview_merges_what_it_can_and_returns_the_real_conflict(diverged):
    ana, from_ben = diverged
    preview = preview_import(ana, from_ben)
    assert preview.updated == ["finding on item-1 'Supply chain policy' (merged)"]
    [conflict] = preview.conflicts
    assert conflict.item_key == "item-2"
    assert conflict.choices == ("mine", "theirs", "both")
    assert conflict.fields == (
        FieldConflict("severity", "conforms", "minor_gap", "major_gap"),
        FieldConflict("observation", "PPE worn underground",
                      "Two workers without helmets at level 3", "No gas detection at level 3"),
    )
    before = _dump(ana.path)
    with pytest.raises(UnresolvedConflicts, match="keep mine / keep theirs / keep both"):
        apply_import(ana, from_ben, accept_unsigned=True)
    assert _dump(ana.path) == before  # never silently overwritten, nothing half-merged


def _resolved(diverged, tmp_path, choice):
    ana, from_ben = diverged
    copy = tmp_path / f"ana-{choice}.jaworkspace"
    ana.engine.dispose()
    shutil.copy(ana.path, copy)
    ws = open_workspace(copy)
    key = preview_import(ws, from_ben).conflicts[0].key
    apply_import(ws, from_ben, {key: choice}, actor="ana", accept_unsigned=True)
    return ws


@pytest.mark.parametrize("choice, severity, observation", [
    ("mine", "minor_gap", "Two workers without helmets at level 3"),
    ("theirs", "major_gap", "No gas detection at level 3"),
    ("both", "minor_gap", "Two workers without helmets at level 3\n\n[Kept both when merging: "
                          "ben's revision 2 rated it major_gap] No gas detection at level 3"),
])
def test_a_conflict_resolved_each_way(diverged, tmp_path, choice, severity, observation):
    ws = _resolved(diverged, tmp_path, choice)
    try:
        found = _findings(ws)
        # the non-conflicting item merged both sides' edits
        assert (found["item-1"].severity, found["item-1"].observation) == (
            "major_gap", "Policy not published; board minutes of 2026-11-02 seen")
        item2 = found["item-2"]
        assert (item2.severity, item2.observation) == (severity, observation)
        assert (item2.revision, item2.base_revision) == (3, 2)
        with ws.session() as s:
            kept = {(h.revision, h.severity, h.author) for h in s.exec(
                select(FindingHistory).where(FindingHistory.finding_id == item2.id))}
        # every rating either auditor gave is still in the history
        assert {(1, "conforms", "ana"), (2, "minor_gap", "ana"), (2, "major_gap", "ben")} <= kept
    finally:
        ws.close()


def test_after_merging_the_next_exchange_finds_the_common_base(diverged, tmp_path):
    ws = _resolved(diverged, tmp_path, "theirs")
    try:
        _, from_ben = diverged
        again = preview_import(ws, from_ben)  # Ben's bundle again: nothing new, no conflict
        assert (again.conflicts, again.updated, again.unchanged) == ([], [], 2)
    finally:
        ws.close()
