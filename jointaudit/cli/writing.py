"""The one way CLI commands open a workspace to change it: with the same write lock as the
desktop app, so a command never writes beside an open app (or another command) — it stops
and says who holds the workspace instead."""

from __future__ import annotations

from pathlib import Path

from jointaudit.common.errors import WorkspaceError
from jointaudit.store.db import Workspace, is_server_address, open_workspace
from jointaudit.store.locking import open_exclusive


class WorkspaceBusy(WorkspaceError):
    code = "workspace.locked"


def open_to_write(path: str | Path) -> Workspace:
    """Open for writing under the workspace lock, or refuse naming who holds it. A workspace
    on a server takes no lock: many write to it at once."""
    if is_server_address(path):
        return open_workspace(path)
    path = Path(path)
    if not path.exists():
        raise WorkspaceError(f"{path}: no such workspace file (create one with `jointaudit "
                             "init`)")
    ws = open_exclusive(path)
    if ws.read_only:
        notice = ws.notice
        ws.close()
        raise WorkspaceBusy(notice.replace("it was opened read-only. Close it there to edit "
                                           "it here.", "nothing was changed. Close it there "
                                           "and run the command again."))
    return ws
