"""Administering a server workspace: ``jointaudit server init``, ``upgrade`` and ``grant``.

``init`` creates the schema in an empty PostgreSQL database through the same Alembic
migrations as a workspace file, then the roles and row-level security policies of
:mod:`jointaudit.server.roles`. ``upgrade`` migrates an older schema (take a ``pg_dump``
first; see docs/server.md) and re-applies the policies. ``grant`` gives a login its role and
scope. They run as the database's owner (or a superuser); nobody else may change the schema.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session, select

from jointaudit.common.errors import InvalidInput, NotFound, WorkspaceError
from jointaudit.server.roles import ROLES, grant_statements, setup_statements
from jointaudit.store.db import (
    ServerAddress,
    Workspace,
    create_server_workspace,
    is_server_address,
    open_server_workspace,
)
from jointaudit.store.models import CertificationBody, Scheme, Site


def server_address(address: str) -> ServerAddress:
    if not is_server_address(address):
        raise InvalidInput(f"{address!r}: not a server address; expected "
                           "postgresql://USER@HOST[:PORT]/DATABASE")
    return ServerAddress(address)


def apply_roles(ws: Workspace) -> None:
    """Create (or bring up to date) the roles and policies; each statement may run again."""
    with ws.engine.begin() as conn:
        # The driver's own cursor, without parameters: the SQL is passed as written (its
        # format('%I') is PostgreSQL's, not a placeholder).
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        for statement in setup_statements():
            cursor.execute(statement)


def init_server(address: str) -> Workspace:
    ws = create_server_workspace(server_address(address))
    try:
        apply_roles(ws)
    except BaseException:
        ws.close()
        raise
    return ws


def upgrade_server(address: str) -> Workspace:
    ws = open_server_workspace(server_address(address), upgrade=True)
    try:
        apply_roles(ws)
    except BaseException:
        ws.close()
        raise
    return ws


@dataclass(frozen=True)
class Grant:
    login: str
    kind: str
    scope: str  # the CB, site or scheme it is limited to ("" for an administrator)
    created_login: bool


def grant(ws: Workspace, login: str, kind: str, *, cb: str | None = None,
          site: str | None = None, scheme: str | None = None) -> Grant:
    """Give ``login`` (created, without password, when it does not exist) the role ``kind``
    limited to a certification body (auditor), a site (site user) or a scheme (staff)."""
    if kind not in ROLES:
        raise InvalidInput(f"'{kind}' is not a role; expected one of {', '.join(ROLES)}")
    if not login.replace("_", "").replace("-", "").replace(".", "").isalnum():
        raise InvalidInput(f"{login!r}: a login name has only letters, digits, '_', '-', '.'")
    need = {"auditor": ("--cb", cb), "site-user": ("--site", site),
            "scheme-staff": ("--scheme", scheme)}.get(kind)
    if need is not None and not need[1]:
        raise InvalidInput(f"the {kind} role needs {need[0]}")
    cb_id = site_id = None
    scheme_id = None
    with Session(ws.engine) as s, s.begin():
        if kind == "auditor":
            body = s.exec(select(CertificationBody).where(CertificationBody.name == cb)).first()
            if body is None:
                raise NotFound(f"{ws.path}: no certification body named {cb!r}")
            cb_id, scope = body.id, body.name
        elif kind == "site-user":
            found = s.exec(select(Site).where(Site.name == site)).first()
            if found is None:
                raise NotFound(f"{ws.path}: no site named {site!r}")
            site_id, scope = found.id, found.name
        elif kind == "scheme-staff":
            if s.get(Scheme, scheme) is None:
                raise NotFound(f"{ws.path}: no scheme {scheme!r} (import its pack first)")
            scheme_id, scope = scheme, str(scheme)
        else:
            scope = ""
        conn = s.connection()
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"),
                              {"n": login}).first() is not None
        if not exists:
            conn.exec_driver_sql(f'CREATE ROLE "{login}" LOGIN')
        for statement in grant_statements(login, kind):
            conn.exec_driver_sql(statement)
        conn.execute(text("DELETE FROM ja_member WHERE role_name = :n"), {"n": login})
        conn.execute(text("INSERT INTO ja_member (role_name, kind, cb_id, site_id, scheme_id) "
                          "VALUES (:n, :k, :c, :s, :sc)"),
                     {"n": login, "k": kind, "c": cb_id, "s": site_id, "sc": scheme_id})
    return Grant(login, kind, scope, not exists)


def require_server(ws: Workspace) -> None:
    if not ws.is_server:
        raise WorkspaceError(f"{ws.path}: not a server workspace")
