"""Links between any two schemes, derived through the hub by composing typed relations.

Each pack says how its requirements relate to hub nodes (``hub: {"1A": equal}``, read as
obligations: ``subset`` = the hub node is broader). Two requirements A and B of different
schemes that map to the same node H are related by composing A→H with H→B (H→B is B→H
reversed). Read as sets of obligations:

=================  ===========================  ==========================================
A→H                H→B                          A→B
=================  ===========================  ==========================================
equal              any r                        r
any r              equal                        r
subset             subset                       subset   (A ⊂ H ⊂ B)
superset           superset                     superset (A ⊃ H ⊃ B)
superset           subset                       intersects: both contain all of H
superset           intersects                   intersects: A holds H's part shared with B
intersects         subset                       intersects: B holds A's part shared with H
subset             superset                     undecided (A and B are both inside H)
subset / inter.    intersects / superset        undecided
=================  ===========================  ==========================================

"intersects" here is the safe reading of "they share at least this": the merge asks the
shared part once and each side's own remainder separately, which is right whatever the exact
relation is. An undecided composition becomes a *suggestion* carrying its derivation; a
reviewer decides. When several hub nodes relate the same pair, decided results must agree
(intersects agrees with anything stronger); if they disagree the pair is a suggestion too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from jointaudit.library.crosswalk.relations import Relationship, reverse

R = Relationship

WORDS = {
    R.EQUAL: "is equal to",
    R.SUBSET: "is a subset of",
    R.SUPERSET: "is a superset of",
    R.INTERSECTS: "intersects",
}

# The shared core of a link derived through the hub starts so (reports word it per language)
HUB_CORE_PREFIX = "Shared through the hub: "


def compose(a_to_hub: Relationship | str, hub_to_b: Relationship | str) -> Relationship | None:
    """The relation A→B implied by A→H and H→B, or None when composition cannot decide."""
    first, second = R(a_to_hub), R(hub_to_b)
    if R.NOT_RELATED in (first, second):
        return None
    if first is R.EQUAL:
        return second
    if second is R.EQUAL:
        return first
    if first is second and first in (R.SUBSET, R.SUPERSET):
        return first
    if first is R.SUPERSET and second in (R.SUBSET, R.INTERSECTS):
        return R.INTERSECTS
    if first is R.INTERSECTS and second is R.SUBSET:
        return R.INTERSECTS
    return None


@dataclass(frozen=True)
class HubMapping:
    """One pack's statement: requirement ``clause_id`` of ``version_id`` relates to a hub node."""

    version_id: str
    clause_id: str
    hub_id: str
    relationship: Relationship

    @property
    def name(self) -> str:
        return f"{self.version_id} {self.clause_id}"


@dataclass(frozen=True)
class HubPath:
    source: HubMapping
    target: HubMapping
    hub_title: str
    result: Relationship | None

    def describe(self) -> str:
        back = reverse(self.target.relationship)
        outcome = self.result.value if self.result else "undecided"
        return (f"{self.source.name} {WORDS[self.source.relationship]} hub {self.source.hub_id}"
                f" '{self.hub_title}', which {WORDS[back]} {self.target.name} ⇒ {outcome}")


@dataclass
class DerivedLink:
    source_version: str
    source_clause: str
    target_version: str
    target_clause: str
    paths: list[HubPath] = field(default_factory=list)

    @property
    def relationship(self) -> Relationship | None:
        """The composed relation when every path that decides agrees; None otherwise."""
        decided = {p.result for p in self.paths if p.result is not None}
        strong = decided - {R.INTERSECTS}
        if len(strong) == 1:
            return strong.pop()
        if not strong and decided:
            return R.INTERSECTS
        return None

    @property
    def decided(self) -> bool:
        return self.relationship is not None

    @property
    def hub_ids(self) -> list[str]:
        return sorted({p.source.hub_id for p in self.paths})

    @property
    def derivation(self) -> str:
        """The path(s) through the hub, in words: the link's rationale."""
        head = "Derived through the hub" if self.decided else (
            "Suggested through the hub (composition cannot decide; a reviewer must)")
        return f"{head}: " + "; ".join(p.describe() for p in self.paths)

    @property
    def shared_core(self) -> str:
        titles = sorted({p.hub_title for p in self.paths})
        return HUB_CORE_PREFIX + "; ".join(titles)


def derive(mappings: Iterable[HubMapping], hub_titles: dict[str, str]) -> list[DerivedLink]:
    """Every cross-scheme pair of requirements that share a hub node, with its paths.

    Pairs are written from the version that sorts first, so a re-derivation produces the same
    direction. Requirements of the same version are never linked to each other here.
    """
    by_node: dict[str, list[HubMapping]] = defaultdict(list)
    for m in mappings:
        by_node[m.hub_id].append(m)
    out: dict[tuple, DerivedLink] = {}
    for hub_id, group in sorted(by_node.items()):
        for a in group:
            for b in group:
                if a.version_id >= b.version_id:
                    continue
                key = (a.version_id, a.clause_id, b.version_id, b.clause_id)
                link = out.get(key)
                if link is None:
                    link = out[key] = DerivedLink(*key)
                link.paths.append(HubPath(a, b, hub_titles.get(hub_id, hub_id),
                                          compose(a.relationship, reverse(b.relationship))))
    return [out[k] for k in sorted(out)]
