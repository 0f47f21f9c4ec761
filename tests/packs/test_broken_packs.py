"""Every broken pack is refused with a message naming the file and the place, and imports
nothing — whatever is wrong, the workspace is left exactly as it was."""

from __future__ import annotations

import subprocess
import sys

import pytest

from jointaudit.cli import main as cli_main
from jointaudit.common.errors import InvalidInput
from jointaudit.library.packs.importer import import_pack_file
from jointaudit.library.packs.validate import validate_pack_file
from tests.packs.conftest import BROKEN, MINIMAL, table_counts

# file -> (problem code, field path it must name (None: only a line), line)
EXPECTED = {
    "yaml_syntax.yaml": ("yaml.syntax", None, 86),
    "not_utf8.yaml": ("input.not-utf8", None, 19),
    "empty.yaml": ("yaml.empty", None, 1),
    "list_not_mapping.yaml": ("pack.not-mapping", None, 1),
    "duplicate_key.yaml": ("yaml.duplicate-key", "scheme.name", 6),
    "wrong_format.yaml": ("pack.literal_error", "format", 2),
    "missing_title.yaml": ("pack.missing", "requirements[2].title", 36),
    "misspelt_field.yaml": ("pack.extra_forbidden", "requirements[4].titel", 47),
    "assessable_not_bool.yaml": ("pack.bool_parsing", "requirements[3].assessable", 44),
    "version_unquoted.yaml": ("pack.string_type", "version.id", 8),
    "impossible_date.yaml": ("pack.date_from_datetime_parsing", "version.effective_from", 11),
    "rule_without_source.yaml": ("pack.missing", "rating_scale.source", 53),
    "duplicate_clause.yaml": ("pack.duplicate-id", "requirements[2].id", 36),
    "dangling_parent.yaml": ("pack.dangling-parent", "requirements[4].parent", 46),
    "parent_cycle.yaml": ("pack.parent-cycle", "requirements[0].parent", 25),
    "unknown_topic.yaml": ("pack.unknown-topic", "requirements[1].topics[0]", 30),
    "unknown_tag.yaml": ("pack.unknown-tag", "requirements[4].applies_to[0]", 49),
    "unknown_severity.yaml": ("pack.enum", "rating_scale.levels[1].severity", 62),
    "unmapped_severity.yaml": ("pack.unmapped-severity", "rating_scale.from_severity", 75),
    "unknown_level.yaml": ("pack.unknown-level", "rating_scale.from_severity.major_gap", 78),
    "one_way_mapping.yaml": ("pack.asymmetric-mapping", "rating_scale.levels[1].severity", 62),
    "reversed_window.yaml": ("pack.reversed-window", "cycle.audits[1].window", 105),
    "reversed_due.yaml": ("pack.reversed-window", "cycle.audits[2].window", 115),
    "unknown_anchor.yaml": ("pack.unknown-anchor", "cycle.audits[2].window.latest.anchor", 117),
    "reversed_effective_dates.yaml": ("pack.reversed-dates",
                                      "cycle.validity_events[0].effective_from", 129),
    "offset_out_of_range.yaml": ("pack.offset-out-of-range", "cycle.validity.years", 85),
}


def test_every_broken_pack_on_disk_has_an_expectation():
    assert sorted(p.name for p in BROKEN.glob("*.yaml")) == sorted(EXPECTED)
    assert len(EXPECTED) >= 15


def test_the_minimal_pack_they_vary_is_valid():
    assert validate_pack_file(MINIMAL).version_key == "example-mining@1.0"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_pack_is_refused_naming_file_and_place(name):
    code, path, line = EXPECTED[name]
    with pytest.raises(InvalidInput) as caught:
        validate_pack_file(BROKEN / name)
    matching = [p for p in caught.value.problems if p.code == code]
    assert matching, [str(p) for p in caught.value.problems]
    problem = matching[0]
    assert problem.file == str(BROKEN / name)
    assert (problem.path, problem.line) == (path, line)
    assert str(BROKEN / name) in str(caught.value)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_pack_imports_nothing(workspace, name):
    import_pack_file(workspace, MINIMAL)  # something already there must stay as it is
    before = table_counts(workspace)
    with pytest.raises(InvalidInput):
        import_pack_file(workspace, BROKEN / name)
    assert table_counts(workspace) == before


def test_all_problems_of_a_file_are_reported_at_once(tmp_path):
    text = MINIMAL.read_text(encoding="utf-8")
    text = text.replace('parent: "2"', 'parent: "9"').replace("topics: [labour]",
                                                              "topics: [labor]", 1)
    text = text.replace("    minor_gap: MIN", "    minor_gap: MAJ").replace(
        "assessable: false", "assessable: perhaps", 1)
    bad = tmp_path / "many.yaml"
    bad.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        validate_pack_file(bad)
    codes = {p.code for p in caught.value.problems}
    assert codes == {"pack.dangling-parent", "pack.unknown-topic", "pack.asymmetric-mapping",
                     "pack.bool_parsing"}


def test_oversized_file_is_refused_before_parsing(tmp_path):
    from jointaudit.library.packs.source import MAX_PACK_BYTES

    big = tmp_path / "big.yaml"
    big.write_bytes(MINIMAL.read_bytes() + b"#" * MAX_PACK_BYTES)
    with pytest.raises(InvalidInput, match="at most 5,242,880 bytes"):
        validate_pack_file(big)


def test_alias_bomb_is_refused(tmp_path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i-1}"] * 10) + "]" for i in range(1, 9)]
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        validate_pack_file(bomb)
    assert caught.value.problems[0].code == "yaml.too-complex"


def test_cli_validate_pack_reports_each_file(capsys):
    code = cli_main(["validate-pack", str(MINIMAL), str(BROKEN / "dangling_parent.yaml")])
    out, err = capsys.readouterr()
    assert code == 2
    assert f"{MINIMAL}: OK (example-mining@1.0, 5 requirements)" in out
    assert f"{BROKEN / 'dangling_parent.yaml'}:46: requirements[4].parent" in err


def test_console_command_exits_cleanly_without_traceback():
    result = subprocess.run([sys.executable, "-m", "jointaudit", "validate-pack",
                             str(BROKEN / "not_utf8.yaml")], capture_output=True, text=True)
    assert result.returncode == 2
    assert "not UTF-8" in result.stderr and "Traceback" not in result.stderr
