"""Scheme pack commands: validate-pack, import-pack, list-schemes, import-overlay."""

from __future__ import annotations

import sys

from jointaudit.cli.writing import open_to_write
from jointaudit.common.errors import InvalidInput
from jointaudit.store.db import open_workspace


def register(sub) -> None:
    p = sub.add_parser("validate-pack", help="check scheme pack files and report every problem")
    p.add_argument("files", nargs="+", metavar="FILE", help="pack YAML file(s)")
    p.set_defaults(handler=_validate)

    p = sub.add_parser("import-pack", help="import a scheme pack into a workspace (all or nothing)")
    p.add_argument("workspace", help="the *.jaworkspace file")
    p.add_argument("files", nargs="+", metavar="FILE", help="pack YAML file(s)")
    p.add_argument("--replace", action="store_true",
                   help="update a version already imported with different content, in place")
    p.set_defaults(handler=_import)

    p = sub.add_parser("list-schemes", help="list the scheme versions in a workspace")
    p.add_argument("workspace")
    p.set_defaults(handler=_list)

    p = sub.add_parser("import-overlay",
                       help="add official texts/guidance (CSV or XLSX: clause_id, text, guidance)"
                            " to an imported scheme version")
    p.add_argument("workspace")
    p.add_argument("--version", required=True, dest="version_id",
                   help='scheme version id, e.g. "rjc-cop@2019" (see list-schemes)')
    p.add_argument("file")
    p.set_defaults(handler=_overlay)


def _validate(args) -> int:
    from jointaudit.library.packs.validate import validate_pack_file

    failed = 0
    for path in args.files:
        try:
            pack = validate_pack_file(path)
        except InvalidInput as exc:
            failed += 1
            print(exc, file=sys.stderr)
        else:
            print(f"{path}: OK ({pack.version_key}, {len(pack.requirements)} requirements)")
    return 2 if failed else 0


def _import(args) -> int:
    from jointaudit.library.packs.importer import import_pack_file

    with open_to_write(args.workspace) as ws:
        for path in args.files:
            print(import_pack_file(ws, path, replace=args.replace).describe())
    return 0


def _list(args) -> int:
    from jointaudit.services.library import list_versions

    with open_workspace(args.workspace, read_only=True) as ws:
        rows = list_versions(ws)
    if not rows:
        print("no scheme versions imported yet (use import-pack)")
    for v in rows:
        print(f"{v.id:<24} {v.title:<48} {v.requirements:>4} requirements"
              f" ({v.assessable} assessable), {v.unverified_rules} unverified rules")
    return 0


def _overlay(args) -> int:
    from jointaudit.library.packs.overlay import import_overlay

    with open_to_write(args.workspace) as ws:
        result = import_overlay(ws, args.version_id, args.file)
    print(f"{args.version_id}: texts added to {result.updated} requirements from {args.file}")
    return 0
