"""Sites, certification bodies and auditors from CSV/XLSX: row-numbered errors, all or
nothing, and importing the same table again changes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook
from sqlmodel import select

from jointaudit.cli import main as cli_main
from jointaudit.common.errors import InvalidInput
from jointaudit.library.packs.importer import import_pack_file
from jointaudit.records.imports import import_cbs, import_sites
from jointaudit.store.models import (
    Auditor,
    AuditorQualification,
    CBApproval,
    CertificationBody,
    Site,
)
from tests.packs.conftest import MINIMAL, table_counts

SITES = """name,country,region,site_type,scale,size,languages,financial_year_end,max_visit_days
Mina El Roble,CO,Chocó,cooperative,asm,small,es,12-31,3
Obuasi North,gh,Ashanti,mine,LSM,large,en;fr,06-30,
"""


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_sites_import_and_reimport(workspace, tmp_path):
    path = _write(tmp_path, "sites.csv", SITES)
    assert import_sites(workspace, path).describe("sites") == "sites: 2 created, 0 updated"
    with workspace.session() as s:
        sites = {x.name: x for x in s.exec(select(Site))}
    assert sites["Obuasi North"].country == "GH" and sites["Obuasi North"].scale == "lsm"
    assert sites["Obuasi North"].languages == ["en", "fr"]
    assert sites["Mina El Roble"].max_visit_days == 3
    before = table_counts(workspace)
    assert import_sites(workspace, path).describe("sites") == "sites: 0 created, 0 updated"
    assert table_counts(workspace) == before
    changed = _write(tmp_path, "sites2.csv", SITES.replace("large", "medium"))
    assert import_sites(workspace, changed).updated == 1


def test_site_errors_name_row_and_column_and_import_nothing(workspace, tmp_path):
    path = _write(tmp_path, "bad.csv", SITES + (
        "Mina El Roble,CO,,cooperative,asm,small,es,,\n"
        ",CO,,mine,,,,,\n"
        "Lost Valley,Colombia,,volcano,artisanal,huge,spanish,31-03,many\n"))
    with pytest.raises(InvalidInput) as caught:
        import_sites(workspace, path)
    found = sorted((p.line, p.path) for p in caught.value.problems)
    assert found == [(4, "name"), (5, "name"), (6, "country"), (6, "financial_year_end"),
                     (6, "languages"), (6, "max_visit_days"), (6, "scale"), (6, "site_type"),
                     (6, "size")]
    assert f"{path}:4: name: 'Mina El Roble' appears again (first on row 2)" in str(caught.value)
    with workspace.session() as s:
        assert s.exec(select(Site)).all() == []


def test_cbs_with_approvals_from_xlsx(workspace, tmp_path):
    import_pack_file(workspace, MINIMAL)
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Country", "Scheme", "Version", "Regions", "Valid from", "Valid to"])
    sheet.append(["Alpine Assurance AG", "CH", "example-mining", "1.0", "CH; DE",
                  date(2024, 1, 1), date(2027, 3, 31)])
    sheet.append(["Alpine Assurance AG", "CH", "example-mining", "", "", "2027-04-01", ""])
    sheet.append(["Andes Certificadora", "CO", None, None, None, None, None])
    path = tmp_path / "cbs.xlsx"
    book.save(path)
    result = import_cbs(workspace, path)
    assert (result.created, result.scopes_added) == (2, 2)
    with workspace.session() as s:
        approvals = s.exec(select(CBApproval).order_by(CBApproval.valid_from)).all()
        assert [(a.scheme_version_id, a.regions, a.valid_to) for a in approvals] == [
            ("example-mining@1.0", ["CH", "DE"], date(2027, 3, 31)),
            (None, [], None)]
    before = table_counts(workspace)
    assert import_cbs(workspace, path).scopes_added == 0
    assert table_counts(workspace) == before


def test_cb_errors(workspace, tmp_path):
    import_pack_file(workspace, MINIMAL)
    path = _write(tmp_path, "cbs.csv", "name,scheme,version,valid_from,valid_to\n"
                  "Good CB,example-mining,1.0,2024-01-01,2026-12-31\n"
                  "Bad CB,rjc-cop,,2024-01-01,\n"
                  "Bad CB 2,example-mining,9.9,2027-01-01,2026-01-01\n"
                  "Bad CB 3,example-mining,,31/12/2024,\n")
    with pytest.raises(InvalidInput) as caught:
        import_cbs(workspace, path)
    found = [(p.line, p.path) for p in caught.value.problems]
    assert found == [(3, "scheme"), (4, "version"), (4, "valid_to"), (5, "valid_from")]
    assert "write it as YYYY-MM-DD" in str(caught.value)
    with workspace.session() as s:
        assert s.exec(select(CertificationBody)).all() == []


def test_auditors_with_qualifications(workspace, tmp_path, capsys):
    import_pack_file(workspace, MINIMAL)
    _ = import_cbs(workspace, _write(tmp_path, "cbs.csv", "name\nAndes Certificadora\n"))
    path = _write(tmp_path, "auditors.csv",
                  "name,cb,languages,email,scheme,role,valid_from,valid_to\n"
                  "Lucía Restrepo,Andes Certificadora,es;en,lucia@andes.example,"
                  "example-mining,lead,2023-01-01,2027-12-31\n"
                  "Lucía Restrepo,Andes Certificadora,es,,example-mining,team,2022-01-01,\n")
    code = cli_main(["import-auditors", str(workspace.path), str(path)])
    assert code == 0
    assert "auditors: 1 created, 0 updated, 2 approvals/qualifications added" in (
        capsys.readouterr().out)
    with workspace.session() as s:
        (person,) = s.exec(select(Auditor)).all()
        assert person.languages == ["es", "en"]
        roles = sorted(q.role for q in s.exec(select(AuditorQualification)))
        assert roles == ["lead", "team"]
    bad = _write(tmp_path, "bad.csv", "name,cb,role,scheme,valid_from,email\n"
                 "Ana,Nowhere CB,boss,example-mining,,ana-at-example\n")
    assert cli_main(["import-auditors", str(workspace.path), str(bad)]) == 2
    err = capsys.readouterr().err
    for where in (":2: cb:", ":2: role:", ":2: valid_from:", ":2: email:"):
        assert f"{bad}{where}" in err
