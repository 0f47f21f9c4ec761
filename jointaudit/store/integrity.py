"""``jointaudit check WORKSPACE``: is this workspace file whole?

Three checks, each reported on its own line: SQLite's own ``PRAGMA integrity_check`` (pages,
indexes, constraints), the audit trail's hash chain, and every evidence file against the
SHA-256 and size recorded when it was added. Nothing is written.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError
from sqlmodel import Session

from jointaudit.common.errors import WorkspaceError
from jointaudit.store import audit_trail
from jointaudit.store.db import (
    ServerAddress,
    _check_is_sqlite,
    is_server_address,
    make_engine,
    make_server_engine,
)
from jointaudit.store.models import Evidence


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
    table = Evidence.__table__
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


def check_workspace(path: str | Path) -> CheckReport:
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
            report.items.append(_evidence(session))
    except (DatabaseError, sqlite3.DatabaseError) as exc:  # too damaged for SQLite to read
        report.items.append(CheckItem("database integrity", False, f"unreadable: {exc}"))
    finally:
        engine.dispose()
    return report
