"""What ``jointaudit check`` re-derives from the packs stored in a workspace.

A scheme version keeps its pack as imported (``pack_json``) with the pack's SHA-256; its
requirements are rows made from that pack. The check re-hashes each stored pack against its
recorded hash, and compares each requirement row with the pack it came from: a title edited
in the database, a requirement deleted or one added behind the application's back shows with
its table and row. Official text a user imported by overlay (``text_source`` other than
"pack") legitimately differs from the pack's text and is not compared; titles always are.
"""

from __future__ import annotations

import hashlib
import json

from sqlmodel import Session, select

from jointaudit.store.integrity import MAX_NAMED, CheckItem
from jointaudit.store.models import Requirement, SchemeVersion

FIELDS = ("title", "parent", "assessable", "critical", "level", "answer")
PACK_TEXTS = ("text", "guidance")
COLUMN = {"parent": "parent_clause_id"}


def _named(found: list[str]) -> str:
    more = f"; and {len(found) - MAX_NAMED} more" if len(found) > MAX_NAMED else ""
    return "; ".join(found[:MAX_NAMED]) + more


def pack_checks(session: Session) -> list[CheckItem]:
    hashes: list[str] = []
    rows: list[str] = []
    versions = session.exec(select(SchemeVersion).order_by(SchemeVersion.id)).all()
    for version in versions:
        stored = hashlib.sha256((version.pack_json or "").encode("utf-8")).hexdigest()
        if stored != version.pack_sha256:
            hashes.append(f"scheme_version row {version.id}: the stored pack hashes to "
                          f"{stored[:12]}…, its recorded sha256 is {version.pack_sha256[:12]}…")
        try:
            pack = json.loads(version.pack_json or "{}")
            specs = {str(r["id"]): r for r in pack.get("requirements") or []}
        except (json.JSONDecodeError, TypeError, KeyError, AttributeError):
            hashes.append(f"scheme_version row {version.id}: the stored pack is not readable")
            continue
        have = session.exec(select(Requirement)
                            .where(Requirement.version_id == version.id)).all()
        for req in have:
            where = f"requirement row {req.id} ({version.id} {req.clause_id})"
            spec = specs.pop(req.clause_id, None)
            if spec is None:
                rows.append(f"{where} is not in its stored pack")
                continue
            fields = FIELDS + (PACK_TEXTS if req.text_source in ("", "pack") else ())
            for name in fields:
                now, want = getattr(req, COLUMN.get(name, name)), spec.get(name)
                if name in PACK_TEXTS:
                    want = want or ""
                if now != want:
                    rows.append(f"{where}: {COLUMN.get(name, name)} is {_short(now)}, its "
                                f"pack says {_short(want)}")
        rows += [f"requirement {version.id} {clause}: in the stored pack, missing from the "
                 "requirement table" for clause in specs]
    n = len(versions)
    return [
        CheckItem("stored packs", not hashes, _named(hashes) if hashes else
                  f"{n} pack(s) match their recorded SHA-256"),
        CheckItem("requirements", not rows, (f"{len(rows)} difference(s) from the stored "
                                             f"packs: " + _named(rows)) if rows else
                  f"every requirement of {n} pack(s) matches its pack"),
    ]


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:57] + "..."
