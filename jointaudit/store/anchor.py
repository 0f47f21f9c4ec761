"""The audit trail's anchor: its last entry (id and hash) kept outside the database.

A hash chain shows an altered or removed *middle* entry, but not a trail cut at its end
(the newest entries, or all of them, deleted): what is left is still a valid chain. So
after every commit that added entries, the id and hash of the newest one are written to a
small sidecar next to the workspace, ``<workspace>.anchor`` (JSON, replaced atomically).
Signed approvals and every bundle sent carry the same pair (signed with them), so copies
of the anchor also live with the scheme staff and in the field.

``jointaudit check`` requires each anchor it knows to still be in the trail: an entry with
that id and that hash. The sidecar only moves forward along the chain: when its entry is no
longer there, it is left as it is (the evidence stays), and ``check`` names the gap.

A commit and its sidecar write are not atomic: a crash between them leaves the sidecar one
step behind, which is harmless (an older entry is still in the trail). The sidecar is
written only after SQLite has committed, so it never names an entry that was not saved.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

FORMAT = "jointaudit-anchor/1"
MAX_BYTES = 64 * 1024


@dataclass(frozen=True)
class Anchor:
    entry: int  # id of the newest audit-trail entry when anchored (0: the trail was empty)
    head: str  # that entry's hash
    source: str  # where this anchor was found, for messages
    at: str = ""  # when it was written, if known


class AnchorUnreadable(ValueError):
    """The sidecar exists but is not an anchor (damaged or replaced)."""


def anchor_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".anchor")


def read_anchor(workspace: Path) -> Anchor | None:
    """The sidecar's anchor; None when there is no sidecar; AnchorUnreadable when damaged."""
    path = anchor_path(workspace)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise AnchorUnreadable(f"{path.name} is larger than {MAX_BYTES:,} bytes")
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise AnchorUnreadable(f"{path.name} cannot be read ({exc.strerror or exc})") from exc
    return parse_anchor(raw, path.name)


def parse_anchor(raw: bytes, source: str) -> Anchor:
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise AnchorUnreadable(f"{source} is not an anchor file ({exc})") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise AnchorUnreadable(f"{source} is not an anchor file (format {FORMAT} expected)")
    entry, head, at = doc.get("entry"), doc.get("head"), doc.get("at", "")
    if (not isinstance(entry, int) or isinstance(entry, bool) or not 0 <= entry < 2**63
            or not isinstance(head, str) or len(head) > 128 or not isinstance(at, str)):
        raise AnchorUnreadable(f"{source}: 'entry' must be a count and 'head' a hash")
    return Anchor(entry, head, source, at[:40])


def write_anchor(workspace: Path, entry: int, head: str) -> None:
    """Replace the sidecar atomically (a kill leaves the old one or the new one)."""
    path = anchor_path(workspace)
    tmp = path.with_name(path.name + ".part")
    doc = {"format": FORMAT, "workspace": workspace.name, "entry": entry, "head": head,
           "at": datetime.now(UTC).isoformat(timespec="seconds")}
    # No fsync: it would double the time of a save, and the sidecar may lag behind (a power
    # cut can leave the previous anchor, which is still an entry of the trail).
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(doc, fh)
    os.replace(tmp, path)
