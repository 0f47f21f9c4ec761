"""Fieldwork commands, for auditors who work headless and for scripts: rate, findings,
export-checklist, import-checklist, recognitions."""

from __future__ import annotations

import json
import sys
from functools import partial

from jointaudit.cli.writing import open_to_write
from jointaudit.store.db import open_workspace


def register(sub) -> None:
    p = sub.add_parser("rate", help="record a rating: a clause in its scheme's own level word,"
                                    " or a shared item in the common severity")
    p.add_argument("workspace")
    p.add_argument("--visit", required=True, help="visit id or uid prefix")
    p.add_argument("--item", help="the item's # in the checklist exports, or its key")
    p.add_argument("--scheme", help="scheme or version id, e.g. lbma-rgg or lbma-rgg@9")
    p.add_argument("--clause", help="the scheme's clause id, e.g. 'Step 1.1'")
    p.add_argument("--level", required=True,
                   help="the scheme's level (id or word), or a common severity for a shared"
                        " item: conforms, minor gap, major gap, critical, not applicable")
    p.add_argument("--observation")
    p.add_argument("--confidential", action="store_true", default=None)
    p.add_argument("--by", default="", help="the auditor who rated it")
    p.add_argument("--reason", default="", help="why (required for 'not applicable')")
    p.set_defaults(handler=_rate)

    p = sub.add_parser("findings", help="every rating of a visit with where it came from")
    p.add_argument("workspace")
    p.add_argument("--visit", required=True)
    p.add_argument("--scheme", help="only this scheme")
    p.add_argument("--json", action="store_true", help="JSON lines for scripts")
    p.add_argument("--lang", default="en")
    p.set_defaults(handler=_findings)

    p = sub.add_parser("export-checklist", help="write a visit's checklist with its ratings"
                                                " (.xlsx to fill offline, .csv or .json)")
    p.add_argument("workspace")
    p.add_argument("--visit", required=True)
    p.add_argument("--out", required=True, help="FILE.xlsx, FILE.csv or FILE.json")
    p.add_argument("--lang", default="en")
    p.set_defaults(handler=_export)

    p = sub.add_parser("import-checklist", help="read back a filled checklist workbook (all"
                                                " or nothing)")
    p.add_argument("workspace")
    p.add_argument("file")
    p.add_argument("--by", default="", help="the auditor who filled it")
    p.set_defaults(handler=_import)

    p = sub.add_parser("recognitions", help="show or change whether unverified recognition"
                                            " rules may offer ratings in this workspace")
    p.add_argument("workspace")
    p.add_argument("--unverified", choices=["on", "off"])
    p.add_argument("--by", default="")
    p.set_defaults(handler=_recognitions)


def _visit(ws, ref: str) -> int:
    from jointaudit.services.reports import find_visit

    return find_visit(ws, ref)


def _rate(args) -> int:
    from jointaudit.services.fieldwork import record_rating

    with open_to_write(args.workspace) as ws:
        done = record_rating(ws, _visit(ws, args.visit), args.level, item=args.item,
                             scheme=args.scheme, clause=args.clause,
                             observation=args.observation, confidential=args.confidential,
                             by=args.by, reason=args.reason)
    print(f"{done.item_key}: {done.what}, revision {done.revision}")
    return 0


_RATING_FIELDS = ("number", "item_key", "version_id", "clause_id", "title", "level_id",
                  "words", "severity", "provenance", "basis", "by", "reason", "certificate",
                  "observation", "confidential", "needs_rerating", "to_rate")


def _rating_json(line) -> dict:
    """A clause's rating as ``findings --json`` prints it (the certificate in words)."""
    out = {name: getattr(line, name) for name in _RATING_FIELDS}
    out["certificate"], out["to_rate"] = line.certificate_text, list(line.to_rate)
    return out


def _findings(args) -> int:
    from dataclasses import asdict

    from jointaudit.services.fieldwork import rating_lines, results

    with open_workspace(args.workspace, read_only=True) as ws:
        visit = _visit(ws, args.visit)
        lines = rating_lines(ws, visit, args.scheme, args.lang)
        computed = results(ws, visit, args.scheme, args.lang)
    for line in lines:
        if args.json:
            print(json.dumps(_rating_json(line), ensure_ascii=False))
            continue
        where = f"#{line.number}" if line.number else "excluded"
        extra = f" — {line.observation}" if line.observation and not line.confidential else ""
        print(f"{where}\t{line.version_id} {line.clause_id}\t{line.words}\t[{line.basis}]"
              f"{extra}")
    for version_id, rules in computed.items():
        for rule in rules:
            if args.json:
                print(json.dumps({"version_id": version_id, "rule": rule.rule_id,
                                  "kind": rule.kind, "result": rule.describe(),
                                  "sections": [asdict(x) for x in rule.sections]},
                                 ensure_ascii=False))
            else:
                print(f"{version_id}\t{rule.describe()}")
    return 0


def _export(args) -> int:
    from jointaudit.services.fieldwork import export_checklist

    with open_workspace(args.workspace, read_only=True) as ws:
        print(f"wrote {export_checklist(ws, _visit(ws, args.visit), args.out, args.lang)}")
    return 0


def _import(args) -> int:
    from jointaudit.services.fieldwork import import_checklist

    with open_to_write(args.workspace) as ws:
        result = import_checklist(ws, args.file, by=args.by)
    print(f"{args.file}: {len(result.rated)} item(s) changed, {result.unchanged} unchanged")
    for line in result.levels:
        print(f"  {line}")
    return 0


def _recognitions(args) -> int:
    from jointaudit.services.fieldwork import set_unverified_recognitions, unverified_recognitions

    opener = open_to_write if args.unverified else partial(open_workspace, read_only=True)
    with opener(args.workspace) as ws:
        if args.unverified:
            set_unverified_recognitions(ws, args.unverified == "on", args.by)
        on = unverified_recognitions(ws)
    sys.stdout.write("unverified recognition rules: "
                     + ("on (they offer ratings, marked unverified)\n" if on else
                        "off (only verified rules offer ratings)\n"))
    return 0
