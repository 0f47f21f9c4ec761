"""The joint checklist as rows, shared by the XLSX, CSV and JSON exports.

One row per joint item: its stable key, every scheme's clause ids, and — when a visit is
given — the joint rating, the observation and each scheme's rating in its own words.
Spreadsheet cells are neutralised against formula injection: a text starting with
= + - @ (or a tab / carriage return) gets a leading apostrophe, so Excel and LibreOffice show
it as text instead of evaluating it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, select

from jointaudit.checklist.visit import Checklist, checklist
from jointaudit.common.severity import Severity
from jointaudit.fieldwork.findings import scheme_ratings
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


@dataclass
class Sheet:
    template_uid: str
    template_name: str
    template_hash: str
    version_ids: list[str]
    visit_id: int | None
    rows: list[ChecklistRow]
    checklist: Checklist
    scheme_clauses: dict[str, list[tuple[str, str, str, str]]]  # vid → (clause, title, key, words)


def build_rows(session: Session, template_id: int, visit_id: int | None = None,
               site=None, audit_date=None, language: str = "en") -> Sheet:
    template = session.get(JointTemplate, template_id)
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
        rows.append(row)
    per_scheme: dict[str, list] = {v: [] for v in cl.version_ids}
    words = {(c.version_id, c.clause_id): c.words for c in ratings.clauses} if ratings else {}
    for it in cl.items:
        for s in it.primary:
            per_scheme[s.version_id].append((s.clause_id, s.title, it.key,
                                             words.get((s.version_id, s.clause_id), "")))
    for ex in cl.excluded:
        per_scheme[ex.version_id].append((ex.clause_id, f"excluded: {ex.reason}", "",
                                          words.get((ex.version_id, ex.clause_id), "")))
    return Sheet(template.uid, template.name, template.content_hash, list(cl.version_ids),
                 visit_id, rows, cl, per_scheme)
