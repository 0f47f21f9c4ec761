"""Audited sites, their facilities and blackout periods, their memberships/certificates
and the record of audits that actually happened."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, SQLModel

from jointaudit.store.models._base import json_list, version_column

_site_version = version_column()


class Site(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    version: int | None = Field(default=None, sa_column=_site_version)
    __mapper_args__ = {"version_id_col": _site_version}
    name: str = Field(unique=True)
    country: str = ""  # ISO 3166 alpha-2
    region: str = ""
    commodity: str = "gold"
    site_type: str = "mine"  # mine / cooperative / refinery / manufacturer / company
    scale: str = ""  # asm / lsm / ""
    size: str = "medium"  # small / medium / large (drives person-days)
    languages: list = json_list()
    applicability_tags: list = json_list()
    max_visit_days: int | None = None
    financial_year_end: str | None = None  # "MM-DD"
    notes: str = ""


class Facility(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    site_id: int = Field(foreign_key="site.id", index=True)
    name: str
    country: str = ""
    kind: str = ""


class BlackoutPeriod(SQLModel, table=True):
    __tablename__ = "blackout_period"

    id: int | None = Field(default=None, primary_key=True)
    site_id: int = Field(foreign_key="site.id", index=True)
    start: date
    end: date
    reason: str = ""


_certificate_version = version_column()


class Certificate(SQLModel, table=True):
    """A site's standing in one scheme: membership, certificate or authorisation."""

    id: int | None = Field(default=None, primary_key=True)
    version: int | None = Field(default=None, sa_column=_certificate_version)
    __mapper_args__ = {"version_id_col": _certificate_version}
    site_id: int = Field(foreign_key="site.id", index=True)
    scheme_id: str = Field(foreign_key="scheme.id")
    scheme_version_id: str | None = Field(default=None, foreign_key="scheme_version.id")
    kind: str = "certificate"  # membership / certificate / authorisation / provisional
    status: str = "active"  # active / suspended / expired / withdrawn
    number: str = ""
    member_since: date | None = None
    issued_on: date | None = None
    expires_on: date | None = None
    scope: str = ""  # as written on the certificate
    facility_ids: list = json_list()
    open_minor_ncs: int = 0
    open_major_ncs: int = 0


_audit_record_version = version_column()


class AuditRecord(SQLModel, table=True):
    """What an audit actually produced."""

    __tablename__ = "audit_record"

    id: int | None = Field(default=None, primary_key=True)
    version: int | None = Field(default=None, sa_column=_audit_record_version)
    __mapper_args__ = {"version_id_col": _audit_record_version}
    site_id: int = Field(foreign_key="site.id", index=True)
    scheme_version_id: str = Field(foreign_key="scheme_version.id")
    certificate_id: int | None = Field(default=None, foreign_key="certificate.id")
    kind: str  # audit kind id from the pack
    start: date
    end: date
    decision: str = ""  # certified / provisional / not_certified / conformant / …
    decision_date: date | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    minor_ncs: int = 0
    major_ncs: int = 0
    critical_ncs: int = 0
    mid_term_required: bool = False
    cb_id: int | None = Field(default=None, foreign_key="certification_body.id")
    lead_auditor_id: int | None = Field(default=None, foreign_key="auditor.id")
    notes: str = ""
