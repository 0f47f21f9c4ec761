"""CLI of the trust room: ``keys``, ``approve``, ``approvals``, ``review``, ``bundle`` and
``check``.

Passphrases are asked for on the terminal, or read from the environment variable
``JOINTAUDIT_PASSPHRASE`` (for scripts). The profile folder defaults to the user's
(see :func:`jointaudit.trust.keys.default_profile_dir`); ``--profile`` overrides it.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from jointaudit.cli.writing import open_to_write
from jointaudit.common.errors import JointAuditError
from jointaudit.services import trust
from jointaudit.store.locking import open_exclusive
from jointaudit.trust.keys import (
    PUBLIC_KEY_FILE,
    ROLES,
    create_identity,
    default_profile_dir,
    export_identity,
    import_identity,
    load_signer,
    read_public_key_file,
)


def _passphrase(confirm: bool = False) -> str:
    env = os.environ.get("JOINTAUDIT_PASSPHRASE")
    if env is not None:
        if not env:
            raise JointAuditError("JOINTAUDIT_PASSPHRASE is set but empty; set it to the "
                                  "passphrase, or unset it to be asked on the terminal",
                                  code="keys.no-passphrase")
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise JointAuditError("no terminal to ask for the passphrase on; set "
                              "JOINTAUDIT_PASSPHRASE for scripts", code="keys.no-passphrase")
    try:
        first = getpass.getpass("passphrase: ")
        if confirm and getpass.getpass("repeat passphrase: ") != first:
            raise JointAuditError("the passphrases differ; nothing was created")
    except EOFError:
        raise JointAuditError("no passphrase was given", code="keys.no-passphrase") from None
    return first


def _profile(args) -> Path:
    return Path(args.profile) if args.profile else default_profile_dir()


def _open(path: str, *, write: bool):
    if write:
        return open_to_write(path)
    ws = open_exclusive(path)
    if ws.notice:
        print(f"note: {ws.notice}")
    return ws


def register(sub) -> None:
    keys = sub.add_parser("keys", help="your signing identity and a workspace's trusted keys")
    ksub = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = ksub.add_parser("new", help="create your key pair (private key encrypted)")
    p.add_argument("--name", required=True)
    p.add_argument("--organisation", default="")
    p.add_argument("--role", choices=ROLES, default="auditor")
    p.add_argument("--scheme", action="append", default=[], help="scheme you speak for")
    p.add_argument("--profile", help="profile folder (default: your user profile)")
    p.add_argument("--overwrite", action="store_true", help="replace an existing key")
    p.set_defaults(handler=_keys_new)
    p = ksub.add_parser("export", help="write your public key file to give to others")
    p.add_argument("out", help="path of the .jakey file")
    p.add_argument("--profile")
    p.set_defaults(handler=_keys_export)
    p = ksub.add_parser("export-private", help="write your key (still encrypted with its "
                        "passphrase) to carry to another computer")
    p.add_argument("out", help="path of the .jaidentity file")
    p.add_argument("--profile")
    p.set_defaults(handler=_keys_export_private)
    p = ksub.add_parser("import", help="make a key exported on another computer "
                        "(export-private) your signing key here")
    p.add_argument("keyfile", help="the .jaidentity file")
    p.add_argument("--profile")
    p.add_argument("--overwrite", action="store_true", help="replace a different key")
    p.set_defaults(handler=_keys_import)
    p = ksub.add_parser("trust", help="let a public key approve templates for schemes")
    p.add_argument("workspace")
    p.add_argument("keyfile")
    p.add_argument("--scheme", action="append", required=True, help="scheme id (repeatable)")
    p.set_defaults(handler=_keys_trust)
    p = ksub.add_parser("list", help="the workspace's trusted keys")
    p.add_argument("workspace")
    p.set_defaults(handler=_keys_list)

    p = sub.add_parser("approve", help="sign a joint template's content for a scheme")
    p.add_argument("workspace")
    p.add_argument("--template", required=True, help="template id, uid or name")
    p.add_argument("--scheme", help="scheme id (default: the only scheme your key is for)")
    p.add_argument("--profile")
    p.set_defaults(handler=_approve)
    p = sub.add_parser("approvals", help="approval status of a template, per scheme")
    p.add_argument("workspace")
    p.add_argument("--template", required=True)
    p.set_defaults(handler=_approvals)

    r = sub.add_parser("review", help="review a joint template item by item for a scheme: "
                       "comment, request changes (approve with `approve`)")
    rsub = r.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    p = rsub.add_parser("show", help="each item's clauses, links, what changed since the "
                        "scheme last decided, and the comments")
    p.add_argument("workspace")
    p.add_argument("--template", required=True, help="template id, uid or name")
    p.add_argument("--scheme", required=True, help="scheme id")
    p.add_argument("--item", help="only this item (its key)")
    p.add_argument("--profile")
    p.set_defaults(handler=_review_show)
    p = rsub.add_parser("comment", help="save your comment on an item (an empty text "
                        "clears it)")
    p.add_argument("workspace")
    p.add_argument("text")
    p.add_argument("--template", required=True)
    p.add_argument("--scheme", required=True)
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--item", help="the item's key")
    where.add_argument("--general", action="store_true",
                       help="the general note on the whole template")
    p.add_argument("--by", help="your name (default: your key's name and fingerprint, "
                   "else your login)")
    p.add_argument("--profile")
    p.set_defaults(handler=_review_comment)
    p = rsub.add_parser("request-changes", help="sign a request for changes with the "
                        "comments as they stand")
    p.add_argument("workspace")
    p.add_argument("--template", required=True)
    p.add_argument("--scheme", required=True)
    p.add_argument("--note", default="", help="a general note (needed when no item has a "
                   "comment)")
    p.add_argument("--profile")
    p.set_defaults(handler=_review_request)

    b = sub.add_parser("bundle", help="exchange bundles (.jabundle) between machines")
    bsub = b.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bsub.add_parser("export", help="write a template or a plan with its findings")
    p.add_argument("workspace")
    p.add_argument("out")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--template")
    what.add_argument("--plan")
    p.add_argument("--sign", action="store_true", help="sign the bundle with your key")
    p.add_argument("--profile")
    p.add_argument("--note", default="")
    p.set_defaults(handler=_bundle_export)
    p = bsub.add_parser("verify", help="check a bundle completely, import nothing")
    p.add_argument("bundle")
    p.set_defaults(handler=_bundle_verify)
    p = bsub.add_parser("import", help="verify, back up the workspace, and import")
    p.add_argument("workspace")
    p.add_argument("bundle")
    p.add_argument("--dry-run", action="store_true", help="only show what would change")
    p.add_argument("--resolve", action="append", default=[], metavar="KEY=CHOICE",
                   help="mine / theirs / both for one conflict (repeatable)")
    p.add_argument("--all", choices=("mine", "theirs", "both"),
                   help="the same choice for every conflict")
    p.add_argument("--accept-unsigned", action="store_true",
                   help="import a bundle that is unsigned or signed by a key this workspace "
                        "does not trust (what it brings is marked in the audit trail)")
    p.set_defaults(handler=_bundle_import)

    p = sub.add_parser("check", help="integrity, audit trail (and its anchors), evidence "
                       "hashes, and every difference from the audit trail and stored packs")
    p.add_argument("workspace")
    p.add_argument("--anchor", action="append", default=[], metavar="FILE",
                   help="a bundle sent from this workspace, or a copy of its .anchor file: "
                        "the trail must still hold the entry it names (repeatable)")
    p.set_defaults(handler=_check)


def _keys_new(args) -> int:
    signer = create_identity(_profile(args), name=args.name, organisation=args.organisation,
                             role=args.role, scheme_ids=args.scheme,
                             passphrase=_passphrase(confirm=True), overwrite=args.overwrite)
    print(f"created key {signer.fingerprint} for {signer.identity.name} in {_profile(args)}")
    return 0


def _keys_export(args) -> int:
    info = read_public_key_file(_profile(args) / PUBLIC_KEY_FILE)
    Path(args.out).write_text(info.to_json(), encoding="utf-8")
    print(f"wrote {args.out} ({info.name}, {info.fingerprint})")
    return 0


def _keys_export_private(args) -> int:
    out = export_identity(_profile(args), Path(args.out), _passphrase())
    print(f"wrote {out}: your key, encrypted with its passphrase; keep it as safe as the "
          "passphrase")
    return 0


def _keys_import(args) -> int:
    signer = import_identity(_profile(args), Path(args.keyfile), _passphrase(),
                             overwrite=args.overwrite)
    print(f"imported key {signer.fingerprint} for {signer.identity.name} into "
          f"{_profile(args)}")
    return 0


def _keys_trust(args) -> int:
    with _open(args.workspace, write=True) as ws:
        view = trust.trust_key_file(ws, Path(args.keyfile), args.scheme)
    print(f"trusted {view.name} [{view.fingerprint}] for {', '.join(view.scheme_ids)}")
    return 0


def _keys_list(args) -> int:
    with _open(args.workspace, write=False) as ws:
        views = trust.trusted_keys(ws)
    for v in views:
        print(f"{v.fingerprint}  {v.name} ({v.organisation or '-'}, {v.role}): "
              f"{', '.join(v.scheme_ids)}")
    if not views:
        print("no trusted keys")
    return 0


def _print_status(statuses) -> None:
    for a in statuses:
        need = "required" if a.required else "optional"
        line = f"{a.scheme_id:<14} {a.status:<12} ({need})"
        if a.fingerprint:
            line += f" signed by {a.signer_name} [{a.fingerprint}]"
        print(line)
        if a.reason and a.status not in ("approved", a.reason):
            print(f"    {a.reason}")
        if a.review_note:
            print(f"    note: {a.review_note}")
        for item, author, text in a.review_comments:
            print(f"    comment on {item or 'the template'} by {author}: {text}")
        for change in a.changes:
            print(f"    changed: {change}")


def _approve(args) -> int:
    with _open(args.workspace, write=True) as ws:
        template_id = trust.find_template(ws, args.template)
        profile = _profile(args)
        scheme = args.scheme
        if scheme is None:
            mine = read_public_key_file(profile / PUBLIC_KEY_FILE).scheme_ids
            if len(mine) != 1:
                raise JointAuditError("name the scheme with --scheme")
            scheme = mine[0]
        status = trust.approve(ws, template_id, scheme, profile_dir=profile,
                               passphrase=_passphrase())
    print(f"signed the template for {scheme}: content hash {status.current_hash}")
    _print_status([status])
    return 0


def _approvals(args) -> int:
    with _open(args.workspace, write=False) as ws:
        template_id = trust.find_template(ws, args.template)
        statuses = trust.template_status(ws, template_id)
        check = trust.final_report_allowed(ws, template_id)
    _print_status(statuses)
    print("final reports: " + ("allowed" if check.allowed else "refused"))
    for p in check.problems:
        print(f"    {p}")
    return 0


def _review_show(args) -> int:
    with _open(args.workspace, write=False) as ws:
        template_id = trust.find_template(ws, args.template)
        sheet = trust.review_sheet(ws, template_id, args.scheme,
                                   trust.reviewer_name(_profile(args)))
    items = [it for it in sheet.items if args.item in (None, it.key)]
    if args.item and not items:
        raise JointAuditError(f"template {sheet.template_name!r} has no item {args.item!r}")
    _print_status([sheet.status])
    if sheet.baseline:
        what = "approval" if sheet.baseline == "approval" else "request for changes"
        print(f"changes below are since the {what} of {sheet.baseline_at:%Y-%m-%d %H:%M} "
              f"by {sheet.baseline_by}")
    else:
        print(f"{args.scheme} has not decided on this template yet")
    if sheet.note:
        print(f"your general note: {sheet.note}")
    for n, it in enumerate(items, 1):
        mark = ("" if it.changes is None else " [changed]" if it.changes else " [unchanged]")
        print(f"\n{n}. {it.key}: {it.title} ({it.kind}){mark}")
        for c in it.clauses:
            print(f"    {c.version_id} {c.clause_id} ({c.role}): {c.title}")
        for link in it.links:
            print(f"    link: {link}")
        for change in it.changes or ():
            print(f"    changed: {change}")
        if it.comment:
            print(f"    your comment: {it.comment}")
        for author, text in it.others:
            print(f"    comment by {author}: {text}")
    return 0


def _review_comment(args) -> int:
    with _open(args.workspace, write=True) as ws:
        template_id = trust.find_template(ws, args.template)
        author = args.by or trust.reviewer_name(_profile(args))
        item = "" if args.general else args.item
        trust.save_comment(ws, template_id, args.scheme, item, author, args.text)
    where = "the general note" if args.general else f"item {args.item}"
    print(f"{'saved' if args.text.strip() else 'cleared'} {author}'s comment on {where}")
    return 0


def _review_request(args) -> int:
    with _open(args.workspace, write=True) as ws:
        template_id = trust.find_template(ws, args.template)
        status = trust.request_changes(ws, template_id, args.scheme,
                                       profile_dir=_profile(args), passphrase=_passphrase(),
                                       note=args.note)
    print(f"requested changes for {args.scheme} ({len(status.review_comments)} comment(s)"
          + (", with a general note)" if status.review_note else ")"))
    _print_status([status])
    return 0


def _bundle_export(args) -> int:
    signer = load_signer(_profile(args), _passphrase()) if args.sign else None
    with _open(args.workspace, write=False) as ws:
        template_id = trust.find_template(ws, args.template) if args.template else None
        plan_id = trust.find_plan(ws, args.plan) if args.plan else None
        out = trust.export_bundle(ws, Path(args.out), template_id=template_id,
                                  plan_id=plan_id, signer=signer, note=args.note)
    print(f"wrote {out}" + (f" signed by {signer.fingerprint}" if signer else " (unsigned)"))
    return 0


def _bundle_verify(args) -> int:
    result = trust.verify_bundle(Path(args.bundle))
    print(result.message)
    for name in result.members:
        print(f"    {name}")
    return 0 if result.ok else 2


def _print_import(view, *, dry_run: bool) -> None:
    print(f"from: {view.sender}" + (" (trusted)" if view.sender_trusted else
                                    " (NOT a trusted sender: needs --accept-unsigned)"))
    verb = "would create" if dry_run else "created"
    for line in view.created:
        print(f"{verb}: {line}")
    for line in view.updated:
        print(f"{'would update' if dry_run else 'updated'}: {line}")
    print(f"unchanged findings: {view.unchanged}")
    for note in view.notes:
        print(f"note: {note}")
    for key in view.offered_keys:
        print(f"key offered (not trusted here): {key}")
    for c in view.conflicts:
        print(f"CONFLICT {c.key} ({c.mine_author} vs {c.theirs_author}):")
        for name, base, mine, theirs in c.fields:
            print(f"    {name}: base {base!r}, mine {mine!r}, theirs {theirs!r}")
    if view.backup:
        print(f"backup: {view.backup}")


def _bundle_import(args) -> int:
    resolutions = {}
    for item in args.resolve:
        key, _, choice = item.rpartition("=")
        resolutions[key] = choice
    with _open(args.workspace, write=not args.dry_run) as ws:
        preview = trust.preview_import(ws, Path(args.bundle))
        if args.all:
            resolutions = {c.key: args.all for c in preview.conflicts} | resolutions
        if args.dry_run:
            _print_import(preview, dry_run=True)
            return 0
        missing = [c for c in preview.conflicts if c.key not in resolutions]
        if missing:
            _print_import(preview, dry_run=True)
            print(f"{len(missing)} conflict(s): nothing imported. Re-run with "
                  "--resolve KEY=mine|theirs|both (or --all CHOICE).")
            return 1
        view = trust.import_bundle(ws, Path(args.bundle), resolutions,
                                   accept_unsigned=args.accept_unsigned)
    _print_import(view, dry_run=False)
    return 0


def _check(args) -> int:
    report = trust.check_workspace(args.workspace, [Path(a) for a in args.anchor])
    print(report)
    return 0 if report.ok else 1
