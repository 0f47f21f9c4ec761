"""Joint templates (scheme versions + accepted links + merge options), their merged
checklist of joint items with provenance, and scheme staff's approvals."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from jointaudit.store.models._base import json_dict, json_list, new_uid, utcnow, version_column

_joint_template_version = version_column()


class JointTemplate(SQLModel, table=True):
    __tablename__ = "joint_template"

    id: int | None = Field(default=None, primary_key=True)
    version: int | None = Field(default=None, sa_column=_joint_template_version)
    __mapper_args__ = {"version_id_col": _joint_template_version}
    uid: str = Field(default_factory=new_uid, unique=True)
    name: str
    version_ids: list = json_list()
    merge_options: dict = json_dict()
    content_hash: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class JointItem(SQLModel, table=True):
    __tablename__ = "joint_item"
    __table_args__ = (UniqueConstraint("template_id", "item_key"),)

    id: int | None = Field(default=None, primary_key=True)
    template_id: int = Field(foreign_key="joint_template.id", index=True)
    item_key: str  # stable across re-merges
    kind: str = "single"  # single / equal / chain / core / addon
    title: str
    topics: list = json_list()
    position: int = 0
    content_hash: str = ""  # of its provenance; a change flags findings for re-rating


class JointItemSource(SQLModel, table=True):
    """Provenance: which requirement a joint item asks, and how its rating flows back."""

    __tablename__ = "joint_item_source"

    id: int | None = Field(default=None, primary_key=True)
    item_id: int = Field(foreign_key="joint_item.id", index=True)
    requirement_id: int = Field(foreign_key="requirement.id", index=True)
    role: str = "member"  # member / broader / narrower / core / addon
    propagation: str = "applies"  # applies / conforms_implied / gap_implied / own_rating


class TemplateApproval(SQLModel, table=True):
    __tablename__ = "template_approval"

    id: int | None = Field(default=None, primary_key=True)
    template_id: int = Field(foreign_key="joint_template.id", index=True)
    scheme_id: str = Field(foreign_key="scheme.id")
    content_hash: str
    signer_name: str = ""
    signer_fingerprint: str = ""
    signature: str = ""  # base64 Ed25519 signature over the canonical content
    signed_at: datetime = Field(default_factory=utcnow)
    status: str = "approved"  # submitted / approved / changes_requested / withdrawn
    # The canonical content that was signed (so a later change can be shown as a diff) and
    # the signer's raw public key (so a signature verifies even before its key is trusted).
    content_json: str = Field(default="{}", sa_column=Column(Text, nullable=False,
                                                             server_default="{}"))
    public_key: str = ""
    # The audit trail's length and head hash when signing: signed, so a later truncation of
    # the trail shows (jointaudit.store.integrity).
    trail_entries: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    trail_head: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # A request for changes: the general note and the reviewers' comments as they stood when
    # it was signed (the signature covers their hash; the live comments may change later).
    review_json: str = Field(default="{}", sa_column=Column(Text, nullable=False,
                                                            server_default="{}"))


class TemplateReviewComment(SQLModel, table=True):
    """A scheme reviewer's comment on one joint item of a template (``item_key`` empty: the
    general note), saved as it is typed; a request for changes signs a copy of them."""

    __tablename__ = "template_review_comment"
    __table_args__ = (UniqueConstraint("template_id", "scheme_id", "item_key", "author"),)

    id: int | None = Field(default=None, primary_key=True)
    template_id: int = Field(foreign_key="joint_template.id", index=True)
    scheme_id: str = Field(foreign_key="scheme.id")
    item_key: str = ""
    author: str
    text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class TrustedKey(SQLModel, table=True):
    """Which public key may approve joint templates for which scheme, in this workspace."""

    __tablename__ = "trusted_key"

    id: int | None = Field(default=None, primary_key=True)
    fingerprint: str = Field(unique=True)
    public_key: str  # base64 raw Ed25519 public key
    name: str = ""
    organisation: str = ""
    role: str = ""  # auditor / site / scheme_staff
    scheme_ids: list = json_list()
    added_at: datetime = Field(default_factory=utcnow)
