"""Effort of a joint visit follows the merged checklist once one exists: a scheme's share of
shared items (from the template's provenance) replaces its pack's default overlap."""

from datetime import date

from sqlmodel import select

from jointaudit.checklist.template import build_template
from jointaudit.demo.seed import create_and_seed
from jointaudit.planning.inputs import PlanOptions, overlap_shares
from jointaudit.services.planning import plan_sites
from jointaudit.store.models import JointItem, JointItemSource, Requirement

MINE = "Nkwanta Ridge Gold Mine"
VERSIONS = ["rjc-cop@2019", "irma@1.0"]


def _shares_from_provenance(session) -> dict[str, float]:
    """Independent count: a requirement is shared when its joint item also asks the other scheme."""
    rows = session.exec(
        select(JointItem.id, Requirement.version_id, Requirement.id)
        .join(JointItemSource, JointItemSource.item_id == JointItem.id)
        .join(Requirement, Requirement.id == JointItemSource.requirement_id)
        .where(Requirement.assessable == True)  # noqa: E712
    ).all()
    versions_of_item: dict[int, set[str]] = {}
    for item, version, _ in rows:
        versions_of_item.setdefault(item, set()).add(version)
    shares = {}
    for v in VERSIONS:
        mine = {(item, req) for item, ver, req in rows if ver == v}
        shared = {req for item, req in mine if len(versions_of_item[item]) > 1}
        shares[v] = len(shared) / len({req for _, req in mine})
    return shares


def _joint_visit_person_days(ws) -> float:
    view = plan_sites(ws, MINE, PlanOptions(date(2026, 11, 22)))[0]
    joint = [v for v in view.visits
             if any(a.startswith("RJC") for a in v.audits)
             and any(a.startswith("IRMA") for a in v.audits)]
    assert joint, "the demo mine has a visit covering RJC and IRMA"
    return joint[0].person_days_joint


def test_merged_template_drives_the_joint_visits_effort(tmp_path):
    ws, _ = create_and_seed(tmp_path / "demo.jaworkspace")
    with ws:
        with ws.session() as s:
            assert overlap_shares(s, VERSIONS) == {}  # no template yet: pack defaults apply
        before = _joint_visit_person_days(ws)

        with ws.session() as s:
            build_template(s, "Nkwanta joint checklist", VERSIONS)
        with ws.session() as s:
            shares = overlap_shares(s, VERSIONS)
            expected = _shares_from_provenance(s)
        assert shares.keys() == set(VERSIONS)
        for v in VERSIONS:
            assert abs(shares[v] - expected[v]) < 1e-3
            assert 0 < shares[v] < 1  # the curated crosswalk shares some, not all, items
        after = _joint_visit_person_days(ws)
        assert after != before  # the template's measured overlap replaced the pack default
