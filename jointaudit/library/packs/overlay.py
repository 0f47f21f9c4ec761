"""Text overlays: users who hold a scheme's official texts add them to an imported version.

A CSV/XLSX table maps clause ids to full text and/or guidance. Packs ship only short titles
in our own words (scheme texts are copyrighted), so the overlay is how the real wording gets
into checklists and reports on the user's own machine. All rows are checked first; one bad
row imports nothing. Overlaid requirements remember the file (``text_source``), and a later
re-import of the pack keeps their text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process
from sqlmodel import select

from jointaudit.common.errors import NotFound, ProblemList
from jointaudit.common.tabular import read_table
from jointaudit.store.models import Requirement, SchemeVersion

MAX_CELL_CHARS = 50_000


@dataclass(frozen=True)
class OverlayResult:
    version_id: str
    updated: int


def import_overlay(workspace, version_id: str, path: str | Path) -> OverlayResult:
    path = Path(path)
    with workspace.session() as s:
        if s.get(SchemeVersion, version_id) is None:
            known = ", ".join(sorted(s.exec(select(SchemeVersion.id)))) or "none"
            raise NotFound(f"scheme version '{version_id}' is not in this workspace"
                           f" (imported: {known})")
    rows = read_table(path, required={"clause_id"}, known={"clause_id", "title", "text",
                                                           "guidance"})
    problems = ProblemList(str(path))
    if rows and not ({"text", "guidance"} & set(rows[0].values)):
        problems.add("overlay.no-text-column", "the table needs a 'text' or 'guidance' column",
                     line=1)
    with workspace.session() as s:
        reqs = {r.clause_id: r for r in s.exec(
            select(Requirement).where(Requirement.version_id == version_id))}
        seen: dict[str, int] = {}
        updates: list[tuple[Requirement, str, str]] = []
        for row in rows:
            clause = row.get("clause_id")
            if not clause:
                problems.add("overlay.missing-clause", "the clause_id is empty", line=row.number,
                             path="clause_id")
                continue
            if clause in seen:
                problems.add("overlay.duplicate-clause", f"clause {clause} appears again (first"
                             f" on row {seen[clause]})", line=row.number, path="clause_id")
                continue
            seen[clause] = row.number
            req = reqs.get(clause)
            if req is None:
                near = process.extractOne(clause, list(reqs), scorer=fuzz.ratio) if reqs else None
                hint = f"; did you mean '{near[0]}'?" if near and near[1] >= 70 else ""
                problems.add("overlay.unknown-clause", f"clause '{clause}' is not a requirement"
                             f" of {version_id}{hint}", line=row.number, path="clause_id")
                continue
            text, guidance = row.values.get("text", ""), row.values.get("guidance", "")
            for column, value in (("text", text), ("guidance", guidance)):
                if len(value) > MAX_CELL_CHARS:
                    problems.add("overlay.too-long", f"{len(value):,} characters; at most"
                                 f" {MAX_CELL_CHARS:,} per cell", line=row.number, path=column)
            updates.append((req, text.strip(), guidance.strip()))
        problems.raise_if_any(f"{path}: the overlay has {len(problems.problems)} problem(s);"
                              " nothing was imported")
        for req, text, guidance in updates:
            if text:
                req.text = text
            if guidance:
                req.guidance = guidance
            req.text_source = path.name
            s.add(req)
    return OverlayResult(version_id, len(updates))
