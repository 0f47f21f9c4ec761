"""Shipped resources are found the same way from a source tree and from the frozen bundle."""

import sys
from pathlib import Path

from jointaudit.common.resources import ENV_VAR, is_frozen, resource_path, resources_root

REPO = Path(__file__).resolve().parents[2]


def test_from_source_resources_sit_beside_the_core(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert not is_frozen()
    assert resources_root() == REPO / "resources"
    assert resource_path("packs") == REPO / "resources" / "packs"
    assert resource_path("fonts", "DejaVuSans.ttf") == REPO / "resources" / "fonts" / "DejaVuSans.ttf"


def test_frozen_bundle_reads_resources_from_the_unpack_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert is_frozen()
    assert resource_path("packs") == tmp_path / "resources" / "packs"


def test_environment_variable_overrides_both(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", "/nowhere", raising=False)
    assert resource_path("crosswalks", "rjc-irma.yaml") == tmp_path / "crosswalks" / "rjc-irma.yaml"
