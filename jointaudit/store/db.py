"""The workspace: one SQLite file (``*.jaworkspace``) holding a whole audit programme.

Opening a workspace sets the pragmas we rely on (foreign keys on, WAL), backs the file up
when its schema is older than this program's, and migrates it with Alembic. SQL stays
portable; only the pragmas and the file backup are SQLite-specific, and both live here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

import jointaudit.store.audit_trail  # noqa: F401  (its session events log every tracked change)
import jointaudit.store.models  # noqa: F401  (registers every table on SQLModel.metadata)
from jointaudit.common.errors import JointAuditError, WorkspaceError
from jointaudit.store.anchor import anchor_path

SUFFIX = ".jaworkspace"
MIGRATIONS = Path(__file__).with_name("migrations")


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _set_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(path: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    """``immutable``: read a file on a read-only medium, where SQLite cannot make the shared
    memory file that WAL readers need; only safe when nobody else can write to it."""
    if immutable:
        url = f"sqlite:///file:{path.resolve()}?mode=ro&immutable=1&uri=true"
    elif read_only:
        url = f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
    else:
        url = f"sqlite:///{path.resolve()}"
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_file(path: Path, label: str) -> Path:
    """Copy a live SQLite file consistently (WAL included) next to itself."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return copy_file(path, path.with_name(f"{path.name}-{label}-{stamp}.bak"))


def copy_file(path: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file, WAL included, even while others write to it
    (a plain file copy could catch a half-written page)."""
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def migrate(engine: Engine, *, to: str = "head") -> None:
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, to)


class Workspace:
    """An open workspace file. Use :func:`open_workspace` or :func:`create_workspace`."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False,
                 backups: list[Path] | None = None):
        self.path = path
        self.engine = engine
        self.read_only = read_only
        self.backups = backups or []
        self.notice = ""  # e.g. why it was opened read-only (jointaudit.store.locking)
        self.on_close: list = []  # callables run on close (releasing the write lock)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                yield session
                if not self.read_only:
                    session.commit()
            except BaseException:
                session.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()
        while self.on_close:
            self.on_close.pop()()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def create_workspace(path: str | Path) -> Workspace:
    path = Path(path)
    if path.exists():
        raise WorkspaceError(f"{path}: a file of that name already exists; choose another name")
    path.parent.mkdir(parents=True, exist_ok=True)
    anchor_path(path).unlink(missing_ok=True)  # a removed workspace's anchor is not ours
    engine = make_engine(path)
    migrate(engine)
    return Workspace(path, engine)


def open_workspace(path: str | Path, *, read_only: bool = False, create: bool = False,
                   immutable: bool = False) -> Workspace:
    """Open a workspace, migrating it to this program's schema (after a backup);
    ``immutable`` opens it read-only from a read-only medium (see :func:`make_engine`)."""
    path = Path(path)
    if not path.exists():
        if create:
            return create_workspace(path)
        raise WorkspaceError(f"{path}: no such workspace file")
    _check_is_sqlite(path)
    read_only = read_only or immutable
    engine = make_engine(path, read_only=read_only, immutable=immutable)
    try:
        return _open_engine(path, engine, read_only)
    except JointAuditError:
        engine.dispose()
        raise
    except BaseException as exc:
        engine.dispose()
        message = storage_message(exc, path)
        if message is not None:
            raise WorkspaceError(message) from exc
        raise


def _open_engine(path: Path, engine: Engine, read_only: bool) -> Workspace:
    if not read_only:
        _check_sound(path, engine)
    backups: list[Path] = []
    rev = current_revision(engine)
    head = head_revision()
    if rev != head:
        if read_only:
            engine.dispose()
            raise WorkspaceError(
                f"{path}: the workspace is at schema revision {rev}, this program needs {head};"
                " open it writable once to upgrade it"
            )
        if rev is None and _has_tables(engine):
            engine.dispose()
            raise WorkspaceError(f"{path}: this SQLite file is not a jointaudit workspace")
        if rev is not None:
            _check_known_revision(path, rev)
            backups.append(backup_file(path, f"before-migration-{rev}"))
        migrate(engine)
    return Workspace(path, engine, read_only=read_only, backups=backups)


def _check_is_sqlite(path: Path) -> None:
    if path.is_dir():
        raise WorkspaceError(f"{path}: this is a folder, not a workspace file")
    try:
        with path.open("rb") as fh:
            magic = fh.read(100)
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if not magic:
        raise WorkspaceError(f"{path}: the file is empty (0 bytes), not a workspace; "
                             "create a workspace with New, or restore it from a backup")
    if not magic.startswith(b"SQLite format 3\x00"):
        raise WorkspaceError(f"{path}: not a workspace file (it is not an SQLite database)")
    if len(magic) < 100:
        raise WorkspaceError(f"{path}: the workspace file is truncated ({len(magic)} bytes); "
                             "restore it from a backup")


def _check_sound(path: Path, engine: Engine) -> None:
    """Writing into a damaged database would spread the damage: refuse, say what to do."""
    with engine.connect() as conn:
        rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchmany(3)]
    if rows != ["ok"]:
        raise WorkspaceError(f"{path}: the workspace is damaged ({'; '.join(rows)}); it was "
                             "not opened for writing. Run `jointaudit check` and restore the "
                             "latest backup (*.bak next to it)")


def storage_message(exc: BaseException, path: Path | str) -> str | None:
    """A user's words for what the database or the disk refused, or None if not such."""
    import errno

    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    if isinstance(orig, OSError) and orig.errno == errno.ENOSPC or "database or disk is full" \
            in text:
        return (f"{path}: the disk is full; nothing more was saved (what was saved before is "
                "intact). Free some space and try again")
    if isinstance(orig, OSError) and orig.errno in (errno.EROFS, errno.EACCES) \
            or "readonly database" in text or "read-only file system" in text:
        return (f"{path}: the workspace cannot be written here (read-only file or medium); "
                "copy it to a writable folder, or open it read-only")
    if "database is locked" in text or "database is busy" in text:
        return (f"{path}: the workspace is busy (another program is writing to it); "
                "try again in a moment")
    if "file is not a database" in text or "malformed" in text or "disk i/o error" in text:
        return (f"{path}: the workspace is damaged or unreadable ({orig}); run "
                "`jointaudit check` and restore the latest backup")
    if "unable to open database file" in text:
        return f"{path}: the workspace file cannot be opened (check the folder and permissions)"
    return None


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").all()
    return bool(rows)


def _check_known_revision(path: Path, rev: str) -> None:
    script = ScriptDirectory.from_config(_alembic_config())
    try:
        script.get_revision(rev)
    except Exception as exc:
        raise WorkspaceError(
            f"{path}: the workspace was written by a newer jointaudit (schema revision {rev});"
            " update jointaudit to open it"
        ) from exc
