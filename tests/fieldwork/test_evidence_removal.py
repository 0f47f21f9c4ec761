"""A file attached to the wrong item can be taken off again; what was attached, and that it was
removed, stays in the audit trail (nothing a user entered vanishes without a trace)."""

from __future__ import annotations

import pytest

from jointaudit.common.errors import NotFound
from jointaudit.services import checklist as cl
from jointaudit.services.fieldwork import rating_lines
from jointaudit.store.audit_trail import changes_of


def test_removed_evidence_leaves_its_attachment_and_removal_in_the_trail(demo):
    ws, visit_id, _ = demo
    key = next(line.item_key for line in rating_lines(ws, visit_id) if line.item_key)
    view = cl.attach_evidence(ws, visit_id, key, "kyc-file.pdf", b"%PDF-1.4 not this one",
                              media_type="application/pdf")
    assert [e.uid for e in cl.evidence(ws, visit_id, key)] == [view.uid]

    cl.remove_evidence(ws, view.uid)

    assert cl.evidence(ws, visit_id, key) == []
    with ws.session() as s:
        actions = [e.action for e in changes_of(s, "evidence", view.uid)]
    assert actions == ["create", "delete"]
    with pytest.raises(NotFound):
        cl.remove_evidence(ws, view.uid)
