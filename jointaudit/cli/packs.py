"""Scheme pack commands: validate-pack, import-pack, list-schemes, list-requirements,
import-overlay, pack to-table / from-table."""

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

    p = sub.add_parser("list-requirements",
                       help="print a scheme version's clause ids, titles and flags as a tree")
    p.add_argument("workspace")
    p.add_argument("version_id", metavar="VERSION", help='e.g. "rjc-cop@2019" or "rjc-cop"')
    p.set_defaults(handler=_list_requirements)

    pk = sub.add_parser("pack", help="write a pack's requirements to a workbook, or build a pack"
                                     " from one")
    psub = pk.add_subparsers(dest="pack_command", metavar="ACTION", required=True)
    p = psub.add_parser("to-table", help="write the requirements of a pack as an .xlsx workbook")
    p.add_argument("pack", metavar="PACK.yaml")
    p.add_argument("target", metavar="OUT.xlsx")
    p.set_defaults(handler=_to_table)
    p = psub.add_parser("from-table", help="build a pack from a requirement workbook (.xlsx or"
                                           " .csv): ids, parents, titles, assessable, topics, hub")
    p.add_argument("table", metavar="FILE.xlsx")
    p.add_argument("-o", "--output", metavar="PACK.yaml",
                   help="where to write the pack (default: next to the table, .yaml)")
    p.add_argument("--base", metavar="PACK.yaml",
                   help="keep every section but the requirements from this pack")
    p.add_argument("--scheme", default="", help="scheme id for a skeleton, e.g. bettercoal")
    p.add_argument("--version", default="", dest="version_label",
                   help='version label for a skeleton, e.g. "2.0"')
    p.add_argument("--name", default="", help="scheme name for a skeleton")
    p.add_argument("--language", default="en")
    p.add_argument("--force", action="store_true", help="overwrite an existing output file")
    p.set_defaults(handler=_from_table)

    p = sub.add_parser("import-overlay",
                       help="add official titles/texts/guidance (CSV or XLSX: clause_id, title,"
                            " text, guidance; per language title_es, text_fr …) to an"
                            " imported scheme version")
    p.add_argument("workspace")
    p.add_argument("--version", required=True, dest="version_id",
                   help='scheme version id, e.g. "rjc-cop@2019" (see list-schemes)')
    p.add_argument("file")
    p.set_defaults(handler=_overlay)


def _validate(args) -> int:
    from jointaudit.library.packs.hub_pack import is_hub_file, validate_hub_file
    from jointaudit.library.packs.validate import validate_pack_file

    failed = 0
    for path in args.files:
        try:
            if is_hub_file(path):
                hub = validate_hub_file(path)
                print(f"{path}: OK (hub {hub.id}, {len(hub.nodes)} nodes)")
                continue
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


def _list_requirements(args) -> int:
    from jointaudit.services.library import requirement_listing

    with open_workspace(args.workspace, read_only=True) as ws:
        version_id, rows = requirement_listing(ws, args.version_id)
    print(f"{version_id}: {len(rows)} requirements"
          f" ({sum(r.assessable for r in rows)} assessable)")
    for r in rows:
        flags = "".join(f for f, on in (("A", r.assessable), ("C", r.critical),
                                        ("V", r.verified)) if on)
        print(f"{'  ' * r.depth}{r.clause_id:<12} [{flags:<3}] {r.title}")
    return 0


def _to_table(args) -> int:
    from jointaudit.library.packs.validate import validate_pack_file
    from jointaudit.library.packs.workbook import write_workbook

    pack = validate_pack_file(args.pack)
    print(f"wrote {write_workbook(pack, args.target)} ({len(pack.requirements)} requirements"
          f" of {pack.version_key})")
    return 0


def _from_table(args) -> int:
    from pathlib import Path

    from jointaudit.library.packs.workbook import dump_pack, pack_from_table

    target = Path(args.output) if args.output else Path(args.table).with_suffix(".yaml")
    if target.exists() and not args.force:
        raise InvalidInput(f"{target} exists; choose another --output or add --force")
    _data, pack = pack_from_table(args.table, base=args.base, scheme=args.scheme,
                                  version=args.version_label, name=args.name,
                                  language=args.language)
    target.write_text(dump_pack(_data), encoding="utf-8")
    print(f"wrote {target} ({pack.version_key}, {len(pack.requirements)} requirements);"
          f" check it with: jointaudit validate-pack {target}")
    return 0


def _overlay(args) -> int:
    from jointaudit.library.packs.overlay import import_overlay

    with open_to_write(args.workspace) as ws:
        result = import_overlay(ws, args.version_id, args.file)
    languages = f" (titles or texts in {', '.join(result.languages)})" if result.languages \
        else ""
    print(f"{args.version_id}: texts added to {result.updated} requirements from {args.file}"
          f"{languages}")
    return 0
