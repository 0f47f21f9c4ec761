"""`jointaudit --self-test`, the check the bundle smoke test runs on the frozen app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui import self_test

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_self_test_plans_merges_and_writes_a_pdf_from_the_source_tree(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JOINTAUDIT_SELF_TEST_DIR=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "ui.launcher", "--self-test"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=300)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert lines[0].startswith(self_test.WINDOW_SHOWN)
    steps = [line for line in lines if line.startswith("self-test: step")]
    assert len(steps) == len(self_test.STEPS) and all(" ok in " in s for s in steps)
    assert "Traceback" not in result.stdout + result.stderr
    (pdf,) = tmp_path.glob("*.pdf")
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    assert len(reader.pages) >= 1
    assert "DRAFT" in reader.pages[0].extract_text()
    assert (tmp_path / "demo.jaworkspace").is_file()


def test_a_failing_step_is_named_and_the_exit_code_is_1(qapp, monkeypatch, tmp_path, capsys):
    def broken(run):
        raise ValueError("pack 'x.yaml' line 3: expected a mapping")

    monkeypatch.setenv(self_test.KEEP_DIR_VAR, str(tmp_path))
    monkeypatch.setattr(self_test, "STEPS", [("open the library", broken),
                                             ("never reached", lambda run: "ran")])
    monkeypatch.setattr(self_test, "_isolate_user_folders", lambda folder: None)
    assert self_test.run_self_test(qapp) == 1
    out = capsys.readouterr().out
    assert ("self-test: step 1 (open the library) FAILED: ValueError: pack 'x.yaml' line 3:"
            " expected a mapping") in out
    assert "never reached" not in out and "Traceback" not in out


def test_all_steps_passing_exits_0_and_says_so(qapp, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv(self_test.KEEP_DIR_VAR, str(tmp_path))
    monkeypatch.setattr(self_test, "STEPS", [("count", lambda run: f"folder {run.folder.name}")])
    monkeypatch.setattr(self_test, "_isolate_user_folders", lambda folder: None)
    assert self_test.run_self_test(qapp) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(self_test.WINDOW_SHOWN)
    assert out[1].startswith("self-test: step 1 (count) ok in ") and out[1].endswith(tmp_path.name)
    assert out[2].startswith("self-test: all 1 steps passed")
