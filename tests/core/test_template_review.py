"""Scheme staff review a joint template item by item: comments are saved as they are typed
(and logged in the audit trail), a request for changes is signed over those comments and
shows wherever the approval status shows, and a later change to the template reads as
"changed since the request" until the scheme approves again."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from jointaudit.store.models import AuditLogEntry, JointItem, TemplateApproval
from jointaudit.trust.keys import Signer
from jointaudit.trust.review import comments, request_changes, review_sheet, save_comment
from jointaudit.trust.signing import (
    APPROVED,
    CHANGED_SINCE_REQUEST,
    CHANGES_REQUESTED,
    INVALIDATED,
    UNTRUSTED,
    ApprovalError,
    approval_checks,
    approve_template,
    final_report_allowed,
    template_approvals,
    trust_key,
)
from tests.core._trust_world import FM, RJC, build_world, new_workspace

STAFF = Signer.generate("Lena Ortiz", "Responsible Jewellery Council", "scheme_staff",
                        ["rjc-cop"])
LENA = f"Lena Ortiz [{STAFF.fingerprint}]"


@pytest.fixture
def workspace(tmp_path):
    ws = new_workspace(tmp_path / "review.jaworkspace")
    yield ws
    ws.close()


@pytest.fixture
def world(workspace):
    with workspace.session() as s:
        world = build_world(s)
        trust_key(s, STAFF.identity, ["rjc-cop"])
        return world


def _status(s, world, scheme_id="rjc-cop"):
    return {a.scheme_id: a for a in template_approvals(s, world.template_id)}[scheme_id]


def test_the_sheet_walks_items_with_their_clauses_links_and_no_baseline_yet(workspace, world):
    with workspace.session() as s:
        sheet = review_sheet(s, world.template_id, "rjc-cop", LENA)
    assert [it.key for it in sheet.items] == world.item_keys
    first = sheet.items[0]
    assert [(c.version_id, c.clause_id, c.scheme_id) for c in first.clauses] == [
        (FM, "1.3", "fairmined"), (RJC, "7.2", "rjc-cop")]
    assert first.clauses[1].title == "Supply chain policy in line with OECD Annex II"
    assert first.links == (f"{RJC} 7.2 equal {FM} 1.3 — curated: both require an Annex "
                           "II-aligned policy",)
    # the suggested (not accepted) link 7 → 1.3 is no part of it
    assert all(" 7 " not in link for it in sheet.items for link in it.links)
    assert sheet.baseline == "" and all(it.changes is None for it in sheet.items)


def test_comments_are_saved_per_reviewer_and_logged_in_the_audit_trail(workspace, world):
    key = world.item_keys[1]
    with workspace.session() as s:
        save_comment(s, world.template_id, "rjc-cop", key, LENA, "18.1 is broader: keep both")
        save_comment(s, world.template_id, "rjc-cop", key, "Omar (RJC)", "agree")
        save_comment(s, world.template_id, "rjc-cop", "", LENA, "please split item 2")
    with workspace.session() as s:
        save_comment(s, world.template_id, "rjc-cop", key, LENA, "18.1 is broader: split")
        sheet = review_sheet(s, world.template_id, "rjc-cop", LENA)
        entries = s.exec(select(AuditLogEntry).where(
            AuditLogEntry.entity == "review_comment")).all()
    item = {it.key: it for it in sheet.items}[key]
    assert item.comment == "18.1 is broader: split"
    assert item.others == (("Omar (RJC)", "agree"),)
    assert sheet.note == "please split item 2"
    assert [e.action for e in entries] == ["create", "create", "create", "update"]
    assert "18.1 is broader: split" in entries[-1].payload


def test_a_comment_on_an_unknown_item_or_scheme_is_refused_by_name(workspace, world):
    with workspace.session() as s, pytest.raises(Exception, match="no item 'item-9'"):
        save_comment(s, world.template_id, "rjc-cop", "item-9", LENA, "hello")
    with workspace.session() as s, pytest.raises(ApprovalError, match="no version of scheme"):
        save_comment(s, world.template_id, "lbma", world.item_keys[0], LENA, "hello")


def test_request_changes_needs_a_comment_or_a_note(workspace, world):
    with workspace.session() as s, pytest.raises(ApprovalError, match="needs a comment"):
        request_changes(s, world.template_id, "rjc-cop", STAFF, note="   ")
    with workspace.session() as s:
        assert s.exec(select(TemplateApproval)).all() == []


def test_changes_requested_is_signed_shows_in_the_status_and_blocks_final_reports(
        workspace, world):
    with workspace.session() as s:
        approve_template(s, world.template_id, "rjc-cop", STAFF)
        assert _status(s, world).status == APPROVED
        save_comment(s, world.template_id, "rjc-cop", world.item_keys[0], LENA,
                     "7.2 also asks for a grievance mechanism")
        request_changes(s, world.template_id, "rjc-cop", STAFF, note="see item 1")
    with workspace.session() as s:
        status = _status(s, world)
        check = final_report_allowed(s, world.template_id)
    assert status.status == CHANGES_REQUESTED and status.reason == CHANGES_REQUESTED
    assert status.review_note == "see item 1"
    assert status.review_comments == ((world.item_keys[0], LENA,
                                       "7.2 also asks for a grievance mechanism"),)
    assert not check.allowed
    assert "its approval is changes requested" in check.problems[0]

    # editing the live comment afterwards does not alter what was signed
    with workspace.session() as s:
        save_comment(s, world.template_id, "rjc-cop", world.item_keys[0], LENA, "changed")
        assert _status(s, world).status == CHANGES_REQUESTED
    # ...but editing the signed copy of the comments breaks the signature
    with workspace.session() as s:
        row = s.exec(select(TemplateApproval).where(
            TemplateApproval.status == "changes_requested")).one()
        review = json.loads(row.review_json)
        review["note"] = "nothing to change"
        row.review_json = json.dumps(review)
        s.add(row)
    with workspace.session() as s:
        status = _status(s, world)
        [check_item] = approval_checks(s)
    # the older approval does not stand in for the altered request, and `check` names it
    assert status.status == UNTRUSTED and "comments" in status.reason
    assert not check_item.ok and "altered" in check_item.detail


def test_a_change_after_the_request_reads_changed_since_the_request_until_approved(
        workspace, world):
    with workspace.session() as s:
        save_comment(s, world.template_id, "rjc-cop", world.item_keys[0], LENA, "rename it")
        request_changes(s, world.template_id, "rjc-cop", STAFF)
    with workspace.session() as s:
        item = s.exec(select(JointItem).where(JointItem.item_key == world.item_keys[0])).one()
        item.title = "Supply chain due diligence policy"
        s.add(item)
    with workspace.session() as s:
        status = _status(s, world)
        sheet = review_sheet(s, world.template_id, "rjc-cop", LENA)
    assert status.status == CHANGES_REQUESTED and status.reason == CHANGED_SINCE_REQUEST
    assert any("title" in c for c in status.changes)
    assert sheet.baseline == "request"
    changed = {it.key: it.changes for it in sheet.items}
    assert changed[world.item_keys[0]] and "Supply chain due diligence policy" in \
        changed[world.item_keys[0]][0]
    assert changed[world.item_keys[1]] == ()

    with workspace.session() as s:
        approve_template(s, world.template_id, "rjc-cop", STAFF)
        assert _status(s, world).status == APPROVED
        sheet = review_sheet(s, world.template_id, "rjc-cop", LENA)
    assert sheet.baseline == "approval"
    assert all(it.changes == () for it in sheet.items)
    # the other scheme never decided: unaffected
    with workspace.session() as s:
        assert _status(s, world, "fairmined").status not in (APPROVED, CHANGES_REQUESTED,
                                                             INVALIDATED)
        assert len(comments(s, world.template_id, "rjc-cop")) == 1


def test_a_derived_link_shows_with_its_path_through_the_hub(workspace, world):
    from jointaudit.store.models import CrosswalkLink, Requirement

    with workspace.session() as s:
        reqs = {(r.version_id, r.clause_id): r.id for r in s.exec(select(Requirement))}
        link = s.exec(select(CrosswalkLink).where(
            CrosswalkLink.source_requirement_id == reqs[(RJC, "18.1")])).one()
        link.origin = "derived"
        link.rationale = ("rjc-cop@2019 18.1 ⊇ hub ohs.system (curated) ; hub ohs.system ⊇ "
                          "fairmined@2014 4.3.1 (curated)")
        s.add(link)
    with workspace.session() as s:
        sheet = review_sheet(s, world.template_id, "rjc-cop", LENA)
    links = {it.key: it.links for it in sheet.items}[world.item_keys[1]]
    assert links == (f"{RJC} 18.1 superset {FM} 4.3.1 — derived: rjc-cop@2019 18.1 ⊇ hub "
                     "ohs.system (curated) ; hub ohs.system ⊇ fairmined@2014 4.3.1 (curated)",)


def test_the_report_data_says_changes_requested(workspace, world):
    """What the scheme report's approval section is built from says "changes requested"."""
    from jointaudit.reports.gather import _approval
    from jointaudit.store.models import JointTemplate

    with workspace.session() as s:
        save_comment(s, world.template_id, "rjc-cop", world.item_keys[0], LENA, "name the law")
        request_changes(s, world.template_id, "rjc-cop", STAFF)
    with workspace.session() as s:
        got = _approval(s, s.get(JointTemplate, world.template_id), "rjc-cop")
    assert got.changes_requested and not got.approved
    assert got.signer == "Lena Ortiz" and got.detail == CHANGES_REQUESTED


def test_a_request_for_changes_travels_in_a_bundle_and_verifies_there(workspace, world,
                                                                      tmp_path):
    from jointaudit.exchange.content import export_bundle
    from jointaudit.exchange.importer import apply_import
    from tests.core._trust_world import build_schemes

    with workspace.session() as s:
        save_comment(s, world.template_id, "rjc-cop", world.item_keys[0], LENA, "name the law")
        request_changes(s, world.template_id, "rjc-cop", STAFF, note="one thing")
        path = export_bundle(s, tmp_path / "back.jabundle", template_id=world.template_id,
                             signer=STAFF)
    other = new_workspace(tmp_path / "programme.jaworkspace")
    try:
        with other.session() as s:
            build_schemes(s)
            trust_key(s, STAFF.identity, ["rjc-cop"])
        report = apply_import(other, path)
        assert "request for changes for rjc-cop by Lena Ortiz" in report.created
        with other.session() as s:
            template_id = s.exec(select(TemplateApproval)).one().template_id
            status = {a.scheme_id: a for a in template_approvals(s, template_id)}["rjc-cop"]
        assert status.status == CHANGES_REQUESTED and status.review_note == "one thing"
        assert status.review_comments[0][2] == "name the law"
    finally:
        other.close()


def test_check_names_an_altered_newer_approval_even_when_an_older_one_still_verifies(
        workspace, world):
    with workspace.session() as s:
        approve_template(s, world.template_id, "rjc-cop", STAFF)
        approve_template(s, world.template_id, "rjc-cop", STAFF)
    with workspace.session() as s:
        newer = s.exec(select(TemplateApproval).where(TemplateApproval.status == "approved")
                       .order_by(TemplateApproval.id.desc())).first()
        newer.signer_name = "Someone Else"  # behind the application's back
        s.add(newer)
    with workspace.session() as s:
        status = _status(s, world)
        [check_item] = approval_checks(s)
    # the older approval still stands for the scheme, but the altered one is not hidden
    assert status.status == APPROVED
    assert not check_item.ok
    assert "Someone Else" in check_item.detail and "altered" in check_item.detail
