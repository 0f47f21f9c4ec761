"""Writing the links derived through the hub into a workspace, under the curated ones.

- A pair that a curated (or published, or hand-edited) link already relates keeps that link:
  curated pairwise crosswalks override derived ones.
- Within a pair of scheme versions, a clause that a curated link maps to the other version
  gets no derived link to it either: the curator said where it belongs.
- Decided compositions are stored ``accepted`` (they merge); undecided ones ``suggested``,
  with their derivation as the rationale, for a reviewer to accept or reject.
- Re-deriving updates the derived rows, keeps a rejection, keeps a suggestion a reviewer
  accepted, and removes derived rows whose derivation is gone.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlmodel import Session, col, select

from jointaudit.library.crosswalk.hub import DerivedLink, HubMapping, derive
from jointaudit.library.crosswalk.relations import LinkStatus, Origin, Relationship, reverse
from jointaudit.library.packs.hub_pack import HubPack, shipped_hub
from jointaudit.library.packs.loader import load_pack
from jointaudit.store.models import CrosswalkLink, Requirement, SchemeVersion
from jointaudit.store.models._base import utcnow

DERIVED_FILE = "hub"
OWN_ADDON = "the rest of this clause"


@dataclass(frozen=True)
class DeriveReport:
    accepted: int  # decided compositions, stored as accepted links
    suggested: int  # undecided ones, stored as suggestions
    overridden: int  # pairs a curated link already decides
    removed: int  # derived rows whose derivation is gone
    mapped_versions: tuple[str, ...]

    def describe(self) -> str:
        return (f"through the hub: {self.accepted} derived links, {self.suggested} suggestions"
                f" to review, {self.overridden} pairs left to curated links"
                f" ({len(self.mapped_versions)} scheme versions mapped to the hub)")


def hub_mappings(session: Session, version_ids: list[str] | None = None) -> list[HubMapping]:
    ids = version_ids if version_ids is not None else list(
        session.exec(select(SchemeVersion.id)).all())
    out = []
    for vid in sorted(ids):
        for req in load_pack(session, vid).requirements:
            out += [HubMapping(vid, req.id, hub_id, Relationship(rel))
                    for hub_id, rel in req.hub.items()]
    return out


def derive_through_hub(session: Session, version_ids: list[str] | None = None,
                       hub: HubPack | None = None) -> DeriveReport:
    hub = hub or shipped_hub()
    titles = {n.id: n.title for n in hub.nodes} if hub else {}
    mappings = hub_mappings(session, version_ids)
    versions = sorted({m.version_id for m in mappings})
    derived = derive(mappings, titles)

    reqs = {(r.version_id, r.clause_id): r for r in session.exec(
        select(Requirement).where(col(Requirement.version_id).in_(versions)))}
    by_id = {r.id: r for r in reqs.values()}
    links = [lk for lk in session.exec(select(CrosswalkLink).where(
        col(CrosswalkLink.source_requirement_id).in_(list(by_id))))
        if lk.target_requirement_id in by_id]
    existing: dict[frozenset[int | None], CrosswalkLink] = {
        frozenset((lk.source_requirement_id, lk.target_requirement_id)): lk for lk in links}
    # (requirement, other version) pairs a curated link already places
    placed: set[tuple[int | None, str]] = set()
    for lk in existing.values():
        if lk.origin != Origin.DERIVED:
            a, b = (by_id[i] for i in (lk.source_requirement_id, lk.target_requirement_id))
            placed.update({(a.id, b.version_id), (b.id, a.version_id)})

    accepted = suggested = overridden = 0
    kept: set[int] = set()  # id() of the rows written now: new rows have no id until flushed
    for d in derived:
        src = reqs.get((d.source_version, d.source_clause))
        tgt = reqs.get((d.target_version, d.target_clause))
        if src is None or tgt is None:
            continue
        row = existing.get(frozenset((src.id, tgt.id)))
        if row is not None and row.origin != Origin.DERIVED:
            overridden += 1
            continue
        if (src.id, tgt.version_id) in placed or (tgt.id, src.version_id) in placed:
            overridden += 1
            continue
        row = _write(session, row, src, tgt, d)
        kept.add(id(row))
        if row.status == LinkStatus.ACCEPTED:
            accepted += 1
        elif row.status == LinkStatus.SUGGESTED:
            suggested += 1

    removed = 0
    for lk in links:
        if lk.origin == Origin.DERIVED and id(lk) not in kept and lk.status != "rejected":
            session.delete(lk)
            removed += 1
    session.flush()
    return DeriveReport(accepted, suggested, overridden, removed, tuple(versions))


def _write(session: Session, row: CrosswalkLink | None, src: Requirement, tgt: Requirement,
           d: DerivedLink) -> CrosswalkLink:
    rel = d.relationship
    if row is None:
        assert src.id is not None and tgt.id is not None  # both read from the store
        row = CrosswalkLink(source_requirement_id=src.id, target_requirement_id=tgt.id,
                            relationship="", status=LinkStatus.SUGGESTED.value)
    flipped = row.source_requirement_id != src.id
    shown = rel or Relationship.INTERSECTS
    if flipped:
        shown = reverse(shown)
    if row.status != LinkStatus.REJECTED:
        # A reviewer's acceptance of an earlier suggestion stands; a decided one merges.
        if rel is not None:
            row.status = LinkStatus.ACCEPTED.value
        elif row.id is None:
            row.status = LinkStatus.SUGGESTED.value
    row.relationship = shown.value
    row.rationale = d.derivation
    row.strength = 6 if rel is Relationship.EQUAL else (5 if rel else 3)
    row.origin = Origin.DERIVED.value
    is_core = shown is Relationship.INTERSECTS
    row.shared_core = d.shared_core if is_core else ""
    row.source_addon = row.target_addon = OWN_ADDON if is_core else ""
    row.crosswalk_file = DERIVED_FILE
    row.updated_at = utcnow()
    session.add(row)
    return row


def derived_paths(session: Session, version_ids: list[str]) -> dict[frozenset, str]:
    """The derivation of every derived link among ``version_ids``, by requirement-id pair."""
    ids = {r.id for r in session.exec(select(Requirement).where(
        col(Requirement.version_id).in_(version_ids)))}
    out: dict[frozenset, str] = defaultdict(str)
    for lk in session.exec(select(CrosswalkLink).where(CrosswalkLink.origin == "derived")):
        if lk.source_requirement_id in ids and lk.target_requirement_id in ids:
            out[frozenset((lk.source_requirement_id, lk.target_requirement_id))] = lk.rationale
    return dict(out)
