"""`jointaudit report`: each scheme's PDF report for a visit, the joint summary, the field
checklist and the site obligations register; `--fields` sets the free-text report fields.

A final report is refused while problems remain (each is printed); `--draft` builds it
anyway, watermarked DRAFT, with the problems listed on its first page.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from jointaudit.common.errors import InvalidInput, ProblemList
from jointaudit.reports.labels import LANGUAGES
from jointaudit.reports.validation import ReportRefused

FIELDS_MAX_BYTES = 1024 * 1024


def register(sub) -> None:
    p = sub.add_parser(
        "report", help="PDF reports: per scheme, joint summary, field checklist, obligations",
        description="Build PDF reports from a workspace. Examples: "
                    "report WS --visit 1 --scheme rjc-cop --out rjc.pdf; "
                    "report WS --visit 1 --all-schemes --out reports/; "
                    "report WS --visit 1 --fields fields.yaml")
    p.add_argument("workspace", help="the *.jaworkspace file")
    p.add_argument("--visit", help="visit id or uid (prefix)")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--scheme", help='scheme id or version, e.g. "irma" or "irma@1.0"')
    what.add_argument("--all-schemes", action="store_true",
                      help="one report per scheme of the visit, into the folder --out")
    what.add_argument("--joint-summary", action="store_true", help="all schemes side by side")
    what.add_argument("--checklist", action="store_true", help="printable field checklist")
    what.add_argument("--obligations", action="store_true",
                      help="the site obligations register (needs --site)")
    p.add_argument("--site", help="site id or exact name (for --obligations)")
    p.add_argument("--out", help="output PDF file (a folder with --all-schemes)")
    p.add_argument("--draft", action="store_true",
                   help="build even if incomplete, watermarked DRAFT, problems listed")
    p.add_argument("--lang", choices=LANGUAGES, default=None,
                   help="report language (default: the scheme's language for the site, e.g."
                        " Spanish for a Fairmined report of a Latin-American site; else en)")
    p.add_argument("--public-only", action="store_true",
                   help="leave out the profile's confidential part")
    p.add_argument("--report-date", type=date.fromisoformat, help="YYYY-MM-DD")
    p.add_argument("--fields", metavar="FILE.yaml",
                   help="set report fields per scheme for the visit (YAML or JSON mapping:"
                        " scheme id or version -> field -> text)")
    p.set_defaults(handler=_report)


def _report(args) -> int:
    from jointaudit.cli.writing import open_to_write
    from jointaudit.services import reports as svc
    from jointaudit.store.locking import open_exclusive

    kinds = [args.scheme, args.all_schemes, args.joint_summary, args.checklist,
             args.obligations]
    if not any(kinds) and not args.fields:
        raise InvalidInput("say what to build: --scheme, --all-schemes, --joint-summary,"
                           " --checklist, --obligations (or only --fields to set fields)")
    if any(kinds) and not args.out:
        raise InvalidInput("--out is required: the PDF file (a folder with --all-schemes)")
    if args.obligations and not args.site:
        raise InvalidInput("--obligations needs --site (id or exact name)")
    if not args.obligations and (any(kinds) or args.fields) and not args.visit:
        raise InvalidInput("--visit is required (id or uid); see `jointaudit` planning"
                           " commands for the visits of a plan")
    with (open_to_write if args.fields else open_exclusive)(args.workspace) as ws:
        visit_id = svc.find_visit(ws, args.visit) if args.visit else None
        if args.fields:
            _set_fields(ws, _required(visit_id), Path(args.fields))
        if not any(kinds):
            return 0
        base = dict(lang=args.lang, draft=args.draft, report_date=args.report_date,
                    parts=("public", "assurance") if args.public_only
                    else ("public", "assurance", "confidential"))
        if args.all_schemes:
            return _all_schemes(ws, _required(visit_id), Path(args.out), base)
        if args.scheme:
            request = svc.ReportRequest("scheme", visit_id=visit_id,
                                        version_id=svc.resolve_version(
                                            ws, _required(visit_id), args.scheme),
                                        **base)
        elif args.joint_summary:
            request = svc.ReportRequest("joint_summary", visit_id=visit_id, **base)
        elif args.checklist:
            request = svc.ReportRequest("checklist", visit_id=visit_id, **base)
        else:
            request = svc.ReportRequest("obligations", site_id=svc.site_id(ws, args.site),
                                        **base)
        out = svc.export(ws, request, args.out)
        print(f"{out}: written{' (DRAFT)' if args.draft else ''}")
    return 0


def _required(visit_id: int | None) -> int:
    if visit_id is None:
        raise InvalidInput("--visit is required (id or uid)")
    return visit_id


def _all_schemes(ws, visit_id: int, folder: Path, base: dict) -> int:
    from jointaudit.services import reports as svc

    refused = 0
    for version_id in svc.scheme_versions(ws, visit_id):
        out = folder / f"{version_id.replace('@', '-')}.pdf"
        request = svc.ReportRequest("scheme", visit_id=visit_id, version_id=version_id, **base)
        try:
            svc.export(ws, request, out)
        except ReportRefused as exc:
            refused += 1
            print(f"jointaudit: {exc}", file=sys.stderr)
        else:
            print(f"{out}: written{' (DRAFT)' if base['draft'] else ''}")
    return 2 if refused else 0


def _set_fields(ws, visit_id: int, path: Path) -> None:
    """Read FILE (scheme -> field -> text) and store it; every problem named with its line."""
    from jointaudit.library.packs.source import format_path, read_yaml_file
    from jointaudit.services import reports as svc

    problems = ProblemList(str(path))
    doc = read_yaml_file(path, problems, FIELDS_MAX_BYTES)
    if doc is None or problems:
        problems.raise_now(f"{path}: cannot read the report fields")
    if not isinstance(doc.data, dict):
        problems.add("report-fields.not-mapping",
                     "expected a mapping: scheme id or version -> field id -> text", line=1)
        problems.raise_now(f"{path}: no report fields set")
    resolved = {}
    for scheme, fields in doc.data.items():
        where = (str(scheme),)
        try:
            version_id = svc.resolve_version(ws, visit_id, str(scheme))
        except Exception as exc:  # NotFound: name the place in the file
            problems.add("report-fields.scheme", str(exc), line=doc.line_of(where),
                         path=format_path(where))
            continue
        if not isinstance(fields, dict):
            problems.add("report-fields.not-mapping", "expected field id -> text",
                         line=doc.line_of(where), path=format_path(where))
            continue
        for key, value in fields.items():
            here = (str(scheme), str(key))
            if not (isinstance(value, str | type(None)) or
                    (isinstance(value, list) and key in ("distribution", "activities"))):
                problems.add("report-fields.value", "expected text (a list only for"
                             " distribution or activities)", line=doc.line_of(here),
                             path=format_path(here))
        resolved[version_id] = fields
    problems.raise_if_any(f"{path}: no report fields set")
    for version_id, fields in resolved.items():
        stored = svc.save_fields(ws, visit_id, version_id, fields)
        print(f"{version_id}: report fields {', '.join(sorted(stored)) or '(none)'}")
