"""Record imports from CSV/XLSX, one row per record, one bad row imports nothing:
import-sites, import-cbs, import-auditors, import-memberships, import-blackouts. Each
command's --help lists its columns (docs/records.md has an example file for each)."""

from __future__ import annotations

import argparse

from jointaudit.cli.writing import open_to_write

# command → (function in records.imports, what it counts, help, columns; * = required)
_COMMANDS = {
    "import-sites": ("import_sites", "sites", "sites",
                     "name*, country, region, commodity, site_type, scale, size, languages,"
                     " applicability_tags, financial_year_end (MM-DD), max_visit_days, notes"),
    "import-cbs": ("import_cbs", "certification bodies",
                   "certification bodies and their approvals, one row per approval",
                   "name*, country, notes, scheme, version, commodities, regions, valid_from,"
                   " valid_to, reference"),
    "import-auditors": ("import_auditors", "auditors",
                        "auditors and their qualifications, one row per qualification",
                        "name*, cb, languages, email, scheme, role (lead/team/"
                        "technical_expert), commodities, valid_from, valid_to, reference"),
    "import-memberships": ("import_memberships", "memberships and certificates",
                           "a site's scheme memberships and certificates, one row each",
                           "site*, scheme*, version, kind (membership/certificate),"
                           " member_since, certificate_no, issued_on, expires_on, scope,"
                           " facilities (facility names separated by ';')"),
    "import-blackouts": ("import_blackouts", "blackout periods",
                         "periods in which a site cannot be audited, one row each",
                         "site*, start*, end*, reason"),
}


def register(sub) -> None:
    for command, (function, what, help_text, columns) in _COMMANDS.items():
        p = sub.add_parser(
            command, help=f"import {help_text}; one bad row imports nothing",
            formatter_class=argparse.RawDescriptionHelpFormatter,
            epilog=f"columns (header row first; * required, blank where not known):\n"
                   f"  {columns}\ndates are YYYY-MM-DD; lists are separated by ';' or ','."
                   "\nSee docs/records.md for an example file.")
        p.add_argument("workspace")
        p.add_argument("file", help=".csv (UTF-8) or .xlsx; header row first")
        p.set_defaults(handler=_run, function=function, what=what)


def _run(args) -> int:
    from jointaudit.records import imports as records_import

    with open_to_write(args.workspace) as ws:
        result = getattr(records_import, args.function)(ws, args.file)
    print(result.describe(args.what))
    return 0
