"""The core type-checks with no module excused (mypy also runs in `make test`): the only
``ignore_errors`` override left is Alembic's migrations, whose ``op`` proxy mypy cannot see.
A module that does not type-check fails here, named with its first errors."""

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MYPY = Path(sys.executable).with_name("mypy")


def test_no_core_module_is_excused_from_type_checking():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    excused = [m for o in config["tool"]["mypy"].get("overrides", []) if o.get("ignore_errors")
               for m in ([o["module"]] if isinstance(o["module"], str) else o["module"])]
    assert excused == ["jointaudit.store.migrations.*"]


@pytest.mark.slow
@pytest.mark.skipif(not MYPY.exists(), reason="mypy is not installed in this environment")
def test_the_core_type_checks(tmp_path):
    result = subprocess.run([str(MYPY), "--cache-dir", str(tmp_path / "cache")], cwd=ROOT,
                            capture_output=True, text=True)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert result.returncode == 0 and not errors, "\n".join(errors[:20]) or result.stdout
