"""Typed errors of the core.

The core never prints: it raises these, and the CLI and the desktop app turn them into
messages. Every problem names the file, the place in it (line, field path or clause id)
and what was expected, so a user can fix the input without reading code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NoReturn


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as the input allows."""

    code: str  # stable, machine-readable, e.g. "pack.dangling-parent"
    message: str  # what is wrong and what is expected, in plain words
    file: str | None = None
    line: int | None = None
    path: str | None = None  # field path, e.g. "requirements[3].parent"

    def __str__(self) -> str:
        where = self.file or "<input>"
        if self.line is not None:
            where += f":{self.line}"
        if self.path:
            where += f": {self.path}"
        return f"{where}: {self.message} [{self.code}]"


class JointAuditError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, problems=()):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.problems: list[Problem] = list(problems)

    def __str__(self) -> str:
        if not self.problems:
            return self.message
        lines = [self.message] + [f"  {p}" for p in self.problems]
        return "\n".join(lines)


class InvalidInput(JointAuditError):
    """An input file (pack, crosswalk, CSV, bundle …) is wrong; nothing was imported."""

    code = "invalid-input"


class NotFound(JointAuditError):
    code = "not-found"


class WorkspaceError(JointAuditError):
    code = "workspace"


@dataclass
class ProblemList:
    """Collects every problem in one input so they are all reported at once."""

    file: str | None = None
    problems: list[Problem] = field(default_factory=list)

    def add(self, code: str, message: str, *, line: int | None = None, path: str | None = None):
        self.problems.append(Problem(code, message, self.file, line, path))

    def extend(self, problems):
        self.problems.extend(problems)

    def __bool__(self) -> bool:
        return bool(self.problems)

    def raise_if_any(self, summary: str) -> None:
        if self.problems:
            raise InvalidInput(summary, problems=self.problems)

    def raise_now(self, summary: str) -> NoReturn:
        """Refuse with the problems found so far (the caller cannot go on)."""
        raise InvalidInput(summary, problems=self.problems)
