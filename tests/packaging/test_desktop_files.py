"""The desktop metadata for Linux, Windows and macOS describes one application consistently.

The freedesktop validators run when installed (`apt-get install desktop-file-utils appstream
shared-mime-info`); the Python-level checks always run.
"""

from __future__ import annotations

import ast
import configparser
import plistlib
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from jointaudit import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.jointaudit.JointAudit"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
MIME = PACKAGING / "linux" / f"{APP_ID}.mime.xml"
INNO = PACKAGING / "windows" / "jointaudit.iss"
PLIST = PACKAGING / "macos" / "Info.plist"
SPEC = PACKAGING / "jointaudit.spec"
ICONS = ROOT / "resources" / "icons"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
EXTENSIONS = {"application/x-jointaudit-workspace": "jaworkspace",
              "application/x-jointaudit-bundle": "jabundle"}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def inno_defines() -> dict[str, str]:
    text = INNO.read_text(encoding="utf-8")
    return dict(re.findall(r'#define\s+(\w+)\s+"([^"]*)"', text))


def mime_types() -> dict[str, list[str]]:
    root = ET.parse(MIME).getroot()
    return {t.get("type"): [g.get("pattern") for g in t.findall(f"{MIME_NS}glob")]
            for t in root.findall(f"{MIME_NS}mime-type")}


def run_tool(*argv: str) -> subprocess.CompletedProcess:
    if shutil.which(argv[0]) is None:
        pytest.skip(f"{argv[0]} is not installed (apt-get install desktop-file-utils appstream "
                    "shared-mime-info); the Python-level checks in this file still ran")
    return subprocess.run(argv, capture_output=True, text=True, timeout=60)


# --- the freedesktop validators -------------------------------------------------------------

def test_desktop_file_passes_desktop_file_validate():
    result = run_tool("desktop-file-validate", str(DESKTOP))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate():
    result = run_tool("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_package_installs_into_a_mime_database(tmp_path):
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages)
    result = run_tool("update-mime-database", str(tmp_path / "mime"))
    assert result.returncode == 0, result.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    for mime, ext in EXTENSIONS.items():
        assert f"{mime}:*.{ext}" in globs


# --- always-run checks ----------------------------------------------------------------------

def test_every_metadata_file_is_well_formed():
    for xml in (METAINFO, MIME, ICONS / "jointaudit.svg"):
        ET.parse(xml)  # raises on malformed XML
    with PLIST.open("rb") as fh:
        assert plistlib.load(fh)["CFBundleIdentifier"] == APP_ID
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "jointaudit"  # the console script in pyproject.toml


def test_application_id_is_the_same_everywhere():
    meta = ET.parse(METAINFO).getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable") == DESKTOP.name
    assert meta.findtext("icon") == APP_ID == desktop_entry()["Icon"]
    assert inno_defines()["AppIdentifier"] == APP_ID


def test_mime_types_and_extensions_agree_across_platforms():
    assert {t: [f"*.{e}"] for t, e in EXTENSIONS.items()} == mime_types()
    desktop_mimes = [m for m in desktop_entry()["MimeType"].split(";") if m]
    meta = ET.parse(METAINFO).getroot()
    assert sorted(desktop_mimes) == sorted(EXTENSIONS)
    assert sorted(m.text for m in meta.iter("mediatype")) == sorted(EXTENSIONS)

    inno = INNO.read_text(encoding="utf-8")
    for mime, ext in EXTENSIONS.items():
        assert f'Subkey: "Software\\Classes\\.{ext}"; ValueType: string; ValueName: "Content Type"; ValueData: "{mime}"' in inno
        assert f'Subkey: "Software\\Classes\\.{ext}\\OpenWithProgids"' in inno
    assert "ChangesAssociations=yes" in inno

    with PLIST.open("rb") as fh:
        plist = plistlib.load(fh)
    declared = {t["UTTypeIdentifier"]: t["UTTypeTagSpecification"]
                for t in plist["UTExportedTypeDeclarations"]}
    opened = {uti for d in plist["CFBundleDocumentTypes"] for uti in d["LSItemContentTypes"]}
    assert opened == set(declared)
    pairs = {(tags["public.mime-type"][0], tags["public.filename-extension"][0])
             for tags in declared.values()}
    assert pairs == set(EXTENSIONS.items())


def test_versions_match_the_package_version():
    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases[0].get("version") == __version__, "add a <release> for the new version"
    assert inno_defines()["AppVersion"] == __version__
    spec = SPEC.read_text(encoding="utf-8")
    assert "from jointaudit import __version__" in spec


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icon_is_rendered_at_every_size(size):
    assert png_size(ICONS / f"jointaudit-{size}.png") == (size, size)


def test_platform_icon_files_exist():
    assert (ICONS / "jointaudit.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "jointaudit.icns").read_bytes()[:4] == b"icns"
    for referenced in ("jointaudit.ico", "jointaudit.icns"):
        assert referenced in SPEC.read_text(encoding="utf-8")


def qt_modules_used_by(folder: Path) -> set[str]:
    used = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6."):
                used.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                used.update(a.name.split(".")[1] for a in node.names
                            if a.name.startswith("PySide6."))
    return used


def excluded_qt_modules() -> set[str]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "QT_UNUSED":
            return set(ast.literal_eval(node.value))
    raise AssertionError("packaging/jointaudit.spec has no QT_UNUSED list")


def test_bundle_keeps_every_qt_module_the_app_imports():
    used = qt_modules_used_by(ROOT / "ui")
    assert {"QtCore", "QtWidgets"} <= used
    assert not used & excluded_qt_modules(), "the spec excludes a Qt module ui/ imports"
    assert {"QtWebEngineCore", "Qt3DCore", "QtQuick", "QtMultimedia", "QtCharts"} <= excluded_qt_modules()
