"""Nothing a user entered may vanish on a bundle import, and an approval covers exactly what a
checklist uses: joint items and their sources included, so a bundle that cuts an approved
checklist down shows as "changed since approval" and final reports stop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from jointaudit.exchange import bundles
from jointaudit.exchange.bundles import BundleRejected, read_bundle
from jointaudit.exchange.content import export_bundle
from jointaudit.exchange.importer import apply_import, preview_import
from jointaudit.fieldwork.findings import rate
from jointaudit.store.models import Evidence, Finding, FindingHistory, JointItem, JointPlan
from jointaudit.trust.keys import Signer
from jointaudit.trust.signing import (
    APPROVED,
    INVALIDATED,
    approve_template,
    final_report_allowed,
    template_approvals,
    trust_key,
)
from tests.core._trust_world import (
    add_evidence,
    add_finding,
    build_schemes,
    build_world,
    new_workspace,
)

ANA = Signer.generate("Ana Restrepo", "Andes Audit SAS", "auditor")
LENA = Signer.generate("Lena Ortiz", "RJC", "scheme_staff", ["rjc-cop"])
SCAN = b"%PDF-1.7 board minutes 2026-11-02 " + bytes(range(256)) * 8
PHOTO = b"\x89PNG\r\n\x1a\n level 3 gas detector " + bytes(range(200)) * 5


def _export(ws, path: Path, signer=ANA) -> Path:
    with ws.session() as s:
        plan_id = s.exec(select(JointPlan)).one().id
        return export_bundle(s, path, plan_id=plan_id, signer=signer)


@pytest.fixture
def pair(tmp_path):
    """Ana rated two items and sent them to Ben, who trusts her key."""
    ana = new_workspace(tmp_path / "ana.jaworkspace")
    with ana.session() as s:
        world = build_world(s)
        add_finding(s, world, "item-1", "minor_gap", "Policy not published")
        add_finding(s, world, "item-2", "conforms", "PPE worn underground")
    ben = new_workspace(tmp_path / "ben.jaworkspace")
    with ben.session() as s:
        build_schemes(s)
        trust_key(s, ANA.identity, ["rjc-cop"])
    apply_import(ben, _export(ana, tmp_path / "day1.jabundle"), actor="ben")
    yield ana, ben, world
    ana.close()
    ben.close()


def _evidence(ws) -> dict[str, Evidence]:
    with ws.session() as s:
        return {e.filename: e for e in s.exec(select(Evidence))}


def test_evidence_added_without_a_rating_change_is_imported(pair, tmp_path):
    ana, ben, _ = pair
    with ana.session() as s:  # Ana attaches the board minutes; the rating stays minor gap
        f = s.exec(select(Finding).where(Finding.item_key == "item-1")).one()
        add_evidence(s, f, "board-minutes.pdf", SCAN)
    day2 = _export(ana, tmp_path / "day2.jabundle")
    preview = preview_import(ben, day2)
    assert preview.created == ["evidence 'board-minutes.pdf' on item-1 'Supply chain policy'"]
    report = apply_import(ben, day2, actor="ben")
    assert report.backup is not None
    ev = _evidence(ben)["board-minutes.pdf"]
    assert ev.data == SCAN
    with ben.session() as s:
        assert s.get(Finding, ev.finding_id).item_key == "item-1"


def test_evidence_whose_uid_is_taken_is_kept_under_a_new_uid_with_a_note(pair, tmp_path):
    ana, ben, _ = pair
    with ana.session() as s:
        f = s.exec(select(Finding).where(Finding.item_key == "item-2")).one()
        theirs = add_evidence(s, f, "gas-detector.png", PHOTO)
    with ben.session() as s:  # Ben's own photo happens to carry the same uid
        f = s.exec(select(Finding).where(Finding.item_key == "item-1")).one()
        mine = add_evidence(s, f, "ben-notes.png", b"ben's own photo")
        mine.uid = theirs.uid
        s.add(mine)
    report = apply_import(ben, _export(ana, tmp_path / "day2.jabundle"), actor="ben")
    files = _evidence(ben)
    assert files["ben-notes.png"].uid == theirs.uid  # mine untouched
    assert files["gas-detector.png"].data == PHOTO  # theirs kept too
    assert files["gas-detector.png"].uid != theirs.uid
    assert report.notes == [f"evidence 'gas-detector.png' on item-2 'Health and safety' has the "
                            f"uid of another evidence file ({theirs.uid}); imported under a new "
                            f"uid {files['gas-detector.png'].uid}"]


def test_editing_a_confidential_finding_is_not_a_conflict(pair, tmp_path):
    ana, ben, world = pair
    with ana.session() as s:
        rate(s, world.visit_id, "item-1", "minor_gap", confidential=True, author="ana")
    apply_import(ben, _export(ana, tmp_path / "day2.jabundle"), actor="ben")
    with ana.session() as s:  # Ana only corrects the wording of the confidential finding
        rate(s, world.visit_id, "item-1", "minor_gap", observation="Policy not yet published",
             author="ana")
    preview = preview_import(ben, _export(ana, tmp_path / "day3.jabundle"))
    assert preview.conflicts == []
    assert preview.updated == ["finding on item-1 'Supply chain policy' (fast_forward)"]
    with ana.session() as s:
        history = s.exec(select(FindingHistory).order_by(FindingHistory.revision)).all()
        assert [h.confidential for h in history if h.revision >= 2] == [True]


def test_an_unsigned_or_untrusted_bundle_is_refused_unless_accepted(pair, tmp_path):
    ana, ben, _ = pair
    with ana.session() as s:
        f = s.exec(select(Finding).where(Finding.item_key == "item-1")).one()
        add_evidence(s, f, "board-minutes.pdf", SCAN)
    unsigned = _export(ana, tmp_path / "unsigned.jabundle", signer=None)
    stranger = Signer.generate("Unknown Person")
    untrusted = _export(ana, tmp_path / "untrusted.jabundle", signer=stranger)
    before, backups = ben.path.read_bytes(), set(tmp_path.glob("ben.jaworkspace-*.bak"))
    for path, code, words in [(unsigned, "bundle.unsigned", "the bundle is not signed"),
                              (untrusted, "bundle.untrusted-sender",
                               f"[{stranger.fingerprint}], a key this workspace does not trust")]:
        with pytest.raises(BundleRejected) as err:
            apply_import(ben, path, actor="ben")
        assert err.value.code == code and words in str(err.value)
    assert ben.path.read_bytes() == before
    assert set(tmp_path.glob("ben.jaworkspace-*.bak")) == backups
    apply_import(ben, unsigned, actor="ben", accept_unsigned=True)
    with ben.session() as s:  # what it brought is marked in the audit trail
        from jointaudit.store.models import AuditLogEntry

        entry = s.exec(select(AuditLogEntry).where(AuditLogEntry.entity == "evidence")).one()
        assert entry.actor == "ben via unverified bundle unsigned.jabundle (unsigned)"


def test_a_refused_import_leaves_no_stray_backup(pair, tmp_path):
    ana, ben, _ = pair
    members = dict(read_bundle(_export(ana, tmp_path / "ok.jabundle")).members)
    plan = json.loads(members["plan.json"])
    plan.update(uid="new-plan", site=None)  # a new plan whose visit has no site
    plan["visits"][0]["uid"] = "new-visit"
    members["plan.json"] = json.dumps(plan).encode()
    bad = bundles.write_bundle(tmp_path / "bad.jabundle", members, signer=ANA)
    before, backups = ben.path.read_bytes(), set(tmp_path.glob("ben.jaworkspace-*.bak"))
    with pytest.raises(BundleRejected):
        apply_import(ben, bad, actor="ben")
    assert ben.path.read_bytes() == before
    assert set(tmp_path.glob("ben.jaworkspace-*.bak")) == backups


def test_a_bundle_that_cuts_an_approved_checklist_shows_changed_since_approval(tmp_path):
    with new_workspace(tmp_path / "ana.jaworkspace") as ws, ws.session() as s:
        world = build_world(s)
        approve_template(s, world.template_id, "rjc-cop", LENA)
        sent = export_bundle(s, tmp_path / "sent.jabundle", template_id=world.template_id,
                             signer=ANA)
    members = dict(read_bundle(sent).members)
    doc = json.loads(members["template.json"])
    doc["items"] = doc["items"][:1]  # the approval itself is untouched and genuine
    members["template.json"] = json.dumps(doc).encode()
    cut = bundles.write_bundle(tmp_path / "cut.jabundle", members)
    with new_workspace(tmp_path / "office.jaworkspace") as office:
        with office.session() as s:
            build_schemes(s)
            trust_key(s, LENA.identity, ["rjc-cop"])
        apply_import(office, cut, actor="office", accept_unsigned=True)
        with office.session() as s:
            template_id = s.exec(select(JointItem)).one().template_id
            rjc = {a.scheme_id: a for a in template_approvals(s, template_id)}["rjc-cop"]
            check = final_report_allowed(s, template_id)
    assert (rjc.status, rjc.reason) == (INVALIDATED, "changed since approval")
    assert "joint item item-2 removed" in rjc.changes
    assert not check.allowed and "changed since approval" in check.problems[0]


def test_the_uncut_bundle_keeps_its_approval(tmp_path):
    with new_workspace(tmp_path / "ana.jaworkspace") as ws, ws.session() as s:
        world = build_world(s)
        approve_template(s, world.template_id, "rjc-cop", LENA)
        sent = export_bundle(s, tmp_path / "sent.jabundle", template_id=world.template_id,
                             signer=LENA)
    with new_workspace(tmp_path / "office.jaworkspace") as office:
        with office.session() as s:
            build_schemes(s)
            trust_key(s, LENA.identity, ["rjc-cop"])
        apply_import(office, sent, actor="office")
        with office.session() as s:
            template_id = s.exec(select(JointItem)).first().template_id
            rjc = {a.scheme_id: a for a in template_approvals(s, template_id)}["rjc-cop"]
    assert rjc.status == APPROVED
