"""``jointaudit check WORKSPACE``: is this workspace file whole?

Each check is reported on its own line: SQLite's own ``PRAGMA integrity_check`` (pages,
indexes, constraints); the audit trail's hash chain; the trail's anchors (the sidecar next to
the workspace, signed approvals, and any bundle or anchor copy given): each must still be an
entry of the trail, so a trail cut at its end shows; every evidence file against the SHA-256
and size recorded when it was added; and the *unlogged differences*: every row of a logged
table is replayed from the trail (its creation, each change, its deletion) and compared with
what the table holds now, so a finding deleted or re-rated, a trusted key inserted by SQL or
a visit moved behind the application's back is named with its table, row and column. Layers
above add what only they can re-derive (packs re-hashed, requirement titles against their
pack, approvals against what they signed): :func:`check_workspace` takes them as
``extra``. Nothing is written.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import LargeBinary, inspect, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import defer
from sqlmodel import Session, col

from jointaudit.common.errors import WorkspaceError
from jointaudit.store import anchor as anchoring
from jointaudit.store import audit_trail
from jointaudit.store.db import (
    ServerAddress,
    _check_is_sqlite,
    is_server_address,
    make_engine,
    make_server_engine,
)
from jointaudit.store.models import (
    AuditLogEntry,
    Evidence,
    JointItem,
    TemplateApproval,
    table_of,
)

MAX_NAMED = 12  # differences named one by one in a failed check; the rest are counted


@dataclass(frozen=True)
class CheckItem:
    name: str
    ok: bool
    detail: str


@dataclass
class CheckReport:
    path: Path | ServerAddress
    items: list[CheckItem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(i.ok for i in self.items)

    def __str__(self) -> str:
        lines = [f"{'ok  ' if i.ok else 'FAIL'} {i.name}: {i.detail}" for i in self.items]
        verdict = "workspace is sound" if self.ok else "workspace has problems"
        return "\n".join([f"{self.path}: {verdict}", *lines])


def _integrity(session: Session) -> CheckItem:
    rows = [r[0] for r in session.connection().exec_driver_sql("PRAGMA integrity_check")]
    fk = session.connection().exec_driver_sql("PRAGMA foreign_key_check").all()
    if rows == ["ok"] and not fk:
        return CheckItem("database integrity", True, "PRAGMA integrity_check: ok; "
                         "no broken foreign keys")
    problems = [r for r in rows if r != "ok"][:5]
    problems += [f"table {t} row {rowid} points to missing {parent}" for t, rowid, parent, _ in
                 fk[:5]]
    return CheckItem("database integrity", False, "; ".join(problems))


def _evidence(session: Session) -> CheckItem:
    table = table_of(Evidence)
    bad, count = [], 0
    rows = session.connection().execute(select(table.c.id, table.c.filename, table.c.sha256,
                                               table.c.size, table.c.data)
                                        .execution_options(yield_per=16))
    for ev_id, filename, digest, size, data in rows:
        count += 1
        if len(data) != size or hashlib.sha256(data).hexdigest() != digest:
            bad.append(f"{filename} (evidence {ev_id})")
    if bad:
        return CheckItem("evidence files", False, f"{len(bad)} of {count} do not match their "
                         f"recorded hash: {', '.join(bad[:5])}")
    return CheckItem("evidence files", True, f"{count} file(s) match their SHA-256")


def _server_check(address: ServerAddress) -> CheckReport:
    """On a server the database checks its own pages; the audit trail and evidence are ours."""
    report = CheckReport(address)
    engine = make_server_engine(address, read_only=True)
    try:
        with Session(engine) as session:
            report.items.append(CheckItem("database integrity", True, "kept by the PostgreSQL "
                                          "server (its administrator runs pg_amcheck)"))
            chain = audit_trail.verify(session)
            report.items.append(CheckItem("audit trail", chain.ok, str(chain)))
            report.items.append(_evidence(session))
    finally:
        engine.dispose()
    return report


def _approval_anchors(session: Session) -> list[anchoring.Anchor]:
    rows = session.scalars(select(TemplateApproval).where(col(TemplateApproval.trail_entries) > 0))
    return [anchoring.Anchor(a.trail_entries, a.trail_head,
                             f"the approval of {a.scheme_id} signed by {a.signer_name or '?'} "
                             f"at {a.signed_at:%Y-%m-%d %H:%M}", "")
            for a in rows]


def _anchors(session: Session, path: Path, given: Iterable[anchoring.Anchor]) -> CheckItem:
    conn = session.connection()
    last, _ = audit_trail.head(conn)
    problems, confirmed, foreign = [], [], []
    try:
        side = anchoring.read_anchor(path)
    except anchoring.AnchorUnreadable as exc:
        side = None
        problems.append(f"{exc}; delete it to anchor the trail afresh")
    for a in ([side] if side is not None else []) + list(given):
        if a.entry == 0 or audit_trail.entry_at(conn, a.entry) == a.head:
            confirmed.append(a)
        else:
            problems.append(_gap(a, last))
    for a in _approval_anchors(session):
        # An approval brought by a bundle anchors the trail of the workspace it was signed
        # in; it is evidence here only when it names an entry of this trail.
        if audit_trail.entry_at(conn, a.entry) == a.head:
            confirmed.append(a)
        else:
            foreign.append(a)
    if problems:
        return CheckItem("audit trail anchors", False, "; ".join(problems))
    if side is None:
        detail = (f"no anchor file {anchoring.anchor_path(path).name} next to the workspace "
                  "(copied without it?): a trail cut at its end cannot be ruled out")
    else:
        detail = f"the trail holds entry {side.entry} named by {side.source}"
    if confirmed and side is None:
        detail += f"; {len(confirmed)} other anchor(s) confirmed"
    elif len(confirmed) > 1:
        detail += f", and {len(confirmed) - 1} other anchor(s)"
    if foreign:
        detail += f"; {len(foreign)} approval(s) signed in another workspace"
    return CheckItem("audit trail anchors", True, detail)


def _gap(a: anchoring.Anchor, last: int) -> str:
    if last < a.entry:
        missing = a.entry - last
        return (f"{a.source} says the trail reached entry {a.entry}, but it ends at entry "
                f"{last}: the newest {missing} entr{'y was' if missing == 1 else 'ies were'} "
                "deleted (if a backup was restored on purpose, delete the anchor file to "
                "re-anchor)")
    return (f"{a.source} names entry {a.entry}, which the trail holds with another hash: "
            "entries were deleted and others written after them")


def _norm(value):
    return json.loads(json.dumps(audit_trail._plain(value), sort_keys=True, ensure_ascii=False,
                                 default=str))


def _replayed(session: Session, entity: str) -> dict[str, dict | None]:
    """Each row's last recorded state per the trail (None: recorded as deleted)."""
    table = table_of(AuditLogEntry)
    state: dict[str, dict | None] = {}
    rows = session.connection().execute(
        select(table.c.entity_uid, table.c.action, table.c.payload)
        .where(table.c.entity == entity).order_by(table.c.id))
    for uid, action, payload in rows:
        try:
            doc = json.loads(payload)
        except json.JSONDecodeError:
            doc = {}
        if action in ("create", audit_trail.BASELINE):  # a baseline: as it was when logged
            state[uid] = dict(doc)
        elif action == "delete":
            state[uid] = None
        elif action == "update":
            current = state.setdefault(uid, {})
            if current is None:
                current = state[uid] = {}
            for key, change in (doc.get("changed") or {}).items():
                if isinstance(change, list) and len(change) == 2:
                    current[key] = change[1]
    return state


def _unlogged(session: Session) -> CheckItem:
    found: list[str] = []
    tables = 0
    for model, entity in audit_trail.TRACKED.items():
        tables += 1
        recorded = _replayed(session, entity)
        mapper = inspect(model)
        blobs = [c.key for c in mapper.column_attrs
                 if isinstance(c.columns[0].type, LargeBinary)]
        query = select(model).options(*(defer(getattr(model, k)) for k in blobs))
        name = table_of(model).name
        seen = set()
        # joint items were not logged before issue 15: a template none of whose items is in
        # the trail was merged before, and its items cannot be compared
        logged_templates = ({s.get("template_id") for s in recorded.values() if s}
                            if model is JointItem else set())
        for (obj,) in session.execute(query):
            uid = audit_trail._uid(obj)
            seen.add(uid)
            where = f"{name} row {obj.id}" + (f" ({uid})" if uid != str(obj.id) else "")
            if model is JointItem and uid not in recorded and (
                    obj.template_id not in logged_templates):
                continue
            if uid not in recorded:
                found.append(f"{where} is not in the audit trail (written without the app)")
                continue
            state = recorded[uid]
            if state is None:
                found.append(f"{where}: the trail recorded its deletion, yet it is there")
                continue
            for key in audit_trail._columns(obj):
                if key in blobs or key not in state or key == "version":
                    # bytes: the evidence check; a column newer than the entry; the row
                    # version is bumped by SQLAlchemy after the trail saw the change
                    continue
                now = _norm(getattr(obj, key))
                if now != state[key]:
                    found.append(f"{where}: {key} is {_short(now)}, the trail last recorded "
                                 f"{_short(state[key])}")
        for uid, state in recorded.items():
            if state is not None and uid not in seen:
                found.append(f"{name} row {state.get('id', '?')} ({uid}) was deleted without "
                             "an entry in the audit trail")
    if found:
        more = f"; and {len(found) - MAX_NAMED} more" if len(found) > MAX_NAMED else ""
        return CheckItem("unlogged differences", False,
                         f"{len(found)} difference(s) from the audit trail: "
                         + "; ".join(found[:MAX_NAMED]) + more)
    return CheckItem("unlogged differences", True,
                     f"every row of {tables} logged tables matches the audit trail")


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."


Extra = Callable[[Session], Iterable[CheckItem]]


def check_workspace(path: str | Path, *, anchors: Iterable[anchoring.Anchor] = (),
                    extra: Iterable[Extra] = ()) -> CheckReport:
    """Check a workspace file; ``anchors`` are further copies of the trail's anchor (from
    bundles sent, say), ``extra`` the checks of layers above the store. On a server the
    database keeps its own pages: the audit trail and evidence are checked."""
    if is_server_address(path):
        return _server_check(ServerAddress(str(path)))
    path = Path(path)
    if not path.is_file():
        raise WorkspaceError(f"{path}: no such workspace file")
    _check_is_sqlite(path)
    report = CheckReport(path)
    engine = make_engine(path, read_only=True)
    try:
        with Session(engine) as session:
            report.items.append(_integrity(session))
            chain = audit_trail.verify(session)
            report.items.append(CheckItem("audit trail", chain.ok, str(chain)))
            report.items.append(_anchors(session, path, anchors))
            report.items.append(_evidence(session))
            report.items.append(_unlogged(session))
            for more in extra:
                report.items.extend(more(session))
    except (DatabaseError, sqlite3.DatabaseError) as exc:  # too damaged for SQLite to read
        report.items.append(CheckItem("database integrity", False, f"unreadable: {exc}"))
    finally:
        engine.dispose()
    return report
