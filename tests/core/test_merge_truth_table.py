"""Each row of the truth table in docs/crosswalks.md: how a link type merges, and how one
joint rating flows back to each scheme's clause in that scheme's own words."""

from __future__ import annotations

import pytest

from jointaudit.checklist.template import load_plan
from jointaudit.common.severity import Severity
from jointaudit.fieldwork.findings import rate, scheme_ratings, set_override
from tests.core import _merge_world
from tests.core._merge_world import (
    A_REQS,
    B_REQS,
    GRADED_SCALE,
    YES_NO_SCALE,
    add_version,
    link,
    template,
    visit_for,
)

# A copied, already migrated workspace (see _merge_world): faster than migrating.
_migrated_workspace = _merge_world._migrated_workspace
workspace = _merge_world.workspace

@pytest.fixture
def two(workspace):
    with workspace.session() as s:
        a = add_version(s, "alpha", "2019", A_REQS)
        b = add_version(s, "beta", "2.0", B_REQS, scale=GRADED_SCALE)
    return workspace, a, b


def _rated(ws, a, b, links, severity, overrides=()):
    with ws.session() as s:
        for x, rel, y in links:
            link(s, (a, x), rel, (b, y))
        t = template(s, [a, b])
        v = visit_for(s, t)
        ratings = scheme_ratings(s, v.id)
        key = ratings.for_scheme(a)[0].item_key if links else None
        home = {c.clause_id: c.item_key for c in ratings.clauses}
        item_key = home[links[0][0]] if links else home["1.1"]
        rate(s, v.id, item_key, severity)
        for vid, level in overrides:
            set_override(s, v.id, item_key, vid, level)
        out = {(c.version_id, c.clause_id): c for c in scheme_ratings(s, v.id).clauses}
        plan = load_plan(s, [a, b])
    del key
    return out, plan


def test_equal_one_item_rating_applies_to_both_in_their_words(two):
    ws, a, b = two
    out, plan = _rated(ws, a, b, [("1.1", "equal", "4.1")], Severity.MINOR_GAP)
    assert out[(a, "1.1")].item_key == out[(b, "4.1")].item_key
    assert (out[(a, "1.1")].words, out[(b, "4.1")].words) == ("Minor NC", "Substantially meets")
    assert plan.reduction == "8 assessable requirements → 7 joint items"


def test_subset_item_phrased_on_broader_and_conforms_flows_down(two):
    ws, a, b = two
    # alpha 1.3 ⊂ beta 4.3: everything 1.3 demands, 4.3 demands too (and more).
    out, plan = _rated(ws, a, b, [("1.3", "subset", "4.3")], Severity.CONFORMS)
    item = next(it for it in plan.items if it.kind == "chain")
    assert item.title == "No child labour under 15"
    assert out[(b, "4.3")].words == "Fully meets"
    assert out[(a, "1.3")].words == "Conformance"
    assert "implied by the broader beta@2.0 4.3" in out[(a, "1.3")].basis


def test_gap_on_broader_asks_the_narrower_for_its_own_rating(two):
    ws, a, b = two
    out, _ = _rated(ws, a, b, [("1.3", "subset", "4.3")], Severity.MAJOR_GAP)
    assert out[(b, "4.3")].words == "Partially meets"
    assert out[(a, "1.3")].needs_decision and out[(a, "1.3")].severity is None


def test_gap_on_narrower_implies_the_same_gap_on_broader_as_a_proposal(two):
    ws, a, b = two
    # superset written from the other side: beta 4.3 ⊃ … is alpha 1.3 ⊂ beta 4.3 reversed.
    out, _ = _rated(ws, a, b, [("1.3", "subset", "4.3")], Severity.CONFORMS,
                    overrides=[(a, "minor_nc")])
    assert out[(a, "1.3")].overridden and out[(a, "1.3")].words == "Minor NC"
    assert out[(b, "4.3")].words == "Substantially meets"
    assert "implied by the narrower alpha@2019 1.3" in out[(b, "4.3")].basis


def test_superset_is_subset_reversed(two):
    ws, a, b = two
    # alpha 1.4 ⊃ beta 4.4: alpha is broader, the item is phrased on alpha.
    out, plan = _rated(ws, a, b, [("1.4", "superset", "4.4")], Severity.CONFORMS)
    assert next(it for it in plan.items if it.kind == "chain").title == "Mercury use is reduced"
    assert out[(b, "4.4")].basis.startswith("conforms: implied by the broader alpha@2019 1.4")


def test_intersects_splits_into_shared_core_and_addons_worst_wins(two):
    ws, a, b = two
    with ws.session() as s:
        link(s, (a, "1.2"), "intersects", (b, "4.2"), shared_core="A grievance channel exists",
             source_addon="open to communities", target_addon="records kept 5 years")
        t = template(s, [a, b])
        v = visit_for(s, t)
        plan = load_plan(s, [a, b])
        kinds = sorted(it.kind for it in plan.items if it.kind in ("core", "addon"))
        assert kinds == ["addon", "addon", "core"]
        core = next(it for it in plan.items if it.kind == "core")
        homes = {c.clause_id: c for c in scheme_ratings(s, v.id).clauses}
        assert homes["1.2"].core_keys == (core.key,) == homes["4.2"].core_keys
        rate(s, v.id, core.key, Severity.CONFORMS)
        rate(s, v.id, homes["1.2"].item_key, Severity.CONFORMS)
        rate(s, v.id, homes["4.2"].item_key, Severity.MINOR_GAP)
        out = {c.clause_id: c for c in scheme_ratings(s, v.id).clauses}
    assert out["1.2"].words == "Conformance"
    assert out["4.2"].words == "Substantially meets"
    assert "records kept 5 years" in next(it.title for it in plan.items
                                          if it.key == homes["4.2"].item_key)


def test_intersects_core_gap_reaches_both_schemes(two):
    ws, a, b = two
    with ws.session() as s:
        link(s, (a, "1.2"), "intersects", (b, "4.2"), shared_core="A grievance channel exists")
        t = template(s, [a, b])
        v = visit_for(s, t)
        core = next(it for it in load_plan(s, [a, b]).items if it.kind == "core")
        homes = {c.clause_id: c.item_key for c in scheme_ratings(s, v.id).clauses}
        rate(s, v.id, core.key, Severity.MAJOR_GAP)
        rate(s, v.id, homes["1.2"], Severity.CONFORMS)
        rate(s, v.id, homes["4.2"], Severity.CONFORMS)
        out = {c.clause_id: c for c in scheme_ratings(s, v.id).clauses}
    assert (out["1.2"].words, out["4.2"].words) == ("Major NC", "Partially meets")
    assert "shared core" in out["1.2"].basis


def test_not_related_and_unlinked_stay_their_own_items(two):
    ws, a, b = two
    out, plan = _rated(ws, a, b, [("1.1", "not_related", "4.4")], Severity.CONFORMS)
    assert out[(a, "1.1")].item_key != out[(b, "4.4")].item_key
    assert out[(b, "4.4")].severity == Severity.NOT_ASSESSED
    assert len(plan.items) == 8


def test_heading_links_are_topic_links_and_never_merge(two):
    ws, a, b = two
    with ws.session() as s:
        link(s, (a, "1"), "equal", (b, "4"))
        plan = load_plan(s, [a, b])
    assert plan.topic_links == 1 and len(plan.items) == 8


def test_suggested_and_rejected_links_do_not_merge(two):
    ws, a, b = two
    with ws.session() as s:
        link(s, (a, "1.1"), "equal", (b, "4.1"), status="suggested")
        link(s, (a, "1.3"), "equal", (b, "4.3"), status="rejected")
        assert len(load_plan(s, [a, b]).items) == 8


def test_three_scheme_transitive_cluster(workspace):
    with workspace.session() as s:
        a = add_version(s, "alpha", "2019", A_REQS)
        b = add_version(s, "beta", "2.0", B_REQS, scale=GRADED_SCALE)
        c = add_version(s, "gamma", "1", [("C-7", "Child labour prohibited", ["child-labour"],
                                           True)], scale=YES_NO_SCALE)
        link(s, (a, "1.3"), "equal", (b, "4.3"))
        link(s, (b, "4.3"), "equal", (c, "C-7"))  # alpha 1.3 and gamma C-7 never linked directly
        t = template(s, [a, b, c])
        v = visit_for(s, t)
        first = scheme_ratings(s, v.id)
        key = next(x.item_key for x in first.clauses if x.clause_id == "C-7")
        rate(s, v.id, key, Severity.MAJOR_GAP)
        out = scheme_ratings(s, v.id).for_item(key)
    assert sorted((x.version_id, x.words) for x in out) == [
        ("alpha@2019", "Major NC"), ("beta@2.0", "Partially meets"), ("gamma@1", "No")]


def test_chain_with_unrelated_second_top_asks_that_scheme_separately(workspace):
    with workspace.session() as s:
        a = add_version(s, "alpha", "2019", A_REQS)
        b = add_version(s, "beta", "2.0", B_REQS, scale=GRADED_SCALE)
        c = add_version(s, "gamma", "1", [("C-7", "Child labour prohibited", [], True)],
                        scale=YES_NO_SCALE)
        link(s, (a, "1.3"), "subset", (b, "4.3"))
        link(s, (a, "1.3"), "subset", (c, "C-7"))
        t = template(s, [a, b, c])
        v = visit_for(s, t)
        key = next(x.item_key for x in scheme_ratings(s, v.id).clauses if x.clause_id == "1.3")
        rate(s, v.id, key, Severity.CONFORMS)
        out = {x.clause_id: x for x in scheme_ratings(s, v.id).for_item(key)}
    assert out["1.3"].words == "Conformance"  # below the item's broadest clause
    assert out["4.3"].words == "Fully meets"
    assert out["C-7"].needs_decision  # a different broader clause: its own rating
