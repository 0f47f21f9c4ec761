"""`make screenshots`: each main view on the demo workspace, saved to docs/screenshots/*.png.

Runs offscreen in a temporary data folder (the user's settings and files are not touched):
creates the demo workspace, then walks the views doing what a user would — plan the
portfolio, merge the schemes, rate a few items, export a report — and grabs each view.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1280, 720)


def wait(app, until: Callable[[], bool], timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        if until():
            return True
        time.sleep(0.02)
    return False


def settle(app, window, timeout: float = 120.0) -> None:
    """Let every background job report back, then let the views paint."""
    wait(app, lambda: not window.workers.busy, timeout)
    for _ in range(5):
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--language", default="en", choices=("en", "es", "fr"))
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ja-shots-") as tmp:
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[var] = str(Path(tmp) / var.lower())
        from ui.app import make_app
        from ui.i18n import install_language
        from ui.main_window import MainWindow

        app = make_app()
        install_language(args.language)
        window = MainWindow()
        window.resize(*SIZE)
        window.show()
        opened = []
        window.open_demo(on_open=opened.append)
        if not wait(app, lambda: bool(opened), 120):
            print("screenshots: the demo workspace did not open", file=sys.stderr)
            return 1
        settle(app, window)
        from tools.scenario import Scenario

        scenario = Scenario(app, window, Path(tmp))
        written = []
        for name, key, prepare in scenario.steps():
            view = window.show_view(key)
            prepare(view)
            settle(app, window)
            path = out / f"{name}.png"
            window.grab().save(str(path))
            written.append(path)
            print(f"screenshots: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
