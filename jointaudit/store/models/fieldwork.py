"""Fieldwork: findings on (visit, joint item), their history, evidence files stored in the
workspace, and corrective actions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, LargeBinary, UniqueConstraint, false, text
from sqlmodel import Field, SQLModel

from jointaudit.store.models._base import json_dict, new_uid, utcnow, version_column

# Evidence files are stored inside the workspace; beyond this a file is refused with a
# message (documented in docs/workspace.md). 50 MiB keeps a workspace portable by mail/USB.
EVIDENCE_MAX_BYTES = 50 * 1024 * 1024


_finding_version = version_column()


class Finding(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("visit_id", "item_key"),)

    id: int | None = Field(default=None, primary_key=True)
    version: int | None = Field(default=None, sa_column=_finding_version)
    __mapper_args__ = {"version_id_col": _finding_version}
    uid: str = Field(default_factory=new_uid, unique=True)
    visit_id: int = Field(foreign_key="visit.id", index=True)
    joint_item_id: int | None = Field(default=None, foreign_key="joint_item.id")
    item_key: str  # the joint item's stable key
    severity: str = "not_assessed"
    observation: str = ""
    confidential: bool = False
    scheme_overrides: dict = json_dict()  # scheme version id -> level id
    needs_rerating: bool = False
    rerating_reason: str = ""
    revision: int = 1
    base_revision: int = 0
    author: str = ""
    updated_at: datetime = Field(default_factory=utcnow)


class FindingHistory(SQLModel, table=True):
    """Every earlier state of a finding; ratings are never dropped."""

    __tablename__ = "finding_history"

    id: int | None = Field(default=None, primary_key=True)
    finding_id: int = Field(foreign_key="finding.id", index=True)
    revision: int
    severity: str
    observation: str = ""
    confidential: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    scheme_overrides: dict = json_dict()
    author: str = ""
    reason: str = ""
    changed_at: datetime = Field(default_factory=utcnow)


class Evidence(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(default_factory=new_uid, unique=True)
    visit_id: int | None = Field(default=None, foreign_key="visit.id", index=True)
    finding_id: int | None = Field(default=None, foreign_key="finding.id", index=True)
    filename: str
    media_type: str = "application/octet-stream"
    sha256: str
    size: int
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    effective_from: date | None = None
    expires_on: date | None = None
    added_at: datetime = Field(default_factory=utcnow)


_corrective_action_version = version_column()


class CorrectiveAction(SQLModel, table=True):
    __tablename__ = "corrective_action"

    id: int | None = Field(default=None, primary_key=True)
    version: int | None = Field(default=None, sa_column=_corrective_action_version)
    __mapper_args__ = {"version_id_col": _corrective_action_version}
    uid: str = Field(default_factory=new_uid, unique=True)
    finding_id: int = Field(foreign_key="finding.id", index=True)
    scheme_version_id: str | None = Field(default=None, foreign_key="scheme_version.id")
    description: str = ""
    # who at the site carries the action out (a person's name or role, as the site names it)
    owner: str = Field(default="", sa_column_kwargs={"server_default": text("''")})
    # high / medium / low (corrective_actions.PRIORITIES); "" = not set yet
    priority: str = Field(default="", sa_column_kwargs={"server_default": text("''")})
    status: str = "open"  # open / plan_submitted / plan_accepted / closed / verified
    plan_due: date | None = None
    close_due: date | None = None
    escalated_to: str | None = None
    updated_at: datetime = Field(default_factory=utcnow)
