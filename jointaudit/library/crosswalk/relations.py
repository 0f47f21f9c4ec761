"""The link vocabulary (NIST IR 8477 relationships read as obligations) and its algebra.

A link A → B says how A's obligations relate to B's: ``subset`` means everything A demands,
B demands too, and B demands more — so B is the *broader* requirement. Reversing a link
swaps subset and superset; the other relationships are symmetric.
"""

from __future__ import annotations

from enum import StrEnum


class Relationship(StrEnum):
    EQUAL = "equal"
    SUBSET = "subset"
    SUPERSET = "superset"
    INTERSECTS = "intersects"
    NOT_RELATED = "not_related"


class Origin(StrEnum):
    PUBLISHED = "published"
    CURATED = "curated"
    SUGGESTED = "suggested"
    DERIVED = "derived"  # composed through the hub (library/crosswalk/hub.py)


class LinkStatus(StrEnum):
    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


def reverse(rel: Relationship | str) -> Relationship:
    rel = Relationship(rel)
    if rel is Relationship.SUBSET:
        return Relationship.SUPERSET
    if rel is Relationship.SUPERSET:
        return Relationship.SUBSET
    return rel


def narrower_broader(source, target, rel: Relationship | str):
    """For subset/superset, the pair (narrower, broader); None for the other relationships."""
    rel = Relationship(rel)
    if rel is Relationship.SUBSET:
        return source, target
    if rel is Relationship.SUPERSET:
        return target, source
    return None
