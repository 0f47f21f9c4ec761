"""Crosswalk files: import all or nothing with named problems; consistency warnings naming
clause ids; suggestions ranked by text similarity that never resurrect a rejected link."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml
from sqlmodel import func, select

from jointaudit.common.errors import InvalidInput
from jointaudit.library.crosswalk.checks import check_links
from jointaudit.library.crosswalk.format import json_schema
from jointaudit.library.crosswalk.importer import import_crosswalk
from jointaudit.library.crosswalk.suggest import store_suggestions, suggest
from jointaudit.store.models import CrosswalkLink, RecognitionRule
from tests.core import _merge_world
from tests.core._merge_world import (
    GRADED_SCALE,
    YES_NO_SCALE,
    add_version,
    link,
)
from tests.core.test_merge_truth_table import A_REQS, B_REQS

# A copied, already migrated workspace (see _merge_world): faster than migrating.
_migrated_workspace = _merge_world._migrated_workspace
workspace = _merge_world.workspace

SCHEMA = Path(__file__).resolve().parents[2] / "resources/schemas/crosswalk-v1.schema.json"

GOOD = """\
format: jointaudit-crosswalk/1
id: alpha-2019--beta-2.0
title: Alpha 2019 and Beta 2.0
source_version: alpha@2019
target_version: beta@2.0
links:
  - {source: "1.1", target: "4.1", relationship: equal, rationale: both ask a policy,
     strength: 8}
  - {source: "1.3", target: "4.3", relationship: subset, rationale: beta sets an age floor,
     strength: 7}
  - source: "1.2"
    target: "4.2"
    relationship: intersects
    rationale: both ask for a grievance channel
    shared_core: A grievance channel exists
    source_addon: open to communities
    target_addon: records kept
recognitions:
  - id: alpha-accepts-beta-supply
    accepting_version: alpha@2019
    provisions: ["1.4"]
    recognised_scheme: beta
    whose: supplier
    effect: evidence
    verified: false
    source: test arrangement
"""


@pytest.fixture
def ws(workspace):
    with workspace.session() as s:
        add_version(s, "alpha", "2019", A_REQS)
        add_version(s, "beta", "2.0", B_REQS, scale=GRADED_SCALE)
    return workspace


def _write(tmp_path, text, name="cw.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_shipped_schema_is_generated_from_the_format_and_accepts_a_good_file():
    assert json.loads(SCHEMA.read_text()) == json_schema()
    jsonschema.validate(yaml.safe_load(GOOD), json_schema())


def test_import_writes_links_and_recognitions(ws, tmp_path):
    with ws.session() as s:
        result = import_crosswalk(s, _write(tmp_path, GOOD))
        assert (result.links_added, result.recognitions) == (3, 1)
        rels = sorted(lk.relationship for lk in s.exec(select(CrosswalkLink)))
        assert rels == ["equal", "intersects", "subset"]
        assert s.exec(select(RecognitionRule)).one().whose == "supplier"
        again = import_crosswalk(s, _write(tmp_path, GOOD))
        assert (again.links_added, again.links_updated) == (0, 3)


def test_a_link_written_the_other_way_round_updates_the_same_pair(ws, tmp_path):
    flipped = GOOD.replace('{source: "1.3", target: "4.3", relationship: subset',
                           '{source: "4.3", target: "1.3", relationship: superset')
    flipped = flipped.replace("source_version: alpha@2019\ntarget_version: beta@2.0",
                              "source_version: beta@2.0\ntarget_version: alpha@2019")
    flipped = flipped.replace('source: "1.1", target: "4.1"', 'source: "4.1", target: "1.1"')
    flipped = flipped.replace('source: "1.2"\n    target: "4.2"',
                              'source: "4.2"\n    target: "1.2"')
    with ws.session() as s:
        import_crosswalk(s, _write(tmp_path, GOOD))
        result = import_crosswalk(s, _write(tmp_path, flipped, "flipped.yaml"))
        assert result.links_updated == 3 and s.exec(select(func.count(CrosswalkLink.id))).one() == 3
        chain = s.exec(select(CrosswalkLink).where(CrosswalkLink.relationship != "equal",
                                                   CrosswalkLink.relationship != "intersects")
                       ).one()
        assert chain.relationship == "subset"  # still read alpha 1.3 → beta 4.3


def test_unknown_clause_is_named_with_line_and_a_close_match_and_nothing_is_saved(ws, tmp_path):
    bad = GOOD.replace('target: "4.3"', 'target: "4.33"')
    with pytest.raises(InvalidInput) as exc, ws.session() as s:
        import_crosswalk(s, _write(tmp_path, bad))
    text = str(exc.value)
    assert "cw.yaml:9: links[1].target: beta@2.0 has no clause '4.33'; did you mean 4, 4.3, 4.1?" in text
    with ws.session() as s:
        assert s.exec(select(func.count(CrosswalkLink.id))).one() == 0


@pytest.mark.parametrize("edit, expected", [
    (("relationship: subset", "relationship: overlaps"),
     "links[1].relationship: Input should be 'equal', 'subset'"),
    (("strength: 7", "strength: 12"), "links[1].strength: Input should be less than or equal"),
    (("    shared_core: A grievance channel exists\n", ""), "needs 'shared_core'"),
    (("effect: evidence", "effect: met"), "never an automatic 'met'"),
    (("source_version: alpha@2019", "source_version: alpha@2013"),
     "scheme version 'alpha@2013' is not in this workspace"),
    (('provisions: ["1.4"]', 'provisions: ["9.9"]'),
     "recognitions[0].provisions[0]: alpha@2019 has no clause '9.9'"),
])
def test_bad_files_are_refused_with_a_named_problem(ws, tmp_path, edit, expected):
    with pytest.raises(InvalidInput) as exc, ws.session() as s:
        import_crosswalk(s, _write(tmp_path, GOOD.replace(*edit)))
    assert expected in str(exc.value)


def test_non_utf8_and_non_yaml_files_get_a_message(ws, tmp_path):
    p = tmp_path / "latin1.yaml"
    p.write_bytes("title: Cr\xe9dito\n".encode("latin-1"))
    with pytest.raises(InvalidInput, match="latin1.yaml"), ws.session() as s:
        import_crosswalk(s, p)
    with pytest.raises(InvalidInput, match="not a crosswalk file"), ws.session() as s:
        import_crosswalk(s, _write(tmp_path, "- just\n- a list\n", "list.yaml"))


def test_consistency_warnings_name_the_clause_ids(workspace):
    with workspace.session() as s:
        a = add_version(s, "alpha", "2019", A_REQS)
        b = add_version(s, "beta", "2.0", B_REQS, scale=GRADED_SCALE)
        c = add_version(s, "gamma", "1", [("C-7", "Child labour prohibited", [], True),
                                          ("C-8", "Mercury", [], True)],
                        scale=YES_NO_SCALE, retired_on=date(2020, 1, 1))
        link(s, (a, "1.3"), "equal", (b, "4.3"))
        link(s, (b, "4.3"), "equal", (c, "C-7"))
        link(s, (a, "1.3"), "not_related", (c, "C-7"))
        link(s, (a, "1.4"), "subset", (b, "4.4"))
        link(s, (c, "C-8"), "intersects", (a, "1.2"), shared_core="x", source_addon="y")
        link(s, (a, "1.1"), "superset", (b, "4.1"))
        s.add(CrosswalkLink(source_requirement_id=_id(s, a, "1.1"),
                            target_requirement_id=_id(s, b, "4.2"), relationship="subset",
                            status="accepted"))
        s.add(CrosswalkLink(source_requirement_id=_id(s, b, "4.2"),
                            target_requirement_id=_id(s, a, "1.1"), relationship="subset",
                            status="accepted"))
        s.flush()
        warnings = {w.code: w.message for w in check_links(s, today=date(2027, 1, 1))}
    assert warnings["crosswalk.contradiction"] == (
        "alpha@2019 1.3 and gamma@1 C-7 are marked not_related, yet equal links join them"
        " through other clauses")
    assert "alpha@2019 1.1 and beta@2.0 4.2 are each a subset of the other" in \
        warnings["crosswalk.mutual-subset"]
    assert warnings["crosswalk.retired-version"].startswith("3 link(s) touch gamma@1, retired on"
                                                            " 2020-01-01")
    assert warnings["crosswalk.one-sided"].endswith("the add-on of alpha@2019 1.2 is not worded")


def _id(s, vid, clause):
    from tests.core._merge_world import req
    return req(s, vid, clause).id


def test_suggestions_rank_the_matching_clause_first_and_skip_rejected(ws):
    with ws.session() as s:
        got = {x.source_clause: x for x in suggest(s, "alpha@2019", "beta@2.0")}
        assert got["1.3"].candidates[0].clause_id == "4.3"
        assert got["1.1"].candidates[0].clause_id == "4.1"
        assert all(len(x.candidates) == 4 for x in got.values())  # all 4 assessable targets
        link(s, ("alpha@2019", "1.4"), "equal", ("beta@2.0", "4.4"), status="rejected")
        got = {x.source_clause: x for x in suggest(s, "alpha@2019", "beta@2.0")}
        assert "4.4" not in [c.clause_id for c in got["1.4"].candidates]
        assert store_suggestions(s, list(got.values()), min_score=0) == 4
        assert {x.source_clause for x in suggest(s, "alpha@2019", "beta@2.0")} == set()


WORDS = """\
    words:
      es: {shared_core: Existe un canal de quejas, source_addon: abierto a las comunidades,
           target_addon: se guardan registros}
      fr: {shared_core: Un canal de plainte existe}
"""


def test_a_links_words_in_other_languages_are_kept_in_the_direction_of_its_row(ws, tmp_path):
    with_words = GOOD.replace("    target_addon: records kept\n",
                              "    target_addon: records kept\n" + WORDS)
    # The same file written beta → alpha: the row keeps alpha → beta, so the add-ons swap.
    flipped = with_words.replace("source_version: alpha@2019\ntarget_version: beta@2.0",
                                 "source_version: beta@2.0\ntarget_version: alpha@2019")
    flipped = flipped.replace('source: "1.2"\n    target: "4.2"',
                              'source: "4.2"\n    target: "1.2"')
    flipped = flipped.replace("source_addon: open to communities", "source_addon: X")
    flipped = flipped.replace("target_addon: records kept", "source_addon: records kept")
    flipped = flipped.replace("source_addon: X", "target_addon: open to communities")
    flipped = flipped.replace("source_addon: abierto a las comunidades,\n           target_addon:"
                              " se guardan registros",
                              "target_addon: abierto a las comunidades,\n           source_addon:"
                              " se guardan registros")
    flipped = flipped.replace('source: "1.1", target: "4.1"', 'source: "4.1", target: "1.1"')
    flipped = flipped.replace('{source: "1.3", target: "4.3", relationship: subset',
                              '{source: "4.3", target: "1.3", relationship: superset')
    for text in (with_words, flipped):
        with ws.session() as s:
            import_crosswalk(s, _write(tmp_path, text))
            row = s.exec(select(CrosswalkLink).where(
                CrosswalkLink.relationship == "intersects")).one()
            assert (row.source_addon, row.target_addon) == ("open to communities", "records kept")
            assert row.words == {
                "es": {"shared_core": "Existe un canal de quejas",
                       "source_addon": "abierto a las comunidades",
                       "target_addon": "se guardan registros"},
                "fr": {"shared_core": "Un canal de plainte existe", "source_addon": "",
                       "target_addon": ""}}


@pytest.mark.parametrize("words, expected", [
    ("      xx: {shared_core: Existe}\n", "cw.yaml:18: links[2].words: 'xx' is not a known"
                                          " language code"),
    ("      Spanish: {shared_core: Existe}\n", "'Spanish' is not a two-letter language code"),
    ("      es: {shared_core: Existe, rationale: porque}\n", "links[2].words.es.rationale"),
])
def test_words_in_an_unknown_language_or_field_are_refused_naming_the_link(ws, tmp_path, words,
                                                                          expected):
    bad = GOOD.replace("    target_addon: records kept\n",
                       "    target_addon: records kept\n    words:\n" + words)
    with pytest.raises(InvalidInput) as exc, ws.session() as s:
        import_crosswalk(s, _write(tmp_path, bad))
    assert "cw.yaml" in str(exc.value) and expected in str(exc.value)
    with ws.session() as s:
        assert s.exec(select(func.count(CrosswalkLink.id))).one() == 0


def test_a_word_in_another_language_needs_the_files_own_word_first(ws, tmp_path):
    bad = GOOD.replace("    target_addon: records kept\n", "").replace(
        "    source_addon: open to communities\n",
        "    source_addon: open to communities\n    words:\n"
        "      es: {target_addon: se guardan registros}\n")
    with pytest.raises(InvalidInput) as exc, ws.session() as s:
        import_crosswalk(s, _write(tmp_path, bad))
    assert "words.es.target_addon is given but 'target_addon' is not" in str(exc.value)


def test_the_guides_example_of_words_in_other_languages_is_a_valid_link():
    from jointaudit.library.crosswalk.format import LinkSpec

    guide = (Path(__file__).resolve().parents[2] / "docs" / "crosswalks.md").read_text("utf-8")
    section = guide.split("### Shared cores and add-ons in other languages", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    (spec,) = [LinkSpec(**item) for item in yaml.safe_load(example)]
    assert spec.words["es"].shared_core == "No discriminación en el trabajo"
    assert spec.words["fr"].source_addon == ""
