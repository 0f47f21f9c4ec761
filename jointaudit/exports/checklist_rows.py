"""The joint checklist as rows, shared by the XLSX, CSV and JSON exports.

One row per joint item: its stable key, every scheme's clause ids, and — when a visit is
given — the joint rating, the observation, the finding's revision (so a re-import can tell
a stale workbook) and each scheme's rating in its own words, with its level id and where
it came from.
Spreadsheet cells are neutralised against formula injection: a text starting with
= + - @ (or a tab / carriage return) gets a leading apostrophe, so Excel and LibreOffice show
it as text instead of evaluating it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, select

from jointaudit.checklist.visit import Checklist, checklist
from jointaudit.common.errors import NotFound
from jointaudit.common.severity import Severity
from jointaudit.fieldwork.findings import scheme_ratings
from jointaudit.fieldwork.scale import rating_map
from jointaudit.store.models import Finding, JointTemplate

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")

SEVERITY_LABELS = {
    Severity.CONFORMS: "conforms",
    Severity.MINOR_GAP: "minor gap",
    Severity.MAJOR_GAP: "major gap",
    Severity.CRITICAL: "critical",
    Severity.NOT_APPLICABLE: "not applicable",
    Severity.NOT_ASSESSED: "not assessed",
}


def neutralise(value):
    if isinstance(value, str) and value.startswith(DANGEROUS):
        return "'" + value
    return value


def restore(value):
    """Undo :func:`neutralise` on re-import (only the apostrophe we added)."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(DANGEROUS):
        return value[1:]
    return value


def parse_severity(text) -> Severity | None:
    if text is None or str(text).strip() == "":
        return None
    t = str(text).strip().lower().replace("_", " ")
    for sev, label in SEVERITY_LABELS.items():
        if t in (label, sev.value.replace("_", " ")):
            return sev
    raise ValueError(f"'{text}' is not a rating; use one of "
                     + ", ".join(SEVERITY_LABELS.values()))


@dataclass
class ChecklistRow:
    position: int
    item_key: str
    kind: str
    title: str
    topics: list[str]
    clauses: dict[str, list[str]]  # version id → clause ids (primary, then shared cores)
    severity: str = ""
    observation: str = ""
    confidential: bool = False
    needs_rerating: bool = False
    revision: int = 0
    scheme_words: dict[str, str] = field(default_factory=dict)
    clause_ratings: list[ClauseCell] = field(default_factory=list)  # this item's own clauses


@dataclass(frozen=True)
class ClauseCell:
    """One scheme clause as the workbook and the JSON show it."""

    version_id: str
    clause_id: str
    title: str
    item_key: str  # "" when excluded for the site
    words: str
    level_id: str | None = None
    provenance: str = ""
    by: str = ""
    answer: str = "graded"


@dataclass
class Sheet:
    template_uid: str
    template_name: str
    template_hash: str
    version_ids: list[str]
    visit_id: int | None
    rows: list[ChecklistRow]
    checklist: Checklist
    scheme_clauses: dict[str, list[ClauseCell]]  # version id → its clauses, in checklist order
    scales: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    # version id → (level id, word, which requirements take it), in the scale's order


def build_rows(session: Session, template_id: int, visit_id: int | None = None,
               site=None, audit_date=None, language: str = "en") -> Sheet:
    template = session.get(JointTemplate, template_id)
    if template is None:
        raise NotFound(f"no joint template with id {template_id}")
    if visit_id is not None:
        ratings = scheme_ratings(session, visit_id, language=language)
        cl = ratings.checklist
        findings = {f.item_key: f for f in session.exec(select(Finding)
                                                         .where(Finding.visit_id == visit_id))}
    else:
        ratings, findings = None, {}
        cl = checklist(session, template_id, site, audit_date)
    rows = []
    for n, it in enumerate(cl.items, start=1):
        clauses: dict[str, list[str]] = {v: [] for v in cl.version_ids}
        for s in it.sources:
            clauses[s.version_id].append(s.clause_id)
        f = findings.get(it.key)
        row = ChecklistRow(n, it.key, it.kind, it.title, it.topics, clauses)
        if f is not None:
            row.severity = SEVERITY_LABELS[Severity(f.severity)]
            row.observation, row.confidential = f.observation, f.confidential
            row.needs_rerating, row.revision = f.needs_rerating, f.revision
        if ratings is not None and it.kind != "core":
            for c in ratings.for_item(it.key):
                if c.item_key == it.key:
                    prev = row.scheme_words.get(c.version_id)
                    row.scheme_words[c.version_id] = f"{prev}; {c.words}" if prev else c.words
                    row.clause_ratings.append(_cell(c))
        rows.append(row)
    per_scheme: dict[str, list[ClauseCell]] = {v: [] for v in cl.version_ids}
    rated = {(c.version_id, c.clause_id): c for c in ratings.clauses} if ratings else {}
    for it in cl.items:
        for s in it.primary:
            got = rated.get((s.version_id, s.clause_id))
            per_scheme[s.version_id].append(
                _cell(got) if got else ClauseCell(s.version_id, s.clause_id, s.title, it.key, "",
                                              answer=s.answer))
    for ex in cl.excluded:
        got = rated.get((ex.version_id, ex.clause_id))
        per_scheme[ex.version_id].append(ClauseCell(
            ex.version_id, ex.clause_id, f"excluded: {ex.reason}", "", got.words if got else "",
            got.level_id if got else None, "not_applicable"))
    scales = {v: [(lv.level_id, lv.word(language), lv.answer)
                  for lv in rating_map(session, v).levels.values()] for v in cl.version_ids}
    return Sheet(template.uid, template.name, template.content_hash, list(cl.version_ids),
                 visit_id, rows, cl, per_scheme, scales)


def _cell(c) -> ClauseCell:
    return ClauseCell(c.version_id, c.clause_id, c.title, c.item_key, c.words, c.level_id,
                      c.provenance, c.by, c.answer)
