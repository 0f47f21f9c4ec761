"""Where each scheme's rating came from: rated on site by a named auditor, carried from the
shared item (proposed until accepted or changed), overridden with a reason; a shared core
points at the add-on still to rate; only a change that can alter a rating asks for
re-rating; the joint summary names each clause once."""

from __future__ import annotations

from datetime import date

import pytest

from jointaudit.checklist.template import load_plan
from jointaudit.common.errors import InvalidInput
from jointaudit.common.severity import Severity
from jointaudit.fieldwork.findings import (
    accept_carried,
    annotate,
    finding_for,
    mark_needs_rerating,
    rate,
    rate_level,
    scheme_ratings,
    set_override,
)
from jointaudit.reports.gather import joint_summary_input
from jointaudit.services import checklist as svc
from tests.core import _merge_world
from tests.core._merge_world import GRADED_SCALE, add_version, link, template, visit_for
from tests.core.test_merge_truth_table import A_REQS, B_REQS

_migrated_workspace = _merge_world._migrated_workspace
workspace = _merge_world.workspace


@pytest.fixture
def joint(workspace):
    with workspace.session() as s:
        a = add_version(s, "alpha", "2019", A_REQS)
        b = add_version(s, "beta", "2.0", B_REQS, scale=GRADED_SCALE)
        link(s, (a, "1.1"), "equal", (b, "4.1"))
        link(s, (a, "1.2"), "intersects", (b, "4.2"), shared_core="A grievance channel exists",
             source_addon="open to communities", target_addon="records kept 5 years")
        t = template(s, [a, b])
        v = visit_for(s, t, start=date(2027, 3, 8), end=date(2027, 3, 12))
        core = next(it.key for it in load_plan(s, [a, b]).items if it.kind == "core")
        keys = {c.clause_id: c.item_key for c in scheme_ratings(s, v.id).clauses}
    return workspace, a, b, v.id, keys, core


def _by_clause(s, vid):
    return {c.clause_id: c for c in scheme_ratings(s, vid).clauses}


def test_a_shared_rating_is_carried_then_accepted_or_changed(joint):
    ws, a, b, vid, keys, _ = joint
    with ws.session() as s:
        rate(s, vid, keys["1.1"], Severity.MINOR_GAP, author="Ana")
        out = _by_clause(s, vid)
        assert (out["1.1"].provenance, out["4.1"].provenance) == ("carried", "carried")
        assert "accept or change" in out["4.1"].basis
        accept_carried(s, vid, keys["1.1"], b, "4.1", by="Ana")
        rate_level(s, vid, keys["1.1"], a, "1.1", "major_nc", by="Ana")
        out = _by_clause(s, vid)
    assert (out["4.1"].level_id, out["4.1"].provenance, out["4.1"].by) == (
        "substantially", "accepted", "Ana")
    assert (out["1.1"].level_id, out["1.1"].provenance) == ("major_nc", "on_site")


def test_an_override_needs_a_reason_and_prints_it(joint):
    ws, a, b, vid, keys, _ = joint
    with ws.session() as s:
        rate(s, vid, keys["1.1"], Severity.CONFORMS)
        with pytest.raises(InvalidInput, match="an override needs a reason"):
            rate_level(s, vid, keys["1.1"], b, "4.1", "partially", how="override")
        set_override(s, vid, keys["1.1"], b, "partially", clause_id="4.1", author="Ana",
                     reason="beta counts unsigned policies as partial")
        out = _by_clause(s, vid)
    assert out["4.1"].provenance == "override"
    assert out["4.1"].basis == ("override for this clause by Ana: beta counts unsigned"
                                " policies as partial")


def test_rating_the_shared_core_points_at_the_add_ons_still_to_rate(joint):
    ws, a, b, vid, keys, core = joint
    with ws.session() as s:
        rate(s, vid, core, Severity.MINOR_GAP)
        out = _by_clause(s, vid)
        assert out["1.2"].needs_decision and out["1.2"].to_rate == (keys["1.2"],)
        assert f"rate its add-on item {keys['1.2']} too" in out["1.2"].basis
        rate(s, vid, keys["1.2"], Severity.CONFORMS)
        out = _by_clause(s, vid)
    assert (out["1.2"].words, out["1.2"].to_rate) == ("Minor NC", ())  # worst of the two
    assert out["4.2"].to_rate == (keys["4.2"],)
    rows = {r.key: r for r in svc.items(ws, vid)}
    assert rows[core].to_rate == (keys["4.2"],)
    assert rows[core].scheme_words == {a: "Minor NC", b: "needs a rating for this scheme"}
    assert rows[core].provenance == {a: "carried", b: "to decide"}


def test_only_a_change_that_can_alter_a_rating_asks_for_re_rating(joint):
    ws, a, b, vid, keys, _ = joint
    with ws.session() as s:
        f = rate(s, vid, keys["1.1"], Severity.MINOR_GAP)
        mark_needs_rerating(s, f, "the crosswalk changed what this item asks")
        annotate(s, vid, keys["1.1"], observation="Policy unsigned", confidential=True)
        f = finding_for(s, vid, keys["1.1"])
        assert (f.needs_rerating, f.observation, f.confidential) == (
            True, "Policy unsigned", True)
        rate_level(s, vid, keys["1.1"], b, "4.1", "partially", by="Ana")
        assert not finding_for(s, vid, keys["1.1"]).needs_rerating


def test_the_joint_summary_names_each_clause_once_and_derives_the_item_severity(demo):
    """On the demo refinery RJC COP 15 showed twice, with different ratings, on its shared
    core; now each clause is named with its own rating, once."""
    ws, vid, _ = demo
    with ws.session() as s:
        cop = {c.clause_id: c for c in scheme_ratings(s, vid).for_scheme("rjc-cop@2019")}
        rate(s, vid, cop["16"].item_key, Severity.NOT_ASSESSED)
        rate_level(s, vid, cop["16"].item_key, "rjc-cop@2019", "16", "critical_breach",
                   by="Anna Keller")
        items = {i.item_key: i for i in joint_summary_input(s, vid).items}
    for item in items.values():
        named = [(lab, words["en"].split(": ", 1)[0]) for lab, words in item.ratings]
        assert len(named) == len(set(named)), item
    core = items[cop["15"].core_keys[0]]
    assert ("RJC-COP 2019", f"15: {cop['15'].words}") in [(lab, w["en"])
                                                          for lab, w in core.ratings]
    assert items[cop["16"].item_key].severity == "critical"  # from the level alone
