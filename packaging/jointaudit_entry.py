"""PyInstaller entry point of the desktop bundle: the same launcher as the `jointaudit` command."""

import sys

from ui.launcher import main

if __name__ == "__main__":
    sys.exit(main())
