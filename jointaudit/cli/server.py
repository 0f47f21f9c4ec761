"""``jointaudit server …``: a team workspace on a PostgreSQL server (docs/server.md).

Every other command takes a ``postgresql://USER@HOST[:PORT]/DATABASE`` address wherever it
takes a workspace file. The password is never an argument we keep: libpq reads it from the
address, ``PGPASSWORD`` or ``~/.pgpass``.
"""

from __future__ import annotations

from jointaudit.server import admin, offline
from jointaudit.server.roles import ROLES
from jointaudit.store.db import open_workspace

ADDRESS = "postgresql://USER@HOST[:PORT]/DATABASE (password from PGPASSWORD or ~/.pgpass)"


def register(sub) -> None:
    server = sub.add_parser("server", help="a team workspace on a PostgreSQL server: create, "
                                           "upgrade, give roles, check visits out and in")
    ssub = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    p = ssub.add_parser("init", help="create the workspace schema, roles and row-level "
                                     "security in an empty database")
    p.add_argument("address", help=ADDRESS)
    p.set_defaults(handler=_init)

    p = ssub.add_parser("upgrade", help="migrate the schema to this program's (pg_dump first)")
    p.add_argument("address", help=ADDRESS)
    p.set_defaults(handler=_upgrade)

    p = ssub.add_parser("grant", help="give a login its role: admin, auditor (of a CB), "
                                      "site-user (of a site), scheme-staff (of a scheme)")
    p.add_argument("address", help=ADDRESS)
    p.add_argument("login", help="the PostgreSQL login (created without password if new)")
    p.add_argument("--role", required=True, choices=list(ROLES))
    p.add_argument("--cb", help="an auditor's certification body (its name)")
    p.add_argument("--site", help="a site user's site (its name)")
    p.add_argument("--scheme", help="scheme staff's scheme id, e.g. irma")
    p.set_defaults(handler=_grant)

    p = ssub.add_parser("checkout", help="copy a visit into a workspace file to work offline")
    p.add_argument("address", help=ADDRESS)
    p.add_argument("--visit", required=True, help="visit id or uid prefix")
    p.add_argument("out", help="the new *.jaworkspace file")
    p.set_defaults(handler=_checkout)

    p = ssub.add_parser("checkin", help="merge a checked-out workspace file back (three-way)")
    p.add_argument("address", help=ADDRESS)
    p.add_argument("file", help="the *.jaworkspace file made by `server checkout`")
    p.add_argument("--resolve", action="append", default=[], metavar="KEY=CHOICE",
                   help="mine (the server's) / theirs (the file's) / both, for one conflict")
    p.add_argument("--all", choices=("mine", "theirs", "both"),
                   help="the same choice for every conflict")
    p.set_defaults(handler=_checkin)


def _init(args) -> int:
    with admin.init_server(args.address) as ws:
        print(f"created the workspace on {ws.path} with the roles "
              f"{', '.join(ROLES.values())} and their row-level security")
    return 0


def _upgrade(args) -> int:
    with admin.upgrade_server(args.address) as ws:
        print(f"{ws.path}: schema and policies are this program's")
    return 0


def _grant(args) -> int:
    with open_workspace(admin.server_address(args.address)) as ws:
        done = admin.grant(ws, args.login, args.role, cb=args.cb, site=args.site,
                           scheme=args.scheme)
    scope = f" of {done.scope}" if done.scope else ""
    new = " (new login without password: set one with ALTER ROLE … PASSWORD)" \
        if done.created_login else ""
    print(f"{done.login}: {done.kind}{scope}{new}")
    return 0


def _checkout(args) -> int:
    with open_workspace(admin.server_address(args.address), read_only=True) as ws:
        done = offline.checkout(ws, args.visit, args.out)
    print(f"checked out visit {done.visit_uid[:8]} of {done.plan_name!r} into {done.path} "
          f"({done.copied_rows} library rows); check it in with `jointaudit server checkin`")
    return 0


def _checkin(args) -> int:
    resolutions = {}
    for item in args.resolve:
        key, _, choice = item.rpartition("=")
        resolutions[key] = choice
    with open_workspace(admin.server_address(args.address)) as ws:
        if args.all:
            preview = offline.preview_checkin(ws, args.file)
            resolutions = {c.key: args.all for c in preview.conflicts} | resolutions
        report = offline.checkin(ws, args.file, resolutions)
    print(f"checked in {args.file}: {len(report.created)} new, {len(report.updated)} updated, "
          f"{report.unchanged} unchanged, {len(report.conflicts)} conflict(s) resolved")
    return 0
