"""The pack commands as a user types them."""

from __future__ import annotations

from jointaudit.cli import main as cli_main
from tests.conftest import PACKS
from tests.packs.conftest import BROKEN, MINIMAL

SHIPPED = sorted(PACKS.glob("*.yaml"))


def test_validate_pack_accepts_every_shipped_pack(capsys):
    assert len(SHIPPED) >= 7
    assert cli_main(["validate-pack", *map(str, SHIPPED)]) == 0
    out = capsys.readouterr().out
    assert out.count(": OK (") == len(SHIPPED)


def test_import_pack_list_schemes_and_replace(tmp_path, capsys):
    ws = tmp_path / "w.jaworkspace"
    assert cli_main(["init", str(ws)]) == 0
    assert cli_main(["import-pack", str(ws), str(MINIMAL)]) == 0
    assert "example-mining@1.0: imported (5 requirements)" in capsys.readouterr().out
    assert cli_main(["import-pack", str(ws), str(MINIMAL)]) == 0
    assert "already imported, unchanged" in capsys.readouterr().out
    changed = tmp_path / "changed.yaml"
    changed.write_text(MINIMAL.read_text(encoding="utf-8").replace(
        "title: Workers", "title: Workforce"), encoding="utf-8")
    assert cli_main(["import-pack", str(ws), str(changed)]) == 2
    assert "--replace" in capsys.readouterr().err
    assert cli_main(["import-pack", "--replace", str(ws), str(changed)]) == 0
    assert "updated in place" in capsys.readouterr().out
    assert cli_main(["import-pack", str(ws), str(BROKEN / "parent_cycle.yaml")]) == 2
    assert "parents must form a tree" in capsys.readouterr().err
    assert cli_main(["list-schemes", str(ws)]) == 0
    assert "example-mining@1.0" in capsys.readouterr().out
