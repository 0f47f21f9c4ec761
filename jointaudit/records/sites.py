"""Finding a site on record by its id or its name (the CLI, imports and services all refer
to sites either way)."""

from __future__ import annotations

from sqlmodel import Session, select

from jointaudit.common.errors import NotFound
from jointaudit.store.models import Site


def find_site(session: Session, ref: str | int) -> Site:
    site = None
    if isinstance(ref, int) or str(ref).isdigit():
        site = session.get(Site, int(ref))
    if site is None:
        site = session.exec(select(Site).where(Site.name == str(ref))).first()
    if site is None:
        names = ", ".join(s.name for s in session.exec(select(Site)).all()) or "none"
        raise NotFound(f"no site '{ref}' in the workspace (sites: {names})")
    return site
