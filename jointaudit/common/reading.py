"""Reading a file a user hands us: a size limit first, then strict UTF-8, each refusal a
problem naming what was expected (packs, crosswalks, tables and records all read this way)."""

from __future__ import annotations

from pathlib import Path

from jointaudit.common.errors import ProblemList


def decode_text(raw: bytes, problems: ProblemList, what: str = "file") -> str | None:
    """Strict UTF-8 (a BOM is tolerated); report the first bad byte's line otherwise."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.add(
            "input.not-utf8",
            f"the {what} is not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start});"
            " save it as UTF-8",
            line=line,
        )
        return None


def read_bytes(path: Path, problems: ProblemList, limit: int, what: str = "file") -> bytes | None:
    try:
        size = path.stat().st_size
        if size > limit:
            problems.add("input.too-large",
                         f"the {what} is {size:,} bytes; at most {limit:,} bytes are accepted")
            return None
        return path.read_bytes()
    except IsADirectoryError:
        problems.add("input.unreadable", f"this is a folder, not a {what}")
    except OSError as exc:
        problems.add("input.unreadable", f"cannot read the {what}: {exc.strerror or exc}")
    return None
