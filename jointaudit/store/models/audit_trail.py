"""Rows of the append-only, hash-chained audit trail (the logic is in jointaudit.store.audit_trail)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from jointaudit.store.models._base import utcnow


class AuditLogEntry(SQLModel, table=True):
    __tablename__ = "audit_log_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    actor: str = ""
    entity: str  # finding / approval / plan / template …
    entity_uid: str = ""
    action: str  # create / update / delete / approve …
    payload: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    prev_hash: str = ""
    hash: str = ""
