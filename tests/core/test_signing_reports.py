"""With the shipped packs: a scheme whose pack requires template approval gets no final
report from an untrusted key's approval, nor from an approval the template has outgrown."""

from __future__ import annotations

import pytest
from sqlmodel import select

from jointaudit.keys import Signer
from jointaudit.models import CrosswalkLink
from jointaudit.reports import ReportRefused
from jointaudit.services import reports as svc
from jointaudit.signing import (
    APPROVED,
    INVALIDATED,
    UNTRUSTED,
    approve_template,
    final_report_allowed,
    template_approvals,
    trust_key,
)

# the report room's real workspace (shipped packs, merged template, rated visit), reused
from tests.reports import conftest as report_world

world_file, world_ws = report_world.world_file, report_world.world_ws

IRMA_STAFF = Signer.generate("IRMA assurance staff", "IRMA", "scheme_staff", ["irma"])


def _irma(ws, template_id):
    with ws.session() as s:
        return {a.scheme_id: a for a in template_approvals(s, template_id)}["irma"]


def _final_irma(ws, world):
    return svc.build(ws, svc.ReportRequest("scheme", visit_id=world.visit_id,
                                           version_id="irma@1.0"))


def test_an_untrusted_approval_does_not_allow_a_final_report(world_ws):
    ws, world = world_ws
    with ws.session() as s:
        approve_template(s, world.template_id, "irma", IRMA_STAFF)
    assert _irma(ws, world.template_id).status == UNTRUSTED
    with pytest.raises(ReportRefused) as refused:
        _final_irma(ws, world)
    assert [p.code for p in refused.value.problems] == ["report.template-unapproved"]
    assert "not in this workspace's trusted keys" in str(refused.value)


def test_a_changed_template_withdraws_the_final_report_until_reapproved(world_ws):
    ws, world = world_ws
    with ws.session() as s:
        trust_key(s, IRMA_STAFF.identity, ["irma"])
        approve_template(s, world.template_id, "irma", IRMA_STAFF)
        check = final_report_allowed(s, world.template_id)
    # IRMA is satisfied; Fairmined's pack requires its own approval too, and has none yet
    assert _irma(ws, world.template_id).status == APPROVED
    assert not check.allowed and [p.split(" requires")[0] for p in check.problems] == [
        "Fairmined Standard (fairmined)"]
    assert _final_irma(ws, world).startswith(b"%PDF")
    with ws.session() as s:  # someone re-types one accepted link of the real crosswalk
        link = s.exec(select(CrosswalkLink).where(CrosswalkLink.status == "accepted")).first()
        link.rationale = link.rationale + " (revised)"
    irma = _irma(ws, world.template_id)
    assert irma.status == INVALIDATED
    assert len(irma.changes) == 1 and irma.changes[0].endswith(" (revised)'")
    with pytest.raises(ReportRefused, match="the template changed after approval"):
        _final_irma(ws, world)
    with ws.session() as s:
        approve_template(s, world.template_id, "irma", IRMA_STAFF)
    assert _final_irma(ws, world).startswith(b"%PDF")
