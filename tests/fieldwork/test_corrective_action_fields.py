"""A corrective action says what the site will do, who at the site does it and how urgent it
is; every change is in the audit trail, a bad priority is refused in words, and the fields
travel in exchange bundles (older bundles, written before actions travelled, still import)."""

from __future__ import annotations

import json
import zipfile
from datetime import date

import pytest
from sqlmodel import select

from jointaudit.common.errors import InvalidInput
from jointaudit.exchange import bundles
from jointaudit.exchange.bundles import BundleRejected
from jointaudit.exchange.content import export_bundle
from jointaudit.exchange.importer import apply_import, preview_import
from jointaudit.services import checklist as cl
from jointaudit.services.fieldwork import rating_lines
from jointaudit.store.audit_trail import changes_of
from jointaudit.store.models import CorrectiveAction, JointPlan
from tests.core._trust_world import (
    FM,
    RJC,
    add_finding,
    build_schemes,
    build_world,
    new_workspace,
)


def _gap_item(ws, visit_id) -> str:
    """An item rated a minor gap, with its corrective actions raised (one per scheme)."""
    key = next(line.item_key for line in rating_lines(ws, visit_id) if line.item_key)
    cl.rate(ws, visit_id, key, "minor_gap")
    cl.raise_actions(ws, visit_id)
    assert [a for a in cl.actions(ws, visit_id) if a["item_key"] == key]
    return key


def test_description_owner_and_priority_are_saved_for_every_scheme_and_traced(demo):
    ws, visit_id, _ = demo
    key = _gap_item(ws, visit_id)
    ids = [a["id"] for a in cl.actions(ws, visit_id) if a["item_key"] == key]
    assert all(a["owner"] == "" and a["priority"] == "" for a in cl.actions(ws, visit_id))

    cl.edit_actions(ws, ids, description="Publish the signed policy on the notice board",
                    owner="  Ama   Owusu ", priority="High")

    mine = [a for a in cl.actions(ws, visit_id) if a["item_key"] == key]
    assert {(a["description"], a["owner"], a["priority"]) for a in mine} == {
        ("Publish the signed policy on the notice board", "Ama Owusu", "high")}
    assert len({a["version_id"] for a in mine}) == len(mine)  # still one per scheme
    assert cl.action_owners(ws, visit_id) == ["Ama Owusu"]
    with ws.session() as s:
        trail = changes_of(s, "corrective_action", mine[0]["uid"])
    assert [e.action for e in trail][-1] == "update"
    assert "priority" in trail[-1].payload and "Ama Owusu" in trail[-1].payload


@pytest.mark.parametrize("bad", ["urgent", "1", "highest"])
def test_a_priority_outside_high_medium_low_is_refused_and_nothing_changes(demo, bad):
    ws, visit_id, _ = demo
    key = _gap_item(ws, visit_id)
    ids = [a["id"] for a in cl.actions(ws, visit_id) if a["item_key"] == key]
    with pytest.raises(InvalidInput) as refused:
        cl.edit_actions(ws, ids, owner="Kofi", priority=bad)
    assert f"'{bad}' is not a corrective-action priority" in str(refused.value)
    assert "high, medium, low" in str(refused.value)
    assert all(a["owner"] == "" for a in cl.actions(ws, visit_id))  # one transaction


def test_an_owner_longer_than_a_name_is_refused(demo):
    ws, visit_id, _ = demo
    key = _gap_item(ws, visit_id)
    ids = [a["id"] for a in cl.actions(ws, visit_id) if a["item_key"] == key]
    with pytest.raises(InvalidInput, match="an owner is a name of at most 200"):
        cl.edit_actions(ws, ids, owner="x" * 201)


def _bundle(ws, path):
    with ws.session() as s:
        return export_bundle(s, path, plan_id=s.exec(select(JointPlan)).one().id)


@pytest.fixture
def ana_with_an_action(tmp_path):
    ana = new_workspace(tmp_path / "ana.jaworkspace")
    with ana.session() as s:
        world = build_world(s)
        finding = add_finding(s, world, "item-1", "minor_gap", "Policy not published",
                              author="ana")
        for vid in (RJC, FM):
            s.add(CorrectiveAction(finding_id=finding.id, scheme_version_id=vid,
                                   description="Publish the policy", owner="Ama Owusu",
                                   priority="medium", close_due=date(2027, 6, 12)))
    yield ana
    ana.close()


def _actions(ws):
    with ws.session() as s:
        return {(a.scheme_version_id, a.description, a.owner, a.priority, a.close_due)
                for a in s.exec(select(CorrectiveAction))}


def test_a_bundle_round_trip_keeps_owner_priority_and_due_dates(ana_with_an_action, tmp_path):
    ana = ana_with_an_action
    ben = new_workspace(tmp_path / "ben.jaworkspace")
    with ben.session() as s:
        build_schemes(s)
    report = apply_import(ben, _bundle(ana, tmp_path / "a.jabundle"), actor="ben",
                          accept_unsigned=True)
    assert sum("corrective action" in c for c in report.created) == 2
    assert _actions(ben) == _actions(ana) == {
        (RJC, "Publish the policy", "Ama Owusu", "medium", date(2027, 6, 12)),
        (FM, "Publish the policy", "Ama Owusu", "medium", date(2027, 6, 12))}

    # Ana hands the action to someone else later; Ben's copy takes the later change
    cl.edit_actions(ana, _ids(ana), owner="Kwame Boateng", priority="high")
    preview = preview_import(ben, _bundle(ana, tmp_path / "b.jabundle"))
    assert sum("corrective action" in u for u in preview.updated) == 2
    apply_import(ben, tmp_path / "b.jabundle", actor="ben", accept_unsigned=True)
    assert {(a[2], a[3]) for a in _actions(ben)} == {("Kwame Boateng", "high")}
    ben.close()


def _ids(ws) -> list[int]:
    with ws.session() as s:
        return [a.id for a in s.exec(select(CorrectiveAction))]


def _rewritten(path, dst, change) -> object:
    """The bundle with its findings.json changed by ``change`` (a fresh, unsigned bundle)."""
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist() if n not in ("manifest.json",
                                                                       "manifest.sig")}
    doc = json.loads(members["findings.json"])
    change(doc)
    members["findings.json"] = json.dumps(doc).encode()
    return bundles.write_bundle(dst, members)


def test_a_bundle_written_before_actions_travelled_still_imports(ana_with_an_action, tmp_path):
    path = _bundle(ana_with_an_action, tmp_path / "new.jabundle")

    def without_actions(doc):
        for f in doc["findings"]:
            del f["actions"]

    old = _rewritten(path, tmp_path / "old.jabundle", without_actions)
    ben = new_workspace(tmp_path / "ben.jaworkspace")
    with ben.session() as s:
        build_schemes(s)
    report = apply_import(ben, old, actor="ben", accept_unsigned=True)
    assert "finding on item-1 'Supply chain policy'" in report.created
    assert _actions(ben) == set()
    ben.close()


def test_a_bundle_with_a_made_up_priority_is_refused_naming_the_field(ana_with_an_action,
                                                                      tmp_path):
    path = _bundle(ana_with_an_action, tmp_path / "new.jabundle")

    def urgent(doc):
        doc["findings"][0]["actions"][0]["priority"] = "urgent"

    bad = _rewritten(path, tmp_path / "bad.jabundle", urgent)
    ben = new_workspace(tmp_path / "ben.jaworkspace")
    with pytest.raises(BundleRejected) as refused:
        preview_import(ben, bad)
    assert refused.value.code == "bundle.invalid-content"
    assert "bad.jabundle!findings.json: findings.0.actions.0.priority" in str(refused.value)
    assert _actions(ben) == set()
    ben.close()
