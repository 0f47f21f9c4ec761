"""Many writers, no lost update: every editable row carries a version.

SQLAlchemy's ``version_id_col`` (set on each editable table, see ``models/_base.py``) makes
every UPDATE and DELETE say ``WHERE version = <the version that was read>`` and bumps it. A
save based on a stale read therefore changes nothing and SQLAlchemy raises
``StaleDataError``; :class:`StaleSave` says the same in words: which row, who changed it
since, when, and what. Nothing is locked while a person thinks: an edit is read in one short
transaction and saved in another (:func:`save_edit`), and only the save itself checks the
version. On SQLite (one writer at a time) and on a server (many) it works the same.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm.exc import StaleDataError

from jointaudit.common.errors import JointAuditError
from jointaudit.store.audit_trail import TRACKED
from jointaudit.store.models import AuditLogEntry

READ_VERSIONS = "jointaudit_read_versions"  # session.info key: (model, identity) -> read version
# A workspace (jointaudit.store.db.Workspace), which imports this module: typed loosely here
# so that the two do not import each other.
Workspace = Any


@dataclass
class StaleRow:
    table: str
    row_id: Any
    uid: str
    read_version: int | None
    now_version: int | None  # None: the row was deleted meanwhile
    by: str = ""
    at: str = ""
    changed: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        what = f"{self.table} {self.uid or self.row_id}"
        if self.now_version is None:
            return f"{what} was deleted by someone else after you read it"
        who = f" by {self.by}" if self.by else " by someone else"
        when = f" at {self.at}" if self.at else ""
        fields = f" ({', '.join(self.changed)})" if self.changed else ""
        return (f"{what} was changed{who}{when}{fields}: you read version "
                f"{self.read_version}, it is now version {self.now_version}")


class StaleSave(JointAuditError):
    """A save based on a stale read was refused; nothing of it was saved."""

    code = "workspace.stale"

    def __init__(self, message: str, rows: list[StaleRow]):
        super().__init__(message)
        self.rows = rows


def is_versioned(obj: object) -> bool:
    mapper = inspect(type(obj), raiseerr=False)
    return mapper is not None and mapper.version_id_col is not None


def last_change(conn, entity: str, uid: str) -> tuple[str, str, list[str]] | None:
    """Who last changed a tracked row, when (UTC text) and which fields, from the audit
    trail; None when it records no change of it."""
    log = inspect(AuditLogEntry).local_table
    last = conn.execute(select(log.c.actor, log.c.at, log.c.payload)
                        .where(log.c.entity == entity, log.c.entity_uid == uid,
                               log.c.action == "update")
                        .order_by(log.c.id.desc()).limit(1)).first()
    if last is None:
        return None
    try:
        changed = json.loads(last.payload).get("changed", {})
    except (ValueError, AttributeError):
        changed = {}
    fields = sorted(k for k in changed if k not in ("version", "updated_at", "revision",
                                                     "base_revision"))
    at = last.at.strftime("%Y-%m-%d %H:%M:%S UTC") if last.at else ""
    return last.actor, at, fields


def _describe(engine, model: type, row_id: Any, uid: str, read_version: int | None
              ) -> StaleRow:
    table: Any = inspect(model).local_table
    with engine.connect() as conn:
        now = conn.execute(select(table.c.version).where(table.c.id == row_id)).scalar()
        uid = uid or str(row_id)
        row = StaleRow(table.name, row_id, uid, read_version, now)
        entity = TRACKED.get(model)
        if entity is not None and now is not None:
            found = last_change(conn, entity, uid)
            if found is not None:
                row.by, row.at, row.changed = found
    return row


@event.listens_for(OrmSession, "before_flush")
def _remember_read_versions(session: OrmSession, _ctx, _instances) -> None:
    """Note which version each changed row was read at, while that can still be read: a
    failed flush leaves the rows unreadable until rollback, which expires them."""
    seen = session.info.setdefault(READ_VERSIONS, {})
    for obj in list(session.dirty) + list(session.deleted):
        if is_versioned(obj) and inspect(obj).identity is not None:
            ident = inspect(obj).identity
            table = inspect(type(obj)).local_table.name
            uid = getattr(obj, "uid", None) or ""
            seen[(type(obj), ident)] = (table, uid, getattr(obj, "version", None))


def describe_stale(ws: Workspace, model: type, row_id: Any, uid: str,
                   read_version: int | None) -> StaleRow:
    """Who changed a row since ``read_version`` was read, when and what (audit trail)."""
    return _describe(ws.engine, model, row_id, uid, read_version)


def refusal_message(ws: Workspace, rows: list[StaleRow]) -> str:
    return _message(ws, rows)


def _message(ws: Workspace, rows: list[StaleRow]) -> str:
    body = "; ".join(str(r) for r in rows) or "a row changed after you read it"
    return (f"{ws.path}: your save was refused because someone saved first: {body}. Nothing "
            "of yours was saved; reload, then keep mine, keep theirs or keep both")


def stale_save(ws: Workspace, exc: StaleDataError, session) -> StaleSave:
    """The words for a StaleDataError raised while a session flushed."""
    rows = []
    for (model, ident), (_table, uid, read) in session.info.get(READ_VERSIONS, {}).items():
        try:
            row = _describe(ws.engine, model, ident[0], uid, read)
        except Exception:  # noqa: BLE001 - describing must never hide the refusal itself
            continue
        if row.now_version != read:
            rows.append(row)
    return StaleSave(_message(ws, rows), rows)


def save_edit(ws: Workspace, obj: Any) -> Any:
    """Save an edit of a row read earlier (in another, finished session): refused with
    :class:`StaleSave` when someone saved that row since it was read. Returns the saved row
    (its new version). No lock is held between the read and this save."""
    read = getattr(obj, "version", None)
    with ws.session() as session:
        try:
            merged = session.merge(obj)  # refuses when the row's version moved on
            session.flush()  # and, if it moves on now, the UPDATE's WHERE version refuses
        except StaleDataError as exc:
            row = _describe(ws.engine, type(obj), getattr(obj, "id", None),
                            getattr(obj, "uid", None) or "", read)
            raise StaleSave(_message(ws, [row]), [row]) from exc
    return merged
