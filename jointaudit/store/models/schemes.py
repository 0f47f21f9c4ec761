"""Schemes, their versions and everything a scheme pack brings: requirement tree, rating
scale, cycle rules and report profile.

The full pack is also kept verbatim (``SchemeVersion.pack_json``) so that the engines read
rules exactly as the pack states them; the tables below make the pack queryable.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from jointaudit.store.models._base import json_dict, json_list, utcnow


class Scheme(SQLModel, table=True):
    id: str = Field(primary_key=True)  # slug, e.g. "rjc-cop"
    name: str
    publisher: str = ""


class SchemeVersion(SQLModel, table=True):
    __tablename__ = "scheme_version"

    id: str = Field(primary_key=True)  # "<scheme>@<version>", e.g. "rjc-cop@2019"
    scheme_id: str = Field(foreign_key="scheme.id", index=True)
    version: str
    title: str
    language: str = "en"
    effective_from: date | None = None
    retired_on: date | None = None
    licence_note: str = ""
    source_documents: list = json_list()
    format: str = "jointaudit-pack/1"
    pack_sha256: str = ""
    pack_json: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    imported_from: str = ""
    imported_at: datetime = Field(default_factory=utcnow)


class Requirement(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("version_id", "clause_id"),)

    id: int | None = Field(default=None, primary_key=True)
    version_id: str = Field(foreign_key="scheme_version.id", index=True)
    clause_id: str
    parent_clause_id: str | None = None
    position: int = 0
    title: str
    text: str = ""
    guidance: str = ""
    text_source: str = ""  # "pack" or the overlay file a user imported the official text from
    typical_evidence: list = json_list()
    topics: list = json_list()
    applies_to: list = json_list()
    assessable: bool = True
    critical: bool = False
    level: str | None = None  # entry / progress / core / development …
    answer: str = "graded"  # graded / yes_no
    source_ref: str = ""
    verified: bool = False


class RequirementText(SQLModel, table=True):
    """A requirement's title, text and guidance in one language, from an overlay a user
    imported (the official wording is the scheme's, never shipped). One row per requirement
    and language, so a further language is rows, not columns; keyed by the clause id rather
    than the requirement row, so a re-imported pack keeps the overlay's words."""

    __tablename__ = "requirement_text"

    version_id: str = Field(foreign_key="scheme_version.id", primary_key=True)
    clause_id: str = Field(primary_key=True)
    language: str = Field(primary_key=True)  # two-letter ISO 639-1 code
    title: str = ""
    text: str = ""
    guidance: str = ""
    source: str = ""  # the overlay file's name


class RatingLevel(SQLModel, table=True):
    __tablename__ = "rating_level"
    __table_args__ = (UniqueConstraint("version_id", "level_id"),)

    id: int | None = Field(default=None, primary_key=True)
    version_id: str = Field(foreign_key="scheme_version.id", index=True)
    level_id: str
    position: int = 0
    severity: str  # common severity this level means
    words: dict = json_dict()  # language -> word


class SeverityMapping(SQLModel, table=True):
    """The other direction of the rating map: what each common severity becomes here."""

    __tablename__ = "severity_mapping"

    version_id: str = Field(foreign_key="scheme_version.id", primary_key=True)
    severity: str = Field(primary_key=True)
    level_id: str


class CycleRule(SQLModel, table=True):
    __tablename__ = "cycle_rule"

    id: int | None = Field(default=None, primary_key=True)
    version_id: str = Field(foreign_key="scheme_version.id", index=True)
    kind: str  # audit kind, or "validity", "deadline:<id>", "escalation"
    mode: str | None = None  # on_site / desk for audit kinds
    body: dict = json_dict()
    verified: bool = False
    source: str = ""
    effective_from: date | None = None
    effective_to: date | None = None


class ReportProfile(SQLModel, table=True):
    __tablename__ = "report_profile"

    id: int | None = Field(default=None, primary_key=True)
    version_id: str = Field(foreign_key="scheme_version.id", unique=True)
    body: dict = json_dict()
    verified: bool = False
    source: str = ""
