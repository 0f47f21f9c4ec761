"""Console entry point: the GUI for no arguments or ``open FILE``, the CLI otherwise.

Qt is imported only when the GUI starts, so headless commands work without a display.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # the frozen app's worker processes start through here
    argv = list(sys.argv[1:] if argv is None else argv)
    gui_flags = {"--self-test"}
    if not argv or argv[0] == "open" or (argv[0] in gui_flags):
        from ui.app import run_gui

        path = argv[1] if argv and argv[0] == "open" and len(argv) > 1 else None
        return run_gui(path, self_test="--self-test" in argv)
    from jointaudit.cli import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
