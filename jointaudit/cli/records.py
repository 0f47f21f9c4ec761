"""Record imports from CSV/XLSX: import-sites, import-cbs, import-auditors."""

from __future__ import annotations

from jointaudit.cli.writing import open_to_write

_COMMANDS = {
    "import-sites": ("import_sites", "sites",
                     "sites from CSV/XLSX (name, country, site_type, scale, size, languages,"
                     " financial_year_end …)"),
    "import-cbs": ("import_cbs", "certification bodies",
                   "certification bodies and their approvals, one row per approval (name,"
                   " scheme, version, commodities, regions, valid_from, valid_to …)"),
    "import-auditors": ("import_auditors", "auditors",
                        "auditors and their qualifications, one row per qualification (name, cb,"
                        " languages, scheme, role, valid_from, valid_to …)"),
}


def register(sub) -> None:
    for command, (function, what, help_text) in _COMMANDS.items():
        p = sub.add_parser(command, help=f"import {help_text}; one bad row imports nothing")
        p.add_argument("workspace")
        p.add_argument("file", help=".csv (UTF-8) or .xlsx; header row first")
        p.set_defaults(handler=_run, function=function, what=what)


def _run(args) -> int:
    from jointaudit.records import imports as records_import

    with open_to_write(args.workspace) as ws:
        result = getattr(records_import, args.function)(ws, args.file)
    print(result.describe(args.what))
    return 0
