"""Joint plans: visits, the windows each visit covers, the team, and report fields."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from jointaudit.store.models._base import json_dict, json_list, new_uid, utcnow, version_column

_joint_plan_version = version_column()


class JointPlan(SQLModel, table=True):
    __tablename__ = "joint_plan"

    id: int | None = Field(default=None, primary_key=True)
    version: int | None = Field(default=None, sa_column=_joint_plan_version)
    __mapper_args__ = {"version_id_col": _joint_plan_version}
    uid: str = Field(default_factory=new_uid, unique=True)
    name: str
    site_id: int | None = Field(default=None, foreign_key="site.id")  # None = portfolio
    template_id: int | None = Field(default=None, foreign_key="joint_template.id")
    horizon_start: date
    horizon_years: int = 5
    options: dict = json_dict()
    status: str = "draft"  # draft / confirmed
    created_at: datetime = Field(default_factory=utcnow)


_visit_version = version_column()


class Visit(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    version: int | None = Field(default=None, sa_column=_visit_version)
    __mapper_args__ = {"version_id_col": _visit_version}
    uid: str = Field(default_factory=new_uid, unique=True)
    plan_id: int = Field(foreign_key="joint_plan.id", index=True)
    site_id: int = Field(foreign_key="site.id", index=True)
    start: date
    end: date
    status: str = "planned"  # planned / confirmed / in_progress / done
    person_days: float = 0.0
    explanation: str = ""


class VisitWindow(SQLModel, table=True):
    __tablename__ = "visit_window"

    id: int | None = Field(default=None, primary_key=True)
    visit_id: int | None = Field(default=None, foreign_key="visit.id", index=True)
    plan_id: int = Field(foreign_key="joint_plan.id", index=True)
    scheme_version_id: str = Field(foreign_key="scheme_version.id")
    audit_kind: str
    mode: str = "on_site"
    earliest: date
    latest: date
    due: date | None = None
    reason: str = ""
    verified: bool = False


_visit_team_member_version = version_column()


class VisitTeamMember(SQLModel, table=True):
    __tablename__ = "visit_team_member"

    id: int | None = Field(default=None, primary_key=True)
    version: int | None = Field(default=None, sa_column=_visit_team_member_version)
    __mapper_args__ = {"version_id_col": _visit_team_member_version}
    visit_id: int = Field(foreign_key="visit.id", index=True)
    auditor_id: int = Field(foreign_key="auditor.id")
    cb_id: int | None = Field(default=None, foreign_key="certification_body.id")
    role: str = "team"  # lead / team
    scheme_ids: list = json_list()


_report_fields_version = version_column()


class ReportFields(SQLModel, table=True):
    """Free-text parts of a scheme's report for one visit (scope, methodology …)."""

    __tablename__ = "report_fields"
    __table_args__ = (UniqueConstraint("visit_id", "scheme_version_id"),)

    id: int | None = Field(default=None, primary_key=True)
    version: int | None = Field(default=None, sa_column=_report_fields_version)
    __mapper_args__ = {"version_id_col": _report_fields_version}
    visit_id: int = Field(foreign_key="visit.id", index=True)
    scheme_version_id: str = Field(foreign_key="scheme_version.id")
    fields: dict = json_dict()
