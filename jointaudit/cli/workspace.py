"""``jointaudit init`` and ``jointaudit demo``: create a workspace, empty or seeded."""

from __future__ import annotations

from jointaudit.store.db import create_workspace


def register(sub) -> None:
    p = sub.add_parser("init", help="create an empty workspace file")
    p.add_argument("workspace", help="path of the new *.jaworkspace file")
    p.set_defaults(handler=_init)

    p = sub.add_parser("demo", help="create a workspace with every shipped pack and demo sites,"
                                    " certification bodies, auditors and audit histories")
    p.add_argument("workspace", help="path of the new *.jaworkspace file")
    p.set_defaults(handler=_demo)


def _init(args) -> int:
    with create_workspace(args.workspace) as ws:
        print(f"created {ws.path}")
    return 0


def _demo(args) -> int:
    from jointaudit.demo.seed import create_and_seed

    workspace, summary = create_and_seed(args.workspace)
    workspace.close()
    print(f"created {workspace.path}")
    print(f"  scheme versions: {', '.join(summary.packs) or 'none'}")
    for skipped in summary.skipped_packs:
        print(f"  pack skipped: {skipped}")
    print(f"  crosswalks: {', '.join(summary.crosswalks) or 'none'}")
    for skipped in summary.skipped_crosswalks:
        print(f"  crosswalk skipped: {skipped}")
    if summary.missing_schemes:
        print(f"  no pack for: {', '.join(summary.missing_schemes)} (their demo records left out)")
    print(f"  {summary.sites} sites, {summary.certificates} certificates/memberships,"
          f" {summary.audit_records} audit records")
    return 0
