"""Pack authoring as scheme staff do it: a workbook round trip (to-table → edit → from-table
→ validate-pack), clause ids listed from a workspace, and the validator's help on the traps
found by writing a pack from the docs alone (anchors an audit mode cannot use, unquoted
commas in flow style)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook

from jointaudit.cli import main
from jointaudit.common.errors import InvalidInput
from jointaudit.common.resources import resource_path
from jointaudit.library.packs.importer import import_pack_file
from jointaudit.library.packs.validate import validate_pack_bytes, validate_pack_file
from jointaudit.library.packs.workbook import COLUMNS, pack_from_table

IRMA = resource_path("packs", "irma-1.0.yaml")
ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "pack-format.md"
MINIMAL = ROOT / "tests" / "data" / "minimal_pack.yaml"


def test_round_trip_to_table_edit_from_table_validate(tmp_path, capsys):
    book_path = tmp_path / "irma.xlsx"
    assert main(["pack", "to-table", str(IRMA), str(book_path)]) == 0
    book = load_workbook(book_path)
    sheet = book["requirements"]
    header = [c.value for c in sheet[1]]
    assert tuple(header) == COLUMNS
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    col = {name: i for i, name in enumerate(header)}
    # an auditor's workbook brings IRMA to requirement level under chapter 4.2 (water)
    rows["4.2"][col["assessable"]].value = "no"
    for n, title in ((1, "Water management plan in place"), (2, "Discharges meet limits")):
        new = [""] * len(header)
        new[col["id"]], new[col["parent"]], new[col["title"]] = f"4.2.{n}", "4.2", title
        new[col["assessable"]], new[col["topics"]] = "yes", "water"
        new[col["typical_evidence"]] = "monitoring records; permits"
        new[col["hub"]] = "T.water=subset"
        new[col["source"]] = "UNVERIFIED: from the auditor's checklist"
        sheet.append(new)
    rows["1.4"][col["title"]].value = "Grievance mechanism and access to remedy for all"
    book.save(book_path)

    out = tmp_path / "irma-detailed.yaml"
    assert main(["pack", "from-table", str(book_path), "--base", str(IRMA),
                 "-o", str(out)]) == 0
    assert main(["validate-pack", str(out)]) == 0
    assert "OK (irma@1.0, 42 requirements)" in capsys.readouterr().out
    pack = validate_pack_file(out)
    by_id = {r.id: r for r in pack.requirements}
    assert by_id["4.2.1"].parent == "4.2" and by_id["4.2.1"].hub == {"T.water": "subset"}
    assert by_id["4.2.2"].typical_evidence == ["monitoring records", "permits"]
    assert not by_id["4.2"].assessable
    assert by_id["1.4"].title.endswith("for all")
    # everything but the requirements comes from the base, untouched
    assert pack.cycle == validate_pack_file(IRMA).cycle
    # and without a base, a skeleton that validates, its rules all flagged
    skeleton = tmp_path / "skeleton.yaml"
    assert main(["pack", "from-table", str(book_path), "--scheme", "irma-detail",
                 "--version", "1.0", "-o", str(skeleton)]) == 0
    sk = validate_pack_file(skeleton)
    assert sk.version_key == "irma-detail@1.0" and not sk.cycle.verified
    assert main(["pack", "from-table", str(book_path), "--base", str(IRMA),
                 "-o", str(out)]) == 2  # never overwrites silently
    assert "exists" in capsys.readouterr().err


def test_a_wrong_row_is_named_by_its_row_and_column(tmp_path):
    table = tmp_path / "reqs.csv"
    table.write_text("id,parent,title,assessable,topics,hub,source\n"
                     "1,,Water,no,,,chapter\n"
                     "1.1,1,Water use measured,yes,water,T.water=sameish,x\n"
                     "1.2,9,Discharges,maybe,water,,x\n"
                     "1.3,1,,yes,water,,x\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as err:
        pack_from_table(table, scheme="x", version="1")
    text = str(err.value)
    assert "reqs.csv:3" in text and "T.water=sameish" in text  # row 3, hub column
    assert "reqs.csv:4" in text and "'maybe' is not yes or no" in text
    assert "reqs.csv:5" in text and "'title' is required" in text
    table.write_text("id,parent,title,assessable,topics,source\n"
                     "1.1,9,Water use measured,yes,water,UNVERIFIED x\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as err:
        pack_from_table(table, scheme="x", version="1")
    # the validator's problem points at the table's row, not at generated YAML
    assert any(p.line == 2 and p.path == "parent" and "parent '9'" in p.message
               for p in err.value.problems)


def test_list_requirements_prints_a_versions_clause_ids(workspace, capsys):
    import_pack_file(workspace, resource_path("packs", "rmi-rmap.yaml"))
    assert main(["list-requirements", str(workspace.path), "rmi-rmap"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "rmi-rmap@gold: 13 requirements (10 assessable)"
    assert re.search(r"^  1D\s+\[AV \] Engagement with suppliers", out, re.M)
    assert main(["list-requirements", str(workspace.path), "nope@1"]) == 2
    assert "not an imported scheme version" in capsys.readouterr().err


def _minimal_with_audit(audit_yaml: str, period: str = "") -> bytes:
    text = MINIMAL.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["cycle"]["audits"] = [yaml.safe_load(audit_yaml)]
    if period:
        data["cycle"]["period_anchor"] = period
    return yaml.safe_dump(data, sort_keys=False).encode()


@pytest.mark.parametrize(("audit", "period", "wrong"), [
    # before any certificate nothing but the membership start is known
    ("{kind: certification, label: {en: C}, mode: on_site, applies: first,"
     " window: {earliest: {anchor: certificate_expiry, offset: {months: -3}},"
     " latest: {anchor: certificate_expiry}}, verified: false, source: x}", "",
     "certificate_expiry"),
    # a financial-year audit knows only the financial year's end
    ("{kind: annual, label: {en: A}, mode: desk, applies: periodic,"
     " window: {earliest: {anchor: certificate_start}, latest: {anchor: financial_year_end,"
     " offset: {months: 3}}}, verified: false, source: x}", "financial_year_end",
     "certificate_start"),
])
def test_validator_refuses_an_anchor_the_audit_mode_cannot_use(audit, period, wrong):
    with pytest.raises(InvalidInput) as err:
        validate_pack_bytes(_minimal_with_audit(audit, period), "p.yaml")
    refused = [p for p in err.value.problems if p.code == "pack.anchor-not-for-mode"]
    assert refused and all(f"from '{wrong}'" in p.message and "use one of" in p.message
                           and p.path.endswith(".anchor") for p in refused)


def test_an_unquoted_comma_in_flow_style_says_quote_the_value():
    text = MINIMAL.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    first = data["requirements"][0]
    assessable = str(first["assessable"]).lower()
    flow = f'{{id: "{first["id"]}", title: Water, waste and air, assessable: {assessable}}}'
    broken = text.replace("requirements:\n", f"requirements:\n  - {flow}\n", 1)
    with pytest.raises(InvalidInput) as err:
        validate_pack_bytes(broken.encode(), "p.yaml")
    messages = [p.message for p in err.value.problems]
    assert any("quote the value" in m and "'waste and air'" in m for m in messages), messages


def _guide_examples() -> dict[str, str]:
    text = GUIDE.read_text(encoding="utf-8")
    return dict(re.findall(r"<!-- example: ([a-z0-9-]+) -->\s*```yaml\n(.*?)```", text, re.S))


def test_every_example_in_the_guide_validates():
    examples = _guide_examples()
    assert {"no-certificate", "yes-no-and-shared-severity"} <= set(examples)
    for name, body in examples.items():
        validate_pack_bytes(body.encode("utf-8"), f"pack-format.md example {name}")


def test_the_no_certificate_example_plans_a_yearly_self_assessment_and_a_triennial_check():
    from datetime import date

    from jointaudit.planning.cycles import SchemeHistory, project

    pack = validate_pack_bytes(_guide_examples()["no-certificate"].encode(), "example")
    assert {lv.id for lv in pack.rating_scale.levels} >= {"AAA", "AA", "A", "B", "C"}
    assert any(r.answer == "yes_no" for r in pack.requirements)
    p = project(SchemeHistory(pack, member_since=date(2026, 1, 15), financial_year_end="12-31"),
                date(2026, 1, 1), date(2030, 12, 31))
    kinds = [w.kind for w in p.windows]
    assert kinds.count("self_assessment") >= 4 and "external_verification" in kinds
