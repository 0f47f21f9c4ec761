"""The published JSON Schema is the format the models define, every shipped pack passes
both it and the validator, and the guide's worked example is a valid pack."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from jointaudit.common.errors import ProblemList
from jointaudit.common.resources import resource_path
from jointaudit.library.packs.schema_file import SCHEMA_FILE, schema_text
from jointaudit.library.packs.source import parse_yaml
from jointaudit.library.packs.validate import validate_pack_bytes, validate_pack_file
from tests.conftest import PACKS, ROOT
from tests.packs.conftest import MINIMAL

SHIPPED = sorted(PACKS.glob("*.yaml"))
GUIDE = ROOT / "docs" / "pack-format.md"


def _schema() -> dict:
    return json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8"))


def test_committed_schema_equals_the_models():
    committed = resource_path(*SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == schema_text(), (
        "format.py changed: run `python -m jointaudit.library.packs.schema_file` and commit the result")


def _yaml_data(path):
    problems = ProblemList(str(path))
    doc = parse_yaml(path.read_bytes(), str(path), problems)
    assert not problems, problems.problems
    return doc.data


@pytest.mark.parametrize("path", SHIPPED + [MINIMAL], ids=lambda p: p.name)
def test_pack_passes_schema_and_validator(path):
    jsonschema.validate(_yaml_data(path), _schema())
    validate_pack_file(path)


def test_schema_refuses_what_the_validator_refuses_structurally():
    data = _yaml_data(MINIMAL)
    data["requirements"][0]["titel"] = data["requirements"][0].pop("title")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, _schema())


def _worked_example() -> str:
    text = GUIDE.read_text(encoding="utf-8")
    match = re.search(r"<!-- worked-example -->\s*```yaml\n(.*?)```", text, re.S)
    assert match, "docs/pack-format.md lost its worked example"
    return match.group(1)


def test_worked_example_in_the_guide_is_a_valid_pack():
    pack = validate_pack_bytes(_worked_example().encode("utf-8"), "pack-format.md example")
    assert pack.version_key == "clear-river@1.0"
    assert [r.id for r in pack.requirements] == ["1", "1.1", "1.2"]


def test_guide_lists_every_anchor_and_severity():
    from jointaudit.common.date_rules import ANCHORS
    from jointaudit.common.severity import Severity

    text = GUIDE.read_text(encoding="utf-8")
    for name in list(ANCHORS) + [s.value for s in Severity]:
        assert f"`{name}`" in text, name
