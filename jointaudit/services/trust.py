"""Use cases of the trust room for the desktop app and the CLI: approval status, approving,
trusted keys, bundles (export, verify, preview with conflicts, import) and the check.

Everything returned is plain data (frozen dataclasses), never a live row.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from sqlmodel import select

from jointaudit.common.errors import JointAuditError, NotFound, WorkspaceError
from jointaudit.exchange import importer as bundle_importer
from jointaudit.exchange.bundles import BundleRejected, read_bundle, trail_anchor
from jointaudit.exchange.content import export_bundle as _export
from jointaudit.library.packs.loader import load_pack
from jointaudit.library.packs.rederive import pack_checks
from jointaudit.reports.titles import crosswalk_words, merged_titles, workspace_titles
from jointaudit.store import anchor as anchoring
from jointaudit.store import integrity
from jointaudit.store.audit_trail import acting_as, current_actor
from jointaudit.store.db import Workspace
from jointaudit.store.models import JointPlan, JointTemplate, TrustedKey, saved_id
from jointaudit.trust import keys, review, signing
from jointaudit.trust.review import ReviewClause, ReviewItem, ReviewSheet
from jointaudit.trust.signing import ApprovalStatus, FinalReportCheck

__all__ = [
    "ApprovalStatus", "BundleCheck", "ConflictView", "FinalReportCheck", "ImportView",
    "ReviewClause", "ReviewItem", "ReviewSheet", "TrustedKeyView", "approve",
    "check_workspace", "export_bundle", "final_report_allowed", "find_plan",
    "find_template", "import_bundle", "preview_import", "request_changes", "review_sheet",
    "reviewer_name", "save_comment", "template_status", "trust_key_file", "trusted_keys",
    "untrust_key", "verify_bundle",
]


def _writable(ws: Workspace) -> None:
    if ws.read_only:
        raise WorkspaceError(ws.notice or f"{ws.path}: opened read-only")


def find_template(ws: Workspace, ref: str | int) -> int:
    """A template by id, uid or exact name."""
    with ws.session() as s:
        for row in s.exec(select(JointTemplate)):
            if str(ref) in (str(row.id), row.uid, row.name):
                return saved_id(row)
    raise NotFound(f"{ws.path}: no joint template {ref!r} (give its id, uid or name)")


def find_plan(ws: Workspace, ref: str | int) -> int:
    with ws.session() as s:
        for row in s.exec(select(JointPlan)):
            if str(ref) in (str(row.id), row.uid, row.name):
                return saved_id(row)
    raise NotFound(f"{ws.path}: no joint plan {ref!r} (give its id, uid or name)")


# --- approvals ------------------------------------------------------------------------------

def template_status(ws: Workspace, template_id: int) -> list[ApprovalStatus]:
    with ws.session() as s:
        return signing.template_approvals(s, template_id)


def final_report_allowed(ws: Workspace, template_id: int) -> FinalReportCheck:
    with ws.session() as s:
        return signing.final_report_allowed(s, template_id)


def approve(ws: Workspace, template_id: int, scheme_id: str, *, profile_dir: Path,
            passphrase: str) -> ApprovalStatus:
    _writable(ws)
    signer = keys.load_signer(profile_dir, passphrase)
    with acting_as(f"{signer.identity.name} [{signer.fingerprint}]"), ws.session() as s:
        signing.approve_template(s, template_id, scheme_id, signer)
    return {a.scheme_id: a for a in template_status(ws, template_id)}[scheme_id]


# --- review: comments, requests for changes ----------------------------------------------------

def reviewer_name(profile_dir: Path | None = None) -> str:
    """Who a comment is by: your key's name and fingerprint when this computer has your key,
    else your login (as the audit trail names you)."""
    folder = profile_dir or keys.default_profile_dir()
    path = folder / keys.PUBLIC_KEY_FILE
    try:
        info = keys.read_public_key_file(path) if path.is_file() else None
    except (OSError, JointAuditError):
        info = None
    if info is None:
        return current_actor()
    return f"{info.name} [{info.fingerprint}]"


def review_sheet(ws: Workspace, template_id: int, scheme_id: str, author: str,
                 language: str = "en") -> ReviewSheet:
    """The template item by item for one scheme's review, with ``author``'s comments; item
    and clause titles in ``language`` where the packs, overlays and crosswalks word them."""
    with ws.session() as s:
        sheet = review.review_sheet(s, template_id, scheme_id, author)
        if language == "en":
            return sheet
        versions = {c.version_id for it in sheet.items for c in it.clauses}
        titles = {v: workspace_titles(s, load_pack(s, v)) for v in versions}
        link_words = crosswalk_words(s)

    def worded(it: ReviewItem) -> ReviewItem:
        clauses = tuple(replace(c, title=titles[c.version_id].requirement(c.clause_id).get(
            language) or c.title) for c in it.clauses)
        title = merged_titles(it.clauses, titles, it.title, link_words).get(language) or it.title
        return replace(it, title=title, clauses=clauses)

    return replace(sheet, items=tuple(worded(it) for it in sheet.items))


def save_comment(ws: Workspace, template_id: int, scheme_id: str, item_key: str, author: str,
                 text: str) -> None:
    """Save (or clear, with an empty text) ``author``'s comment on an item; "" is the
    template's general note."""
    _writable(ws)
    with acting_as(author), ws.session() as s:
        review.save_comment(s, template_id, scheme_id, item_key, author, text)


def request_changes(ws: Workspace, template_id: int, scheme_id: str, *, profile_dir: Path,
                    passphrase: str, note: str = "") -> ApprovalStatus:
    """Sign a request for changes with the comments as they stand (and ``note``)."""
    _writable(ws)
    signer = keys.load_signer(profile_dir, passphrase)
    with acting_as(f"{signer.identity.name} [{signer.fingerprint}]"), ws.session() as s:
        review.request_changes(s, template_id, scheme_id, signer, note)
    return {a.scheme_id: a for a in template_status(ws, template_id)}[scheme_id]


@dataclass(frozen=True)
class TrustedKeyView:
    fingerprint: str
    name: str
    organisation: str
    role: str
    scheme_ids: tuple[str, ...]


def trusted_keys(ws: Workspace) -> list[TrustedKeyView]:
    with ws.session() as s:
        return [TrustedKeyView(k.fingerprint, k.name, k.organisation, k.role,
                               tuple(k.scheme_ids))
                for k in s.exec(select(TrustedKey).order_by(TrustedKey.name))]


def trust_key_file(ws: Workspace, path: Path, scheme_ids) -> TrustedKeyView:
    _writable(ws)
    info = keys.read_public_key_file(path)
    with ws.session() as s:
        row = signing.trust_key(s, info, scheme_ids)
        return TrustedKeyView(row.fingerprint, row.name, row.organisation, row.role,
                              tuple(row.scheme_ids))


def untrust_key(ws: Workspace, fingerprint: str) -> None:
    _writable(ws)
    with ws.session() as s:
        signing.untrust_key(s, fingerprint)


# --- bundles ----------------------------------------------------------------------------------

def export_bundle(ws: Workspace, out: Path, *, template_id: int | None = None,
                  plan_id: int | None = None, signer: keys.Signer | None = None,
                  note: str = "") -> Path:
    with ws.session() as s:
        return _export(s, out, template_id=template_id, plan_id=plan_id, signer=signer,
                       note=note)


@dataclass(frozen=True)
class BundleCheck:
    """The verification result of a bundle file, shown before anything is imported."""

    ok: bool
    message: str
    code: str = ""
    sender: str = ""
    sender_fingerprint: str = ""
    members: tuple[str, ...] = ()


def verify_bundle(path: Path) -> BundleCheck:
    try:
        bundle = read_bundle(path)
    except BundleRejected as exc:
        return BundleCheck(False, str(exc), exc.code)
    sender = bundle.sender
    who = f"signed by {sender.name} [{sender.fingerprint}]" if sender else "not signed"
    return BundleCheck(True, f"{path}: bundle verified ({len(bundle.members)} members, {who})",
                       "", sender.name if sender else "",
                       sender.fingerprint if sender else "", tuple(sorted(bundle.members)))


@dataclass(frozen=True)
class ConflictView:
    key: str
    item_key: str
    fields: tuple[tuple[str, object, object, object], ...]  # (field, base, mine, theirs)
    mine_author: str
    theirs_author: str
    choices: tuple[str, ...]


@dataclass(frozen=True)
class ImportView:
    bundle: str
    sender: str
    sender_trusted: bool
    created: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: int
    notes: tuple[str, ...]
    conflicts: tuple[ConflictView, ...]
    offered_keys: tuple[str, ...]
    backup: str = ""
    sender_fingerprint: str = ""  # empty: the bundle is not signed


def _view(report: bundle_importer.ImportReport) -> ImportView:
    conflicts = tuple(ConflictView(c.key, c.item_key,
                                   tuple((f.field, f.base, f.mine, f.theirs) for f in c.fields),
                                   c.mine.author, c.theirs.author, c.choices)
                      for c in report.conflicts)
    sender = report.sender + (f" [{report.sender_fingerprint}]"
                              if report.sender_fingerprint else "")
    return ImportView(str(report.bundle), sender, report.sender_trusted,
                      tuple(report.created), tuple(report.updated), report.unchanged,
                      tuple(report.notes), conflicts, tuple(report.offered_keys),
                      str(report.backup or ""), report.sender_fingerprint)


def preview_import(ws: Workspace, path: Path) -> ImportView:
    return _view(bundle_importer.preview_import(ws, path))


def import_bundle(ws: Workspace, path: Path, resolutions: dict[str, str] | None = None,
                  *, actor: str | None = None, accept_unsigned: bool = False) -> ImportView:
    """Import a bundle; an unsigned or untrusted-signed one only with ``accept_unsigned``."""
    _writable(ws)
    return _view(bundle_importer.apply_import(ws, path, resolutions, actor=actor,
                                              accept_unsigned=accept_unsigned))


def check_workspace(path: str | Path, anchors: list[Path] | tuple[Path, ...] = ()
                    ) -> integrity.CheckReport:
    """``jointaudit check``: the store's checks plus what the library and trust layers can
    re-derive (stored packs, requirements, approvals). ``anchors`` are bundles sent from
    this workspace or copies of its anchor file: each names an entry the trail must hold."""
    given = [_anchor_of(Path(a)) for a in anchors]
    return integrity.check_workspace(path, anchors=given,
                                     extra=(pack_checks, signing.approval_checks))


def _anchor_of(path: Path) -> anchoring.Anchor:
    if zipfile.is_zipfile(path):
        bundle = read_bundle(path)
        found = trail_anchor(bundle)
        if found is None:
            raise WorkspaceError(f"{path}: this bundle carries no audit-trail anchor (made "
                                 "before bundles did)")
        signed = "signed" if bundle.sender else "unsigned"
        return anchoring.Anchor(found[0], found[1], f"the {signed} bundle {path.name}")
    try:
        if path.stat().st_size > anchoring.MAX_BYTES:
            raise WorkspaceError(f"{path}: too large for an anchor file")
        return anchoring.parse_anchor(path.read_bytes(), path.name)
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    except anchoring.AnchorUnreadable as exc:
        raise WorkspaceError(f"{path}: neither a bundle nor an anchor file ({exc})") from exc
