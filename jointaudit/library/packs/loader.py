"""Getting a pack back from a workspace, as the engines read it (the verbatim pack JSON)."""

from __future__ import annotations

from functools import lru_cache

from sqlmodel import Session, select

from jointaudit.common.errors import NotFound
from jointaudit.library.packs.format import Pack
from jointaudit.store.models import SchemeVersion


@lru_cache(maxsize=64)
def _parse(sha: str, pack_json: str) -> Pack:  # keyed by content: packs are immutable models
    return Pack.model_validate_json(pack_json)


def load_pack(session: Session, version_id: str) -> Pack:
    """The pack of scheme version ``version_id`` (e.g. "rjc-cop@2019")."""
    version = session.get(SchemeVersion, version_id)
    if version is None:
        known = session.exec(select(SchemeVersion.id)).all()
        raise NotFound(f"scheme version '{version_id}' is not in this workspace"
                       f" (imported: {', '.join(sorted(known)) or 'none'})")
    return _parse(version.pack_sha256, version.pack_json)


def load_pack_from(workspace, version_id: str) -> Pack:
    with workspace.session() as session:
        return load_pack(session, version_id)


def latest_version_id(session: Session, scheme_id: str) -> str | None:
    """The most recent imported version of a scheme (by effective date, then import time)."""
    rows = list(session.exec(select(SchemeVersion).where(
        SchemeVersion.scheme_id == scheme_id)).all())
    if not rows:
        return None
    from datetime import date
    rows.sort(key=lambda v: (v.effective_from or date.min, v.imported_at))
    return rows[-1].id
