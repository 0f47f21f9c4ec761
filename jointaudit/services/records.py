"""Records the planner relies on — sites and their facilities, blackouts and certificates,
audit records, CBs and their scheme approvals, auditors with their qualifications,
unavailability and conflicts of interest — listed, created, edited and deleted one by one.

Every record type is described once (:data:`KINDS`): its fields, which of them point at
another record and which pairs are a period. From that description come the Pydantic
create/update models that check input, the read rows the UI and CLI list, and the forms
the desktop app builds. A bad input raises :class:`InvalidInput` with a problem per field
and saves nothing (one transaction).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, StringConstraints, ValidationError
from pydantic import create_model as pydantic_model
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel, col, select

from jointaudit.common.errors import InvalidInput, NotFound, Problem, ProblemList
from jointaudit.records.outcomes import AuditOutcome
from jointaudit.store.db import Workspace
from jointaudit.store.models import (
    Auditor,
    AuditorQualification,
    AuditorUnavailability,
    AuditRecord,
    BlackoutPeriod,
    CBApproval,
    Certificate,
    CertificationBody,
    ConflictOfInterest,
    Facility,
    Scheme,
    SchemeVersion,
    Site,
    saved_id,
    table_of,
)
from jointaudit.store.versions import StaleSave, describe_stale, refusal_message

# what a foreign key points at: the table, and how its records are named in a choice list
REFERENCES: dict[str, tuple[type[SQLModel], str]] = {
    "site": (Site, "name"),
    "cb": (CertificationBody, "name"),
    "auditor": (Auditor, "name"),
    "scheme": (Scheme, "name"),
    "scheme_version": (SchemeVersion, "title"),
    "certificate": (Certificate, "number"),
}


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str  # text / int / bool / date / list / ref
    required: bool = False
    ref: str | None = None  # key of REFERENCES when type == "ref"
    default: Any = None


@dataclass(frozen=True)
class RecordKind:
    key: str
    label: str
    table: type[SQLModel]
    fields: tuple[FieldSpec, ...]
    periods: tuple[tuple[str, str], ...] = ()  # (start field, end field)
    title_field: str = ""
    expires_field: str | None = None  # approvals and qualifications lapse on this date


def _f(name, type_="text", required=False, ref=None, default=None) -> FieldSpec:
    return FieldSpec(name, type_, required, ref, default)


KINDS: dict[str, RecordKind] = {k.key: k for k in (
    RecordKind("sites", "Sites", Site, (
        _f("name", required=True), _f("country", default=""), _f("region", default=""),
        _f("commodity", default="gold"), _f("site_type", default="mine"),
        _f("scale", default=""), _f("size", default="medium"),
        _f("languages", "list", default=[]), _f("applicability_tags", "list", default=[]),
        _f("max_visit_days", "int"), _f("financial_year_end"), _f("notes", default="")),
        title_field="name"),
    RecordKind("facilities", "Facilities", Facility, (
        _f("site_id", "ref", True, "site"), _f("name", required=True),
        _f("country", default=""), _f("kind", default="")), title_field="name"),
    RecordKind("blackouts", "Blackout periods", BlackoutPeriod, (
        _f("site_id", "ref", True, "site"), _f("start", "date", True),
        _f("end", "date", True), _f("reason", default="")), periods=(("start", "end"),)),
    RecordKind("certificates", "Memberships and certificates", Certificate, (
        _f("site_id", "ref", True, "site"), _f("scheme_id", "ref", True, "scheme"),
        _f("scheme_version_id", "ref", ref="scheme_version"),
        _f("kind", default="certificate"), _f("status", default="active"),
        _f("number", default=""), _f("member_since", "date"), _f("issued_on", "date"),
        _f("expires_on", "date"), _f("open_minor_ncs", "int", default=0),
        _f("open_major_ncs", "int", default=0)),
        periods=(("issued_on", "expires_on"),), title_field="number"),
    RecordKind("audit_records", "Audit records", AuditRecord, (
        _f("site_id", "ref", True, "site"),
        _f("scheme_version_id", "ref", True, "scheme_version"),
        _f("certificate_id", "ref", ref="certificate"), _f("kind", required=True),
        _f("start", "date", True), _f("end", "date", True), _f("decision", default=""),
        _f("decision_date", "date"), _f("valid_from", "date"), _f("valid_until", "date"),
        _f("minor_ncs", "int", default=0), _f("major_ncs", "int", default=0),
        _f("critical_ncs", "int", default=0), _f("mid_term_required", "bool", default=False),
        _f("cb_id", "ref", ref="cb"), _f("lead_auditor_id", "ref", ref="auditor"),
        _f("notes", default="")),
        periods=(("start", "end"), ("valid_from", "valid_until"))),
    RecordKind("cbs", "Certification bodies", CertificationBody, (
        _f("name", required=True), _f("country", default=""), _f("notes", default="")),
        title_field="name"),
    RecordKind("cb_approvals", "CB approvals", CBApproval, (
        _f("cb_id", "ref", True, "cb"), _f("scheme_id", "ref", True, "scheme"),
        _f("scheme_version_id", "ref", ref="scheme_version"),
        _f("commodities", "list", default=[]), _f("regions", "list", default=[]),
        _f("valid_from", "date", True), _f("valid_to", "date"), _f("reference", default="")),
        periods=(("valid_from", "valid_to"),), expires_field="valid_to"),
    RecordKind("auditors", "Auditors", Auditor, (
        _f("name", required=True), _f("cb_id", "ref", ref="cb"),
        _f("languages", "list", default=[]), _f("email", default="")), title_field="name"),
    RecordKind("qualifications", "Auditor qualifications", AuditorQualification, (
        _f("auditor_id", "ref", True, "auditor"), _f("scheme_id", "ref", True, "scheme"),
        _f("role", default="team"), _f("commodities", "list", default=[]),
        _f("valid_from", "date", True), _f("valid_to", "date"), _f("reference", default="")),
        periods=(("valid_from", "valid_to"),), expires_field="valid_to"),
    RecordKind("unavailability", "Auditor unavailability", AuditorUnavailability, (
        _f("auditor_id", "ref", True, "auditor"), _f("start", "date", True),
        _f("end", "date", True), _f("reason", default="")), periods=(("start", "end"),)),
    RecordKind("conflicts", "Conflicts of interest", ConflictOfInterest, (
        _f("site_id", "ref", True, "site"), _f("auditor_id", "ref", ref="auditor"),
        _f("cb_id", "ref", ref="cb"), _f("kind", default="advisory"),
        _f("start", "date", True), _f("end", "date"), _f("note", default="")),
        periods=(("start", "end"),)),
)}


# ---- input models ------------------------------------------------------------------------
def _as_list(value):
    """A list field accepts a list or comma-separated text ("en, fr")."""
    if value is None:
        return []
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


def _blank_is_none(value):
    return None if isinstance(value, str) and not value.strip() else value


NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
TYPES: dict[str, Any] = {"text": str, "int": int, "bool": bool, "date": date,
                         "list": Annotated[list[str], BeforeValidator(_as_list)]}


def _annotation(spec: FieldSpec, *, partial: bool) -> tuple[Any, Any]:
    if spec.type == "ref":
        base: Any = str if spec.ref in ("scheme", "scheme_version") else int
    elif spec.type == "text" and spec.required:
        base = NonEmpty
    else:
        base = TYPES[spec.type]
    # an empty form field means "no value": for a required one, that is the problem reported
    blank = BeforeValidator(_blank_is_none)
    if spec.required and not partial:
        return Annotated[base, blank], ...
    return Annotated[base | None, blank], None if partial else spec.default


def _input_model(kind: RecordKind, *, partial: bool) -> type[BaseModel]:
    name = f"{kind.table.__name__}{'Update' if partial else 'Create'}"
    fields: dict[str, Any] = {s.name: _annotation(s, partial=partial) for s in kind.fields}
    config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    return pydantic_model(name, __config__=config, **fields)


CREATE_MODELS = {k: _input_model(kind, partial=False) for k, kind in KINDS.items()}
UPDATE_MODELS = {k: _input_model(kind, partial=True) for k, kind in KINDS.items()}


# ---- read models -------------------------------------------------------------------------
@dataclass(frozen=True)
class RecordRow:
    """One record as plain values (dates stay dates, lists stay lists)."""

    kind: str
    id: int
    values: dict[str, Any]
    title: str = ""
    expires_on: date | None = None
    version: int | None = None  # the row version read (an edit based on it is checked)


@dataclass(frozen=True)
class Choice:
    id: Any
    label: str


@dataclass(frozen=True)
class ExpiringApproval:
    kind: str  # cb_approvals / qualifications
    id: int
    holder: str  # CB or auditor name
    scheme_id: str
    expires_on: date
    expired: bool


def kind_of(key: str) -> RecordKind:
    try:
        return KINDS[key]
    except KeyError:
        raise NotFound(f"no record type '{key}'; known: {', '.join(KINDS)}") from None


def _row(kind: RecordKind, obj) -> RecordRow:
    values: dict[str, Any] = {
        s.name: (list(v) if isinstance(v := getattr(obj, s.name), list) else v)
        for s in kind.fields}
    title = str(values.get(kind.title_field) or "") if kind.title_field else ""
    expires = values.get(kind.expires_field) if kind.expires_field else None
    return RecordRow(kind.key, obj.id, values, title, expires, getattr(obj, "version", None))


def list_records(ws: Workspace, key: str) -> list[RecordRow]:
    kind = kind_of(key)
    with ws.session() as s:
        rows = s.exec(select(kind.table).order_by(table_of(kind.table).c.id)).all()
        return [_row(kind, r) for r in rows]


def choices(ws: Workspace, ref: str) -> list[Choice]:
    """What a foreign key may point at, e.g. every site by name (for a form's combo box)."""
    table, label = REFERENCES[ref]
    with ws.session() as s:
        # the table is one of REFERENCES, known at run time: its rows are read by name
        rows: Sequence[Any] = s.exec(select(table).order_by(table_of(table).c.id)).all()
        return [Choice(r.id, f"{getattr(r, label) or r.id}") for r in rows]


# ---- validation and writes ----------------------------------------------------------------
def _problems_from(exc: ValidationError, key: str) -> list[Problem]:
    out = []
    for err in exc.errors():
        path = ".".join(str(p) for p in err["loc"])
        required = err["type"] in ("missing", "string_too_short") or err.get("input", 0) is None
        message = "this field is required" if required else err["msg"]
        code = "record.required" if required else f"record.{err['type']}"
        out.append(Problem(code, message, key, None, path))
    return out


def _check(session, kind: RecordKind, values: dict[str, Any]) -> list[Problem]:
    """Periods that run backwards and references to records that do not exist."""
    problems = []
    for start, end in kind.periods:
        a, b = values.get(start), values.get(end)
        if a is not None and b is not None and a > b:
            problems.append(Problem("record.reversed-dates",
                                    f"{start} {a} is after {end} {b}; expected {start} on or "
                                    f"before {end}", kind.key, None, end))
    if kind.key == "audit_records" and values.get("start") and values.get("end"):
        found = ProblemList(None)  # the audit's own facts: the one validator, AuditOutcome
        AuditOutcome(values.get("kind") or "", values["start"], values["end"],
                     values.get("decision_date"), values.get("valid_from"),
                     values.get("valid_until"), values.get("minor_ncs") or 0,
                     values.get("major_ncs") or 0, values.get("critical_ncs") or 0).check(found)
        problems += [Problem(p.code, p.message, kind.key, None, p.path) for p in found.problems
                     if p.code != "outcome.dates" and p.code != "outcome.validity"]
    for spec in kind.fields:
        value = values.get(spec.name)
        if spec.type == "ref" and spec.ref is not None and value is not None:
            table, _ = REFERENCES[spec.ref]
            if session.get(table, value) is None:
                problems.append(Problem("record.unknown-reference",
                                        f"no {spec.ref.replace('_', ' ')} with id {value!r}",
                                        kind.key, None, spec.name))
    return problems


def _validate(model: type[BaseModel], key: str, data: dict[str, Any]) -> dict[str, Any]:
    try:
        values = model.model_validate(data).model_dump(exclude_unset=True)
    except ValidationError as exc:
        raise InvalidInput(f"{kind_of(key).label}: the record was not saved",
                           problems=_problems_from(exc, key)) from None
    # a blank optional field with a default (country "", counts 0) means that default
    defaults = {s.name: s.default for s in kind_of(key).fields
                if not s.required and s.default is not None}
    return {k: defaults[k] if v is None and k in defaults else v for k, v in values.items()}


def _save(session, kind: RecordKind, obj) -> RecordRow:
    try:
        session.flush()
    except IntegrityError as exc:
        raise InvalidInput(f"{kind.label}: the record was not saved", problems=[Problem(
            "record.conflict", f"the database refused it: {exc.orig}", kind.key)]) from None
    session.refresh(obj)
    return _row(kind, obj)


def create_record(ws: Workspace, key: str, data: dict[str, Any]) -> RecordRow:
    kind = kind_of(key)
    values = _validate(CREATE_MODELS[key], key, data)
    with ws.session() as s:
        full = {spec.name: values.get(spec.name, spec.default) for spec in kind.fields}
        full = {k: (list(v) if isinstance(v, list) else v) for k, v in full.items()}
        if problems := _check(s, kind, full):
            raise InvalidInput(f"{kind.label}: the record was not saved", problems=problems)
        obj = kind.table(**{k: v for k, v in full.items() if v is not None or
                            _nullable(kind, k)})
        s.add(obj)
        return _save(s, kind, obj)


def _nullable(kind: RecordKind, name: str) -> bool:
    return next(s for s in kind.fields if s.name == name).default is None


class StaleRecord(StaleSave):
    """An edit of a record read at an older version was refused (someone saved it since);
    ``current`` is the record as saved now, to show beside mine."""

    def __init__(self, message: str, rows: list, *, key: str, current: RecordRow,
                 base_version: int):
        super().__init__(message, rows)
        self.key, self.current, self.base_version = key, current, base_version


def update_record(ws: Workspace, key: str, record_id: int, data: dict[str, Any], *,
                  base_version: int | None = None) -> RecordRow:
    """Change the fields given; fields left out keep their value. With ``base_version``
    (the version the form showed) a record saved since by someone else is refused with
    :class:`StaleRecord`, naming who, when and what; nothing is saved."""
    kind = kind_of(key)
    values = _validate(UPDATE_MODELS[key], key, data)
    with ws.session() as s:
        obj = s.get(kind.table, record_id)
        if obj is None:
            raise NotFound(f"{kind.label}: no record with id {record_id}")
        now = getattr(obj, "version", None)
        if base_version is not None and now is not None and now != base_version:
            row = describe_stale(ws, kind.table, record_id, getattr(obj, "uid", "") or "",
                                 base_version)
            raise StaleRecord(refusal_message(ws, [row]), [row], key=key,
                              current=_row(kind, obj), base_version=base_version)
        problems = [Problem("record.required", "this field is required", key, None, spec.name)
                    for spec in kind.fields
                    if spec.required and spec.name in values and values[spec.name] is None]
        merged = {spec.name: values.get(spec.name, getattr(obj, spec.name))
                  for spec in kind.fields}
        problems += _check(s, kind, merged)
        if problems:
            raise InvalidInput(f"{kind.label}: the record was not saved", problems=problems)
        for name, value in values.items():
            setattr(obj, name, list(value) if isinstance(value, list) else value)
        s.add(obj)
        return _save(s, kind, obj)


def keep_mine_record(ws: Workspace, refused: StaleRecord, shown: dict[str, Any],
                     mine: dict[str, Any]) -> RecordRow:
    """After a refused edit: save mine on top of the record as saved now, the way a bundle
    merge's "keep mine" does (:mod:`jointaudit.exchange.three_way`): a field I left as
    shown keeps theirs, a field I changed takes mine. Named in the audit trail ("… (kept
    mine after a refused save, over version N by …)"); refused again if the record moved
    on once more meanwhile."""
    from jointaudit.store.audit_trail import acting_as, current_actor

    theirs = refused.current
    values = {name: (value if value != shown.get(name) else theirs.values.get(name))
              for name, value in mine.items()}
    by = next((r.by for r in refused.rows if r.by), "")
    why = f"kept mine after a refused save, over version {theirs.version}" + \
        (f" by {by}" if by else "")
    with acting_as(f"{current_actor()} ({why})"):
        return update_record(ws, refused.key, theirs.id, values, base_version=theirs.version)


def delete_record(ws: Workspace, key: str, record_id: int) -> None:
    """Delete one record; refused (nothing deleted) while other records still point at it."""
    kind = kind_of(key)
    with ws.session() as s:
        obj = s.get(kind.table, record_id)
        if obj is None:
            raise NotFound(f"{kind.label}: no record with id {record_id}")
        s.delete(obj)
        try:
            s.flush()
        except IntegrityError:
            raise InvalidInput(f"{kind.label}: record {record_id} was not deleted", problems=[
                Problem("record.in-use", "other records still refer to it; delete or change "
                        "them first", key, None, "id")]) from None


# ---- approvals about to lapse -------------------------------------------------------------
def expiring_approvals(ws: Workspace, today: date, within_days: int = 90
                       ) -> list[ExpiringApproval]:
    """CB approvals and auditor qualifications ending within ``within_days`` of ``today``,
    or already ended; soonest first."""
    limit = today + timedelta(days=within_days)
    out = []
    with ws.session() as s:
        cbs = {c.id: c.name for c in s.exec(select(CertificationBody)).all()}
        auditors = {a.id: a.name for a in s.exec(select(Auditor)).all()}
        for a in s.exec(select(CBApproval).where(col(CBApproval.valid_to) <= limit)).all():
            if a.valid_to is not None:  # always, by the query: an open-ended one never lapses
                out.append(ExpiringApproval("cb_approvals", saved_id(a), cbs.get(a.cb_id, ""),
                                            a.scheme_id, a.valid_to, a.valid_to < today))
        for q in s.exec(select(AuditorQualification)
                        .where(col(AuditorQualification.valid_to) <= limit)).all():
            if q.valid_to is not None:
                out.append(ExpiringApproval("qualifications", saved_id(q),
                                            auditors.get(q.auditor_id, ""), q.scheme_id,
                                            q.valid_to, q.valid_to < today))
    return sorted(out, key=lambda e: (e.expires_on, e.kind, e.id))


def expires_soon(row: RecordRow, today: date, within_days: int = 90) -> bool:
    return row.expires_on is not None and row.expires_on <= today + timedelta(days=within_days)
