"""Text overlays: users who hold a scheme's official texts add them to an imported version.

A CSV/XLSX table maps clause ids to full text and/or guidance, and may carry titles, texts
and guidance in other languages (``title_es``, ``text_fr``, ``guidance_pt`` …: a column per
field and ISO 639-1 language code). Packs ship only short titles in our own words (scheme
texts are copyrighted), so the overlay is how the real wording gets into checklists and
reports on the user's own machine. All rows are checked first; one bad row imports nothing.

The plain ``text`` and ``guidance`` columns are in the pack's own language and replace the
requirement's text (``text_source`` remembers the file, and a later re-import of the pack
keeps it); the plain ``title`` and every per-language column are kept per language in
``requirement_text``, which reports read before the pack's title files and the pack's own
title (:func:`overlay_words`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process
from sqlmodel import Session, select

from jointaudit.common.errors import NotFound, ProblemList
from jointaudit.common.languages import language_problem as _language_problem
from jointaudit.common.tabular import read_table
from jointaudit.store.models import Requirement, RequirementText, SchemeVersion

MAX_CELL_CHARS = 50_000
MAX_TITLE_CHARS = 500
FIELDS = ("title", "text", "guidance")
_PER_LANGUAGE = re.compile(r"^(title|text|guidance)_(.+)$")


@dataclass(frozen=True)
class OverlayResult:
    version_id: str
    updated: int
    languages: tuple[str, ...] = ()  # the languages the overlay carried words in


@dataclass(frozen=True)
class OverlayWords:
    """What overlays gave one requirement, per language."""

    titles: dict[str, str]
    texts: dict[str, str]
    guidance: dict[str, str]
    sources: dict[str, str]  # language -> the overlay file's name


def language_of(column: str) -> tuple[str, str] | None:
    """("title", "es") for a per-language column name such as ``title_es``, else None."""
    match = _PER_LANGUAGE.match(column)
    return (match.group(1), match.group(2)) if match else None


def import_overlay(workspace, version_id: str, path: str | Path) -> OverlayResult:
    path = Path(path)
    with workspace.session() as s:
        version = s.get(SchemeVersion, version_id)
        if version is None:
            known = ", ".join(sorted(s.exec(select(SchemeVersion.id)))) or "none"
            raise NotFound(f"scheme version '{version_id}' is not in this workspace"
                           f" (imported: {known})")
        pack_language = version.language or "en"
    rows = read_table(path, required={"clause_id"}, known={"clause_id", *FIELDS},
                      also=lambda name: language_of(name) is not None)
    problems = ProblemList(str(path))
    columns = list(dict.fromkeys(c for row in rows for c in row.values))
    languages: dict[str, str] = {}  # column -> language
    for column in columns:
        split = language_of(column)
        if split is None:
            continue
        why = _language_problem(split[1])
        if why:
            problems.add("overlay.language", f"column '{column}': {why}", line=1, path=column)
        else:
            languages[column] = split[1]
    if rows and not ({"title", "text", "guidance"} | set(languages)) & set(columns):
        problems.add("overlay.no-text-column", "the table needs a 'text', 'guidance' or"
                     " 'title' column (or one per language, such as 'title_es')", line=1)
    problems.raise_if_any(f"{path}: the overlay's header row is wrong; nothing was imported")
    with workspace.session() as s:
        reqs = {r.clause_id: r for r in s.exec(
            select(Requirement).where(Requirement.version_id == version_id))}
        seen: dict[str, int] = {}
        updates: list[tuple[Requirement, str, str]] = []
        words: dict[tuple[str, str], dict[str, str]] = {}  # (clause, language) -> field -> …
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
            for column, value in row.values.items():
                if column == "clause_id":
                    continue
                limit = MAX_TITLE_CHARS if column.startswith("title") else MAX_CELL_CHARS
                if len(value) > limit:
                    problems.add("overlay.too-long", f"{len(value):,} characters; at most"
                                 f" {limit:,} in a {column.split('_')[0]} cell",
                                 line=row.number, path=column)
            text, guidance = row.get("text"), row.get("guidance")
            if text or guidance:
                updates.append((req, text, guidance))
            own = {"title": row.get("title")} if row.get("title") else {}
            if text or guidance:  # kept per language too, so an overlay reads back whole
                own.update({k: v for k, v in (("text", text), ("guidance", guidance)) if v})
            if own:
                words.setdefault((clause, pack_language), {}).update(own)
            for column, lang in languages.items():
                value = row.get(column)
                if value:
                    field = column.split("_", 1)[0]
                    words.setdefault((clause, lang), {})[field] = value
        problems.raise_if_any(f"{path}: the overlay has {len(problems.problems)} problem(s);"
                              " nothing was imported")
        for req, text, guidance in updates:
            if text:
                req.text = text
            if guidance:
                req.guidance = guidance
            req.text_source = path.name
            s.add(req)
        for (clause, lang), fields in words.items():
            row_ = s.get(RequirementText, (version_id, clause, lang)) or RequirementText(
                version_id=version_id, clause_id=clause, language=lang)
            for key, value in fields.items():
                setattr(row_, key, value)
            row_.source = path.name
            s.add(row_)
    updated = {req.clause_id for req, _t, _g in updates} | {c for c, _lang in words}
    return OverlayResult(version_id, len(updated),
                         tuple(sorted({lang for _c, lang in words})))


def overlay_words(session: Session, version_id: str) -> dict[str, OverlayWords]:
    """Per clause id, the titles, texts and guidance overlays gave it, by language."""
    out: dict[str, OverlayWords] = {}
    for row in session.exec(select(RequirementText).where(
            RequirementText.version_id == version_id)):
        words = out.setdefault(row.clause_id, OverlayWords({}, {}, {}, {}))
        words.sources[row.language] = row.source
        for key, into in (("title", words.titles), ("text", words.texts),
                          ("guidance", words.guidance)):
            value = getattr(row, key)
            if value:
                into[row.language] = value
    return out
