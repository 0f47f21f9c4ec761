"""Joint checklist commands: merge, crosswalk check|suggest|import, obligations."""

from __future__ import annotations

import sys
from datetime import date

from jointaudit.cli.writing import open_to_write
from jointaudit.common.errors import InvalidInput
from jointaudit.store.db import open_workspace
from jointaudit.store.models import saved_id


def register(sub) -> None:
    p = sub.add_parser("merge", help="merge the checklists of scheme versions into one joint"
                                     " checklist and export it")
    p.add_argument("workspace")
    p.add_argument("--schemes", required=True,
                   help="comma-separated scheme or version ids, e.g. rjc-cop,fairmined@2.0")
    p.add_argument("--site", help="apply this site's applicability and recognitions")
    p.add_argument("--date", type=date.fromisoformat, help="audit date for recognitions"
                                                           " (default: today)")
    p.add_argument("--xlsx", help="write the checklist as an Excel workbook")
    p.add_argument("--csv", help="write the checklist as CSV")
    p.add_argument("--json", help="write the checklist as JSON")
    p.add_argument("--shared", action="store_true",
                   help="list the items several schemes share, with each link's derivation")
    p.set_defaults(handler=_merge)

    cw = sub.add_parser("crosswalk", help="check, suggest or import crosswalk links")
    csub = cw.add_subparsers(dest="crosswalk_command", metavar="ACTION", required=True)
    p = csub.add_parser("check", help="warn about contradictions, mutual subsets, links to"
                                      " retired versions and one-sided intersects")
    p.add_argument("workspace")
    p.add_argument("--include-suggested", action="store_true")
    p.set_defaults(handler=_check)
    p = csub.add_parser("suggest", help="rank candidate links for unmapped clauses")
    p.add_argument("workspace")
    p.add_argument("--from", dest="source", required=True, help="version id, e.g. rjc-cop@2019")
    p.add_argument("--to", dest="target", required=True, help="version id, e.g. irma@1.0")
    p.add_argument("-k", type=int, default=5, help="candidates per clause (default 5)")
    p.add_argument("--store", action="store_true",
                   help="save each best candidate as a suggested link to review")
    p.add_argument("--min-score", type=float, default=60.0)
    p.set_defaults(handler=_suggest)
    p = csub.add_parser("import", help="import crosswalk files (all shipped ones if none"
                                       " given, then derive links through the hub)")
    p.add_argument("workspace")
    p.add_argument("files", nargs="*", metavar="FILE")
    p.set_defaults(handler=_import)
    p = csub.add_parser("derive", help="derive links between every pair of schemes through the"
                                       " hub (curated links win)")
    p.add_argument("workspace")
    p.set_defaults(handler=_derive)

    p = sub.add_parser("obligations", help="a site's obligations register across its schemes")
    p.add_argument("workspace")
    p.add_argument("--site", required=True)
    p.add_argument("--date", type=date.fromisoformat, help="as of (default: today)")
    p.set_defaults(handler=_obligations)


def _versions(session, text: str) -> list[str]:
    from jointaudit.library.packs.loader import latest_version_id
    from jointaudit.store.models import SchemeVersion

    out = []
    for part in [p.strip() for p in text.split(",") if p.strip()]:
        vid = part if "@" in part else latest_version_id(session, part)
        if vid is None or session.get(SchemeVersion, vid) is None:
            raise InvalidInput(f"--schemes: '{part}' is not an imported scheme or version"
                               " (see list-schemes)")
        out.append(vid)
    if len(out) < 2:
        raise InvalidInput("--schemes: name at least two schemes to merge")
    return out


def _merge(args) -> int:
    from sqlmodel import select

    from jointaudit.checklist.template import build_template
    from jointaudit.exports.checklist_csv import write_csv
    from jointaudit.exports.checklist_json import write_json
    from jointaudit.exports.checklist_rows import build_rows
    from jointaudit.exports.checklist_xlsx import write_xlsx
    from jointaudit.fieldwork.findings import remerge_and_flag
    from jointaudit.services.library import shared_items
    from jointaudit.store.models import JointTemplate, Site

    with open_to_write(args.workspace) as ws, ws.session() as s:
        versions = _versions(s, args.schemes)
        template = next((t for t in s.exec(select(JointTemplate))
                         if list(t.version_ids) == versions), None)
        if template is None:
            template = build_template(s, " + ".join(versions), versions)
            plan = remerge_and_flag(s, template).plan
        else:
            plan = remerge_and_flag(s, template).plan
        site = None
        if args.site:
            site = s.exec(select(Site).where(Site.name == args.site)).first()
            if site is None:
                raise InvalidInput(f"--site: no site named '{args.site}'")
        sheet = build_rows(s, saved_id(template), site=site, audit_date=args.date or date.today())
        print(f"{template.name}: {plan.reduction}")
        if site is not None:
            print(f"at {site.name}: {len(sheet.rows)} joint items,"
                  f" {len(sheet.checklist.excluded)} requirements excluded,"
                  f" {sum(len(v) for v in sheet.checklist.recognitions.values())} recognitions")
        shared = shared_items(s, sheet.checklist)
        print(f"{len(shared)} joint items shared by two or more schemes")
        if args.shared:
            for item in shared:
                print(f"  {item.title}  [{'; '.join(item.clauses)}]")
                for link in item.links:
                    print(f"      {link}")
        for flag, writer in (("xlsx", write_xlsx), ("csv", write_csv), ("json", write_json)):
            target = getattr(args, flag)
            if target:
                print(f"wrote {writer(sheet, target)}")
    return 0


def _check(args) -> int:
    from jointaudit.library.crosswalk.checks import check_links

    statuses = ("accepted", "suggested") if args.include_suggested else ("accepted",)
    with open_workspace(args.workspace, read_only=True) as ws, ws.session() as s:
        warnings = check_links(s, statuses=statuses)
    for w in warnings:
        print(f"warning: {w.message} [{w.code}]")
    print(f"{len(warnings)} warning(s)")
    return 1 if warnings else 0


def _suggest(args) -> int:
    from jointaudit.library.crosswalk.suggest import store_suggestions, suggest

    with open_to_write(args.workspace) as ws, ws.session() as s:
        found = suggest(s, args.source, args.target, args.k)
        for sug in found:
            print(f"{args.source} {sug.source_clause}  {sug.source_title}")
            for c in sug.candidates:
                print(f"    {c.score:5.1f}  {args.target} {c.clause_id}  {c.title}")
        if args.store:
            n = store_suggestions(s, found, args.min_score)
            print(f"stored {n} suggested link(s) to review")
    return 0


def _import(args) -> int:
    from jointaudit.library.crosswalk.derived import derive_through_hub
    from jointaudit.library.crosswalk.importer import import_crosswalk, import_shipped

    derived = None
    with open_to_write(args.workspace) as ws, ws.session() as s:
        if args.files:
            results = [import_crosswalk(s, f) for f in args.files]
            skipped: list = []
        else:
            results, skipped = import_shipped(s)
            derived = derive_through_hub(s)
    if derived is not None:
        print(derived.describe())
    for r in results:
        print(f"{r.crosswalk_id}: {r.links_added} link(s) added, {r.links_updated} updated,"
              f" {r.recognitions} recognition rule(s)")
    for line in skipped:
        print(f"skipped {line}", file=sys.stderr)
    return 0


def _derive(args) -> int:
    from jointaudit.library.crosswalk.derived import derive_through_hub

    with open_to_write(args.workspace) as ws, ws.session() as s:
        print(derive_through_hub(s).describe())
    return 0


def _obligations(args) -> int:
    from jointaudit.checklist.obligations import register as build_register

    with open_workspace(args.workspace, read_only=True) as ws, ws.session() as s:
        reg = build_register(s, args.site, args.date)
    print(f"Obligations of {reg.site} on {reg.on} ({', '.join(reg.version_ids)}):"
          f" {reg.reduction}")
    for topic, obligations in reg.groups.items():
        print(f"\n{topic}")
        for o in obligations:
            clauses = "; ".join(f"{v} {c}" for v, c, _ in o.requires)
            print(f"  - {o.title}  [{clauses}]")
            for note in o.recognition:
                print(f"      recognition: {note}")
            for a in o.open_actions:
                due = a.close_due or a.plan_due
                extra = "".join(f", {w}" for w in (
                    f"{a.priority} priority" if a.priority else "",
                    f"owner {a.owner}" if a.owner else "") if w)
                print(f"      open action ({a.version_id}, {a.status}"
                      f"{', due ' + str(due) if due else ''}{extra})"
                      f"{': ' + a.description if a.description else ''}")
    if reg.excluded:
        print(f"\nNot applicable here: {len(reg.excluded)} requirement(s)")
        for e in reg.excluded:
            print(f"  - {e.version_id} {e.clause_id}: {e.reason}")
    if reg.upcoming:
        print("\nUpcoming")
        for u in reg.upcoming:
            print(f"  {u.due}  {u.what} ({u.version_id})")
    return 0
