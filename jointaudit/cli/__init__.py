"""The headless command line: ``jointaudit <command> …``.

Each command group lives in its own module with a ``register(subparsers)`` function; a
command's handler returns the process exit code. Core errors become messages on stderr
(exit 2); nothing prints a traceback for bad input.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys

from sqlalchemy.exc import SQLAlchemyError

from jointaudit import __version__
from jointaudit.common.errors import JointAuditError
from jointaudit.store.db import storage_message

# One module per room of the product; each adds its own subcommands.
COMMAND_MODULES = [
    "jointaudit.cli.workspace",
    "jointaudit.cli.packs",
    "jointaudit.cli.records",
    "jointaudit.cli.planning",
    "jointaudit.cli.checklist",
    "jointaudit.cli.reports",
    "jointaudit.cli.trust",
    "jointaudit.cli.fieldwork",
    "jointaudit.cli.server",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jointaudit",
        description="Plan joint audits across mining sustainability schemes. "
        "With no command, the desktop app starts.",
    )
    parser.add_argument("--version", action="version", version=f"jointaudit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 0
    try:
        return int(args.handler(args) or 0)
    except JointAuditError as exc:
        print(f"jointaudit: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`jointaudit plan … | head`): not an error of ours. Point
        # stdout at devnull so the interpreter's final flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        # The disk, the medium or another writer refused: say so, never a traceback.
        message = storage_message(exc, getattr(args, "workspace", None) or "the workspace")
        if message is None and isinstance(exc, OSError):
            message = f"{getattr(exc, 'filename', None) or 'a file'}: {exc.strerror or exc}"
        if message is None:
            raise
        print(f"jointaudit: {message}", file=sys.stderr)
        return 2
