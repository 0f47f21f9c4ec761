"""A throw-away PostgreSQL 15 server for the tests and the benchmark.

It runs from the machine's own binaries (``initdb``, ``pg_ctl``) in a temporary folder, on a
free port of 127.0.0.1, with trust authentication for local connections only. ``initdb``
refuses to run as root, so under root (CI) the server runs as the ``postgres`` system user.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

# 15 first (what CI installs), then any other installed major version.
PG_BIN_DIRS = [Path("/usr/lib/postgresql/15/bin"),
               *sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)]


def find_bin() -> Path | None:
    env = os.environ.get("JOINTAUDIT_PG_BIN")
    for d in ([Path(env)] if env else []) + PG_BIN_DIRS:
        if (d / "initdb").exists() and (d / "pg_ctl").exists():
            return d
    on_path = shutil.which("pg_ctl")
    return Path(on_path).parent if on_path and shutil.which("initdb") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    bindir: Path
    root: Path
    port: int
    superuser: str = "postgres"

    def url(self, db: str = "postgres", user: str | None = None) -> str:
        return f"postgresql+psycopg://{user or self.superuser}@127.0.0.1:{self.port}/{db}"

    def _run(self, *argv: str) -> subprocess.CompletedProcess:
        cmd = [str(self.bindir / argv[0]), *argv[1:]]
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=self.root)

    def start(self) -> None:
        data = self.root / "data"
        self._run("initdb", "-D", str(data), "-A", "trust", "-U", self.superuser,
                  "-E", "UTF8", "--locale=C")
        opts = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} "
                "-c fsync=off -c synchronous_commit=off -c max_connections=100")
        self._run("pg_ctl", "-D", str(data), "-o", opts, "-l", str(self.root / "log"),
                  "-w", "start")

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def sql(self, statement: str, db: str = "postgres") -> list[tuple]:
        """Run one statement as the superuser (autocommit) and return its rows."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=self.superuser,
                             dbname=db, autocommit=True) as conn:
            cur = conn.execute(statement)
            return cur.fetchall() if cur.description else []

    def create_database(self, name: str, template: str | None = None) -> str:
        self.sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)


def start_server() -> PgServer:
    """Start a server, or raise RuntimeError saying why it cannot be had here."""
    bindir = find_bin()
    if bindir is None:
        raise RuntimeError("PostgreSQL server binaries (initdb, pg_ctl) are not installed; "
                           "install postgresql-15 (`.ci/run` does)")
    root = Path(tempfile.mkdtemp(prefix="jointaudit-pg-"))
    if os.geteuid() == 0:  # initdb refuses root: the server runs as the postgres user
        try:
            shutil.chown(root, "postgres", "postgres")
        except LookupError as exc:
            shutil.rmtree(root, ignore_errors=True)
            raise RuntimeError("running as root, and there is no 'postgres' system user to "
                               "run the PostgreSQL test server as") from exc
        root.chmod(0o700)
    server = PgServer(bindir, root, _free_port())
    try:
        server.start()
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"the PostgreSQL test server did not start: {exc.stderr or exc}")\
            from exc
    return server
