"""The real app in a real X window: `python -m ui.launcher open demo.jaworkspace` on a
1280×720 Xvfb screen under a window manager (openbox, when installed), driven from outside
with xdotool as a user would — keys, clicks — and photographed with ImageMagick's `import`.

Skipped, with the reason, where Xvfb, xdotool or Qt's xcb platform plugin is missing; CI
installs all three (.ci/run), and there a skip is a failure.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCREEN_W, SCREEN_H = 1280, 720

pytestmark = pytest.mark.slow


def _missing_tool() -> str | None:
    for tool, package in (("Xvfb", "xvfb"), ("xdotool", "xdotool"), ("xwininfo", "x11-utils")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: apt-get install {package})"
    return None


def _run(*argv: str, display: str, timeout: float = 20) -> str:
    result = subprocess.run(argv, env=dict(os.environ, DISPLAY=display), capture_output=True,
                            text=True, timeout=timeout)
    if result.returncode != 0:
        raise AssertionError(f"{' '.join(argv)} exited {result.returncode}: {result.stderr}")
    return result.stdout


def _wait(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@pytest.fixture
def display(tmp_path):
    """A fresh X server on a free display (Xvfb picks it: -displayfd), with openbox on it."""
    if reason := _missing_tool():
        pytest.skip(reason)
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN_W}x{SCREEN_H}x24",
         "-nolisten", "tcp"], pass_fds=(write,), stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    os.close(write)
    started = [xvfb]
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number.isdigit():
            pytest.skip(f"Xvfb did not start (exit code {xvfb.poll()})")
        name = f":{number}"
        if shutil.which("openbox"):
            started.append(subprocess.Popen(
                ["openbox"], env=dict(os.environ, DISPLAY=name), stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL))
            time.sleep(0.5)
        probe = subprocess.run(
            [sys.executable, "-c", "from PySide6.QtGui import QGuiApplication; "
             "QGuiApplication(['probe'])"],
            env=dict(os.environ, DISPLAY=name, QT_QPA_PLATFORM="xcb"), capture_output=True,
            text=True, timeout=60)
        if probe.returncode != 0:
            lines = [x for x in probe.stderr.splitlines() if "xcb" in x] or [probe.stderr]
            pytest.skip(f"Qt's xcb platform plugin does not load: {lines[0].strip()} "
                        "(Debian: apt-get install libxcb-cursor0 libxcb-icccm4 "
                        "libxcb-keysyms1)")
        yield name
    finally:
        for proc in reversed(started):
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def window_info(window_id: str, display: str) -> dict[str, str]:
    out = _run("xwininfo", "-id", window_id, display=display)
    return dict((k.strip(), v.strip()) for k, v in re.findall(r"^\s*([^:\n]+):\s*(.*)$", out,
                                                               re.M))


def title(window_id: str, display: str) -> str:
    return _run("xdotool", "getwindowname", window_id, display=display).strip()


def test_the_app_fills_a_1280x720_screen_and_answers_keys_and_clicks(display, tmp_path):
    from jointaudit.demo.seed import create_demo_workspace

    demo = tmp_path / "demo.jaworkspace"
    create_demo_workspace(demo).close()
    home = tmp_path / "home"
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb",
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               PYTHONPATH=str(ROOT))
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen([sys.executable, "-m", "ui.launcher", "open", str(demo)], cwd=ROOT,
                           env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        def mapped_window():
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name",
                                    "demo.jaworkspace"], env=env, capture_output=True,
                                   text=True).stdout.split()
            return found[0] if found else None

        wid = _wait(mapped_window, 60, "the main window naming demo.jaworkspace to map")
        info = window_info(wid, display)
        assert info["Map State"] == "IsViewable"
        x, y = int(info["Absolute upper-left X"]), int(info["Absolute upper-left Y"])
        w, h = int(info["Width"]), int(info["Height"])
        # the whole window is on the screen (the status line and bottom buttons included)
        # and it uses the screen's width: the laptop's 1280×720 is all it gets
        assert x >= 0 and y >= 0 and x + w <= SCREEN_W and y + h <= SCREEN_H, info
        assert w >= SCREEN_W - 10 and h >= SCREEN_H - 80, info
        assert title(wid, display).startswith("Plan — ")

        shot = tmp_path / "screen.png"
        _run("import", "-window", "root", str(shot), display=display)
        from PIL import Image

        with Image.open(shot) as image:
            assert image.size == (SCREEN_W, SCREEN_H)
            # a painted window, not a blank screen: many colours, and the menu bar's light grey
            assert len(image.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 50

        # keys: the View menu's shortcuts go from view to view
        _run("xdotool", "windowactivate", "--sync", wid, display=display)
        for n, view in ((2, "Checklist"), (3, "Approvals"), (6, "Site"), (1, "Plan")):
            _run("xdotool", "key", "--clearmodifiers", f"ctrl+{n}", display=display)
            _wait(lambda v=view: title(wid, display).startswith(f"{v} — "), 10,
                  f"Ctrl+{n} to open the {view} view")

        # clicks: each entry of the navigation list on the left opens its view
        seen_by_click = set()
        for row_y in range(25, 260, 8):
            _run("xdotool", "mousemove", "--window", wid, "50", str(row_y), "click", "1",
                 display=display)
            time.sleep(0.15)
            seen_by_click.add(title(wid, display).split(" — ")[0])
        assert {"Plan", "Checklist", "Approvals", "Reports", "Library", "Site"} \
            <= seen_by_click, seen_by_click

        # F1: the getting-started page, in a window of its own
        _run("xdotool", "key", "--clearmodifiers", "F1", display=display)
        _wait(lambda: subprocess.run(["xdotool", "search", "--onlyvisible", "--name",
                                      "Getting started"], env=env, capture_output=True,
                                     text=True).stdout.strip(), 10, "F1 to open Getting started")
        _run("xdotool", "windowactivate", "--sync", wid, display=display)

        # Ctrl+Q quits cleanly
        _run("xdotool", "key", "--clearmodifiers", "ctrl+q", display=display)
        assert app.wait(30) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(10)
        log.close()
    output = (tmp_path / "app.log").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in output, output
