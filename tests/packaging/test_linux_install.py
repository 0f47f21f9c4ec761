"""packaging/linux/install.sh puts the launcher, icons and file types where desktops look."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "linux" / "install.sh"
APP_ID = "org.jointaudit.JointAudit"

pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")


def install(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"),
               JOINTAUDIT_BIN_DIR=str(tmp_path / "bin"))
    return subprocess.run(["sh", str(SCRIPT), *args], env=env, capture_output=True, text=True,
                          timeout=60)


@pytest.fixture
def bundle(tmp_path) -> Path:
    """A stand-in for dist/jointaudit: the script only needs the executable to exist."""
    folder = tmp_path / "bundle"
    folder.mkdir()
    exe = folder / "jointaudit"
    exe.write_text("#!/bin/sh\necho jointaudit\n", encoding="utf-8")
    exe.chmod(0o755)
    return folder


def test_install_places_launcher_icons_and_file_types(tmp_path, bundle):
    result = install(tmp_path, str(bundle))
    assert result.returncode == 0, result.stderr
    data = tmp_path / "data"
    link = tmp_path / "bin" / "jointaudit"
    assert link.resolve() == (bundle / "jointaudit").resolve()

    desktop = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={link} open %f" in desktop.splitlines()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    for size in (16, 48, 256, 512):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("update-mime-database"):
        assert "application/x-jointaudit-workspace:*.jaworkspace" in \
            (data / "mime" / "globs2").read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(data / "applications" /
                                                             f"{APP_ID}.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout


def test_uninstall_removes_what_install_put(tmp_path, bundle):
    assert install(tmp_path, str(bundle)).returncode == 0
    result = install(tmp_path, "--uninstall")
    assert result.returncode == 0, result.stderr
    data = tmp_path / "data"
    assert not (tmp_path / "bin" / "jointaudit").exists()
    assert not (data / "applications" / f"{APP_ID}.desktop").exists()
    assert not list((data / "icons").rglob(f"{APP_ID}.*"))
    assert not (data / "mime" / "packages" / f"{APP_ID}.xml").exists()


def test_install_without_a_bundle_says_to_build_one(tmp_path):
    result = install(tmp_path, str(tmp_path))
    assert result.returncode == 1
    assert "run `make bundle` first" in result.stderr
    assert not (tmp_path / "data" / "applications").exists()
