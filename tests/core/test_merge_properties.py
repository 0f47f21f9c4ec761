"""Property: whatever the links and the site, every assessable requirement of every selected
scheme is asked exactly once — in exactly one joint item's provenance (shared cores aside) —
or is listed as excluded with a reason."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.pool import StaticPool
from sqlmodel import SQLModel, create_engine, select

from jointaudit.checklist.visit import visit_checklist
from jointaudit.store.db import Workspace
from jointaudit.store.models import Requirement
from tests.core import _merge_world
from tests.core._merge_world import (
    GRADED_SCALE,
    YES_NO_SCALE,
    add_version,
    link,
    template,
    visit_for,
)

# A copied, already migrated workspace (see _merge_world): faster than migrating.
_migrated_workspace = _merge_world._migrated_workspace
workspace = _merge_world.workspace

RELS = ["equal", "subset", "superset", "intersects", "not_related"]
TAGS = ["asm", "lsm", "refiner"]

requirement = st.tuples(st.booleans(), st.lists(st.sampled_from(TAGS), max_size=2, unique=True))
scheme = st.lists(requirement, min_size=1, max_size=8)


@st.composite
def worlds(draw):
    schemes = draw(st.lists(scheme, min_size=2, max_size=3))
    n_links = draw(st.integers(0, 14))
    links = []
    for _ in range(n_links):
        x, y = draw(st.sampled_from([(i, j) for i in range(len(schemes))
                                     for j in range(len(schemes)) if i != j]))
        links.append((x, draw(st.integers(0, len(schemes[x]) - 1)), draw(st.sampled_from(RELS)),
                      y, draw(st.integers(0, len(schemes[y]) - 1)),
                      draw(st.sampled_from(["accepted", "accepted", "suggested"]))))
    site = draw(st.lists(st.sampled_from(TAGS), max_size=2, unique=True))
    return schemes, links, site


def _memory_workspace() -> Workspace:
    engine = create_engine("sqlite://", connect_args={"check_same_thread": False},
                           poolclass=StaticPool)
    SQLModel.metadata.create_all(engine)
    return Workspace(Path(":memory:"), engine)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(worlds())
def test_every_assessable_requirement_is_asked_once_or_excluded_with_reason(world):
    schemes, links, site_tags = world
    scales = [None, GRADED_SCALE, YES_NO_SCALE]
    with _memory_workspace() as ws, ws.session() as s:
        vids = []
        for n, reqs in enumerate(schemes):
            rows = [(f"{n}.{i}", f"requirement {n}.{i}", [], assessable, tags)
                    for i, (assessable, tags) in enumerate(reqs)]
            kw = {"scale": scales[n]} if scales[n] else {}
            vids.append(add_version(s, f"s{n}", "1", rows, **kw))
        seen_pairs = set()
        for x, i, rel, y, j, status in links:
            pair = (x, i, y, j)
            if pair in seen_pairs:
                continue
            seen_pairs.add(pair)
            link(s, (vids[x], f"{x}.{i}"), rel, (vids[y], f"{y}.{j}"), status=status)
        t = template(s, vids)
        v = visit_for(s, t, tags=site_tags)
        cl = visit_checklist(s, v.id)

        asked = Counter(src.requirement_id for it in cl.items for src in it.primary)
        excluded = {e.requirement_id: e.reason for e in cl.excluded}
        assessable = [r.id for r in s.exec(select(Requirement).where(Requirement.assessable))]
        for rid in assessable:
            assert (asked[rid], rid in excluded) in ((1, False), (0, True)), rid
            if rid in excluded:
                assert "applies to" in excluded[rid]
        assert set(asked) <= set(assessable)
        for it in cl.items:
            if it.kind == "core":
                assert {src.role for src in it.sources} == {"core"} and it.sources
