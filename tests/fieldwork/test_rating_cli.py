"""The command line, end to end on the demo refinery's visit: rate a clause in its scheme's
own words and a shared item in the common severity, list every rating with its provenance,
export the workbook, edit cells in it, import it back, and print the report. Bad input
gets exit code 2, the place named, and nothing changed."""

from __future__ import annotations

import json
import re

from openpyxl import load_workbook

from jointaudit.cli import main
from tests.reports.samples import pdf_pages

LBMA, COC = "lbma-rgg@9", "rjc-coc@2012"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def findings(capsys, path, visit, *extra) -> dict[tuple[str, str], dict]:
    code, out, err = run(capsys, "findings", path, "--visit", visit, "--json", *extra)
    assert code == 0, err
    return {(r["version_id"], r["clause_id"]): r for r in map(json.loads, out.splitlines())
            if "clause_id" in r}


def _col(sheet, name: str) -> int:
    return next(c.column for c in sheet[1] if c.value == name)


def _row(sheet, column: str, value: str) -> int:
    col = _col(sheet, column)
    return next(n for n in range(2, sheet.max_row + 1) if sheet.cell(n, col).value == value)


def test_rate_list_export_edit_import_report(demo_path, capsys, tmp_path):
    path, visit, _ = demo_path
    code, out, err = run(capsys, "rate", path, "--visit", visit, "--scheme", "lbma-rgg",
                         "--clause", "Step 1.1", "--level", "High-risk non-conformance",
                         "--observation", "No KYC file for two suppliers",
                         "--by", "Anna Keller")
    assert code == 0, err
    assert f"{LBMA} Step 1.1: high_risk_nc (on site)" in out
    before = findings(capsys, path, visit)
    shared = next(r for r in before.values() if r["version_id"] == "rjc-cop@2019"
                  and r["number"] and r["provenance"] == "carried")
    code, out, err = run(capsys, "rate", path, "--visit", visit, "--item", shared["number"],
                         "--level", "major gap", "--by", "Anna Keller")
    assert code == 0 and "joint: major_gap" in out, err

    rows = findings(capsys, path, visit)
    step = rows[(LBMA, "Step 1.1")]
    assert (step["level_id"], step["words"], step["provenance"], step["by"]) == (
        "high_risk_nc", "High-risk non-conformance", "on_site", "Anna Keller")
    assert rows[("rjc-cop@2019", shared["clause_id"])]["words"] == "Major non-conformance"
    only_lbma = findings(capsys, path, visit, "--scheme", "lbma-rgg")
    assert {v for v, _ in only_lbma} == {LBMA}

    xlsx = tmp_path / "refinery.xlsx"
    code, out, err = run(capsys, "export-checklist", path, "--visit", visit, "--out", xlsx)
    assert code == 0, err
    wb = load_workbook(xlsx)
    lbma = wb[next(t for t in wb.sheetnames if t.startswith("lbma-rgg"))]
    step2 = _row(lbma, "Clause", "Step 2.1")
    assert lbma.cell(_row(lbma, "Clause", "Step 1.1"), 5).value == "High-risk non-conformance"
    assert rows[(LBMA, "Step 2.1")]["level_id"] != "zero_tolerance"
    lbma.cell(step2, 5, "Zero-tolerance non-conformance")
    checklist = wb["Checklist"]
    coc_row = _row(checklist, f"{COC} clauses", "10.1")
    checklist.cell(coc_row, _col(checklist, f"{COC} rating"), "Major non-conformance")
    checklist.cell(coc_row, _col(checklist, "Observation"), "Two lots without assay record")
    wb.save(xlsx)
    code, out, err = run(capsys, "import-checklist", path, xlsx, "--by", "Anna Keller")
    assert code == 0, err
    assert f"{LBMA} Step 2.1: zero_tolerance" in out and f"{COC} 10.1: major_nc" in out

    rows = findings(capsys, path, visit)
    assert (rows[(LBMA, "Step 2.1")]["level_id"], rows[(LBMA, "Step 2.1")]["by"]) == (
        "zero_tolerance", "Anna Keller")
    assert rows[(COC, "10.1")]["level_id"] == "major_nc"
    assert rows[(COC, "10.1")]["observation"] == "Two lots without assay record"
    assert rows[(LBMA, "Step 1.1")]["level_id"] == "high_risk_nc"  # untouched by the import

    pdf = tmp_path / "lbma.pdf"
    code, out, err = run(capsys, "report", path, "--visit", visit, "--scheme", "lbma-rgg",
                         "--draft", "--out", pdf)
    assert code == 0, err
    text = re.sub(r"\s+", " ", " ".join(pdf_pages(pdf.read_bytes())))
    assert "High-risk non-conformance" in text and "Zero-tolerance non-conformance" in text


def test_an_older_workbook_never_reverts_a_newer_rating(demo_path, capsys, tmp_path):
    path, visit, _ = demo_path
    xlsx = tmp_path / "old.xlsx"
    assert run(capsys, "export-checklist", path, "--visit", visit, "--out", xlsx)[0] == 0
    wb = load_workbook(xlsx)
    lbma = wb[next(t for t in wb.sheetnames if t.startswith("lbma-rgg"))]
    step = _row(lbma, "Clause", "Step 2.2")
    exported = lbma.cell(step, 5).value
    edited = "Low-risk non-conformance" if exported != "Low-risk non-conformance" \
        else "Conformant"
    lbma.cell(step, 5, edited)
    wb.save(xlsx)
    # Meanwhile, in the workspace, the same step is found to be a medium-risk gap.
    code, _, err = run(capsys, "rate", path, "--visit", visit, "--scheme", "lbma-rgg",
                       "--clause", "Step 2.2", "--level", "medium_risk_nc", "--by", "Kwame")
    assert code == 0, err
    before = findings(capsys, path, visit)
    code, out, err = run(capsys, "import-checklist", path, xlsx)
    assert code == 2
    assert "was changed in the workspace after this workbook was exported" in err
    assert re.search(r"Checklist!A\d+: item ji-", err)
    assert findings(capsys, path, visit) == before  # one bad row imports nothing
    assert before[(LBMA, "Step 2.2")]["level_id"] == "medium_risk_nc"


def test_an_unedited_older_workbook_leaves_newer_ratings_alone(demo_path, capsys, tmp_path):
    path, visit, _ = demo_path
    xlsx = tmp_path / "old.xlsx"
    assert run(capsys, "export-checklist", path, "--visit", visit, "--out", xlsx)[0] == 0
    code, _, err = run(capsys, "rate", path, "--visit", visit, "--scheme", "lbma-rgg",
                       "--clause", "Step 2.2", "--level", "medium_risk_nc", "--by", "Kwame")
    assert code == 0, err
    code, out, err = run(capsys, "import-checklist", path, xlsx)
    assert code == 0, err
    assert "0 item(s) changed" in out
    assert findings(capsys, path, visit)[(LBMA, "Step 2.2")]["level_id"] == "medium_risk_nc"


def test_bad_input_is_named_exit_2_and_nothing_changes(demo_path, capsys, tmp_path):
    path, visit, _ = demo_path
    before = findings(capsys, path, visit)
    cases = [
        (["--scheme", "lbma-rgg", "--clause", "Step 1.1", "--level", "AAA"],
         "'AAA' is not a rating level of lbma-rgg@9"),
        (["--scheme", "lbma-rgg", "--clause", "Step 9.9", "--level", "conformant"],
         "lbma-rgg@9 Step 9.9 is not on visit"),
        (["--scheme", "irma", "--clause", "1.1", "--level", "fully_meets"],
         "scheme 'irma' is not one of them"),
        (["--item", "ji-000000000000", "--level", "conforms"],
         "item ji-000000000000 is not on visit"),
        (["--item", "9999", "--level", "conforms"], "not 9999"),
        (["--scheme", "rjc-coc", "--clause", "10.1", "--level", "not_applicable"],
         "say why it does not apply"),
    ]
    for extra, message in cases:
        code, _, err = run(capsys, "rate", path, "--visit", visit, *extra)
        assert (code, message in err) == (2, True), (extra, err)
        assert "Traceback" not in err
    assert findings(capsys, path, visit) == before


def test_a_workbook_of_another_template_is_refused(demo_path, capsys, tmp_path):
    path, visit, _ = demo_path
    xlsx = tmp_path / "c.xlsx"
    assert run(capsys, "export-checklist", path, "--visit", visit, "--out", xlsx)[0] == 0
    wb = load_workbook(xlsx)
    about = wb["About"]
    for row in about.iter_rows():
        if row[0].value == "template_uid":
            row[1].value = "0" * 32
    wb.save(xlsx)
    code, _, err = run(capsys, "import-checklist", path, xlsx)
    assert code == 2 and "About: this workbook belongs to another joint template" in err


def test_recognitions_setting_from_the_command_line(demo_path, capsys):
    path, visit, _ = demo_path
    code, out, _ = run(capsys, "recognitions", path)
    assert code == 0 and "off" in out
    code, out, _ = run(capsys, "recognitions", path, "--unverified", "on", "--by", "Anna")
    assert code == 0 and "on (they offer ratings" in out


def test_rate_import_and_recognitions_wait_for_the_app_s_write_lock(demo_path, capsys, tmp_path):
    # The app holds the workspace: each fieldwork command that writes stops, names who holds
    # it, and changes nothing (they wrote beside the app before).
    from jointaudit.store.locking import open_exclusive

    path, visit, _ = demo_path
    before = findings(capsys, path, visit)
    xlsx = tmp_path / "c.xlsx"
    assert run(capsys, "export-checklist", path, "--visit", visit, "--out", xlsx)[0] == 0
    app = open_exclusive(path)
    try:
        assert not app.read_only
        for argv in (["rate", path, "--visit", visit, "--scheme", "lbma-rgg", "--clause",
                      "Step 1.1", "--level", "conformant"],
                     ["import-checklist", path, xlsx],
                     ["recognitions", path, "--unverified", "on"]):
            code, _, err = run(capsys, *argv)
            assert code == 2 and "is already open by" in err and "nothing was changed" in err, (
                argv, err)
        assert run(capsys, "recognitions", path)[0] == 0  # reading goes on beside the app
    finally:
        app.close()
    assert findings(capsys, path, visit) == before


def test_a_workbook_swollen_past_any_checklist_is_refused_unread(demo_path, capsys, tmp_path):
    # rows are streamed (read-only workbook) and counted: a sheet longer than any checklist
    # is refused with its code instead of being held in memory cell by cell
    from openpyxl import load_workbook as load

    from jointaudit.exports.checklist_xlsx import CHECKLIST, MAX_ROWS

    path, visit, _ = demo_path
    xlsx = tmp_path / "swollen.xlsx"
    assert run(capsys, "export-checklist", path, "--visit", visit, "--out", xlsx)[0] == 0
    before = findings(capsys, path, visit)
    book = load(xlsx)
    sheet = book[CHECKLIST]
    for n in range(MAX_ROWS + 10):
        sheet.append([f"ji-{n:012d}", "conforms"])
    book.save(xlsx)
    code, _, err = run(capsys, "import-checklist", path, xlsx)
    assert code == 2 and f"more than {MAX_ROWS:,} rows" in err and "xlsx.too-large" in err, err
    assert findings(capsys, path, visit) == before


def test_a_bad_cell_in_a_workbook_is_named_exit_2_and_nothing_changes(demo_path, capsys,
                                                                      tmp_path):
    path, visit, _ = demo_path
    xlsx = tmp_path / "filled.xlsx"
    assert run(capsys, "export-checklist", path, "--visit", visit, "--out", xlsx)[0] == 0
    wb = load_workbook(xlsx)
    lbma = wb[next(t for t in wb.sheetnames if t.startswith("lbma-rgg"))]
    good = _row(lbma, "Clause", "Step 2.1")
    bad = _row(lbma, "Clause", "Step 3.1")
    lbma.cell(good, 5, "Zero-tolerance non-conformance")  # a right edit …
    lbma.cell(bad, 5, "AAA")  # … and a level LBMA does not have
    wb.save(xlsx)
    before = findings(capsys, path, visit)
    code, _, err = run(capsys, "import-checklist", path, xlsx)
    assert code == 2 and "Traceback" not in err
    assert re.search(rf"{re.escape(lbma.title)}!E{bad}: 'AAA'", err), err
    assert findings(capsys, path, visit) == before  # the right edit was not applied either


def test_a_workbook_for_a_visit_this_workspace_lacks_is_refused(demo_path, capsys, tmp_path):
    path, visit, _ = demo_path
    xlsx = tmp_path / "c.xlsx"
    assert run(capsys, "export-checklist", path, "--visit", visit, "--out", xlsx)[0] == 0
    wb = load_workbook(xlsx)
    for row in wb["About"].iter_rows():
        if row[0].value == "visit_id":
            row[1].value = int(visit) + 1000
    wb.save(xlsx)
    before = findings(capsys, path, visit)
    code, _, err = run(capsys, "import-checklist", path, xlsx)
    assert code == 2 and str(xlsx) in err
    assert f"visit {int(visit) + 1000} is not in this workspace" in err
    assert findings(capsys, path, visit) == before


def test_an_item_of_another_visit_is_refused(demo_path, capsys):
    # The cooperative's Fairmined visit has a checklist of its own: one of its real items,
    # named on the refinery's visit, is refused by name and nothing changes on either visit.
    from tests.reports.demo_visit import prepare

    path, visit, _ = demo_path
    coop_visit, _ = prepare(path, "Cooperativa Minera La Esperanza")
    theirs = findings(capsys, path, coop_visit)
    key = next(r["item_key"] for r in theirs.values() if r["item_key"])
    mine = findings(capsys, path, visit)
    assert key not in {r["item_key"] for r in mine.values()}
    code, _, err = run(capsys, "rate", path, "--visit", visit, "--item", key,
                       "--level", "conforms")
    assert code == 2 and f"item {key} is not on visit" in err and "Traceback" not in err, err
    assert findings(capsys, path, visit) == mine
    assert findings(capsys, path, coop_visit) == theirs


def test_a_workbook_of_an_earlier_version_of_the_template_is_refused(demo_path, capsys,
                                                                      tmp_path):
    # A workbook exported before the crosswalk changed the template carries the template's
    # earlier content hash: importing it would rate items that no longer ask the same.
    path, visit, _ = demo_path
    xlsx = tmp_path / "old.xlsx"
    assert run(capsys, "export-checklist", path, "--visit", visit, "--out", xlsx)[0] == 0
    before = findings(capsys, path, visit)
    wb = load_workbook(xlsx)
    for row in wb["About"].iter_rows():
        if row[0].value == "content_hash":
            row[1].value = "f" * 64
    sheet = wb[next(t for t in wb.sheetnames if t.startswith("lbma-rgg"))]
    sheet.cell(_row(sheet, "Clause", "Step 1.1"), 5, "Conformant")
    wb.save(xlsx)
    code, _, err = run(capsys, "import-checklist", path, xlsx)
    assert code == 2 and "exported from an earlier version of template" in err, err
    assert findings(capsys, path, visit) == before
