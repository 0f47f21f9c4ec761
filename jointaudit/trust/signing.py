"""Signed approvals of joint templates by scheme staff.

A template's *canonical content* is what scheme staff actually approve — everything a
checklist built from it uses: its scheme versions (each pack re-hashed from the pack text
stored in the workspace, never the recorded hash column, so an edited pack shows), the
accepted crosswalk links among those versions, the joint items with their sources (named by
version id and clause id, with the requirement's title as stored), the merge options and
each version's report profile. Row ids never appear, so the content is the same in every
workspace. Its SHA-256 over a deterministic JSON encoding is the content hash.

An approval is an Ed25519 signature over (template uid, scheme, content hash, signer's name
and fingerprint, signing time, and the audit trail's newest entry id and hash when it was
signed — an anchor that ``jointaudit check`` holds the trail to); it counts only when the signer's key is trusted for that
scheme in this workspace and the content has not changed since — otherwise the status says
why, and for a change, what changed (the signed content is stored to diff against).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from jointaudit.common.errors import JointAuditError, NotFound
from jointaudit.store import audit_trail
from jointaudit.store.integrity import CheckItem
from jointaudit.store.models import (
    CrosswalkLink,
    JointItem,
    JointItemSource,
    JointTemplate,
    ReportProfile,
    Requirement,
    Scheme,
    SchemeVersion,
    TemplateApproval,
    TrustedKey,
    saved_id,
)
from jointaudit.trust.keys import PublicKeyInfo, Signer, verify_signature

CONTENT_FORMAT = "jointaudit-template-content/2"
STATEMENT_PURPOSE = "jointaudit-template-approval/3"
# Approvals signed before the statement covered the audit trail's anchor.
ANCHORLESS_STATEMENT_PURPOSE = "jointaudit-template-approval/2"
# Approvals signed before the statement covered the signer, the time and the joint items.
LEGACY_STATEMENT_PURPOSE = "jointaudit-template-approval/1"
ITEM_FIELDS = ("kind", "title", "topics", "position")
LINK_FIELDS = ("relationship", "shared_core", "source_addon", "target_addon", "rationale")

# A request for changes is signed like an approval, over the same fields plus the hash of
# the review (the general note and the comments) it sends back.
REQUEST_PURPOSE = "jointaudit-template-changes-requested/1"

DRAFT, SUBMITTED, APPROVED, UNTRUSTED, INVALIDATED = (
    "draft", "submitted", "approved", "untrusted", "invalidated")
CHANGES_REQUESTED = "changes requested"
CHANGED_SINCE_APPROVAL = "changed since approval"
CHANGED_SINCE_REQUEST = "changed since the request"
ALTERED_REQUEST = ("the signature does not verify with the trusted key (the request's content "
                   "hash, comments, signer, signing time or trail anchor was altered)")
_RANK = {APPROVED: 0, INVALIDATED: 1, CHANGES_REQUESTED: 2, UNTRUSTED: 3, SUBMITTED: 4,
         DRAFT: 5}


class ApprovalError(JointAuditError):
    code = "approval"


def canonical_bytes(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def content_hash(content: dict) -> str:
    return hashlib.sha256(canonical_bytes(content)).hexdigest()


def _template(session: Session, template_id: int) -> JointTemplate:
    template = session.get(JointTemplate, template_id)
    if template is None:
        raise NotFound(f"no joint template with id {template_id}")
    return template


def canonical_content(session: Session, template_id: int) -> dict:
    """The approvable content of a template, as plain JSON data."""
    template = _template(session, template_id)
    version_ids = sorted(set(template.version_ids))
    versions = []
    for vid in version_ids:
        version = session.get(SchemeVersion, vid)
        profile = session.exec(select(ReportProfile).where(ReportProfile.version_id == vid)).first()
        versions.append({
            "id": vid,
            "pack_sha256": stored_pack_hash(version) if version else None,
            "report_profile": profile.body if profile else None,
        })
    src, tgt = aliased(Requirement), aliased(Requirement)
    # five columns: more than sqlmodel's ``select`` overloads, so SQLAlchemy's
    rows = session.execute(
        sa_select(CrosswalkLink, col(src.version_id), col(src.clause_id), col(tgt.version_id),
               col(tgt.clause_id))
        .join(src, col(CrosswalkLink.source_requirement_id) == col(src.id))
        .join(tgt, col(CrosswalkLink.target_requirement_id) == col(tgt.id))
        .where(col(CrosswalkLink.status) == "accepted")
        .where(col(src.version_id).in_(version_ids), col(tgt.version_id).in_(version_ids))
    ).all()
    links = [{"source": [sv, sc], "target": [tv, tc],
              **{name: getattr(link, name) for name in LINK_FIELDS}}
             for link, sv, sc, tv, tc in rows]
    links.sort(key=lambda li: (li["source"], li["target"]))
    return {"format": CONTENT_FORMAT, "versions": versions, "links": links,
            "items": _items(session, template_id),
            "merge_options": template.merge_options or {}}


def stored_pack_hash(version: SchemeVersion) -> str:
    """The hash of the pack text as it is stored now (the column only says what it was)."""
    return hashlib.sha256((version.pack_json or "").encode("utf-8")).hexdigest()


def _items(session: Session, template_id: int) -> list[dict]:
    items = session.exec(select(JointItem).where(JointItem.template_id == template_id)).all()
    sources: dict[int, list] = {}
    for src, req in session.exec(
            select(JointItemSource, Requirement).join(Requirement)
            .join(JointItem, col(JointItemSource.item_id) == col(JointItem.id))
            .where(JointItem.template_id == template_id)):
        sources.setdefault(src.item_id, []).append(
            [req.version_id, req.clause_id, src.role, src.propagation, req.title])
    out = [{"key": item.item_key, **{name: getattr(item, name) for name in ITEM_FIELDS},
            "sources": sorted(sources.get(saved_id(item), []))} for item in items]
    out.sort(key=lambda it: it["key"])
    return out


def signing_stamp(at: datetime) -> str:
    """The signing time as signed: UTC to the second (what every database keeps exactly)."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC)
    return at.replace(tzinfo=None, microsecond=0).isoformat()


def statement(template_uid: str, scheme_id: str, hash_: str, *, signer_name: str,
              signer_fingerprint: str, signed_at: datetime, trail_entries: int = 0,
              trail_head: str = "") -> bytes:
    """What a signature covers: binding the scheme stops an approval being reused for another;
    binding the signer and the time stops either being rewritten afterwards; binding the
    trail's anchor makes the approval a witness of the trail's length. An approval without
    an anchor (signed on an empty trail, or before anchors were signed) is the older form."""
    doc: dict[str, str | int] = {"purpose": ANCHORLESS_STATEMENT_PURPOSE, "template_uid": template_uid,
           "scheme_id": scheme_id, "content_hash": hash_, "signer_name": signer_name,
           "signer_fingerprint": signer_fingerprint, "signed_at": signing_stamp(signed_at)}
    if trail_entries or trail_head:
        doc |= {"purpose": STATEMENT_PURPOSE, "trail_entries": trail_entries,
                "trail_head": trail_head}
    return canonical_bytes(doc)


def request_statement(template_uid: str, scheme_id: str, hash_: str, review: dict, *,
                      signer_name: str, signer_fingerprint: str, signed_at: datetime,
                      trail_entries: int = 0, trail_head: str = "") -> bytes:
    """What a request for changes signs: the approval's fields under its own purpose (so
    neither can pass for the other) and the hash of the review it sends back."""
    return canonical_bytes({
        "purpose": REQUEST_PURPOSE, "template_uid": template_uid, "scheme_id": scheme_id,
        "content_hash": hash_, "review_sha256": content_hash(review),
        "signer_name": signer_name, "signer_fingerprint": signer_fingerprint,
        "signed_at": signing_stamp(signed_at), "trail_entries": trail_entries,
        "trail_head": trail_head})


def _legacy_statement(template_uid: str, scheme_id: str, hash_: str) -> bytes:
    return canonical_bytes({"purpose": LEGACY_STATEMENT_PURPOSE, "template_uid": template_uid,
                            "scheme_id": scheme_id, "content_hash": hash_})


# --- what changed since approval -------------------------------------------------------

def _walk(value: Any, path: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict) and value:
        for key, sub in value.items():
            _walk(sub, f"{path}.{key}", out)
    elif isinstance(value, list) and value and any(isinstance(v, dict | list) for v in value):
        for i, sub in enumerate(value):
            _walk(sub, f"{path}[{i}]", out)
    else:
        out[path] = value


def _flatten(content: dict) -> dict[str, Any]:
    """Readable path → value; presence entries let a whole added link read as one line."""
    out: dict[str, Any] = {}
    for version in content.get("versions", []):
        key = f"scheme version {version['id']}"
        out[key] = "present"
        out[f"{key}: pack"] = version.get("pack_sha256")
        _walk(version.get("report_profile"), f"{key}: report profile", out)
    for link in content.get("links", []):
        key = "link {} {} → {} {}".format(*link["source"], *link["target"])
        out[key] = "present"
        for name in LINK_FIELDS:
            out[f"{key}: {name}"] = link.get(name)
    for item in content.get("items", []):
        key = f"joint item {item.get('key')}"
        out[key] = "present"
        for name in ITEM_FIELDS:
            out[f"{key}: {name}"] = item.get(name)
        for src in item.get("sources", []):
            out[f"{key}: source {src[0]} {src[1]}"] = src[2:]
    _walk(content.get("merge_options", {}), "merge options", out)
    return out


def diff_parts(before: dict, after: dict) -> list[tuple]:
    """What changed between two canonical contents, as (what, path, old, new): ``what`` is
    removed / added / changed, or whole_removed / whole_added for a link, item or version
    that came or went as a whole; ``path`` is the readable path (see ``_flatten``)."""
    old, new = _flatten(before), _flatten(after)
    changes: list[tuple] = []
    whole = {k for k, v in {**old, **new}.items() if v == "present" and (k in old) != (k in new)}
    for key in sorted(old.keys() | new.keys()):
        parent = key.split(": ", 1)[0]
        if parent in whole and key != parent:
            continue
        if key not in new:
            changes.append(("removed" if key not in whole else "whole_removed", key,
                            old[key], None))
        elif key not in old:
            changes.append(("added" if key not in whole else "whole_added", key, None,
                            new[key]))
        elif canonical_bytes(old[key]) != canonical_bytes(new[key]):  # True vs 1 differs
            changes.append(("changed", key, old[key], new[key]))
    return changes


def change_line(part: tuple) -> str:
    """One :func:`diff_parts` entry as the English line :func:`diff_content` writes."""
    what, key, old, new = part
    return {"removed": lambda: f"{key}: removed", "whole_removed": lambda: f"{key} removed",
            "added": lambda: f"{key}: added {new!r}", "whole_added": lambda: f"{key} added",
            "changed": lambda: f"{key}: {old!r} → {new!r}"}[what]()


def diff_content(before: dict, after: dict) -> list[str]:
    """Lines saying what changed between two canonical contents (empty when equal)."""
    return [change_line(p) for p in diff_parts(before, after)]


# --- trust ----------------------------------------------------------------------------

def trust_key(session: Session, info: PublicKeyInfo, scheme_ids) -> TrustedKey:
    """Let this key approve templates for these schemes in this workspace."""
    row = session.exec(select(TrustedKey).where(TrustedKey.fingerprint == info.fingerprint)).first()
    if row is None:
        row = TrustedKey(fingerprint=info.fingerprint, public_key=info.public_key)
    row.name, row.organisation, row.role = info.name, info.organisation, info.role
    row.scheme_ids = sorted(set(scheme_ids))
    session.add(row)
    session.flush()
    return row


def untrust_key(session: Session, fingerprint: str) -> None:
    row = session.exec(select(TrustedKey).where(TrustedKey.fingerprint == fingerprint)).first()
    if row is None:
        raise NotFound(f"no trusted key with fingerprint {fingerprint}")
    session.delete(row)
    session.flush()


# --- approving and the status per scheme ----------------------------------------------

@dataclass(frozen=True)
class ApprovalStatus:
    """Where one scheme stands on one template (plain data for reports, UI and CLI)."""

    scheme_id: str
    scheme_name: str
    version_ids: tuple[str, ...]
    required: bool  # the scheme's pack requires approval of joint templates
    status: str  # draft / submitted / approved / untrusted / invalidated
    current_hash: str
    approved_hash: str = ""
    signer_name: str = ""
    fingerprint: str = ""
    signed_at: datetime | None = None
    reason: str = ""
    changes: tuple[str, ...] = ()
    # A request for changes: its general note and its comments as (item key, author, text)
    # ("" item key: a comment on the whole template), as they were signed.
    review_note: str = ""
    review_comments: tuple[tuple[str, str, str], ...] = ()
    # ``changes`` as diff_parts entries, to say them in another language
    change_parts: tuple[tuple, ...] = ()

    @property
    def valid(self) -> bool:
        return self.status == APPROVED


def _schemes_of(session: Session, template: JointTemplate) -> dict[str, list[SchemeVersion]]:
    by_scheme: dict[str, list[SchemeVersion]] = {}
    for vid in sorted(set(template.version_ids)):
        version = session.get(SchemeVersion, vid)
        if version is not None:
            by_scheme.setdefault(version.scheme_id, []).append(version)
    return by_scheme


def _requires_approval(version: SchemeVersion) -> bool:
    try:
        pack = json.loads(version.pack_json or "{}")
    except json.JSONDecodeError:
        return False
    return bool((pack.get("assurance") or {}).get("template_approval_required"))


def approve_template(session: Session, template_id: int, scheme_id: str,
                     signer: Signer) -> TemplateApproval:
    """Sign the template's current content for one scheme."""
    template = _template(session, template_id)
    if scheme_id not in _schemes_of(session, template):
        raise ApprovalError(f"template {template.name!r} has no version of scheme {scheme_id!r}")
    content = canonical_content(session, template_id)
    hash_ = content_hash(content)
    signed_at = datetime.now(UTC).replace(microsecond=0)
    session.flush()  # the trail's head includes every change made before signing
    trail_entries, trail_head = audit_trail.head(session.connection())
    message = statement(template.uid, scheme_id, hash_, signer_name=signer.identity.name,
                        signer_fingerprint=signer.fingerprint, signed_at=signed_at,
                        trail_entries=trail_entries, trail_head=trail_head)
    row = TemplateApproval(
        trail_entries=trail_entries, trail_head=trail_head,
        template_id=template_id, scheme_id=scheme_id, content_hash=hash_,
        signer_name=signer.identity.name, signer_fingerprint=signer.fingerprint,
        signature=signer.sign(message), signed_at=signed_at,
        status="approved", content_json=canonical_bytes(content).decode("utf-8"),
        public_key=signer.identity.public_key)
    session.add(row)
    session.flush()
    return row


def _review_of(row: TemplateApproval) -> dict:
    try:
        review = json.loads(row.review_json or "{}")
    except json.JSONDecodeError:
        review = {}
    return review if isinstance(review, dict) else {}


def submit_for_approval(session: Session, template_id: int, scheme_id: str) -> TemplateApproval:
    """Record that the current content was sent to the scheme's staff (unsigned)."""
    template = _template(session, template_id)
    if scheme_id not in _schemes_of(session, template):
        raise ApprovalError(f"template {template.name!r} has no version of scheme {scheme_id!r}")
    content = canonical_content(session, template_id)
    row = TemplateApproval(template_id=template_id, scheme_id=scheme_id,
                           content_hash=content_hash(content), status="submitted",
                           content_json=canonical_bytes(content).decode("utf-8"))
    session.add(row)
    session.flush()
    return row


def _judge(session: Session, template: JointTemplate, row: TemplateApproval,
           current: dict, current_hash: str, base: dict) -> dict:
    fields = dict(base, approved_hash=row.content_hash, signer_name=row.signer_name,
                  fingerprint=row.signer_fingerprint, signed_at=row.signed_at)
    try:
        signed = json.loads(row.content_json or "{}")
    except json.JSONDecodeError:
        signed = {}
    if row.status == "submitted":
        changed = row.content_hash != current_hash
        return dict(fields, status=DRAFT if changed else SUBMITTED,
                    reason="changed after it was submitted" if changed else "awaiting signature")
    key = session.exec(select(TrustedKey)
                       .where(TrustedKey.fingerprint == row.signer_fingerprint)).first()
    if key is None:
        return dict(fields, status=UNTRUSTED,
                    reason=f"key {row.signer_fingerprint} is not in this workspace's trusted keys")
    if row.scheme_id not in (key.scheme_ids or []):
        return dict(fields, status=UNTRUSTED,
                    reason=f"key {key.fingerprint} ({key.name}) is trusted, but not for "
                           f"scheme {row.scheme_id}")
    requested = row.status == "changes_requested"
    review = _review_of(row)
    if requested:
        message = request_statement(template.uid, row.scheme_id, row.content_hash, review,
                                    signer_name=row.signer_name,
                                    signer_fingerprint=row.signer_fingerprint,
                                    signed_at=row.signed_at, trail_entries=row.trail_entries,
                                    trail_head=row.trail_head)
    else:
        message = statement(template.uid, row.scheme_id, row.content_hash,
                            signer_name=row.signer_name,
                            signer_fingerprint=row.signer_fingerprint,
                            signed_at=row.signed_at, trail_entries=row.trail_entries,
                            trail_head=row.trail_head)
    if not verify_signature(key.public_key, row.signature, message):
        if requested:
            return dict(fields, status=UNTRUSTED, reason=ALTERED_REQUEST)
        if verify_signature(key.public_key, row.signature,
                            _legacy_statement(template.uid, row.scheme_id, row.content_hash)):
            return dict(fields, status=INVALIDATED,
                        reason="signed under the older approval format, which did not cover "
                               "the joint items, the signer or the signing time; re-approve")
        return dict(fields, status=UNTRUSTED,
                    reason="the signature does not verify with the trusted key (the "
                           "approval's content hash, signer, signing time or trail anchor "
                           "was altered)")
    if signed and content_hash(signed) != row.content_hash:
        return dict(fields, status=UNTRUSTED,
                    reason="the stored approved content does not match its signed hash")
    if requested:
        comments = tuple((str(c.get("item", "")), str(c.get("author", "")),
                          str(c.get("text", ""))) for c in review.get("comments", [])
                         if isinstance(c, dict))
        fields |= dict(status=CHANGES_REQUESTED, review_note=str(review.get("note", "")),
                       review_comments=comments)
        if row.content_hash != current_hash:
            parts = tuple(diff_parts(signed, current))
            return dict(fields, reason=CHANGED_SINCE_REQUEST,
                        changes=tuple(map(change_line, parts)), change_parts=parts)
        return dict(fields, reason=CHANGES_REQUESTED)
    if row.content_hash != current_hash:
        parts = tuple(diff_parts(signed, current))
        return dict(fields, status=INVALIDATED, reason=CHANGED_SINCE_APPROVAL,
                    changes=tuple(map(change_line, parts)), change_parts=parts)
    return dict(fields, status=APPROVED)


def _every_decision(session: Session, template_id: int
                    ) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Per scheme of the template: its base fields and every approval row judged, newest
    first (by id within a second)."""
    template = _template(session, template_id)
    current = canonical_content(session, template_id)
    current_hash = content_hash(current)
    rows = session.exec(select(TemplateApproval)
                        .where(TemplateApproval.template_id == template_id)
                        .where(TemplateApproval.status != "withdrawn")).all()
    out = []
    for scheme_id, versions in _schemes_of(session, template).items():
        scheme = session.get(Scheme, scheme_id)
        base: dict[str, Any] = dict(scheme_id=scheme_id, scheme_name=scheme.name if scheme else scheme_id,
                    version_ids=tuple(v.id for v in versions),
                    required=any(_requires_approval(v) for v in versions),
                    current_hash=current_hash)
        mine = sorted((r for r in rows if r.scheme_id == scheme_id),
                      key=lambda r: (_naive(r.signed_at), r.id or 0))
        judged = [_judge(session, template, r, current, current_hash, base)
                  for r in reversed(mine)]
        judged.sort(key=lambda j: _naive(j["signed_at"]), reverse=True)  # stable
        out.append((base, judged))
    return out


def template_approvals(session: Session, template_id: int) -> list[ApprovalStatus]:
    """The approval status of every scheme in the template, best approval first."""
    out = []
    for base, judged in _every_decision(session, template_id):
        if not judged:
            out.append(ApprovalStatus(**base, status=DRAFT, reason="not submitted for approval"))
            continue
        # The newest decision that verifies says where the scheme stands when it is a
        # request for changes (it overrides an older approval); otherwise the best counts.
        # A request whose signature no longer verifies was altered: it shows as such
        # rather than letting an older approval stand in for it.
        decided = [j for j in judged if j["status"] in (APPROVED, INVALIDATED,
                                                        CHANGES_REQUESTED)
                   or j.get("reason") == ALTERED_REQUEST]
        if decided and (decided[0]["status"] == CHANGES_REQUESTED
                        or decided[0].get("reason") == ALTERED_REQUEST):
            out.append(ApprovalStatus(**decided[0]))
            continue
        judged = sorted(judged, key=lambda j: _RANK[j["status"]])  # latest first within a rank
        out.append(ApprovalStatus(**judged[0]))
    return out


def _naive(at: datetime | None) -> datetime:
    return at.replace(tzinfo=None) if at else datetime.min


@dataclass(frozen=True)
class FinalReportCheck:
    allowed: bool
    problems: tuple[str, ...]
    approvals: tuple[ApprovalStatus, ...]


def final_report_allowed(session: Session, template_id: int) -> FinalReportCheck:
    """Final (non-draft) reports need a valid approval from every scheme that requires one."""
    approvals = template_approvals(session, template_id)
    problems = []
    for a in approvals:
        if a.required and not a.valid:
            detail = a.reason or a.status
            problems.append(f"{a.scheme_name} ({a.scheme_id}) requires an approved template; "
                            f"its approval is {a.status}"
                            + (f": {detail}" if detail != a.status else ""))
    return FinalReportCheck(not problems, tuple(problems), tuple(approvals))


def approval_checks(session: Session) -> list[CheckItem]:
    """For ``jointaudit check``: every signed approval or request still verifies with its
    trusted key and its stored content matches its signed hash: each decision ever signed,
    not only the one that stands, so an altered newer approval cannot hide behind an older
    valid one. (An approval *changed since approval* is named too, but is not damage: the
    template may have been edited openly since.)"""
    broken, changed, count = [], [], 0
    templates = session.exec(select(JointTemplate).where(col(JointTemplate.id).in_(
        select(TemplateApproval.template_id).where(col(TemplateApproval.status).in_(
            ("approved", "changes_requested")))))).all()
    for template in templates:
        for a in template_approvals(session, saved_id(template)):
            if a.signer_name and a.reason == CHANGED_SINCE_APPROVAL:
                changed.append(f"template {template.name!r}, approval of {a.scheme_id}: "
                               f"changed since approval ({'; '.join(a.changes[:3])})")
        for _base, judged in _every_decision(session, saved_id(template)):
            for j in judged:
                if not j["signer_name"] and not j["fingerprint"]:
                    continue
                count += 1
                reason = str(j.get("reason", ""))
                if j["status"] == UNTRUSTED and ("altered" in reason or "match" in reason):
                    broken.append(f"template {template.name!r}, approval of "
                                  f"{j['scheme_id']} signed {j['signed_at']:%Y-%m-%d %H:%M} "
                                  f"by {j['signer_name']}: {reason}")
    if broken:
        return [CheckItem("approvals", False, "; ".join(broken + changed))]
    detail = f"{count} approval(s) verify with their keys"
    return [CheckItem("approvals", True, "; ".join([detail, *changed]))]
