"""The audit trail: an append-only, hash-chained log of every change to fieldwork, plans,
templates and approvals.

Rows are written by a session event (``after_flush``) inside the same transaction as the
change, so no module has to remember to log and a change and its log entry are committed or
lost together. Who acted comes from a context variable (:func:`acting_as`) set by the UI,
CLI or bundle import; on a server, the database login is added to it. Each entry's hash
covers its content and the previous entry's hash; :func:`verify` walks the chain and names
the first broken link; after each commit that added entries, the newest one is anchored
outside the database (:mod:`jointaudit.store.anchor`) so that a trail cut at its end shows too.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import SQLModel

from jointaudit.store import anchor as anchoring
from jointaudit.store.models import (
    AuditLogEntry,
    Auditor,
    AuditRecord,
    Certificate,
    CertificationBody,
    CorrectiveAction,
    CrosswalkLink,
    Evidence,
    Finding,
    JointItem,
    JointPlan,
    JointTemplate,
    ReportFields,
    Site,
    TemplateApproval,
    TemplateReviewComment,
    TrustedKey,
    Visit,
    VisitTeamMember,
    table_of,
)

# What is logged, under which entity name. Joint items are logged too (since the integrity
# work of issue 15), so that a title edited behind the application's back shows in `check`;
# templates merged before that have unlogged items, which `check` tells apart by template.
# The editable records (sites, memberships/certificates, audit records, certification bodies,
# auditors: the versioned ones) are logged since issue 19, so that a refused save names who
# changed the record and a record edited behind the application's back shows in `check`;
# the records a workspace already held then are written to the trail once as a "baseline"
# entry each by migration 0010 (see RECORD_ENTITIES, :func:`baseline_rows`).
TRACKED: dict[type[SQLModel], str] = {
    JointItem: "joint_item",
    Finding: "finding",
    CorrectiveAction: "corrective_action",
    Evidence: "evidence",
    JointPlan: "plan",
    Visit: "visit",
    VisitTeamMember: "visit_team_member",
    ReportFields: "report_fields",
    JointTemplate: "template",
    CrosswalkLink: "crosswalk_link",
    TemplateApproval: "approval",
    TemplateReviewComment: "review_comment",
    TrustedKey: "trusted_key",
    Site: "site",
    Certificate: "certificate",
    AuditRecord: "audit_record",
    CertificationBody: "certification_body",
    Auditor: "auditor",
}
RECORD_ENTITIES = ("site", "certificate", "audit_record", "certification_body", "auditor")
BASELINE = "baseline"  # the action of an entry recording a row that was there before logging
BASELINE_ACTOR = "jointaudit upgrade (already in the workspace when records began to be logged)"
GENESIS = ""
_WROTE = "jointaudit_trail_written"
log = logging.getLogger(__name__)
CHAIN_LOCK = 7_335_019  # the PostgreSQL advisory lock that orders appends to the chain

_actor: ContextVar[str] = ContextVar("jointaudit_actor", default="")


def current_actor() -> str:
    name = _actor.get()
    if name:
        return name
    try:
        return f"login:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name (containers, services)
        return "login:unknown"


@contextmanager
def acting_as(name: str) -> Iterator[None]:
    """Attribute every change made inside the block to ``name``."""
    token = _actor.set(name)
    try:
        yield
    finally:
        _actor.reset(token)


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"sha256": hashlib.sha256(value).hexdigest(), "size": len(value)}
    if isinstance(value, datetime):
        return _stamp(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _stamp(at: datetime) -> str:
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%f")


def entry_hash(prev_hash: str, at: datetime, actor: str, entity: str, entity_uid: str,
               action: str, payload: str) -> str:
    body = json.dumps([prev_hash, _stamp(at), actor, entity, entity_uid, action, payload],
                      ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _uid(obj) -> str:
    uid = getattr(obj, "uid", None)
    if uid:
        return uid
    if isinstance(obj, TemplateApproval):
        return f"{obj.template_id}/{obj.scheme_id}/{obj.signer_fingerprint or 'unsigned'}"
    if isinstance(obj, TrustedKey):
        return obj.fingerprint
    if isinstance(obj, TemplateReviewComment):
        return f"{obj.template_id}/{obj.scheme_id}/{obj.item_key or 'note'}/{obj.author}"
    return str(obj.id)


def _columns(obj) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def _describe(obj, action: str) -> dict:
    state = inspect(obj)
    if action == "create":
        return {k: _plain(getattr(obj, k)) for k in _columns(obj)}
    if action == "delete":
        return {k: _plain(state.attrs[k].loaded_value) for k in _columns(obj)}
    changed = {}
    for key in _columns(obj):
        hist = state.attrs[key].history
        if hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                changed[key] = [_plain(old), _plain(new)]
    return {"changed": changed} if changed else {}


def _changes(session: OrmSession) -> list[tuple[str, str, str, dict]]:
    out = []
    for action, objs in (("create", session.new), ("update", session.dirty),
                         ("delete", session.deleted)):
        for obj in objs:
            entity = TRACKED.get(type(obj))
            if entity is None:
                continue
            payload = _describe(obj, action)
            if action == "update" and not payload:
                continue
            out.append((entity, _uid(obj), action, payload))
    out.sort(key=lambda c: (c[0], c[1], c[2]))  # deterministic order within one flush
    return out


@event.listens_for(OrmSession, "before_flush")
def _refuse_rewriting_history(session: OrmSession, _ctx, _instances) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, AuditLogEntry) and (obj in session.deleted
                                               or session.is_modified(obj)):
            raise PermissionError("the audit trail is append-only: entries cannot be "
                                  "changed or deleted")


@event.listens_for(OrmSession, "after_flush")
def _log_changes(session: OrmSession, _ctx) -> None:
    changes = _changes(session)
    if not changes:
        return
    conn = session.connection()
    table = table_of(AuditLogEntry)
    actor = current_actor()
    if conn.dialect.name == "postgresql":
        # Many writers on a server: one chain, so appending to it is one at a time (the
        # lock ends with the transaction). Who did it is the server's login, too.
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({CHAIN_LOCK})")
        login = conn.info.get("jointaudit_login")
        if login is None:
            login = conn.info["jointaudit_login"] = conn.exec_driver_sql(
                "SELECT session_user").scalar() or ""
        if login and f"server:{login}" not in actor:
            actor = f"{actor} (server:{login})"
    prev = conn.execute(select(table.c.hash).order_by(table.c.id.desc()).limit(1)).scalar()
    prev = prev or GENESIS
    at = datetime.now(UTC)
    rows = []
    for entity, uid, action, payload in changes:
        text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
        h = entry_hash(prev, at, actor, entity, uid, action, text)
        rows.append(dict(at=at, actor=actor, entity=entity, entity_uid=uid, action=action,
                         payload=text, prev_hash=prev, hash=h))
        prev = h
    conn.execute(insert(table), rows)
    session.info[_WROTE] = True


def log_bulk_created(session: OrmSession, entity: str, rows: list[dict]) -> None:
    """Log rows written with a Core bulk ``insert`` (which no session event sees), one
    creation entry each, as if they had been added one by one; every row has its ``id``."""
    if not rows:
        return
    conn = session.connection()
    table = table_of(AuditLogEntry)
    prev = conn.execute(select(table.c.hash).order_by(table.c.id.desc()).limit(1)).scalar()
    prev = prev or GENESIS
    actor, at = current_actor(), datetime.now(UTC)
    out = []
    for row in sorted(rows, key=lambda r: r["id"]):
        text = json.dumps({k: _plain(v) for k, v in row.items()}, sort_keys=True,
                          ensure_ascii=False, default=str)
        uid = str(row["id"])
        h = entry_hash(prev, at, actor, entity, uid, "create", text)
        out.append(dict(at=at, actor=actor, entity=entity, entity_uid=uid, action="create",
                        payload=text, prev_hash=prev, hash=h))
        prev = h
    conn.execute(insert(table), out)
    session.info[_WROTE] = True


def baseline_rows(conn, entity: str, rows: list[dict]) -> int:
    """Append one ``baseline`` entry per row that a table held before the trail logged it
    (its state then, as a creation would record it), chained like any other entry; for
    migrations, on a bare connection. Returns how many were written."""
    if not rows:
        return 0
    table = table_of(AuditLogEntry)
    prev = conn.execute(select(table.c.hash).order_by(table.c.id.desc()).limit(1)).scalar()
    prev = prev or GENESIS
    at = datetime.now(UTC)
    out = []
    for row in sorted(rows, key=lambda r: r["id"]):
        text = json.dumps({k: _plain(v) for k, v in row.items()}, sort_keys=True,
                          ensure_ascii=False, default=str)
        uid = str(row["id"])
        h = entry_hash(prev, at, BASELINE_ACTOR, entity, uid, BASELINE, text)
        out.append(dict(at=at, actor=BASELINE_ACTOR, entity=entity, entity_uid=uid,
                        action=BASELINE, payload=text, prev_hash=prev, hash=h))
        prev = h
    conn.execute(insert(table), out)
    return len(out)


def head(conn) -> tuple[int, str]:
    """The newest entry's id and hash ((0, "") for an empty trail)."""
    table = table_of(AuditLogEntry)
    row = conn.execute(select(table.c.id, table.c.hash).order_by(table.c.id.desc())
                       .limit(1)).first()
    return (row.id, row.hash) if row else (0, GENESIS)


def entry_at(conn, entry_id: int) -> str | None:
    """The hash of entry ``entry_id``, or None when there is no such entry."""
    table = table_of(AuditLogEntry)
    return conn.execute(select(table.c.hash).where(table.c.id == entry_id)).scalar()


def _workspace_file(engine) -> Path | None:
    if engine.url.get_backend_name() != "sqlite":
        return None  # a server keeps the trail itself; there is no file to put a sidecar by
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None  # in memory, or opened read-only (``file:...?mode=ro``): nothing to anchor
    return Path(database)


@event.listens_for(OrmSession, "after_commit")
def _anchor_after_commit(session: OrmSession) -> None:
    if not session.info.pop(_WROTE, False):
        return
    engine = session.get_bind().engine
    path = _workspace_file(engine)
    if path is None:
        return
    try:
        with engine.connect() as conn:
            entry, digest = head(conn)
            try:
                old = anchoring.read_anchor(path)
            except anchoring.AnchorUnreadable:
                old = None  # a damaged sidecar is replaced by a sound one
            if old is not None and old.entry and entry_at(conn, old.entry) != old.head:
                # the anchored entry is gone: keep the evidence for `check`
                log.warning("%s: the audit trail no longer holds anchored entry %s",
                            path.name, old.entry)
                return
        anchoring.write_anchor(path, entry, digest)
    except Exception as exc:  # noqa: BLE001 - the commit stands; the sidecar only lags behind
        log.warning("%s: could not update the audit-trail anchor: %s", path.name, exc)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    first_broken_id: int | None = None
    problem: str = ""

    def __str__(self) -> str:
        if self.ok:
            return f"audit trail intact ({self.entries} entries)"
        return f"audit trail broken at entry {self.first_broken_id}: {self.problem}"


def verify(session) -> ChainReport:
    """Walk the chain from the first entry; report the first entry that does not fit."""
    table = table_of(AuditLogEntry)
    prev, count = GENESIS, 0
    result = session.connection().execute(select(table).order_by(table.c.id))
    for row in result:
        count += 1
        if row.prev_hash != prev:
            return ChainReport(False, count, row.id, "its previous-hash does not match the "
                               "entry before it (an entry was removed or reordered)")
        expect = entry_hash(row.prev_hash, row.at, row.actor, row.entity, row.entity_uid,
                            row.action, row.payload)
        if row.hash != expect:
            return ChainReport(False, count, row.id, "its content does not match its hash "
                               "(the entry was altered)")
        prev = row.hash
    return ChainReport(True, count)


def changes_of(session, entity: str, entity_uid: str) -> list[AuditLogEntry]:
    """The logged changes of one thing, oldest first."""
    from sqlmodel import col
    from sqlmodel import select as sm_select

    return list(session.exec(sm_select(AuditLogEntry)
                             .where(AuditLogEntry.entity == entity)
                             .where(AuditLogEntry.entity_uid == entity_uid)
                             .order_by(col(AuditLogEntry.id))))
