"""``jointaudit init``: create an empty workspace."""

from __future__ import annotations

from jointaudit.db import create_workspace


def register(sub) -> None:
    p = sub.add_parser("init", help="create an empty workspace file")
    p.add_argument("workspace", help="path of the new *.jaworkspace file")
    p.set_defaults(handler=_init)


def _init(args) -> int:
    with create_workspace(args.workspace) as ws:
        print(f"created {ws.path}")
    return 0
