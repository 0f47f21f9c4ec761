"""The Spanish and French catalogues keep up with the code: every string the UI passes
through tr() is in them and translated (Qt Linguist's lupdate run on the sources finds
nothing new or unfinished)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed here")
@pytest.mark.parametrize("language", ["es", "fr"])
def test_catalogue_has_every_ui_string_translated(tmp_path, language):
    catalogue = tmp_path / f"jointaudit_{language}.ts"
    shutil.copy(ROOT / "resources" / "translations" / catalogue.name, catalogue)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    result = subprocess.run([str(LUPDATE), "-no-obsolete", *sources, "-ts", str(catalogue)],
                            capture_output=True, text=True, check=True)
    assert " 0 new " in result.stdout or "(0 new" in result.stdout, result.stdout
    text = catalogue.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text
    compiled = ROOT / "resources" / "translations" / f"jointaudit_{language}.qm"
    assert compiled.stat().st_size > 0
