"""The shipped crosswalks against the shipped packs: every clause id exists, the files pass
their JSON Schema and the consistency checks, and merging RJC COP 2019 with Fairmined 2.0
asks fewer questions than the two checklists side by side."""

from __future__ import annotations

import jsonschema
import pytest

from jointaudit.checklist.template import load_plan
from jointaudit.common.errors import ProblemList
from jointaudit.common.resources import resource_path
from jointaudit.library.crosswalk.checks import check_links
from jointaudit.library.crosswalk.format import json_schema
from jointaudit.library.crosswalk.importer import import_shipped, shipped_crosswalk_files
from jointaudit.library.crosswalk.suggest import evaluate
from jointaudit.library.packs.importer import import_pack_file
from jointaudit.library.packs.source import read_yaml_file
from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.store.db import create_workspace
from jointaudit.store.models import CrosswalkLink, RecognitionRule


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    ws = create_workspace(tmp_path_factory.mktemp("shipped") / "w.jaworkspace")
    for pack in sorted(resource_path("packs").glob("*.yaml")):
        import_pack_file(ws, pack)
    with ws.session() as s:
        done, skipped = import_shipped(s)
    yield ws, done, skipped
    ws.close()


def test_every_shipped_crosswalk_imports_with_all_clause_ids_known(shipped):
    ws, done, skipped = shipped
    assert skipped == []
    assert {d.crosswalk_id for d in done} == {"rjc-cop-2019--fairmined-2.0",
                                              "rjc-cop-2019--irma-1.0", "recognitions-gold",
                                              "rjc-coc-2012--rjc-coc-2017",
                                              "recognitions-rjc-coc-2017"}
    with ws.session() as s:
        links = s.exec(CrosswalkLink.__table__.select()).all()
        origins = {row.origin for row in links}
        rules = {r.rule_key: r for r in s.exec(RecognitionRule.__table__.select()).all()}
    assert origins == {"curated"} and len(links) > 40
    assert rules["rjc-coc-accepts-fairmined-supply"].whose == "supplier"
    assert rules["rjc-coc-accepts-fairmined-supply"].effect == "evidence"
    assert rules["rjc-coc-accepts-lbma-refiners"].provisions == ["10.4"]
    # under the 2017 numbering the same arrangements are evidence on the mapped provision
    assert rules["rjc-coc-2017-accepts-lbma-refiners"].provisions == ["1"]
    assert rules["rjc-coc-2017-accepts-lbma-refiners"].effect == "evidence"


@pytest.mark.parametrize("path", shipped_crosswalk_files(), ids=lambda p: p.name)
def test_shipped_files_match_the_json_schema(path):
    # read as the importer reads (dates stay text, as JSON has them)
    doc = read_yaml_file(path, ProblemList(str(path)))
    jsonschema.validate(doc.data, json_schema())


def test_shipped_links_raise_no_consistency_warning(shipped):
    ws, _, _ = shipped
    with ws.session() as s:
        assert [w.message for w in check_links(s)] == []


def test_rjc_cop_and_fairmined_merge_reduces_the_questions(shipped):
    ws, _, _ = shipped
    with ws.session() as s:
        plan = load_plan(s, ["rjc-cop@2019", "fairmined@2.0"])
    expected = sum(r.assessable for v in ("rjc-cop-2019", "fairmined-2.0")
                   for r in validate_pack_file(resource_path("packs", f"{v}.yaml")).requirements)
    assert plan.assessable == expected
    # 15 equal/subset/superset links fold 15 clauses into clusters; 7 intersects links add
    # 7 shared cores.
    assert len(plan.items) == plan.assessable - 15 + 7
    assert plan.topic_links == 2


def test_suggestions_find_most_curated_links(shipped):
    ws, _, _ = shipped
    with ws.session() as s:
        fm = evaluate(s, "rjc-cop@2019", "fairmined@2.0")
        irma = evaluate(s, "rjc-cop@2019", "irma@1.0")
    assert fm.links >= 20 and irma.links >= 25
    assert fm.recall_at_5 > 0.5 and irma.recall_at_5 > 0.5


def test_one_rating_on_the_real_packs_reads_in_each_schemes_words(shipped):

    from jointaudit.checklist.template import build_template
    from jointaudit.fieldwork.findings import rate, scheme_ratings, set_override
    from tests.core._merge_world import visit_for

    ws, _, _ = shipped
    with ws.session() as s:
        versions = ["rjc-cop@2019", "fairmined@2.0", "irma@1.0"]
        t = build_template(s, "mine", versions)
        visit = visit_for(s, t, scale="asm", site_type="mine")
        clauses = {(c.version_id, c.clause_id): c for c in scheme_ratings(s, visit.id).clauses}
        child = clauses[("rjc-cop@2019", "18")].item_key
        # RJC 18 = Fairmined 3.1.1, and RJC 18 ⊂ IRMA 3.1: one item across three schemes.
        assert clauses[("fairmined@2.0", "3.1.1")].item_key == child
        assert clauses[("irma@1.0", "3.1")].item_key == child
        rate(s, visit.id, child, "conforms")
        ok = {(c.version_id, c.clause_id): c for c in scheme_ratings(s, visit.id).for_item(child)}
        set_override(s, visit.id, child, "rjc-cop@2019", "minor_nc", clause_id="18")
        gap = {(c.version_id, c.clause_id): c
               for c in scheme_ratings(s, visit.id).for_item(child)}
        rate(s, visit.id, child, "major_gap")
        major = {(c.version_id, c.clause_id): c
                 for c in scheme_ratings(s, visit.id).for_item(child)}
        s.rollback()
    # The item is phrased on the broadest clause, IRMA 3.1; conforming there implies the rest.
    assert ok[("irma@1.0", "3.1")].words == "Fully meets"
    assert ok[("rjc-cop@2019", "18")].words == "Conformance"
    assert ok[("fairmined@2.0", "3.1.1")].words == "Conforms"
    # A minor NC given to RJC 18 is proposed for the broader IRMA 3.1, in IRMA's words.
    assert gap[("rjc-cop@2019", "18")].words == "Minor non-conformance"
    assert gap[("rjc-cop@2019", "19")].words == "Conformance"  # the override is 18's only
    assert gap[("fairmined@2.0", "3.1.1")].words == "Minor non-conformity"  # equal to RJC 18
    assert gap[("irma@1.0", "3.1")].words == "Substantially meets"
    assert "implied by the narrower rjc-cop@2019 18" in gap[("irma@1.0", "3.1")].basis
    # A gap on IRMA 3.1 says nothing about RJC 19 (forced labour): it needs its own rating.
    assert major[("irma@1.0", "3.1")].words == "Partially meets"
    assert major[("rjc-cop@2019", "19")].needs_decision


def test_the_2012_coc_numbering_merges_onto_the_2017_one(shipped):
    """Data on the retired 2012 numbering keeps its place: a joint template of both versions
    puts every rated 2012 provision on a 2017 provision, so there are as many joint items as
    the 2017 numbering has rated provisions."""
    from sqlmodel import func, select

    from jointaudit.checklist.template import build_template
    from jointaudit.store.models import JointItem, Requirement

    ws, _, _ = shipped
    with ws.session() as s:
        t = build_template(s, "coc 2012 + 2017", ["rjc-coc@2012", "rjc-coc@2017"])
        items = s.exec(select(func.count()).select_from(JointItem)
                       .where(JointItem.template_id == t.id)).one()
        rated = s.exec(select(func.count()).select_from(Requirement).where(
            Requirement.version_id == "rjc-coc@2017", Requirement.assessable == True  # noqa: E712
        )).one()
        s.rollback()
    assert items == rated > 5
