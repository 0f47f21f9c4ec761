"""Checklist exports: XLSX round trip (export → an auditor edits ratings in Excel → import),
edited ids refused with the cell named, formula injection made inert in XLSX and CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from jointaudit.common.errors import InvalidInput
from jointaudit.common.severity import Severity
from jointaudit.exports.checklist_csv import checklist_csv
from jointaudit.exports.checklist_json import write_json
from jointaudit.exports.checklist_rows import build_rows
from jointaudit.exports.checklist_xlsx import read_xlsx, write_xlsx
from jointaudit.fieldwork.findings import finding_for, rate, revisions, scheme_ratings
from tests.core import _merge_world
from tests.core._merge_world import (
    two_scheme_visit,
)

# A copied, already migrated workspace (see _merge_world): faster than migrating.
_migrated_workspace = _merge_world._migrated_workspace
workspace = _merge_world.workspace


@pytest.fixture
def visit(workspace):
    return two_scheme_visit(workspace, [("1.1", "equal", "4.1"), ("1.3", "subset", "4.3")])


def _export(ws, tid, vid, path):
    with ws.session() as s:
        return write_xlsx(build_rows(s, tid, vid), path)


def _col(ws_sheet, name):
    return [c.value for c in ws_sheet[1]].index(name) + 1


def test_xlsx_round_trip_applies_edited_ratings_in_each_schemes_words(visit, tmp_path):
    ws, tid, vid = visit
    path = _export(ws, tid, vid, tmp_path / "checklist.xlsx")
    wb = load_workbook(path)
    sheet = wb["Checklist"]
    assert [c.value for c in sheet[1]][:8] == ["Item key", "#", "Kind", "Joint question", "Topics",
                                               "alpha@2019 clauses", "beta@2.0 clauses", "Rating"]
    rows = {r[0].value: r[0].row for r in sheet.iter_rows(min_row=2)}
    child = next(k for k, n in rows.items()
                 if sheet.cell(n, _col(sheet, "alpha@2019 clauses")).value == "1.3")
    policy = next(k for k, n in rows.items()
                  if sheet.cell(n, _col(sheet, "alpha@2019 clauses")).value == "1.1")
    sheet.cell(rows[child], _col(sheet, "Rating"), "minor gap")
    sheet.cell(rows[child], _col(sheet, "Observation"), "Two workers without age records")
    sheet.cell(rows[policy], _col(sheet, "Rating"), "conforms")
    # the per-scheme sheets point back to the checklist row
    back = wb["beta@2.0"]
    assert back.cell(2, 4).hyperlink.location.startswith("'Checklist'!A")
    wb.save(path)

    with ws.session() as s:
        result = read_xlsx(s, path, vid, tid, author="auditor")
        assert sorted(result.rated) == sorted([child, policy])
        f = finding_for(s, vid, child)
        assert (f.severity, f.observation) == ("minor_gap", "Two workers without age records")
        words = {(c.version_id, c.clause_id): c.words for c in scheme_ratings(s, vid).clauses}
    assert words[("alpha@2019", "1.1")] == "Conformance"
    assert words[("beta@2.0", "4.1")] == "Fully meets"
    assert words[("beta@2.0", "4.3")] == "Substantially meets"
    with ws.session() as s:  # importing the same workbook again changes nothing
        assert read_xlsx(s, path, vid, tid).rated == []


def test_edited_ids_and_bad_ratings_are_named_by_cell_and_nothing_is_saved(visit, tmp_path):
    ws, tid, vid = visit
    path = _export(ws, tid, vid, tmp_path / "checklist.xlsx")
    wb = load_workbook(path)
    sheet = wb["Checklist"]
    sheet.cell(2, _col(sheet, "Rating"), "conforms")
    sheet["A3"] = "ji-000000000000"
    sheet.cell(4, _col(sheet, "Rating"), "mostly fine")
    sheet["A5"] = sheet["A2"].value
    wb.save(path)
    with pytest.raises(InvalidInput) as exc, ws.session() as s:
        read_xlsx(s, path, vid, tid)
    text = str(exc.value)
    assert "Checklist!A3: item key 'ji-000000000000' is not in this visit's checklist" in text
    assert "Checklist!H4: 'mostly fine' is not a rating; use one of conforms, minor gap" in text
    assert "(first on row 2)" in text
    with ws.session() as s:
        assert finding_for(s, vid, sheet["A2"].value) is None


def test_formula_injection_is_inert_in_xlsx_and_csv_and_survives_round_trip(visit, tmp_path):
    ws, tid, vid = visit
    payload = '=HYPERLINK("http://evil.invalid","click")'
    with ws.session() as s:
        key, other = sorted({c.item_key for c in scheme_ratings(s, vid).clauses})[:2]
        rate(s, vid, key, Severity.MINOR_GAP, observation=payload)
        rate(s, vid, other, Severity.CONFORMS, observation="@SUM(1+1)")
        sheet = build_rows(s, tid, vid)
    path = write_xlsx(sheet, tmp_path / "c.xlsx")
    cells = [c for row in load_workbook(path)["Checklist"].iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)
    assert f"'{payload}" in [c.value for c in cells]
    rows = list(csv.reader(io.StringIO(checklist_csv(sheet))))
    flat = [cell for r in rows for cell in r]
    assert f"'{payload}" in flat and "'@SUM(1+1)" in flat
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in flat)
    with ws.session() as s:  # re-import restores the text exactly, no spurious change
        assert read_xlsx(s, path, vid, tid).rated == []
        assert finding_for(s, vid, key).observation == payload
        assert len(revisions(s, finding_for(s, vid, key).id)) == 0


def test_json_export_carries_provenance_and_exclusions(visit, tmp_path):
    ws, tid, vid = visit
    with ws.session() as s:
        doc = json.loads(write_json(build_rows(s, tid, vid), tmp_path / "c.json").read_text())
    chain = next(i for i in doc["items"] if i["kind"] == "chain")
    assert {(x["version"], x["clause"], x["propagation"]) for x in chain["sources"]} == {
        ("beta@2.0", "4.3", "applies"), ("alpha@2019", "1.3", "conforms_implied")}
    assert len(doc["items"]) == 6 and doc["excluded"] == []
