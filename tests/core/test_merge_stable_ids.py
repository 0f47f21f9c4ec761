"""Editing one link and re-merging keeps every unaffected item (and its findings); findings on
affected items become "needs re-rating" with their old rating kept in the history."""

from __future__ import annotations

from sqlmodel import select

from jointaudit.common.severity import Severity
from jointaudit.fieldwork.findings import finding_for, rate, remerge_and_flag, revisions
from jointaudit.store.models import CrosswalkLink, Finding, JointItem
from tests.core import _merge_world
from tests.core._merge_world import (
    GRADED_SCALE,
    add_version,
    link,
    template,
    visit_for,
)
from tests.core.test_merge_truth_table import A_REQS, B_REQS

# A copied, already migrated workspace (see _merge_world): faster than migrating.
_migrated_workspace = _merge_world._migrated_workspace
workspace = _merge_world.workspace


def _keys(s, t):
    return {it.item_key: it for it in s.exec(select(JointItem)
                                              .where(JointItem.template_id == t.id))}


def test_editing_one_link_keeps_unaffected_items_and_flags_affected_findings(workspace):
    with workspace.session() as s:
        a = add_version(s, "alpha", "2019", A_REQS)
        b = add_version(s, "beta", "2.0", B_REQS, scale=GRADED_SCALE)
        link(s, (a, "1.1"), "equal", (b, "4.1"))
        edited = link(s, (a, "1.3"), "equal", (b, "4.3"))
        t = template(s, [a, b])
        v = visit_for(s, t)
        before = _keys(s, t)
        for key in before:
            rate(s, v.id, key, Severity.CONFORMS, observation=f"seen {key}")
        child = next(k for k, it in before.items() if it.title == "Child labour is not used")
        rate(s, v.id, child, Severity.MINOR_GAP, observation="two minors on site")

        edited.relationship = "subset"  # a reviewer decides beta 4.3 demands more
        s.add(edited)
        report = remerge_and_flag(s, t)
        after = _keys(s, t)

        assert report.changed == [child] and not report.added and not report.removed
        for key in before:
            assert key in after
            f = finding_for(s, v.id, key)
            assert f.needs_rerating == (key == child)
        f = finding_for(s, v.id, child)
        assert (f.severity, f.observation) == (Severity.MINOR_GAP, "two minors on site")
        assert "crosswalk changed" in f.rerating_reason
        old = revisions(s, f.id)
        assert [h.severity for h in old] == ["conforms", "minor_gap"]
        assert old[-1].reason == "the crosswalk changed what this item asks"


def test_a_new_link_merging_two_items_moves_the_finding_and_keeps_the_other(workspace):
    with workspace.session() as s:
        a = add_version(s, "alpha", "2019", A_REQS)
        b = add_version(s, "beta", "2.0", B_REQS, scale=GRADED_SCALE)
        t = template(s, [a, b])
        v = visit_for(s, t)
        keys = {it.title: k for k, it in _keys(s, t).items()}
        kept, vanishing = keys["Mercury use is reduced"], keys["Mercury management plan"]
        rate(s, v.id, kept, Severity.CONFORMS)
        rate(s, v.id, vanishing, Severity.MAJOR_GAP, observation="no plan")

        link(s, (a, "1.4"), "equal", (b, "4.4"))
        report = remerge_and_flag(s, t)
        assert report.removed == [vanishing] and report.changed == [kept]
        findings = list(s.exec(select(Finding).where(Finding.visit_id == v.id,
                                                     Finding.item_key.in_([kept, vanishing]))))
        # Two findings, one item: the old one is kept detached, flagged, rating intact.
        detached = next(f for f in findings if f.item_key == vanishing)
        assert detached.joint_item_id is None and detached.needs_rerating
        assert (detached.severity, detached.observation) == ("major_gap", "no plan")
        assert finding_for(s, v.id, kept).needs_rerating


def test_removing_a_link_splits_and_the_finding_follows_its_clause(workspace):
    with workspace.session() as s:
        a = add_version(s, "alpha", "2019", A_REQS)
        b = add_version(s, "beta", "2.0", B_REQS, scale=GRADED_SCALE)
        lk = link(s, (a, "1.2"), "equal", (b, "4.2"))
        t = template(s, [a, b])
        v = visit_for(s, t)
        key = next(k for k, it in _keys(s, t).items() if it.kind == "equal")
        rate(s, v.id, key, Severity.MINOR_GAP)
        s.delete(s.get(CrosswalkLink, lk.id))
        s.flush()
        report = remerge_and_flag(s, t)
        assert key in _keys(s, t) and report.changed == [key] and len(report.added) == 1
        assert finding_for(s, v.id, key).needs_rerating
        assert finding_for(s, v.id, report.added[0]) is None
