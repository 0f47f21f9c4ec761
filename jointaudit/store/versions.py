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

from sqlalchemy import inspect, select
from sqlalchemy.orm.exc import StaleDataError

from jointaudit.common.errors import JointAuditError
from jointaudit.store.audit_trail import TRACKED
from jointaudit.store.models import AuditLogEntry

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


def _describe(engine, obj: object, read_version: int | None) -> StaleRow:
    mapper = inspect(type(obj))
    table = mapper.local_table
    pk = inspect(obj).identity or (getattr(obj, "id", None),)
    with engine.connect() as conn:
        now = conn.execute(select(table.c.version).where(table.c.id == pk[0])).scalar()
        uid = getattr(obj, "uid", None) or str(pk[0])
        row = StaleRow(table.name, pk[0], uid, read_version, now)
        entity = TRACKED.get(type(obj))
        if entity is not None and now is not None:
            log = inspect(AuditLogEntry).local_table
            last = conn.execute(select(log.c.actor, log.c.at, log.c.payload)
                                .where(log.c.entity == entity, log.c.entity_uid == uid,
                                       log.c.action == "update")
                                .order_by(log.c.id.desc()).limit(1)).first()
            if last is not None:
                row.by = last.actor
                row.at = last.at.strftime("%Y-%m-%d %H:%M:%S UTC") if last.at else ""
                try:
                    changed = json.loads(last.payload).get("changed", {})
                except (ValueError, AttributeError):
                    changed = {}
                row.changed = sorted(k for k in changed if k not in ("version", "updated_at"))
    return row


def _read_version(obj: object) -> int | None:
    hist = inspect(obj).attrs.version.history
    if hist.deleted:
        return hist.deleted[0]
    return getattr(obj, "version", None)


def _message(ws: Workspace, rows: list[StaleRow]) -> str:
    body = "; ".join(str(r) for r in rows) or "a row changed after you read it"
    return (f"{ws.path}: your save was refused because someone saved first: {body}. Nothing "
            "of yours was saved; reload, then keep mine, keep theirs or keep both")


def stale_save(ws: Workspace, exc: StaleDataError, session) -> StaleSave:
    """The words for a StaleDataError raised while a session flushed."""
    suspects = [o for o in list(session.dirty) + list(session.deleted) if is_versioned(o)]
    rows = []
    for obj in suspects:
        try:
            read = _read_version(obj)
            row = _describe(ws.engine, obj, read)
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
            row = _describe(ws.engine, obj, read)
            raise StaleSave(_message(ws, [row]), [row]) from exc
    return merged
