"""Scheme staff approve a joint template by signing its canonical content; the workspace
trusts only listed keys, and any later change to the content shows the approval invalidated."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import Session, select

from jointaudit.store.models import (
    CrosswalkLink,
    JointItem,
    JointItemSource,
    JointTemplate,
    ReportProfile,
    Requirement,
    Scheme,
    SchemeVersion,
)
from jointaudit.trust.keys import Signer, verify_signature
from jointaudit.trust.signing import (
    APPROVED,
    DRAFT,
    INVALIDATED,
    SUBMITTED,
    UNTRUSTED,
    approve_template,
    canonical_bytes,
    canonical_content,
    content_hash,
    diff_content,
    final_report_allowed,
    statement,
    submit_for_approval,
    template_approvals,
    trust_key,
)
from tests.core._trust_world import FM, RJC, build_world, new_workspace

STAFF = Signer.generate("Lena Ortiz", "Responsible Jewellery Council", "scheme_staff", ["rjc-cop"])


@pytest.fixture
def workspace(tmp_path):
    ws = new_workspace(tmp_path / "test.jaworkspace")
    yield ws
    ws.close()


@pytest.fixture
def world(workspace):
    with workspace.session() as s:
        return build_world(s)


def _status(session, world, scheme_id):
    return {a.scheme_id: a for a in template_approvals(session, world.template_id)}[scheme_id]


def test_a_signature_over_the_template_verifies(workspace, world):
    with workspace.session() as s:
        trust_key(s, STAFF.identity, ["rjc-cop"])
        row = approve_template(s, world.template_id, "rjc-cop", STAFF)
        current = content_hash(canonical_content(s, world.template_id))
    assert row.content_hash == current
    who = dict(signer_name="Lena Ortiz", signer_fingerprint=STAFF.fingerprint,
               signed_at=row.signed_at, trail_entries=row.trail_entries,
               trail_head=row.trail_head)
    assert row.trail_entries > 0 and len(row.trail_head) == 64
    assert verify_signature(STAFF.identity.public_key, row.signature,
                            statement(world.template_uid, "rjc-cop", current, **who))
    # ... bound to the audit trail's anchor when signing: a shorter trail is not what was seen
    assert not verify_signature(STAFF.identity.public_key, row.signature,
                                statement(world.template_uid, "rjc-cop", current,
                                          **(who | {"trail_entries": row.trail_entries - 1})))
    # the signature is bound to the scheme: it does not stand for another one
    assert not verify_signature(STAFF.identity.public_key, row.signature,
                                statement(world.template_uid, "fairmined", current, **who))
    # ... and to the signer's name and the signing time
    assert not verify_signature(STAFF.identity.public_key, row.signature,
                                statement(world.template_uid, "rjc-cop", current,
                                          **(who | {"signer_name": "Someone Else"})))
    assert not verify_signature(STAFF.identity.public_key, row.signature,
                                statement(world.template_uid, "rjc-cop", current,
                                          **(who | {"signed_at": row.signed_at
                                                    - timedelta(days=30)})))
    with workspace.session() as s:
        rjc = _status(s, world, "rjc-cop")
        fm = _status(s, world, "fairmined")
    assert (rjc.status, rjc.fingerprint, rjc.signer_name) == (
        APPROVED, STAFF.fingerprint, "Lena Ortiz")
    assert rjc.required and not fm.required
    assert fm.status == DRAFT


def test_canonical_content_names_clauses_not_row_ids_and_skips_unaccepted_links(workspace, world):
    with workspace.session() as s:
        content = canonical_content(s, world.template_id)
    assert [v["id"] for v in content["versions"]] == [FM, RJC]
    assert [(li["source"], li["target"], li["relationship"]) for li in content["links"]] == [
        ([RJC, "18.1"], [FM, "4.3.1"], "superset"),
        ([RJC, "7.2"], [FM, "1.3"], "equal"),
    ]
    assert content["versions"][1]["report_profile"]["title"] == {"en": "RJC audit report"}
    # no row ids: a link is named only by its ends and what it says
    assert {frozenset(li) for li in content["links"]} == {frozenset(
        ["source", "target", "relationship", "shared_core", "source_addon", "target_addon",
         "rationale"])}


def test_the_same_template_hashes_the_same_in_another_workspace(tmp_path):
    from jointaudit.store.db import create_workspace

    hashes = []
    for n in range(2):
        with create_workspace(tmp_path / f"w{n}.jaworkspace") as ws, ws.session() as s:
            if n:  # different row ids: unrelated requirements inserted first
                s.add(Scheme(id="x", name="X"))
                s.add(SchemeVersion(id="x@1", scheme_id="x", version="1", title="x"))
                s.flush()
                s.add_all([Requirement(version_id="x@1", clause_id=str(i), title="x")
                           for i in range(7)])
                s.flush()
            w = build_world(s)
            hashes.append(content_hash(canonical_content(s, w.template_id)))
    assert hashes[0] == hashes[1]


# Each mutation changes one field of what the canonical content is made of, in the rows.
def _set_link(field):
    def apply(s, value):
        link = s.exec(select(CrosswalkLink).where(CrosswalkLink.relationship == "equal")).one()
        setattr(link, field, value)
        s.add(link)
    return apply


def _profile_title(s, value):
    p = s.exec(select(ReportProfile).where(ReportProfile.version_id == RJC)).one()
    p.body = {**p.body, "title": {"en": value}}
    s.add(p)


def _profile_section(s, value):
    p = s.exec(select(ReportProfile).where(ReportProfile.version_id == FM)).one()
    body = json.loads(json.dumps(p.body))
    body["sections"][1]["id"] = value
    p.body = body
    s.add(p)


def _pack_text(s, value):
    # The recorded hash column is left as it was: the content re-hashes the stored pack.
    v = s.get(SchemeVersion, RJC)
    v.pack_json = json.dumps({**json.loads(v.pack_json), "note": value})
    s.add(v)


def _item_title(s, value):
    item = s.exec(select(JointItem).where(JointItem.item_key == "item-1")).one()
    item.title = value
    s.add(item)


def _item_dropped(s, _value):
    # An unsigned bundle once cut an approved checklist down this way.
    item = s.exec(select(JointItem).where(JointItem.item_key == "item-2")).one()
    for src in s.exec(select(JointItemSource).where(JointItemSource.item_id == item.id)):
        s.delete(src)
    s.flush()
    s.delete(item)


def _item_source(s, _value):
    item = s.exec(select(JointItem).where(JointItem.item_key == "item-1")).one()
    req = s.exec(select(Requirement).where(Requirement.clause_id == "7")).one()
    s.add(JointItemSource(item_id=item.id, requirement_id=req.id))


def _requirement_title(s, value):
    r = s.exec(select(Requirement).where(Requirement.clause_id == "7.2")).one()
    r.title = value
    s.add(r)


def _merge_option(s, value):
    t = s.exec(select(JointTemplate)).one()
    t.merge_options = {**t.merge_options, "intersects": value}
    s.add(t)


def _clause_id(s, value):
    r = s.exec(select(Requirement).where(Requirement.clause_id == "4.3.1")).one()
    r.clause_id = value
    s.add(r)


def _drop_version(s, _value):
    t = s.exec(select(JointTemplate)).one()
    t.version_ids = [RJC]
    s.add(t)


def _reject_link(s, _value):
    _set_link("status")(s, "rejected")


def _accept_suggestion(s, _value):
    link = s.exec(select(CrosswalkLink).where(CrosswalkLink.status == "suggested")).one()
    link.status = "accepted"
    s.add(link)


MUTATIONS = {
    "link relationship": _set_link("relationship"),
    "link rationale": _set_link("rationale"),
    "link shared core": _set_link("shared_core"),
    "link source add-on": _set_link("source_addon"),
    "link target add-on": _set_link("target_addon"),
    "report profile title": _profile_title,
    "report profile section": _profile_section,
    "pack text": _pack_text,
    "joint item title": _item_title,
    "joint item removed": _item_dropped,
    "joint item source added": _item_source,
    "requirement title": _requirement_title,
    "merge option": _merge_option,
    "clause id": _clause_id,
    "scheme versions": _drop_version,
    "link no longer accepted": _reject_link,
    "suggestion accepted": _accept_suggestion,
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(sorted(MUTATIONS)),
       value=st.text(min_size=1, max_size=12).filter(lambda v: v not in (
           "equal", "core_plus_addons", "RJC audit report", "findings", "4.3.1", "a" * 64,
           "Supply chain policy", "Supply chain policy in line with OECD Annex II")))
def test_changing_any_single_field_invalidates_the_approval(workspace, name, value):
    with workspace.session() as s:
        if not s.exec(select(JointTemplate)).first():
            build_world(s)
            trust_key(s, STAFF.identity, ["rjc-cop"])
            approve_template(s, s.exec(select(JointTemplate)).one().id, "rjc-cop", STAFF)
    with Session(workspace.engine) as s:  # rolled back after each example
        template_id = s.exec(select(JointTemplate)).one().id
        assert _status_by_id(s, template_id).status == APPROVED
        MUTATIONS[name](s, value)
        s.flush()
        after = _status_by_id(s, template_id)
        s.rollback()
    assert after.status == INVALIDATED, name
    assert after.changes, name
    assert after.approved_hash != after.current_hash


def _status_by_id(s, template_id):
    return {a.scheme_id: a for a in template_approvals(s, template_id)}["rjc-cop"]


def _leaf_paths(value, path=()):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _leaf_paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _leaf_paths(v, (*path, i))
    else:
        yield path


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_leaf_of_the_canonical_content_is_covered_by_hash_and_diff(workspace, data):
    with workspace.session() as s:
        if not s.exec(select(JointTemplate)).first():
            build_world(s)
    with workspace.session() as s:
        content = canonical_content(s, s.exec(select(JointTemplate)).one().id)
    paths = list(_leaf_paths(content))
    path = data.draw(st.sampled_from(paths))
    changed = json.loads(canonical_bytes(content))
    target = changed
    for step in path[:-1]:
        target = target[step]
    old = target[path[-1]]
    new = data.draw(st.one_of(st.text(max_size=8), st.integers(), st.booleans(), st.none())
                    .filter(lambda v: v != old or type(v) is not type(old)))
    target[path[-1]] = new
    assert content_hash(changed) != content_hash(content)
    if path[0] != "format":
        assert diff_content(content, changed), path


def test_the_diff_says_what_changed_since_approval(workspace, world):
    with workspace.session() as s:
        trust_key(s, STAFF.identity, ["rjc-cop"])
        approve_template(s, world.template_id, "rjc-cop", STAFF)
    with workspace.session() as s:
        link = s.exec(select(CrosswalkLink).where(CrosswalkLink.relationship == "superset")).one()
        link.relationship = "equal"
        suggested = s.exec(select(CrosswalkLink).where(CrosswalkLink.status == "suggested")).one()
        suggested.status = "accepted"
        t = s.get(JointTemplate, world.template_id)
        t.merge_options = {**t.merge_options, "drop_inapplicable": False}
    with workspace.session() as s:
        rjc = _status(s, world, "rjc-cop")
    assert rjc.status == INVALIDATED
    assert rjc.changes == (
        f"link {RJC} 18.1 → {FM} 4.3.1: relationship: 'superset' → 'equal'",
        f"link {RJC} 7 → {FM} 1.3 added",
        "merge options.drop_inapplicable: True → False",
    )


def test_an_untrusted_keys_approval_is_shown_as_untrusted(workspace, world):
    stranger = Signer.generate("Someone Else", "Unknown Ltd", "scheme_staff", ["rjc-cop"])
    with workspace.session() as s:
        approve_template(s, world.template_id, "rjc-cop", stranger)
    with workspace.session() as s:
        rjc = _status(s, world, "rjc-cop")
        assert rjc.status == UNTRUSTED
        assert "not in this workspace's trusted keys" in rjc.reason
        # trusted, but only for another scheme: still untrusted for RJC
        trust_key(s, stranger.identity, ["fairmined"])
    with workspace.session() as s:
        rjc = _status(s, world, "rjc-cop")
        assert (rjc.status, rjc.fingerprint) == (UNTRUSTED, stranger.fingerprint)
        assert "not for scheme rjc-cop" in rjc.reason
        assert not final_report_allowed(s, world.template_id).allowed


def test_a_forged_signature_is_untrusted(workspace, world):
    with workspace.session() as s:
        trust_key(s, STAFF.identity, ["rjc-cop"])
        row = approve_template(s, world.template_id, "rjc-cop", Signer.generate("Mallory"))
        # Mallory claims to be Lena: right fingerprint and name, her own signature
        row.signer_fingerprint, row.signer_name = STAFF.fingerprint, "Lena Ortiz"
        s.add(row)
    with workspace.session() as s:
        rjc = _status(s, world, "rjc-cop")
    assert rjc.status == UNTRUSTED
    assert rjc.reason.startswith("the signature does not verify with the trusted key")


def test_submitted_then_approved_and_the_final_report_check(workspace, world):
    with workspace.session() as s:
        check = final_report_allowed(s, world.template_id)
        assert not check.allowed
        assert check.problems == ("RJC Code of Practices (rjc-cop) requires an approved "
                                  "template; its approval is draft: not submitted for approval",)
        submit_for_approval(s, world.template_id, "rjc-cop")
    with workspace.session() as s:
        assert _status(s, world, "rjc-cop").status == SUBMITTED
        assert not final_report_allowed(s, world.template_id).allowed
        trust_key(s, STAFF.identity, ["rjc-cop"])
        approve_template(s, world.template_id, "rjc-cop", STAFF)
    with workspace.session() as s:
        check = final_report_allowed(s, world.template_id)
        # Fairmined's pack does not require approval, so RJC's alone allows final reports
        assert check.allowed and check.problems == ()
        assert [(a.scheme_id, a.status, a.fingerprint) for a in check.approvals] == [
            ("fairmined", DRAFT, ""), ("rjc-cop", APPROVED, STAFF.fingerprint)]
        t = s.get(JointTemplate, world.template_id)
        t.merge_options = {**t.merge_options, "intersects": "single_item"}
    with workspace.session() as s:
        check = final_report_allowed(s, world.template_id)
    assert not check.allowed
    assert "its approval is invalidated: changed since approval" in check.problems[0]


def test_approving_for_a_scheme_outside_the_template_is_refused(workspace, world):
    from jointaudit.trust.signing import ApprovalError

    with pytest.raises(ApprovalError, match="has no version of scheme 'irma'"), \
            workspace.session() as s:
        approve_template(s, world.template_id, "irma", STAFF)
