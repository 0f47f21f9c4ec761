"""Typed links between requirements of two scheme versions, and recognition rules."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from jointaudit.store.models._base import json_dict, json_list, utcnow, version_column

_crosswalk_link_version = version_column()


class CrosswalkLink(SQLModel, table=True):
    __tablename__ = "crosswalk_link"
    __table_args__ = (UniqueConstraint("source_requirement_id", "target_requirement_id"),)

    id: int | None = Field(default=None, primary_key=True)
    version: int | None = Field(default=None, sa_column=_crosswalk_link_version)
    __mapper_args__ = {"version_id_col": _crosswalk_link_version}
    source_requirement_id: int = Field(foreign_key="requirement.id", index=True)
    target_requirement_id: int = Field(foreign_key="requirement.id", index=True)
    relationship: str  # equal / subset / superset / intersects / not_related
    rationale: str = ""
    strength: int = 5  # 0–10
    origin: str = "curated"  # published / curated / suggested
    status: str = "suggested"  # suggested / accepted / rejected
    shared_core: str = ""  # for intersects: wording of the shared part
    source_addon: str = ""
    target_addon: str = ""
    # the three above in other languages, in this row's direction:
    # {"es": {"shared_core": …, "source_addon": …, "target_addon": …}, …}
    words: dict = json_dict()
    crosswalk_file: str = ""
    updated_at: datetime = Field(default_factory=utcnow)


class RecognitionRule(SQLModel, table=True):
    __tablename__ = "recognition_rule"

    id: int | None = Field(default=None, primary_key=True)
    rule_key: str = Field(unique=True)
    accepting_version_id: str = Field(foreign_key="scheme_version.id")
    provisions: list = json_list()  # clause ids of the accepting version
    recognised_scheme_id: str = Field(foreign_key="scheme.id")
    recognised_version_id: str | None = Field(default=None, foreign_key="scheme_version.id")
    whose: str = "own"  # own / supplier
    effect: str = "met"  # met / evidence
    note: str = ""
    verified: bool = False
    source: str = ""
    effective_from: date | None = None
    effective_to: date | None = None
    crosswalk_file: str = ""
