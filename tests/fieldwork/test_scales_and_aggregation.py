"""Any scale a scheme uses: letter grades listed best last, levels sharing one severity,
yes/no indicators, result-only levels and "not applicable" with a reason — and the pack's
aggregation rules, with the results worked out by hand from the guide's example."""

from __future__ import annotations

import re
from datetime import date

import pytest

from jointaudit.checklist.template import build_template
from jointaudit.cli import main
from jointaudit.common.errors import InvalidInput
from jointaudit.fieldwork.aggregation import scheme_results
from jointaudit.fieldwork.findings import rate, rate_level, scheme_ratings
from jointaudit.library.packs.importer import import_pack
from jointaudit.library.packs.validate import validate_pack_bytes
from jointaudit.reports.data import BuildOptions
from jointaudit.reports.gather import scheme_report_input
from jointaudit.reports.scheme_report import build_scheme_report
from jointaudit.store.models import JointPlan, Site, Visit
from tests.fieldwork.northern_star import VERSION, northern_star_yaml
from tests.reports.samples import pdf_pages


@pytest.fixture
def star(workspace):
    pack = validate_pack_bytes(northern_star_yaml(), "northern-star.yaml")
    with workspace.session() as s:
        import_pack(s, pack)
        template = build_template(s, "Northern Star", [VERSION])
        site = Site(name="Mina Boreal", country="CA", scale="lsm")
        s.add(site)
        s.flush()
        plan = JointPlan(name="2027", site_id=site.id, template_id=template.id,
                         horizon_start=date(2027, 1, 1))
        s.add(plan)
        s.flush()
        visit = Visit(plan_id=plan.id, site_id=site.id, start=date(2027, 5, 3),
                      end=date(2027, 5, 6))
        s.add(visit)
        s.flush()
        keys = {c.clause_id: c.item_key for c in scheme_ratings(s, visit.id).clauses}
        return workspace, visit.id, keys


def _rate(ws, vid, keys, levels: dict[str, str], reasons: dict[str, str] | None = None):
    with ws.session() as s:
        for clause, level in levels.items():
            rate_level(s, vid, keys[clause], VERSION, clause, level, by="M. Tremblay",
                       reason=(reasons or {}).get(clause, ""))


def _results(ws, vid) -> dict[str, list]:
    with ws.session() as s:
        clauses = scheme_ratings(s, vid).for_scheme(VERSION)
        return {r.rule_id: list(r.sections) for r in scheme_results(s, VERSION, clauses)}


def test_levels_sharing_a_severity_and_yes_no_answers_are_kept_as_set(star):
    ws, vid, keys = star
    _rate(ws, vid, keys, {"P1.1": "AA", "P1.2": "AAA", "P1.3": "yes", "P2.2": "no"})
    with ws.session() as s:
        out = {c.clause_id: c for c in scheme_ratings(s, vid).for_scheme(VERSION)}
    assert [(out[c].level_id, out[c].words, out[c].severity) for c in
            ("P1.1", "P1.2", "P1.3", "P2.2")] == [
        ("AA", "Level AA", "conforms"), ("AAA", "Level AAA", "conforms"),
        ("yes", "Yes", "conforms"), ("no", "No", "major_gap")]
    assert out["P1.1"].provenance == "on_site" and out["P1.1"].by == "M. Tremblay"


def test_a_joint_rating_keeps_a_level_of_the_same_severity(star):
    """AAA and the joint "conforms" mean the same: AAA stays; "Level A" is only proposed
    where nothing was set."""
    ws, vid, keys = star
    _rate(ws, vid, keys, {"P1.2": "AAA"})
    with ws.session() as s:
        rate(s, vid, keys["P1.2"], "conforms")
        rate(s, vid, keys["P2.2"], "minor_gap")  # a yes/no indicator: proposed as "No"
        out = {c.clause_id: c for c in scheme_ratings(s, vid).for_scheme(VERSION)}
    assert (out["P1.2"].level_id, out["P1.2"].provenance) == ("AAA", "on_site")
    assert (out["P2.2"].level_id, out["P2.2"].provenance) == ("no", "carried")


@pytest.mark.parametrize("clause, level, message", [
    ("P1.3", "AAA", "'AAA' is not a level a yes/no requirement of northern-star@1.0 takes"),
    ("P1.1", "yes", "'yes' is not a level a graded requirement"),
    ("P1.1", "leader", "'leader' is not a level a graded requirement"),
    ("P2.3", "NA", "say why it does not apply"),
    ("P2.3", "Z", "northern-star@1.0 has no rating level 'Z'"),
])
def test_a_level_the_requirement_cannot_take_is_refused(star, clause, level, message):
    ws, vid, keys = star
    with pytest.raises(InvalidInput, match=message), ws.session() as s:
        rate_level(s, vid, keys[clause], VERSION, clause, level)


def test_chapter_scores_protocol_grades_and_the_achievement_by_hand(star, capsys):
    ws, vid, keys = star
    _rate(ws, vid, keys, {"P1.1": "AA", "P1.2": "AAA", "P1.3": "yes", "P2.1": "B",
                          "P2.2": "no", "P2.3": "NA"}, {"P2.3": "no agreements: no"
                                                                " Indigenous land nearby"})
    got = _results(ws, vid)
    # P1: AA 90, AAA 100, yes 100 → 290 / 3; P2: B 50, no 0 (NA leaves the count) → 50 / 2
    assert [(s.section, round(s.score, 2), s.rated, s.open) for s in got["chapter_score"]] == [
        ("P1", 96.67, 3, 0), ("P2", 25.0, 2, 0)]
    # P1: AA is not AAA, but AA, AAA and a "yes" are all at least AA; P2: "no" is below B.
    assert [(s.section, s.level_id, s.words) for s in got["protocol_grade"]] == [
        ("P1", "AA", "Level AA"), ("P2", "C", "Level C")]
    assert got["achievement"][0].words == "Not yet a member in good standing"  # P2 < 60
    with ws.session() as s:
        text = " ".join(pdf_pages(build_scheme_report(scheme_report_input(s, vid, VERSION),
                                                      BuildOptions(draft=True))))
    text = re.sub(r"\s+", " ", text)
    assert "Chapter score P1 Tailings management: 96.7 %; P2 Community outreach: 25.0 %" in text
    assert "Protocol grade P1 Tailings management: Level AA; P2 Community outreach: Level C" \
        in text
    assert "Achievement Not yet a member in good standing" in text
    assert main(["findings", str(ws.path), "--visit", str(vid), "--scheme", "northern-star"]) == 0
    out = capsys.readouterr().out
    assert "northern-star@1.0\tChapter score: P1 Tailings management: 96.7 %" in out
    assert "\tLevel AA\t[rated on site by M. Tremblay]" in out

    _rate(ws, vid, keys, {"P2.1": "AAA", "P2.2": "yes"})
    got = _results(ws, vid)
    assert [round(s.score, 2) for s in got["chapter_score"]] == [96.67, 100.0]
    assert (got["achievement"][0].level_id, got["achievement"][0].words) == (
        "leader", "Sector leader")

    _rate(ws, vid, keys, {"P1.1": "A"})  # the critical requirement caps the result
    got = _results(ws, vid)
    assert round(got["chapter_score"][0].score, 2) == 91.67  # (75 + 100 + 100) / 3 ≥ 90
    assert got["achievement"][0].level_id == "member"


def test_an_unrated_requirement_makes_a_result_provisional(star):
    ws, vid, keys = star
    _rate(ws, vid, keys, {"P1.1": "AAA", "P1.2": "AAA"})
    got = _results(ws, vid)
    p1 = got["chapter_score"][0]
    assert (p1.score, p1.rated, p1.open) == (100.0, 2, 1)
    assert got["protocol_grade"][0].open == 1


def _broken(change) -> str:
    import yaml

    data = yaml.safe_load(northern_star_yaml())
    change(data)
    with pytest.raises(InvalidInput) as exc:
        validate_pack_bytes(yaml.safe_dump(data).encode("utf-8"), "broken.yaml")
    return str(exc.value)


@pytest.mark.parametrize("change, expected", [
    (lambda d: d["rating_scale"].pop("yes_no_from_severity"),
     "rating_scale: the scale has yes/no levels (yes, no): say in yes_no_from_severity"),
    (lambda d: d["rating_scale"]["yes_no_from_severity"].update(conforms="AAA"),
     "rating_scale.yes_no_from_severity.conforms: 'AAA' is a graded level"),
    (lambda d: d["rating_scale"]["from_severity"].update(conforms="leader"),
     "rating_scale.from_severity.conforms: 'leader' is a result level"),
    (lambda d: d["aggregation"]["rules"][0]["points"].pop("AA"),
     "aggregation.rules[0].points: rated levels without points: AA"),
    (lambda d: d["aggregation"]["rules"][1]["outcomes"][0].update(all_at_least="AAAA"),
     "aggregation.rules[1].outcomes[0].all_at_least: 'AAAA' is not one of the scale's levels"),
    (lambda d: d["aggregation"]["rules"][2].update(score_rule="protocol_grade"),
     "aggregation.rules[2].score_rule: 'protocol_grade' is not a score rule"),
    (lambda d: d["aggregation"]["rules"][1].update(sections=["P9"]),
     "aggregation.rules[1].sections[0]: section 'P9' is not a requirement of the pack"),
])
def test_rating_rules_that_cannot_work_are_refused_with_the_place(change, expected):
    assert expected in _broken(change)


@pytest.fixture
def irma(workspace):
    """The shipped IRMA pack on a visit of its own, every requirement fully met."""
    from jointaudit.library.packs.validate import validate_pack_file
    from tests.conftest import ROOT

    pack = validate_pack_file(ROOT / "resources" / "packs" / "irma-1.0.yaml")
    with workspace.session() as s:
        import_pack(s, pack)
        template = build_template(s, "IRMA", ["irma@1.0"])
        site = Site(name="Mina Andina", country="PE", scale="lsm", site_type="mine")
        s.add(site)
        s.flush()
        plan = JointPlan(name="2027", site_id=site.id, template_id=template.id,
                         horizon_start=date(2027, 1, 1))
        s.add(plan)
        s.flush()
        visit = Visit(plan_id=plan.id, site_id=site.id, start=date(2027, 6, 7),
                      end=date(2027, 6, 11))
        s.add(visit)
        s.flush()
        keys = {c.clause_id: c.item_key for c in scheme_ratings(s, visit.id).for_scheme(
            "irma@1.0")}
        for clause, key in keys.items():
            rate_level(s, visit.id, key, "irma@1.0", clause, "fully_meets", by="L. Mamani")
    return workspace, visit.id, keys


def _irma(ws, vid, keys, levels: dict[str, str]) -> dict[str, object]:
    with ws.session() as s:
        for clause, level in levels.items():
            rate_level(s, vid, keys[clause], "irma@1.0", clause, level, by="L. Mamani",
                       reason="no noise-sensitive receptors" if level == "not_relevant" else "")
        clauses = scheme_ratings(s, vid).for_scheme("irma@1.0")
        got = {r.rule_id: r for r in scheme_results(s, "irma@1.0", clauses)}
    scores = {sec.section: round(sec.score, 2) for sec in got["chapter_score"].sections}
    return {"scores": scores, "achievement": got["achievement"].sections[0].words}


def test_irma_chapter_scores_and_achievement_level_from_its_pack_rules(irma):
    ws, vid, keys = irma
    # Chapter 1 has seven assessable requirements (five of them critical), chapter 4 eight.
    # Points per rating: fully 100, substantially 75, partially 50, does not meet 0.
    got = _irma(ws, vid, keys, {})
    assert got == {"scores": {"1": 100.0, "2": 100.0, "3": 100.0, "4": 100.0},
                   "achievement": "IRMA 100"}
    # A critical requirement substantially met: (6 × 100 + 75) / 7 = 96.43 → IRMA 75.
    got = _irma(ws, vid, keys, {"1.3.1.1": "substantially_meets"})
    assert (got["scores"]["1"], got["achievement"]) == (96.43, "IRMA 75")
    # Two more gaps in chapter 1: (4 × 100 + 75 + 0 + 50) / 7 = 75.0, still at least 75.
    got = _irma(ws, vid, keys, {"1.4": "does_not_meet", "1.5": "partially_meets"})
    assert (got["scores"]["1"], got["achievement"]) == (75.0, "IRMA 75")
    # Chapter 4 with three requirements not met: 5 × 100 / 8 = 62.5 → IRMA 50.
    got = _irma(ws, vid, keys, {"4.2": "does_not_meet", "4.3": "does_not_meet",
                                "4.4": "does_not_meet"})
    assert (got["scores"]["4"], got["achievement"]) == (62.5, "IRMA 50")
    # Not relevant leaves the count: 4.4 out, 5 × 100 / 7 = 71.43.
    got = _irma(ws, vid, keys, {"4.4": "not_relevant"})
    assert (got["scores"]["4"], got["achievement"]) == (71.43, "IRMA 50")
    # A critical requirement only partially met caps the result, whatever the scores.
    got = _irma(ws, vid, keys, {"1.1.1.1": "partially_meets"})
    assert got["achievement"] == "IRMA Transparency"

    with ws.session() as s:
        text = re.sub(r"\s+", " ", " ".join(pdf_pages(build_scheme_report(
            scheme_report_input(s, vid, "irma@1.0"), BuildOptions(lang="es", draft=True)))))
    assert "Puntuación por capítulo 1 Integridad empresarial: 67,9 %" in text  # 475 / 7
    assert "Nivel de logro IRMA Transparencia" in text
    assert "Requisitos críticos no cumplidos plenamente 2 de 5" in text
