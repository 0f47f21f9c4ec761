"""The workspace: one SQLite file (``*.jaworkspace``) holding a whole audit programme, or
one PostgreSQL database (a ``postgresql://`` address) that a team shares.

Opening a workspace file sets the pragmas we rely on (foreign keys on, WAL), backs the file up
when its schema is older than this program's, and migrates it with Alembic. SQL stays
portable; only the pragmas and the file backup are SQLite-specific, and both live here.

A server workspace is opened by its address; the password is never part of what we store or
show: libpq reads it from the address, ``PGPASSWORD`` or ``~/.pgpass``. Its schema is created
and upgraded by an administrator (``jointaudit server init`` / ``server upgrade``, the same
Alembic migrations) and never on open: ordinary users have no right to change it, and a
server is backed up with ``pg_dump``, not by copying a file.
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
from sqlalchemy import event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, create_engine

import jointaudit.store.audit_trail  # noqa: F401  (its session events log every tracked change)
import jointaudit.store.models  # noqa: F401  (registers every table on SQLModel.metadata)
from jointaudit.common.errors import JointAuditError, WorkspaceError
from jointaudit.store.anchor import anchor_path

SUFFIX = ".jaworkspace"
MIGRATIONS = Path(__file__).with_name("migrations")
SERVER_SCHEMES = ("postgresql://", "postgresql+psycopg://", "postgres://")


def is_server_address(address: str | Path) -> bool:
    """Is this a ``postgresql://`` workspace address rather than a file path?"""
    return isinstance(address, str) and address.lower().startswith(SERVER_SCHEMES)


class ServerAddress(str):
    """A server workspace's address as shown to people: the password left out. ``.url`` is
    the full SQLAlchemy address (psycopg 3 driver), ``.name`` the database's name."""

    url: str
    name: str

    def __new__(cls, address: str) -> ServerAddress:
        try:
            url = make_url(address)
        except ArgumentError as exc:
            raise WorkspaceError(f"{address!r}: not a valid server address; expected "
                                 "postgresql://USER@HOST[:PORT]/DATABASE") from exc
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        if url.drivername != "postgresql+psycopg":
            raise WorkspaceError(f"{address!r}: only PostgreSQL servers are supported "
                                 "(postgresql://…)")
        if not url.database:
            raise WorkspaceError(f"{url.render_as_string(hide_password=True)}: the address "
                                 "names no database (postgresql://USER@HOST/DATABASE)")
        # shown without the password at all (not even as ***): it names the workspace in
        # titles, recent lists and keyring entries
        shown = url.set(drivername="postgresql")._replace(password=None).render_as_string(
            hide_password=False)
        self = super().__new__(cls, shown)
        self.url = url.render_as_string(hide_password=False)
        self.name = url.database
        return self


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no Alembic migration in {MIGRATIONS}")
    return head


def _set_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_server_engine(address: ServerAddress, *, read_only: bool = False) -> Engine:
    options = "-c default_transaction_read_only=on" if read_only else ""
    return create_engine(address.url, pool_pre_ping=True,
                         connect_args={"options": options, "connect_timeout": 10,
                                       "application_name": "jointaudit"})


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

    def __init__(self, path: Path | ServerAddress, engine: Engine, *, read_only: bool = False,
                 backups: list[Path] | None = None):
        self.path = path  # a ServerAddress for a workspace on a server
        self.is_server = isinstance(path, ServerAddress)
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
            except StaleDataError as exc:
                from jointaudit.store.versions import stale_save

                refusal = stale_save(self, exc, session)  # before rollback expires the rows
                session.rollback()
                raise refusal from exc
            except DBAPIError as exc:
                session.rollback()
                message = storage_message(exc, self.path) if self.is_server else None
                if message is None:
                    raise
                raise WorkspaceError(message) from exc  # e.g. a role's refusal, in words
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
    if is_server_address(path):
        return create_server_workspace(ServerAddress(str(path)))
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
    if is_server_address(path):
        return open_server_workspace(ServerAddress(str(path)), read_only=read_only)
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


def create_server_workspace(address: ServerAddress) -> Workspace:
    """Create the workspace schema in an empty server database (``jointaudit server init``)."""
    engine = make_server_engine(address)
    try:
        if _has_tables(engine):
            raise WorkspaceError(f"{address}: the database already holds tables; a workspace is"
                                 " created only in an empty database (to upgrade one, run "
                                 "`jointaudit server upgrade`)")
        migrate(engine)
    except BaseException as exc:
        engine.dispose()
        _raise_storage(exc, address)
        raise
    return Workspace(address, engine)


def open_server_workspace(address: ServerAddress, *, read_only: bool = False,
                          upgrade: bool = False) -> Workspace:
    """Open a workspace on a server. Its schema must be this program's: only an administrator
    upgrades it (``upgrade=True``, from ``jointaudit server upgrade``)."""
    engine = make_server_engine(address, read_only=read_only)
    try:
        rev = current_revision(engine)
        head = head_revision()
        if rev is None:
            raise WorkspaceError(f"{address}: no jointaudit workspace in this database; an "
                                 "administrator creates one with `jointaudit server init "
                                 f"{address}`")
        if rev != head:
            _check_known_revision(address, rev)
            if not upgrade:
                raise WorkspaceError(f"{address}: the workspace is at schema revision {rev}, "
                                     f"this program needs {head}; an administrator upgrades it"
                                     f" (after `pg_dump`) with `jointaudit server upgrade`")
            migrate(engine)
    except BaseException as exc:
        engine.dispose()
        _raise_storage(exc, address)
        raise
    return Workspace(address, engine, read_only=read_only)


def _raise_storage(exc: BaseException, where: Path | str) -> None:
    if isinstance(exc, JointAuditError):
        return
    message = storage_message(exc, where)
    if message is not None:
        raise WorkspaceError(message) from exc


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

    if isinstance(path, str) and not isinstance(path, ServerAddress) \
            and is_server_address(path):
        try:
            path = ServerAddress(path)  # never a password in a message
        except WorkspaceError:
            path = "the server workspace"
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).lower()
    server = _server_message(orig, path)
    if server is not None:
        return server
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


def _server_message(orig: BaseException, where: Path | str) -> str | None:
    """What a PostgreSQL server refused, in words (psycopg's errors by their SQLSTATE)."""
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate is None:
        if type(orig).__module__.startswith("psycopg") and \
                type(orig).__name__ == "OperationalError":
            first = str(orig).strip().splitlines()[-1] if str(orig).strip() else ""
            return (f"{where}: the server cannot be reached or refused the connection "
                    f"({first}); check the address, that the server runs, and your password "
                    "(PGPASSWORD or ~/.pgpass)")
        return None
    detail = str(orig).strip().splitlines()[0] if str(orig).strip() else ""
    if sqlstate == "42501":  # insufficient_privilege, row-level security included
        return (f"{where}: the server refused this: your database role may not do it "
                f"({detail}). Ask the workspace administrator for the role you need "
                "(auditor, site user, scheme staff or administrator)")
    if sqlstate == "25006":  # read_only_sql_transaction
        return f"{where}: the workspace was opened read-only; nothing was changed"
    if sqlstate.startswith("28"):  # invalid authorization (bad password, no such role)
        return (f"{where}: the server did not accept the login ({detail}); check the user "
                "name and the password (PGPASSWORD or ~/.pgpass)")
    if sqlstate == "3D000":
        return f"{where}: no such database on the server ({detail})"
    if sqlstate.startswith("08") or sqlstate == "57P01":
        return f"{where}: the connection to the server was lost ({detail}); try again"
    if sqlstate == "23505":  # unique_violation: two people created the same row at once
        return (f"{where}: someone else saved the same thing at the same moment ({detail});"
                " nothing of yours was saved: reload and try again")
    if sqlstate in ("40001", "40P01"):
        return (f"{where}: another user's change collided with this one (the server "
                "undid it); nothing was saved, try again")
    return None


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def _check_known_revision(path: Path | str, rev: str) -> None:
    script = ScriptDirectory.from_config(_alembic_config())
    try:
        script.get_revision(rev)
    except Exception as exc:
        raise WorkspaceError(
            f"{path}: the workspace was written by a newer jointaudit (schema revision {rev});"
            " update jointaudit to open it"
        ) from exc
