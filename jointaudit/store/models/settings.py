"""Workspace settings: choices a team makes for one workspace (they travel with the file,
unlike UI preferences, which stay in QSettings)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from jointaudit.store.models._base import json_dict, utcnow


class WorkspaceSetting(SQLModel, table=True):
    __tablename__ = "workspace_setting"

    key: str = Field(primary_key=True)
    value: dict = json_dict()  # {"value": …}: JSON columns hold a mapping
    changed_by: str = ""
    changed_at: datetime = Field(default_factory=utcnow)
