"""The core is Qt-free: `jointaudit/` never imports PySide6, shiboken6 or the `ui` package."""

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "jointaudit"
FORBIDDEN = {"PySide6", "shiboken6", "ui"}


def forbidden_imports(root: Path) -> list[str]:
    hits = []
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in FORBIDDEN:
                    hits.append(f"{path.relative_to(root.parent)}:{node.lineno}: {name}")
    return hits


def test_core_sources_import_no_qt_nor_ui():
    assert forbidden_imports(CORE) == []


def test_the_check_catches_a_qt_import(tmp_path):
    pkg = tmp_path / "jointaudit"
    pkg.mkdir()
    (pkg / "bad.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert forbidden_imports(pkg) == ["jointaudit/bad.py:1: PySide6.QtCore"]


def test_importing_the_whole_core_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, jointaudit\n"
        "for m in pkgutil.walk_packages(jointaudit.__path__, 'jointaudit.'):\n"
        "    if '.migrations' in m.name or m.name == 'jointaudit.__main__': continue\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=CORE.parent,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
