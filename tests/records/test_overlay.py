"""Text overlays add the official wording a user holds to an imported scheme version."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from sqlmodel import select

from jointaudit.cli import main as cli_main
from jointaudit.common.errors import InvalidInput, NotFound
from jointaudit.library.packs.importer import import_pack_file
from jointaudit.library.packs.overlay import import_overlay
from jointaudit.store.models import Requirement
from tests.packs.conftest import MINIMAL, table_counts

VERSION = "example-mining@1.0"


@pytest.fixture
def imported(workspace):
    import_pack_file(workspace, MINIMAL)
    return workspace


def _texts(ws):
    with ws.session() as s:
        return {r.clause_id: (r.text, r.guidance, r.text_source)
                for r in s.exec(select(Requirement))}


def test_csv_overlay_sets_text_and_guidance(imported, tmp_path):
    csv = tmp_path / "official.csv"
    csv.write_text("Clause ID,Text,Guidance\n"
                   '1.1,"The site shall not employ children under 15.",Check ID records\n'
                   "2.1,Mercury use is recorded monthly.,\n", encoding="utf-8")
    assert import_overlay(imported, VERSION, csv).updated == 2
    texts = _texts(imported)
    assert texts["1.1"] == ("The site shall not employ children under 15.", "Check ID records",
                            "official.csv")
    assert texts["2.1"][0] == "Mercury use is recorded monthly." and texts["1.2"][2] == "pack"


def test_xlsx_overlay(imported, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["clause_id", "text"])
    sheet.append(["1.2", "Texto oficial: condiciones de trabajo seguras"])
    path = tmp_path / "texts.xlsx"
    book.save(path)
    assert import_overlay(imported, VERSION, path).updated == 1
    assert _texts(imported)["1.2"][0] == "Texto oficial: condiciones de trabajo seguras"


def test_unknown_and_duplicate_clauses_are_named_with_rows_and_nothing_changes(imported,
                                                                               tmp_path):
    csv = tmp_path / "bad.csv"
    csv.write_text("clause_id,text\n1.1,ok\n1.11,typo\n1.1,again\n,empty id\n",
                   encoding="utf-8")
    before = table_counts(imported), _texts(imported)
    with pytest.raises(InvalidInput) as caught:
        import_overlay(imported, VERSION, csv)
    found = [(p.line, p.path, p.code) for p in caught.value.problems]
    assert found == [(3, "clause_id", "overlay.unknown-clause"),
                     (4, "clause_id", "overlay.duplicate-clause"),
                     (5, "clause_id", "overlay.missing-clause")]
    assert "clause '1.11' is not a requirement of example-mining@1.0; did you mean '1.1'" in str(
        caught.value)
    assert (table_counts(imported), _texts(imported)) == before


def test_bad_files_are_refused_clearly(imported, tmp_path):
    latin = tmp_path / "latin.csv"
    latin.write_bytes("clause_id,text\n1.1,sécurité\n".encode("latin-1"))
    with pytest.raises(InvalidInput, match="not UTF-8") as caught:
        import_overlay(imported, VERSION, latin)
    assert caught.value.problems[0].line == 2
    nocol = tmp_path / "nocol.csv"
    nocol.write_text("clause,words\n1.1,x\n", encoding="utf-8")
    with pytest.raises(InvalidInput) as caught:
        import_overlay(imported, VERSION, nocol)
    assert {p.code for p in caught.value.problems} == {"table.unknown-column",
                                                       "table.missing-column"}
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(InvalidInput, match="not a readable .xlsx"):
        import_overlay(imported, VERSION, fake)
    with pytest.raises(NotFound, match="example-mining@1.0"):
        import_overlay(imported, "rjc-cop@1999", nocol)


def test_cli_import_overlay(imported, tmp_path, capsys):
    csv = tmp_path / "t.csv"
    csv.write_text("clause_id;guidance\n2.1;Look at the mercury register\n", encoding="utf-8")
    code = cli_main(["import-overlay", str(imported.path), "--version", VERSION, str(csv)])
    assert code == 0 and "texts added to 1 requirements" in capsys.readouterr().out
    bad = tmp_path / "b.csv"
    bad.write_text("clause_id,text\n9.9,x\n", encoding="utf-8")
    assert cli_main(["import-overlay", str(imported.path), "--version", VERSION, str(bad)]) == 2
    assert f"{bad}:2: clause_id: clause '9.9'" in capsys.readouterr().err
