"""The schemes of the field beside the seven first shipped: Bettercoal, ResponsibleSteel,
Fairtrade Gold, CRAFT (openly licensed, attributed), CCCMC's guidelines and ICMM's Mining
Principles. Each has sources and honest flags, maps to the hub, and plans with RJC COP."""

from __future__ import annotations

from datetime import date

import pytest

from jointaudit.common.resources import resource_path
from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.planning.cycles import SchemeHistory, periodic_windows, start_chain
from jointaudit.planning.effort import EffortContext
from jointaudit.planning.visits import PlanInput, plan_greedy
from jointaudit.planning.windows import SiteCalendar

NEW = {
    "bettercoal-2.0.yaml": "bettercoal@2.0",
    "responsiblesteel-2.0.yaml": "responsiblesteel@2.0",
    "fairtrade-gold-2014.yaml": "fairtrade-gold@2014",
    "craft-2.1.yaml": "craft@2.1",
    "cccmc-dd-2022.yaml": "cccmc-dd@2022",
    "icmm-mp-2018.yaml": "icmm-mp@2018",
}
H0, H1 = date(2026, 1, 1), date(2031, 12, 31)


def pack(name):
    return validate_pack_file(resource_path("packs", name))


@pytest.mark.parametrize("name", sorted(NEW))
def test_each_new_scheme_is_shipped_sourced_and_mapped_to_the_hub(name):
    p = pack(name)
    assert p.version_key == NEW[name]
    assert all(d.url for d in p.version.source_documents)
    mapped = [r for r in p.requirements if r.hub]
    assert mapped and all(r.assessable for r in mapped)
    # honest flags: none of these cycles was read from an assurance manual
    assert not p.cycle.verified and "UNVERIFIED" in p.cycle.source + p.rating_scale.source


def test_craft_says_it_is_openly_licensed_and_attributes_its_authors():
    p = pack("craft-2.1.yaml")
    assert "CC BY-SA 4.0" in p.version.licence_note
    assert "Alliance for Responsible Mining" in p.version.licence_note
    assert "RESOLVE" in p.version.licence_note


def test_icmm_has_no_certificate_but_a_yearly_self_assessment_and_a_validation():
    p = pack("icmm-mp-2018.yaml")
    kinds = {a.kind: a for a in p.cycle.audits}
    assert kinds["self_assessment"].mode == "desk" and kinds["self_assessment"].applies == (
        "periodic")
    assert kinds["revalidation"].renews_certificate and p.cycle.validity.years == 3
    assert [r.id for r in p.requirements if r.parent is None][:2] == ["1", "2"]


@pytest.mark.parametrize("name", sorted(NEW))
def test_each_new_scheme_plans_with_rjc_cop_at_one_site(name):
    cop, other = pack("rjc-cop-2019.yaml"), pack(name)
    histories = [SchemeHistory(cop, certificate_start=date(2024, 6, 15),
                               certificate_expiry=date(2027, 6, 14)),
                 SchemeHistory(other, member_since=date(2026, 3, 1),
                               financial_year_end="12-31")]
    chains = tuple(start_chain(h, H0, H1) for h in histories)
    fixed = tuple(w for h in histories for w in periodic_windows(h, H0, H1))
    inp = PlanInput(chains, fixed, {p.version_key: p for p in (cop, other)}, SiteCalendar(),
                    EffortContext(fixed_visit_days=1), H0, H1)
    plan = plan_greedy(inp)
    planned = {w.version_key for w in plan.windows}
    assert planned == {cop.version_key, other.version_key}
    assert not [w for w in plan.unplanned if w.status == "required"]
    for v in plan.visits:
        for w in v.windows:
            assert w.earliest <= v.start <= w.latest
