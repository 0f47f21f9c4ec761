"""Importing a pack: all of it lands in the tables; re-importing is safe."""

from __future__ import annotations

import pytest
from sqlmodel import select

from jointaudit.common.errors import InvalidInput, NotFound
from jointaudit.library.packs.importer import import_pack_file
from jointaudit.library.packs.loader import latest_version_id, load_pack, load_pack_from
from jointaudit.services import library
from jointaudit.store.models import (
    CycleRule,
    RatingLevel,
    ReportProfile,
    Requirement,
    SchemeVersion,
    SeverityMapping,
)
from tests.packs.conftest import MINIMAL, table_counts


def _variant(tmp_path, name, *replacements):
    text = MINIMAL.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_import_fills_every_table(workspace):
    result = import_pack_file(workspace, MINIMAL)
    assert (result.version_id, result.status, result.requirements) == (
        "example-mining@1.0", "imported", 5)
    with workspace.session() as s:
        version = s.get(SchemeVersion, "example-mining@1.0")
        assert version.pack_sha256 == result.sha256 and version.imported_from == MINIMAL.name
        reqs = s.exec(select(Requirement).order_by(Requirement.position)).all()
        assert [r.clause_id for r in reqs] == ["1", "1.1", "1.2", "2", "2.1"]
        assert (reqs[1].parent_clause_id, reqs[1].critical, reqs[1].level) == ("1", True, "entry")
        assert reqs[0].assessable is False and reqs[4].answer == "yes_no"
        levels = s.exec(select(RatingLevel).order_by(RatingLevel.position)).all()
        assert [(lv.level_id, lv.severity) for lv in levels][:2] == [
            ("C", "conforms"), ("MIN", "minor_gap")]
        assert levels[1].words == {"en": "Minor non-conformance", "es": "No conformidad menor"}
        back = {m.severity: m.level_id for m in s.exec(select(SeverityMapping))}
        assert back["not_assessed"] == "NR" and len(back) == 6
        kinds = sorted(r.kind for r in s.exec(select(CycleRule)))
        assert kinds == ["certification", "deadline:cap_plan", "escalation", "mid_term_review",
                         "recertification", "validity", "validity_event:major_nc",
                         "validity_event:major_nc"]
        recert = s.exec(select(CycleRule).where(CycleRule.kind == "recertification")).one()
        assert recert.verified and recert.mode == "on_site"
        assert recert.body["window"]["earliest"] == {
            "anchor": "certificate_expiry", "offset": {"years": 0, "months": -4, "weeks": 0,
                                                       "days": 0}}
        profile = s.exec(select(ReportProfile)).one()
        assert [sec["id"] for sec in profile.body["sections"]][:2] == ["cover", "scope"]


def test_reimporting_the_same_pack_changes_nothing(workspace, tmp_path):
    import_pack_file(workspace, MINIMAL)
    before = table_counts(workspace)
    with workspace.session() as s:
        ids = [r.id for r in s.exec(select(Requirement))]
    # Comments and layout are not content: still the same pack.
    reformatted = _variant(tmp_path, "same.yaml", ("# A small", "# Reformatted copy. A small"))
    assert import_pack_file(workspace, reformatted).status == "unchanged"
    assert import_pack_file(workspace, MINIMAL).status == "unchanged"
    assert table_counts(workspace) == before
    with workspace.session() as s:
        assert [r.id for r in s.exec(select(Requirement))] == ids


def test_a_new_version_is_added_next_to_the_old_one(workspace, tmp_path):
    import_pack_file(workspace, MINIMAL)
    newer = _variant(tmp_path, "v2.yaml", ('id: "1.0"', 'id: "2.0"'),
                     ("effective_from: 2024-01-01", "effective_from: 2026-01-01"))
    assert import_pack_file(workspace, newer).version_id == "example-mining@2.0"
    assert [v.id for v in library.list_versions(workspace)] == [
        "example-mining@1.0", "example-mining@2.0"]
    with workspace.session() as s:
        assert latest_version_id(s, "example-mining") == "example-mining@2.0"
        assert len(s.exec(select(Requirement)).all()) == 10


def test_changed_content_under_the_same_version_needs_replace(workspace, tmp_path):
    import_pack_file(workspace, MINIMAL)
    with workspace.session() as s:
        before = {r.clause_id: r.id for r in s.exec(select(Requirement))}
        overlaid = s.exec(select(Requirement).where(Requirement.clause_id == "1.1")).one()
        overlaid.text, overlaid.text_source = "Official text held by the user", "texts.csv"
    changed = _variant(tmp_path, "changed.yaml",
                       ("title: Safe working conditions are managed", "title: Safe work"),
                       ('''  - id: "2.1"''', '''  - id: "2.2"
    parent: "2"
    title: Tailings are stored safely
    assessable: true
  - id: "2.1"'''))
    counts = table_counts(workspace)
    with pytest.raises(InvalidInput, match="--replace"):
        import_pack_file(workspace, changed)
    assert table_counts(workspace) == counts
    assert import_pack_file(workspace, changed, replace=True).status == "replaced"
    with workspace.session() as s:
        after = {r.clause_id: r for r in s.exec(select(Requirement))}
    assert {c: after[c].id for c in before} == before  # rows keep their ids
    assert after["1.2"].title == "Safe work" and "2.2" in after
    assert after["1.1"].text == "Official text held by the user"  # overlay survives


def test_loader_gives_back_the_pack_the_engines_read(workspace):
    import_pack_file(workspace, MINIMAL)
    pack = load_pack_from(workspace, "example-mining@1.0")
    assert pack.cycle.audits[2].due.offset.months == -1
    assert pack.rating_scale.from_severity["major_gap"] == "MAJ"
    with workspace.session() as s, pytest.raises(NotFound, match="example-mining@1.0"):
        load_pack(s, "rjc-cop@1999")


def test_library_read_models(workspace):
    outcome = library.import_pack(workspace, MINIMAL)
    assert outcome.ok and outcome.problems == ()
    tree = library.requirement_tree(workspace, "example-mining@1.0")
    assert [(r.clause_id, r.depth) for r in tree] == [("1", 0), ("1.1", 1), ("1.2", 1),
                                                      ("2", 0), ("2.1", 1)]
    found = library.search_requirements(workspace, "mercury")
    assert [r.clause_id for r in found] == ["2.1"]
    (row,) = library.list_versions(workspace)
    assert (row.requirements, row.assessable) == (5, 3)
    assert row.unverified_rules == 3  # cycle validity, mid-term window, 2026 major-NC rule


def test_library_import_returns_problems_as_data(workspace):
    from tests.packs.conftest import BROKEN

    outcome = library.import_pack(workspace, BROKEN / "unknown_level.yaml")
    assert not outcome.ok
    assert outcome.problems[0].path == "rating_scale.from_severity.major_gap"
