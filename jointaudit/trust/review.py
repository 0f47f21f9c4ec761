"""Scheme staff review a joint template clause by clause before they decide.

For one template and one scheme the *review sheet* lists the joint items in checklist order,
each with the clauses it asks per scheme version (with their titles and texts), the accepted
crosswalk links that merged them (a derived link with its path through the hub), and what
changed in that item since the scheme last decided (its last approval, or else its last
request for changes). Reviewers comment on an item as they go (one comment per reviewer,
item and scheme, saved as typed; the empty item key is the general note). Deciding is
:func:`jointaudit.trust.signing.approve_template` or
:func:`jointaudit.trust.signing.request_changes`; the latter signs a copy of the comments
(:func:`review_snapshot`). Every comment saved is in the audit trail (``review_comment``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session, col, select

from jointaudit.common.errors import NotFound
from jointaudit.store import audit_trail
from jointaudit.store.models import (
    CrosswalkLink,
    JointItem,
    JointItemSource,
    JointTemplate,
    Requirement,
    SchemeVersion,
    TemplateApproval,
    TemplateReviewComment,
)
from jointaudit.trust.keys import Signer
from jointaudit.trust.signing import (
    ApprovalError,
    ApprovalStatus,
    canonical_bytes,
    canonical_content,
    change_line,
    content_hash,
    diff_parts,
    request_statement,
    template_approvals,
)

MAX_COMMENT = 20_000  # characters; a comment is prose, not an attachment


@dataclass(frozen=True)
class ReviewClause:
    """One clause a joint item asks, as the scheme's pack states it."""

    scheme_id: str
    version_id: str
    clause_id: str
    title: str
    text: str
    role: str  # member / broader / narrower / core / addon
    propagation: str


@dataclass(frozen=True)
class ReviewItem:
    key: str
    title: str
    kind: str
    clauses: tuple[ReviewClause, ...]
    links: tuple[str, ...]  # each accepted link in words; a derived one with its hub path
    # What changed in this item since the baseline decision; None when there is no baseline.
    changes: tuple[str, ...] | None
    comment: str  # the reviewer's own comment
    others: tuple[tuple[str, str], ...]  # (author, text): the other reviewers' comments
    # ``links`` as (source, relationship, target, origin, rationale, ((field, value), …)) and
    # ``changes`` as signing.diff_parts entries, in the same order, for another language
    link_parts: tuple[tuple, ...] = ()
    change_parts: tuple[tuple, ...] | None = None

    @property
    def asks_scheme(self) -> bool:
        return bool(self.clauses)


@dataclass(frozen=True)
class ReviewSheet:
    template_id: int
    template_name: str
    scheme_id: str
    status: ApprovalStatus
    baseline: str  # "approval" / "request" / "" (never decided)
    baseline_at: datetime | None
    baseline_by: str
    note: str  # the reviewer's own general note
    items: tuple[ReviewItem, ...]


def _template(session: Session, template_id: int) -> JointTemplate:
    template = session.get(JointTemplate, template_id)
    if template is None:
        raise NotFound(f"no joint template with id {template_id}")
    return template


def _check_scheme(session: Session, template: JointTemplate, scheme_id: str) -> None:
    schemes = {v.scheme_id for vid in template.version_ids
               if (v := session.get(SchemeVersion, vid)) is not None}
    if scheme_id not in schemes:
        raise ApprovalError(f"template {template.name!r} has no version of scheme "
                            f"{scheme_id!r} (it merges {', '.join(sorted(schemes))})")


def save_comment(session: Session, template_id: int, scheme_id: str, item_key: str,
                 author: str, text: str) -> TemplateReviewComment | None:
    """Save ``author``'s comment on one item (``item_key`` "": the general note); an empty
    text clears it. Nothing is written when the text is unchanged."""
    template = _template(session, template_id)
    _check_scheme(session, template, scheme_id)
    if not author.strip():
        raise ApprovalError("a review comment needs its author's name")
    if len(text) > MAX_COMMENT:
        raise ApprovalError(f"comment on {item_key or 'the template'}: {len(text)} characters,"
                            f" more than the {MAX_COMMENT} a comment may have")
    if item_key and session.exec(select(JointItem.id).where(
            JointItem.template_id == template_id, JointItem.item_key == item_key)).first() is None:
        raise NotFound(f"template {template.name!r} has no item {item_key!r}")
    row = session.exec(select(TemplateReviewComment).where(
        TemplateReviewComment.template_id == template_id,
        TemplateReviewComment.scheme_id == scheme_id,
        TemplateReviewComment.item_key == item_key,
        TemplateReviewComment.author == author)).first()
    text = text.rstrip()
    if row is None:
        if not text:
            return None
        row = TemplateReviewComment(template_id=template_id, scheme_id=scheme_id,
                                    item_key=item_key, author=author, text=text)
    elif row.text == text:
        return row
    else:
        row.text, row.updated_at = text, datetime.now(UTC)
    session.add(row)
    session.flush()
    return row


def comments(session: Session, template_id: int,
             scheme_id: str) -> list[TemplateReviewComment]:
    """Every non-empty comment on the template for the scheme, by item then author."""
    rows = session.exec(select(TemplateReviewComment).where(
        TemplateReviewComment.template_id == template_id,
        TemplateReviewComment.scheme_id == scheme_id)).all()
    return sorted((r for r in rows if r.text.strip()), key=lambda r: (r.item_key, r.author))


def review_snapshot(session: Session, template_id: int, scheme_id: str,
                    note: str = "") -> dict:
    """What a request for changes signs: the general note (``note``, else the general notes
    saved) and every comment on an item as it stands."""
    rows = comments(session, template_id, scheme_id)
    saved = "\n".join(r.text.strip() for r in rows if not r.item_key)
    return {"note": note.strip() or saved,
            "comments": [{"item": r.item_key, "author": r.author, "text": r.text}
                         for r in rows if r.item_key]}


def request_changes(session: Session, template_id: int, scheme_id: str, signer: Signer,
                    note: str = "") -> TemplateApproval:
    """Sign a request for changes to the template's current content for one scheme: it
    sends back the general ``note`` and the reviewers' comments on its items, and needs at
    least one of them. It stands until the scheme approves again."""
    template = _template(session, template_id)
    _check_scheme(session, template, scheme_id)
    review = review_snapshot(session, template_id, scheme_id, note)
    if not review["note"] and not review["comments"]:
        raise ApprovalError(f"template {template.name!r}: a request for changes needs a "
                            f"comment on an item or a general note saying what to change",
                            code="approval.request-without-comment")
    content = canonical_content(session, template_id)
    hash_ = content_hash(content)
    signed_at = datetime.now(UTC).replace(microsecond=0)
    session.flush()
    trail_entries, trail_head = audit_trail.head(session.connection())
    message = request_statement(template.uid, scheme_id, hash_, review,
                                signer_name=signer.identity.name,
                                signer_fingerprint=signer.fingerprint, signed_at=signed_at,
                                trail_entries=trail_entries, trail_head=trail_head)
    row = TemplateApproval(
        trail_entries=trail_entries, trail_head=trail_head,
        template_id=template_id, scheme_id=scheme_id, content_hash=hash_,
        signer_name=signer.identity.name, signer_fingerprint=signer.fingerprint,
        signature=signer.sign(message), signed_at=signed_at, status="changes_requested",
        content_json=canonical_bytes(content).decode("utf-8"),
        review_json=canonical_bytes(review).decode("utf-8"),
        public_key=signer.identity.public_key)
    session.add(row)
    session.flush()
    return row


def _baseline(session: Session, template_id: int, scheme_id: str) -> TemplateApproval | None:
    """The scheme's last approval, or else its last request for changes."""
    rows = session.exec(select(TemplateApproval).where(
        TemplateApproval.template_id == template_id, TemplateApproval.scheme_id == scheme_id,
        TemplateApproval.status.in_(("approved", "changes_requested")))).all()  # type: ignore[attr-defined]
    for status in ("approved", "changes_requested"):
        mine = [r for r in rows if r.status == status]
        if mine:
            return max(mine, key=lambda r: (r.signed_at.replace(tzinfo=None), r.id or 0))
    return None


def _item_part(content: dict, key: str, clauses: set[tuple[str, str]]) -> dict:
    """The part of a canonical content that is one item: the item and its links."""
    items = [it for it in content.get("items", []) if it.get("key") == key]
    mine = clauses | {(s[0], s[1]) for it in items for s in it.get("sources", [])}
    links = [lk for lk in content.get("links", [])
             if tuple(lk["source"]) in mine and tuple(lk["target"]) in mine]
    return {"items": items, "links": links}


def review_sheet(session: Session, template_id: int, scheme_id: str,
                 author: str) -> ReviewSheet:
    template = _template(session, template_id)
    _check_scheme(session, template, scheme_id)
    status = {a.scheme_id: a for a in template_approvals(session, template_id)}[scheme_id]
    base_row = _baseline(session, template_id, scheme_id)
    try:
        signed = json.loads(base_row.content_json or "{}") if base_row else None
    except json.JSONDecodeError:
        signed = {}
    current = canonical_content(session, template_id)
    scheme_of = {vid: v.scheme_id for vid in template.version_ids
                 if (v := session.get(SchemeVersion, vid)) is not None}

    items = session.exec(select(JointItem).where(JointItem.template_id == template_id)
                         .order_by(col(JointItem.position), col(JointItem.item_key))).all()
    clauses: dict[int, list[ReviewClause]] = {}
    req_item: dict[int, int] = {}
    names: dict[int, str] = {}
    for src, req in session.exec(
            select(JointItemSource, Requirement).join(Requirement)
            .join(JointItem, col(JointItemSource.item_id) == col(JointItem.id))
            .where(JointItem.template_id == template_id)
            .order_by(col(Requirement.version_id), col(Requirement.position),
                      col(Requirement.clause_id))):
        clauses.setdefault(src.item_id, []).append(ReviewClause(
            scheme_of.get(req.version_id, ""), req.version_id, req.clause_id, req.title,
            req.text, src.role, src.propagation))
        req_item[req.id or 0] = src.item_id
        names[req.id or 0] = f"{req.version_id} {req.clause_id}"
    links: dict[int, list[tuple[str, tuple]]] = {}
    for link in session.exec(select(CrosswalkLink).where(
            CrosswalkLink.status == "accepted",
            CrosswalkLink.source_requirement_id.in_(list(req_item)))):  # type: ignore[attr-defined]
        item_id = req_item.get(link.source_requirement_id)
        if item_id is None or req_item.get(link.target_requirement_id) != item_id:
            continue
        head = (f"{names[link.source_requirement_id]} {link.relationship} "
                f"{names[link.target_requirement_id]}")
        extra = [f"{name.replace('_', ' ')}: {getattr(link, name)}"
                 for name in ("shared_core", "source_addon", "target_addon")
                 if getattr(link, name)]
        words = (f"{head} — derived: {link.rationale}" if link.origin == "derived"
                 else f"{head} — {link.origin}" + (f": {link.rationale}" if link.rationale
                                                   else ""))
        said = (names[link.source_requirement_id], str(link.relationship),
                 names[link.target_requirement_id], str(link.origin), link.rationale or "",
                 tuple((name, getattr(link, name)) for name in
                       ("shared_core", "source_addon", "target_addon") if getattr(link, name)))
        links.setdefault(item_id, []).append(("; ".join([words, *extra]), said))

    own: dict[str, str] = {}
    others: dict[str, list[tuple[str, str]]] = {}
    for c in comments(session, template_id, scheme_id):
        if c.author == author:
            own[c.item_key] = c.text
        else:
            others.setdefault(c.item_key, []).append((c.author, c.text))

    out = []
    for item in items:
        mine = clauses.get(item.id or 0, [])
        changes: tuple[str, ...] | None = None
        parts: tuple[tuple, ...] | None = None
        if signed is not None:
            keys = {(c.version_id, c.clause_id) for c in mine}
            parts = tuple(diff_parts(_item_part(signed, item.item_key, keys),
                                     _item_part(current, item.item_key, keys)))
            changes = tuple(map(change_line, parts))
        merged = sorted(links.get(item.id or 0, []), key=lambda x: x[0])
        out.append(ReviewItem(item.item_key, item.title, item.kind, tuple(mine),
                              tuple(w for w, _ in merged), changes,
                              own.get(item.item_key, ""),
                              tuple(others.get(item.item_key, [])),
                              tuple(p for _, p in merged), parts))
    return ReviewSheet(
        template_id, template.name, scheme_id, status,
        {"approved": "approval", "changes_requested": "request"}.get(
            base_row.status, "") if base_row else "",
        base_row.signed_at if base_row else None,
        base_row.signer_name if base_row else "", own.get("", ""), tuple(out))
