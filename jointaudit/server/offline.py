"""Offline fieldwork against a server: check a visit out into a workspace file, work on it
without a network, check it back in.

Checking out copies the library (scheme packs, crosswalks, parties and records: what the
checklist and the reports read) into a new workspace file, then the visit's plan, template
and findings through the same bundle the field exchange uses. Checking in exports the
plan from that file as a bundle and imports it into the server with the existing three-way
merge (:mod:`jointaudit.exchange.importer`): findings nobody else touched come in, a finding
changed on both sides is a conflict for the person checking in to resolve (keep mine / keep
theirs / keep both), and the audit trail on the server records who checked in, from which
file. No lock is held on the server between checkout and checkin.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert, select
from sqlmodel import SQLModel, col

from jointaudit.common.errors import InvalidInput, NotFound, WorkspaceError
from jointaudit.exchange import content, importer
from jointaudit.store.audit_trail import acting_as, current_actor
from jointaudit.store.db import SUFFIX, Workspace, create_workspace, open_workspace
from jointaudit.store.models import JointPlan, Visit, WorkspaceSetting

CHECKOUT_KEY = "server.checkout"  # the WorkspaceSetting row a checked-out file carries
# Copied whole: what a checklist, a rating and a report of the visit read besides the plan.
LIBRARY_TABLES = ["scheme", "scheme_version", "requirement", "requirement_text", "rating_level",
                  "severity_mapping", "cycle_rule", "report_profile", "crosswalk_link",
                  "recognition_rule", "trusted_key", "certification_body", "cb_approval",
                  "auditor", "auditor_qualification", "auditor_unavailability"]


@dataclass(frozen=True)
class Checkout:
    path: Path
    visit_uid: str
    plan_name: str
    copied_rows: int


def _copy_library(server: Workspace, local: Workspace) -> int:
    tables = {t.name: t for t in SQLModel.metadata.sorted_tables}
    copied = 0
    with server.engine.connect() as src, local.engine.begin() as dst:
        for name in LIBRARY_TABLES:
            table = tables[name]
            rows = [dict(r._mapping) for r in src.execute(select(table))]
            if rows:
                dst.execute(insert(table), rows)
                copied += len(rows)
    return copied


def _find_visit(s, ref: str) -> Visit | None:
    if ref.isdigit():
        found = s.get(Visit, int(ref))
        if found is not None:
            return found
    hits = list(s.scalars(select(Visit).where(col(Visit.uid).startswith(ref.lower()))))
    if len(hits) > 1:
        raise InvalidInput(f"'{ref}' matches {len(hits)} visits; give more of the uid")
    return hits[0] if hits else None


def checkout(server: Workspace, visit_ref: str, out: str | Path) -> Checkout:
    """Copy the visit ``visit_ref`` (id or uid prefix) into a new workspace file ``out``."""
    out = Path(out)
    if out.suffix != SUFFIX:
        raise InvalidInput(f"{out}: a checked-out visit is a workspace file; name it …{SUFFIX}")
    if out.exists():
        raise WorkspaceError(f"{out}: a file of that name already exists; choose another name")
    with server.session() as s:
        visit = _find_visit(s, visit_ref)
        plan = s.get(JointPlan, visit.plan_id) if visit else None
        if visit is None or plan is None:
            raise NotFound(f"{server.path}: no visit {visit_ref!r}")
        visit_uid, plan_uid, plan_name = visit.uid, plan.uid, plan.name
    with tempfile.TemporaryDirectory(prefix="jointaudit-checkout-") as tmp:
        bundle = Path(tmp) / "checkout.jabundle"
        with server.session() as s:
            content.export_bundle(s, bundle, plan_id=plan.id,
                                  note=f"checkout of visit {visit_uid} from {server.path}")
        local = create_workspace(out)
        try:
            copied = _copy_library(server, local)
            importer.apply_import(local, bundle, actor=f"{current_actor()} (checkout from "
                                  f"{server.path})", accept_unsigned=True)
            with local.session() as s:
                s.add(WorkspaceSetting(key=CHECKOUT_KEY, value={
                    "server": str(server.path), "visit_uid": visit_uid, "plan_uid": plan_uid,
                    "at": datetime.now(UTC).isoformat(timespec="seconds"),
                    "by": current_actor()}, changed_by=current_actor()))
        except BaseException:
            local.close()
            out.unlink(missing_ok=True)
            raise
        local.close()
    return Checkout(out, visit_uid, plan_name, copied)


def checkout_of(local: Workspace) -> dict:
    with local.session() as s:
        row = s.get(WorkspaceSetting, CHECKOUT_KEY)
    if row is None:
        raise WorkspaceError(f"{local.path}: this workspace was not checked out from a server "
                             "(`jointaudit server checkout`); exchange it by bundle instead")
    return dict(row.value)


def _with_bundle(path: str | Path, work):
    """Run ``work(bundle)`` on the plan of the checked-out file ``path`` as a bundle."""
    local = open_workspace(path, read_only=True)
    try:
        origin = checkout_of(local)
        with tempfile.TemporaryDirectory(prefix="jointaudit-checkin-") as tmp:
            bundle = Path(tmp) / "checkin.jabundle"
            with local.session() as s:
                plan = s.scalars(select(JointPlan).where(
                    JointPlan.uid == origin["plan_uid"])).first()
                if plan is None:
                    raise NotFound(f"{path}: the checked-out plan is no longer in this file")
                content.export_bundle(s, bundle, plan_id=plan.id,
                                      note=f"checkin of {Path(path).name}")
            return work(bundle)
    finally:
        local.close()


def preview_checkin(server: Workspace, path: str | Path) -> importer.ImportReport:
    """What a checkin would change, and its conflicts; nothing is written."""
    return _with_bundle(path, lambda bundle: importer.preview_import(server, bundle))


def checkin(server: Workspace, path: str | Path,
            resolutions: dict[str, str] | None = None) -> importer.ImportReport:
    """Merge the work in the checked-out file ``path`` back into the server workspace.

    Refused, naming every conflict, until each has a resolution (keep mine = the server's,
    theirs = the file's, both)."""
    actor = f"{current_actor()} (checkin of {Path(path).name})"

    def work(bundle: Path) -> importer.ImportReport:
        with acting_as(actor):
            return importer.apply_import(server, bundle, resolutions, actor=actor,
                                         accept_unsigned=True)

    return _with_bundle(path, work)
