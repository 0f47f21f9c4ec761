"""Findings: overrides kept and shown, revisions and history, recognitions (own certificate
→ met; suppliers' certificates → evidence only), corrective actions with each scheme's own
deadlines, and escalation of a minor left open at recertification."""

from __future__ import annotations

from datetime import date

import pytest

from jointaudit.common.errors import InvalidInput
from jointaudit.common.severity import Severity
from jointaudit.fieldwork.corrective_actions import advance, escalations_due, raise_actions
from jointaudit.fieldwork.findings import (
    StaleEdit,
    rate,
    rate_level,
    revisions,
    scheme_ratings,
    set_override,
)
from jointaudit.store.models import Certificate, RecognitionRule
from jointaudit.store.settings import UNVERIFIED_RECOGNITIONS, set_setting
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

NO_ESCALATION_CYCLE = {"deadlines": [
    {"id": "corrections_before_final_report", "label": {"en": "Corrections before final"},
     "applies_to": ["minor_gap", "major_gap", "critical"],
     "due": {"anchor": "audit_end", "offset": {"months": 12}}, "verified": True,
     "source": "test"}]}


@pytest.fixture
def joint(workspace):
    with workspace.session() as s:
        a = add_version(s, "alpha", "2019", A_REQS)
        b = add_version(s, "beta", "2.0", B_REQS, scale=GRADED_SCALE, cycle=NO_ESCALATION_CYCLE)
        link(s, (a, "1.1"), "equal", (b, "4.1"))
        link(s, (a, "1.3"), "equal", (b, "4.3"))
        t = template(s, [a, b])
        v = visit_for(s, t, start=date(2027, 3, 8), end=date(2027, 3, 12))
        keys = {c.clause_id: c.item_key for c in scheme_ratings(s, v.id).clauses}
    return workspace, a, b, v.id, keys


def test_override_is_kept_shown_and_removable(joint):
    ws, a, b, vid, keys = joint
    with ws.session() as s:
        rate(s, vid, keys["1.1"], Severity.MINOR_GAP)
        set_override(s, vid, keys["1.1"], b, "partially")
        out = {c.version_id: c for c in scheme_ratings(s, vid).for_item(keys["1.1"])}
        assert (out[a].words, out[a].overridden) == ("Minor NC", False)
        assert (out[b].words, out[b].overridden) == ("Partially meets", True)
        assert out[b].basis == "override for this scheme"
        set_override(s, vid, keys["1.1"], b, None)
        out = {c.version_id: c for c in scheme_ratings(s, vid).for_item(keys["1.1"])}
        assert (out[b].words, out[b].overridden) == ("Substantially meets", False)


def test_override_with_a_level_the_scheme_lacks_is_refused(joint):
    ws, a, b, vid, keys = joint
    with pytest.raises(InvalidInput, match="beta@2.0 has no rating level 'major_nc'"), \
            ws.session() as s:
        set_override(s, vid, keys["1.1"], b, "major_nc")


def test_every_save_bumps_the_revision_and_keeps_history(joint):
    ws, a, b, vid, keys = joint
    with ws.session() as s:
        f = rate(s, vid, keys["1.3"], Severity.CONFORMS, observation="no minors seen")
        assert (f.revision, f.base_revision) == (1, 0)
        f = rate(s, vid, keys["1.3"], Severity.MAJOR_GAP, observation="14-year-old at the mill",
                 confidential=True, base_revision=1)
        assert (f.revision, f.base_revision) == (2, 1)
        assert [(h.revision, h.severity) for h in revisions(s, f.id)] == [(1, "conforms")]
        with pytest.raises(StaleEdit, match="revision 2, edit based on 1"):
            rate(s, vid, keys["1.3"], Severity.CONFORMS, base_revision=1)


def test_own_certificate_recognition_marks_provisions_met(joint):
    ws, a, b, vid, keys = joint
    with ws.session() as s:
        s.add(RecognitionRule(rule_key="alpha-accepts-beta", accepting_version_id=a,
                              provisions=["1.4"], recognised_scheme_id="beta", whose="own",
                              effect="met", verified=True, source="test"))
        s.add(Certificate(site_id=1, scheme_id="beta", number="FM-0042",
                          issued_on=date(2026, 1, 1), expires_on=date(2027, 12, 31)))
        out = {(c.version_id, c.clause_id): c for c in scheme_ratings(s, vid).clauses}
    assert out[(a, "1.4")].recognised and out[(a, "1.4")].words == "Conformance"
    assert out[(a, "1.4")].provenance == "recognition"
    cert = out[(a, "1.4")].certificate
    assert (cert.number, cert.holder, cert.valid_from, cert.valid_to) == (
        "FM-0042", "Mina Esperanza", date(2026, 1, 1), date(2027, 12, 31))
    assert "FM-0042, holder Mina Esperanza, valid 2026-01-01 to 2027-12-31" in \
        out[(a, "1.4")].basis
    assert not out[(b, "4.4")].recognised  # only the accepting scheme's provisions


def test_a_rating_recorded_on_the_visit_wins_over_a_recognition(joint):
    ws, a, b, vid, keys = joint
    with ws.session() as s:
        s.add(RecognitionRule(rule_key="alpha-accepts-beta", accepting_version_id=a,
                              provisions=["1"], recognised_scheme_id="beta", whose="own",
                              effect="met", verified=True, source="test"))
        s.add(Certificate(site_id=1, scheme_id="beta", number="FM-0042",
                          issued_on=date(2026, 1, 1), expires_on=date(2027, 12, 31)))
        rate(s, vid, keys["1.3"], Severity.MAJOR_GAP)
        rate_level(s, vid, keys["1.4"], a, "1.4", "minor_nc", by="Kwame Mensah")
        out = {(c.version_id, c.clause_id): c for c in scheme_ratings(s, vid).clauses}
    assert (out[(a, "1.3")].words, out[(a, "1.3")].recognised) == ("Major NC", False)
    assert (out[(a, "1.4")].words, out[(a, "1.4")].provenance) == ("Minor NC", "on_site")
    assert out[(a, "1.4")].basis.startswith("rated on site by Kwame Mensah")
    assert "recognition offer" in out[(a, "1.4")].basis and "not used" in out[(a, "1.4")].basis
    assert out[(a, "1.2")].recognised  # nothing recorded there: the offer stands


def test_unverified_recognition_rules_are_off_until_the_workspace_turns_them_on(joint):
    ws, a, b, vid, keys = joint
    with ws.session() as s:
        s.add(RecognitionRule(rule_key="alpha-accepts-beta", accepting_version_id=a,
                              provisions=["1.4"], recognised_scheme_id="beta", whose="own",
                              effect="met", verified=False, source="test"))
        s.add(Certificate(site_id=1, scheme_id="beta", number="FM-0042",
                          issued_on=date(2026, 1, 1), expires_on=date(2027, 12, 31)))
        off = {(c.version_id, c.clause_id): c for c in scheme_ratings(s, vid).clauses}
        set_setting(s, UNVERIFIED_RECOGNITIONS, True, changed_by="Anna Keller")
    with ws.session() as s:
        on = {(c.version_id, c.clause_id): c for c in scheme_ratings(s, vid).clauses}
    assert not off[(a, "1.4")].recognised and off[(a, "1.4")].provenance == "not_rated"
    assert on[(a, "1.4")].recognised and "unverified rule" in on[(a, "1.4")].basis


@pytest.mark.parametrize("issued, expires", [
    (None, None),  # validity unknown (a membership without dates)
    (date(2026, 1, 1), date(2027, 3, 10)),  # expires during the visit (8-12 March 2027)
    (date(2027, 3, 9), date(2029, 1, 1)),  # starts during the visit
])
def test_a_certificate_must_cover_every_audit_day_by_its_stated_dates(joint, issued, expires):
    ws, a, b, vid, keys = joint
    with ws.session() as s:
        s.add(RecognitionRule(rule_key="alpha-accepts-beta", accepting_version_id=a,
                              provisions=["1.4"], recognised_scheme_id="beta", whose="own",
                              effect="met", verified=True, source="test"))
        s.add(Certificate(site_id=1, scheme_id="beta", number="FM-0042", issued_on=issued,
                          expires_on=expires))
        out = {(c.version_id, c.clause_id): c for c in scheme_ratings(s, vid).clauses}
    assert not out[(a, "1.4")].recognised


def test_expired_certificate_is_not_recognised(joint):
    ws, a, b, vid, keys = joint
    with ws.session() as s:
        s.add(RecognitionRule(rule_key="alpha-accepts-beta", accepting_version_id=a,
                              provisions=["1.4"], recognised_scheme_id="beta", whose="own",
                              source="test"))
        s.add(Certificate(site_id=1, scheme_id="beta", number="FM-0042",
                          issued_on=date(2024, 1, 1), expires_on=date(2027, 3, 7)))
        out = {(c.version_id, c.clause_id): c for c in scheme_ratings(s, vid).clauses}
    assert not out[(a, "1.4")].recognised
    assert out[(a, "1.4")].severity == Severity.NOT_ASSESSED


def test_supplier_recognition_is_evidence_on_sourcing_not_a_met(joint):
    ws, a, b, vid, keys = joint
    with ws.session() as s:
        s.add(RecognitionRule(rule_key="alpha-accepts-beta-supply", accepting_version_id=a,
                              provisions=["1"], recognised_scheme_id="beta", whose="supplier",
                              effect="evidence", source="test"))
        out = {(c.version_id, c.clause_id): c for c in scheme_ratings(s, vid).clauses}
    for clause in ("1.1", "1.2", "1.3", "1.4"):  # provision "1" covers its sub-clauses
        assert not out[(a, clause)].recognised
        assert "suppliers' valid beta certificates are accepted as evidence" in \
            out[(a, clause)].basis


def test_corrective_actions_get_each_schemes_deadlines(joint):
    ws, a, b, vid, keys = joint
    with ws.session() as s:
        rate(s, vid, keys["1.3"], Severity.MAJOR_GAP, observation="no age checks")
        actions = {ca.scheme_version_id: ca for ca in raise_actions(s, vid)}
        assert raise_actions(s, vid) == []  # not twice
    assert (actions[a].plan_due, actions[a].close_due) == (date(2027, 4, 12), date(2027, 6, 12))
    assert (actions[b].plan_due, actions[b].close_due) == (None, date(2028, 3, 12))


def test_lifecycle_moves_forward_and_refuses_skips(joint):
    ws, a, b, vid, keys = joint
    with ws.session() as s:
        rate(s, vid, keys["1.1"], Severity.MINOR_GAP)
        ca = raise_actions(s, vid)[0]
        with pytest.raises(InvalidInput, match="open can go to plan_submitted, not closed"):
            advance(s, ca.id, "closed")
        for status in ("plan_submitted", "plan_accepted", "closed", "verified"):
            assert advance(s, ca.id, status).status == status


def test_minor_open_at_recertification_escalates_to_major_where_the_pack_says(joint):
    ws, a, b, vid, keys = joint
    with ws.session() as s:
        rate(s, vid, keys["1.1"], Severity.MINOR_GAP)
        rate(s, vid, keys["1.3"], Severity.MINOR_GAP)
        actions = raise_actions(s, vid)
        closed = next(ca for ca in actions if ca.scheme_version_id == a
                      and ca.finding_id == actions[0].finding_id)
        for status in ("plan_submitted", "plan_accepted", "closed"):
            advance(s, closed.id, status)
        up = escalations_due(s, vid, "open_at_recertification")
    # alpha's pack escalates minors; beta's has no such rule; the closed one stays.
    assert [(e.version_id, e.from_severity, e.to_severity) for e in up] == [
        (a, "minor_gap", "major_gap")]
