"""Importing a bundle from an unverified sender in the app: the preview says who signed it
(or that nobody did) with the key's fingerprint; Import asks before anything is written —
Cancel writes nothing, "Import anyway" imports and marks what the bundle brought as coming
from an unverified bundle, in the result and in the audit trail."""

from __future__ import annotations

import shutil

import pytest
from sqlmodel import select

from jointaudit.services import checklist, trust
from jointaudit.store.db import open_workspace
from jointaudit.store.models import AuditLogEntry, JointTemplate
from jointaudit.trust.keys import Signer
from tests.ui.conftest import wait_jobs
from tests.ui.flows import SCHEMES

STRANGER = Signer.generate("Field Laptop 7", "Unknown Org", "auditor")


@pytest.fixture(params=["untrusted", "unsigned"])
def bundle(request, demo_master, tmp_path):
    """A template merged in another copy of the demo, sent signed by a key this workspace
    does not trust, or not signed at all."""
    other = tmp_path / "field.jaworkspace"
    shutil.copy(demo_master, other)
    with open_workspace(other) as ws:
        made = checklist.create_template(ws, "Checklist from the field", list(SCHEMES))
        out = trust.export_bundle(ws, tmp_path / "from-field.jabundle", template_id=made.id,
                                  signer=STRANGER if request.param == "untrusted" else None)
    return request.param, out


def templates_named(window, name):
    with window.ctx.workspace.session() as s:
        return s.exec(select(JointTemplate).where(JointTemplate.name == name)).all()


def test_an_unverified_bundle_is_imported_only_when_accepted_and_is_marked(demo_window, qtbot,
                                                                          bundle):
    kind, path = bundle
    window = demo_window
    view = window.show_view("approvals")
    wait_jobs(qtbot, window)
    view.preview_bundle(path)
    wait_jobs(qtbot, window)
    preview = view.bundle_result.toPlainText()
    if kind == "untrusted":
        assert (f"Signed by Field Laptop 7 (Unknown Org), a key this workspace does not trust "
                f"(fingerprint {STRANGER.fingerprint})") in preview
    else:
        assert "This bundle is not signed" in preview
    assert view.apply_button.isEnabled()

    view.apply_button.click()
    box = view.unverified_box
    assert box is not None and box.isVisible()
    assert (STRANGER.fingerprint in box.text()) == (kind == "untrusted")
    box.button(box.StandardButton.Cancel).click()
    wait_jobs(qtbot, window)
    assert templates_named(window, "Checklist from the field") == []  # nothing written

    view.apply_button.click()
    accept = next(b for b in view.unverified_box.buttons() if b.text() == "Import anyway")
    accept.click()
    wait_jobs(qtbot, window)
    (made,) = templates_named(window, "Checklist from the field")
    assert "what it brought is marked as from an unverified bundle" in (
        view.bundle_result.toPlainText())
    with window.ctx.workspace.session() as s:
        entry = s.exec(select(AuditLogEntry).where(AuditLogEntry.entity == "template")
                       .where(AuditLogEntry.entity_uid == made.uid)).one()
    marker = STRANGER.fingerprint if kind == "untrusted" else "unsigned"
    assert f"via unverified bundle {path.name} ({marker})" in entry.actor
