"""The site obligations register (deduplicated, by topic, recognitions, deadlines, open
actions, never a confidential note) and the topic × scheme coverage map."""

from __future__ import annotations

from datetime import date

import pytest

from jointaudit.checklist.coverage import coverage_map
from jointaudit.checklist.obligations import register
from jointaudit.common.errors import NotFound
from jointaudit.common.severity import Severity
from jointaudit.fieldwork.corrective_actions import raise_actions
from jointaudit.fieldwork.findings import rate, scheme_ratings
from jointaudit.store.models import Certificate, RecognitionRule
from tests.core import _merge_world
from tests.core._merge_world import (
    GRADED_SCALE,
    add_version,
    link,
    template,
    visit_for,
)
from tests.core.test_merge_truth_table import A_REQS, B_REQS

# A copied, already migrated workspace (see _merge_world): faster than migrating.
_migrated_workspace = _merge_world._migrated_workspace
workspace = _merge_world.workspace

B_WITH_LSM = B_REQS + [("4.5", "Tailings dam safety review", ["tailings"], True, ["lsm"])]


@pytest.fixture
def site(workspace):
    with workspace.session() as s:
        a = add_version(s, "alpha", "2019", A_REQS)
        b = add_version(s, "beta", "2.0", B_WITH_LSM, scale=GRADED_SCALE)
        link(s, (a, "1.1"), "equal", (b, "4.1"))
        link(s, (a, "1.3"), "subset", (b, "4.3"))
        link(s, (a, "1"), "equal", (b, "4"))  # chapters: a topic link
        t = template(s, [a, b])
        v = visit_for(s, t, tags=["asm"], start=date(2027, 3, 8), end=date(2027, 3, 12))
        s.add(Certificate(site_id=v.site_id, scheme_id="alpha", scheme_version_id=a,
                          number="A-1", issued_on=date(2025, 5, 1), expires_on=date(2028, 4, 30)))
        s.add(Certificate(site_id=v.site_id, scheme_id="beta", scheme_version_id=b,
                          number="B-7", issued_on=date(2026, 6, 1), expires_on=date(2027, 5, 31)))
        s.add(RecognitionRule(rule_key="alpha-accepts-beta", accepting_version_id=a,
                              provisions=["1.4"], recognised_scheme_id="beta", verified=True,
                              source="test"))
        keys = {c.clause_id: c.item_key for c in scheme_ratings(s, v.id).clauses}
        rate(s, v.id, keys["1.1"], Severity.MINOR_GAP, observation="Policy unsigned")
        rate(s, v.id, keys["1.2"], Severity.MAJOR_GAP, observation="Named informant: J. Doe",
             confidential=True)
        raise_actions(s, v.id)
    return workspace


def test_register_asks_each_obligation_once_with_every_schemes_clause(site):
    with site.session() as s:
        reg = register(s, "Mina Esperanza", on=date(2027, 3, 1))
    items = [o for group in reg.groups.values() for o in group]
    policy = next(o for o in items if o.title == "Written human rights policy")
    assert [(v, c) for v, c, _ in policy.requires] == [("alpha@2019", "1.1"), ("beta@2.0", "4.1")]
    assert reg.reduction == "8 applicable requirements → 6 obligations"
    assert [e.clause_id for e in reg.excluded] == ["4.5"]  # lsm only; the site is asm
    mercury = next(o for o in items if o.title == "Mercury use is reduced")
    assert mercury.recognition and "B-7" in mercury.recognition[0]
    assert [a.status for a in policy.open_actions] == ["open", "open"]
    assert policy.open_actions[0].description == "Policy unsigned"
    grievance = next(o for o in items if o.title.startswith("Grievance"))
    assert grievance.open_actions and all(a.description == "" for a in grievance.open_actions)
    assert "Named informant" not in repr(reg)
    whats = [(u.due, u.what) for u in reg.upcoming]
    # a visit is named with exactly the audits its plan gave it (none recorded here)
    assert (date(2027, 3, 8), "visit") in whats
    assert (date(2027, 5, 31), "beta certificate B-7 expires") in whats
    # one row per scheme and due date, naming the clauses the plans answer
    assert (date(2027, 4, 12), "corrective action plan due (1.1, 1.2)") in whats


def test_register_for_unknown_site_names_the_known_ones(site):
    with pytest.raises(NotFound, match="no site named 'Mina X' \\(sites: Mina Esperanza\\)"), \
            site.session() as s:
        register(s, "Mina X")


def test_coverage_map_counts_clauses_shared_clauses_overlap_and_topic_links(site):
    with site.session() as s:
        cov = coverage_map(s, ["alpha@2019", "beta@2.0"])
    hr_a = cov.cell("human-rights", "alpha@2019")
    assert (hr_a.clauses, hr_a.shared) == (("1.1",), 1)
    assert cov.cell("tailings", "beta@2.0").count == 1
    assert cov.only_in("beta@2.0") == ["tailings"]
    assert cov.overlap[("child-labour", "alpha@2019", "beta@2.0")] == 1
    assert ("mercury", "alpha@2019", "beta@2.0") not in cov.overlap
    assert cov.topic_links == {}  # the chapter link's topics differ (governance vs hr)
