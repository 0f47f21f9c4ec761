"""Every file of the hostile-input corpus (tests/data/hostile, see make_corpus.py) gets the
refusal code written beside it in expected.json — from the core and from the command line,
with the file named, no traceback, and nothing written to the workspace."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest

from jointaudit.cli import main
from jointaudit.common.errors import InvalidInput
from jointaudit.exchange.bundles import BundleRejected
from jointaudit.exchange.importer import apply_import
from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.records.imports import import_sites
from jointaudit.records.outcomes import read_csv
from jointaudit.trust.keys import read_public_key_file
from tests.conftest import TEST_DATA
from tests.core._trust_world import build_schemes, new_workspace

CORPUS = TEST_DATA / "hostile"
EXPECTED: dict[str, str] = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))


def _cases(kind: str) -> list[str]:
    return sorted(name for name in EXPECTED if name.startswith(f"{kind}/"))


def test_the_corpus_covers_every_kind_and_lists_every_file():
    on_disk = {str(p.relative_to(CORPUS)) for p in CORPUS.glob("*/*") if p.is_file()}
    assert on_disk == set(EXPECTED)
    assert {name.split("/")[0] for name in EXPECTED} == {"bundles", "tables", "packs", "keys"}


def _dump(path) -> str:
    con = sqlite3.connect(path)
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


@pytest.fixture(scope="module")
def receiver_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("receiver") / "programme.jaworkspace"
    with new_workspace(path) as ws, ws.session() as s:
        build_schemes(s)
    return path


@pytest.fixture
def receiver(receiver_file, tmp_path):
    path = tmp_path / "programme.jaworkspace"
    shutil.copy(receiver_file, path)
    return path


def _codes(exc: InvalidInput) -> set[str]:
    return {exc.code} | {p.code for p in exc.problems}


@pytest.mark.parametrize("name", _cases("bundles"))
def test_each_crafted_bundle_is_refused_with_its_code_and_nothing_written(name, receiver):
    from jointaudit.store.db import open_workspace

    before = _dump(receiver)
    with open_workspace(receiver) as ws, pytest.raises(BundleRejected) as err:
        apply_import(ws, CORPUS / name, actor="test")
    assert err.value.code == EXPECTED[name], str(err.value)
    assert str(CORPUS / name) in str(err.value)
    assert _dump(receiver) == before
    assert sorted(p.name for p in receiver.parent.iterdir()) == [receiver.name]  # no .bak


@pytest.mark.parametrize("name", _cases("bundles"))
def test_each_crafted_bundle_is_a_message_on_the_command_line(name, receiver, capsys):
    code = main(["bundle", "import", str(receiver), str(CORPUS / name)])
    err = capsys.readouterr().err
    assert code == 2 and f"[{EXPECTED[name]}]" in err or EXPECTED[name] in err, err
    assert "Traceback" not in err


@pytest.mark.parametrize("name", _cases("tables"))
def test_each_hostile_table_is_refused_with_its_code(name, tmp_path, capsys):
    path = CORPUS / name
    ws = new_workspace(tmp_path / "records.jaworkspace")
    before = _dump(ws.path)
    with ws, pytest.raises(InvalidInput) as err:
        if name.startswith("tables/outcomes-"):
            read_csv(path)
        else:
            import_sites(ws, path)
    assert EXPECTED[name] in _codes(err.value) or EXPECTED[name] in str(err.value), \
        str(err.value)
    assert str(path) in str(err.value)
    assert _dump(ws.path) == before
    if not name.startswith("tables/outcomes-"):
        code = main(["import-sites", str(ws.path), str(path)])
        err_text = capsys.readouterr().err
        assert code == 2 and EXPECTED[name] in err_text and "Traceback" not in err_text


@pytest.mark.parametrize("name", _cases("packs"))
def test_each_hostile_pack_is_refused_with_its_code(name, capsys):
    path = CORPUS / name
    with pytest.raises(InvalidInput) as err:
        validate_pack_file(path)
    assert EXPECTED[name] in _codes(err.value), str(err.value)
    code = main(["validate-pack", str(path)])
    err_text = capsys.readouterr().err
    assert code == 2 and EXPECTED[name] in err_text and str(path) in err_text


@pytest.mark.parametrize("name", _cases("keys"))
def test_each_hostile_key_file_is_refused_with_its_code(name, tmp_path, capsys):
    path = CORPUS / name
    with pytest.raises(InvalidInput) as err:
        read_public_key_file(path)
    assert EXPECTED[name] in _codes(err.value), str(err.value)
    assert str(path) in str(err.value)
    ws = new_workspace(tmp_path / "keys.jaworkspace")
    ws.close()
    before = _dump(ws.path)
    code = main(["keys", "trust", str(ws.path), str(path), "--scheme", "rjc-cop"])
    err_text = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err_text and str(path) in err_text
    assert _dump(ws.path) == before
