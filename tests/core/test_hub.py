"""The common hub: OECD steps, Annex II risks and topics; every shipped pack maps to it, and
links between any two schemes are derived by composing relations, under the curated ones.
The demo refinery (RJC COP + RJC CoC + LBMA + Fairmined) then shares items."""

from __future__ import annotations

import pytest
from sqlmodel import select

from jointaudit.cli import main as cli_main
from jointaudit.common.errors import InvalidInput
from jointaudit.common.resources import resource_path
from jointaudit.demo.seed import create_and_seed
from jointaudit.exports.checklist_rows import build_rows
from jointaudit.library.crosswalk.derived import derive_through_hub
from jointaudit.library.crosswalk.hub import compose
from jointaudit.library.crosswalk.importer import import_shipped
from jointaudit.library.packs.hub_pack import shipped_hub, validate_hub_file
from jointaudit.library.packs.importer import import_pack_file
from jointaudit.library.packs.validate import validate_pack_bytes
from jointaudit.services.library import shared_items
from jointaudit.store.models import CrosswalkLink, Requirement, Site

REFINERY = ["rjc-cop@2019", "rjc-coc@2012", "lbma-rgg@9", "fairmined@2.0"]


@pytest.mark.parametrize(("a_to_hub", "hub_to_b", "expected"), [
    ("equal", "equal", "equal"),
    ("equal", "subset", "subset"),
    ("superset", "equal", "superset"),
    ("subset", "subset", "subset"),          # A ⊂ H ⊂ B
    ("superset", "superset", "superset"),
    ("superset", "subset", "intersects"),    # both hold all of H
    ("superset", "intersects", "intersects"),
    ("intersects", "subset", "intersects"),
    ("equal", "intersects", "intersects"),
    ("subset", "superset", None),            # both inside H: anything is possible
    ("subset", "intersects", None),
    ("intersects", "superset", None),
    ("intersects", "intersects", None),
])
def test_composition_of_relations_through_a_hub_node(a_to_hub, hub_to_b, expected):
    got = compose(a_to_hub, hub_to_b)
    assert (got.value if got else None) == expected


def test_the_hub_holds_the_five_steps_annex_ii_and_a_topic_hub():
    hub = shipped_hub()
    kinds = {n.id: n.kind for n in hub.nodes}
    assert [i for i in ("1", "2", "3", "4", "5") if i in kinds] == ["1", "2", "3", "4", "5"]
    assert {"1A", "1B", "1C", "1D", "1E", "2A", "3A", "3B"} <= set(kinds)
    risks = [n.id for n in hub.nodes if n.kind == "risk"]
    assert len(risks) == 6 and all(r.startswith("A2.") for r in risks)
    assert sum(k == "topic" for k in kinds.values()) >= 30
    # the topic hub is our own grouping: nothing there claims a scheme's authority
    assert not any(n.verified for n in hub.nodes if n.id.startswith("T."))
    assert all(n.source for n in hub.nodes)
    assert validate_hub_file(resource_path("hub", "oecd-hub.yaml")).id == "oecd-hub"


@pytest.fixture(scope="module")
def refinery(tmp_path_factory):
    ws, summary = create_and_seed(tmp_path_factory.mktemp("hub") / "demo.jaworkspace")
    yield ws, summary
    ws.close()


def _checklist(ws, site_name="Helvetia Gold Refining SA"):
    from jointaudit.checklist.template import build_template

    with ws.session() as s:
        site = s.exec(select(Site).where(Site.name == site_name)).one()
        t = build_template(s, "refinery", REFINERY)
        sheet = build_rows(s, t.id, site=site)
        shared = shared_items(s, sheet.checklist)
        s.rollback()
    return sheet, shared


def test_the_demo_refinery_merges_its_four_schemes_with_shared_items(refinery):
    ws, summary = refinery
    assert "derived links" in summary.hub
    sheet, shared = _checklist(ws)
    applicable = sum(len(it.primary) for it in sheet.checklist.items)
    assert len(sheet.rows) < applicable + sum(it.kind == "core" for it in sheet.checklist.items)
    versions_sharing = {c.split(" ", 1)[0] for item in shared for c in item.clauses}
    assert versions_sharing == set(REFINERY)
    # LBMA Step 1.1, RJC CoC 10.1 and RJC COP 7.2 are one question: the policy of OECD 1A
    policy = next(i for i in shared if "lbma-rgg@9 Step 1.1" in i.clauses)
    assert {"rjc-coc@2012 10.1", "rjc-cop@2019 7.2"} <= set(policy.clauses)
    # each derived link shows its path through the hub, naming the node and its title
    titles = {n.id: n.title for n in shipped_hub().nodes}
    for item in shared:
        assert item.links, item
        for link in item.links:
            if " derived: " in link:
                node = link.split(" hub ", 1)[1].split(" ", 1)[0]
                assert titles[node] in link, link
    assert any(i.derived for i in shared)


def test_cli_merge_lists_the_shared_items_with_their_paths(refinery, capsys):
    ws, _ = refinery
    assert cli_main(["merge", str(ws.path), "--schemes", "rjc-cop,rjc-coc,lbma-rgg,fairmined",
                     "--site", "Helvetia Gold Refining SA", "--shared"]) == 0
    out = capsys.readouterr().out
    assert "joint items shared by two or more schemes" in out
    assert "Derived through the hub: lbma-rgg@9 Step 1.1 is equal to hub 1A" in out


def _workspace_with_packs(workspace):
    for pack in sorted(resource_path("packs").glob("*.yaml")):
        import_pack_file(workspace, pack)


def _pairs(s, origin=None):
    names = {r.id: (r.version_id, r.clause_id) for r in s.exec(select(Requirement))}
    return {frozenset((names[lk.source_requirement_id], names[lk.target_requirement_id])): lk
            for lk in s.exec(select(CrosswalkLink))
            if origin is None or lk.origin == origin}


def test_curated_links_override_derived_ones(workspace):
    _workspace_with_packs(workspace)
    with workspace.session() as s:
        import_shipped(s)
        report = derive_through_hub(s)
        links = _pairs(s)
    assert report.overridden > 0
    child = links[frozenset({("rjc-cop@2019", "18"), ("fairmined@2.0", "3.1.1")})]
    assert child.origin == "curated"
    # RJC 18 is placed in Fairmined by its curator: no derived link from it to Fairmined
    assert not [p for p, lk in links.items() if lk.origin == "derived"
                and ("rjc-cop@2019", "18") in p and any(v == "fairmined@2.0" for v, _ in p)]
    # but it is linked to schemes nobody curated against it, e.g. ASI 10.4 (child labour)
    derived = links[frozenset({("rjc-cop@2019", "18"), ("asi-ps@3", "10.4")})]
    assert (derived.origin, derived.relationship, derived.status) == ("derived", "equal",
                                                                       "accepted")


def test_what_composition_cannot_decide_is_a_suggestion_with_its_derivation(workspace):
    _workspace_with_packs(workspace)
    with workspace.session() as s:
        report = derive_through_hub(s)
        links = _pairs(s, "derived")
    # RJC CoC 3 and Fairmined 1.4.2 both sit inside the chain-of-custody topic
    pair = links[frozenset({("rjc-coc@2012", "3"), ("fairmined@2.0", "1.4.2")})]
    assert pair.status == "suggested" and report.suggested > 0
    assert "composition cannot decide" in pair.rationale and "hub T.traceability" in pair.rationale


def test_re_deriving_is_stable_and_keeps_a_rejection(workspace):
    _workspace_with_packs(workspace)
    with workspace.session() as s:
        first = derive_through_hub(s)
        pair = _pairs(s, "derived")[frozenset({("rjc-cop@2019", "18"), ("asi-ps@3", "10.4")})]
        pair.status = "rejected"
        s.add(pair)
        s.flush()
        again = derive_through_hub(s)
        after = _pairs(s, "derived")
    assert again.removed == 0 and again.accepted == first.accepted - 1
    assert after[frozenset({("rjc-cop@2019", "18"), ("asi-ps@3", "10.4")})].status == "rejected"


def _pack_with_hub(hub_lines: str) -> bytes:
    text = (resource_path("packs", "rjc-coc-2017.yaml")).read_text(encoding="utf-8")
    head, rest = text.split("requirements:\n", 1)
    rest = rest.split("rating_scale:", 1)[1]
    reqs = ("requirements:\n"
            f'  - {{id: "1", title: One, assessable: true, hub: {hub_lines}}}\n'
            '  - {id: "2", title: Two, assessable: true, hub: {"1A": equal}}\n')
    return (head + reqs + "rating_scale:" + rest).encode()


def test_validator_names_an_unknown_hub_id_and_two_equals_to_one_node():
    with pytest.raises(InvalidInput) as err:
        validate_pack_bytes(_pack_with_hub('{"1a": equal}'), "p.yaml")
    assert "'1a' is not a node of the hub" in str(err.value) and "did you mean" in str(err.value)
    with pytest.raises(InvalidInput) as err:
        validate_pack_bytes(_pack_with_hub('{"1A": equal}'), "p.yaml")
    assert "both equal to hub 1A" in str(err.value)
    assert validate_pack_bytes(_pack_with_hub('{"1A": subset}'), "p.yaml").requirements[0].hub
