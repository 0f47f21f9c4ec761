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


# the views each language is shown in (English: every view, for the guides)
TRANSLATED = ("plan", "checklist", "site", "approvals")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--languages", nargs="+", default=["en"], choices=("en", "es", "fr"),
                        help="English shots are NAME.png, the others NAME-LANG.png")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    from ui.app import make_app

    app = make_app()
    for language in args.languages:
        if shoot(app, language, out) != 0:
            return 1
    return 0


def shoot(app, language: str, out: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="ja-shots-") as tmp:
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            os.environ[var] = str(Path(tmp) / var.lower())
        from ui.i18n import install_language
        from ui.main_window import MainWindow

        install_language(language)
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
        for name, key, prepare in scenario.steps():
            if language != "en" and name not in TRANSLATED:
                continue
            view = window.show_view(key)
            prepare(view)
            settle(app, window)
            path = out / (f"{name}.png" if language == "en" else f"{name}-{language}.png")
            window.grab().save(str(path))
            print(f"screenshots: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
