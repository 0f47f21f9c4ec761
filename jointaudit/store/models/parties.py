"""Certification bodies, auditors and what entitles them to audit: scheme approvals,
qualifications, unavailability and conflict-of-interest records."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel

from jointaudit.store.models._base import json_list, version_column

_certification_body_version = version_column()


class CertificationBody(SQLModel, table=True):
    __tablename__ = "certification_body"

    id: int | None = Field(default=None, primary_key=True)
    version: int | None = Field(default=None, sa_column=_certification_body_version)
    __mapper_args__ = {"version_id_col": _certification_body_version}
    name: str = Field(unique=True)
    country: str = ""
    notes: str = ""


class CBApproval(SQLModel, table=True):
    """A scheme's approval (accreditation, recognition) of a CB for a scope and period."""

    __tablename__ = "cb_approval"

    id: int | None = Field(default=None, primary_key=True)
    cb_id: int = Field(foreign_key="certification_body.id", index=True)
    scheme_id: str = Field(foreign_key="scheme.id")
    scheme_version_id: str | None = Field(default=None, foreign_key="scheme_version.id")
    commodities: list = json_list()  # empty = any
    regions: list = json_list()  # ISO country codes or region names; empty = global
    valid_from: date
    valid_to: date | None = None
    reference: str = ""


_auditor_version = version_column()


class Auditor(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    version: int | None = Field(default=None, sa_column=_auditor_version)
    __mapper_args__ = {"version_id_col": _auditor_version}
    name: str
    cb_id: int | None = Field(default=None, foreign_key="certification_body.id", index=True)
    languages: list = json_list()
    email: str = ""


class AuditorQualification(SQLModel, table=True):
    __tablename__ = "auditor_qualification"

    id: int | None = Field(default=None, primary_key=True)
    auditor_id: int = Field(foreign_key="auditor.id", index=True)
    scheme_id: str = Field(foreign_key="scheme.id")
    role: str = "team"  # lead / team / technical_expert
    commodities: list = json_list()
    valid_from: date
    valid_to: date | None = None
    reference: str = ""


class AuditorUnavailability(SQLModel, table=True):
    __tablename__ = "auditor_unavailability"

    id: int | None = Field(default=None, primary_key=True)
    auditor_id: int = Field(foreign_key="auditor.id", index=True)
    start: date
    end: date
    reason: str = ""


class ConflictOfInterest(SQLModel, table=True):
    """E.g. an auditor or firm advised the site; bars them until the cooling-off has passed."""

    __tablename__ = "conflict_of_interest"

    id: int | None = Field(default=None, primary_key=True)
    site_id: int = Field(foreign_key="site.id", index=True)
    auditor_id: int | None = Field(default=None, foreign_key="auditor.id")
    cb_id: int | None = Field(default=None, foreign_key="certification_body.id")
    kind: str = "advisory"  # advisory / employment / financial / previous_audits
    start: date
    end: date | None = None
    note: str = ""
