"""Recording what an audit produced (AuditRecord), one at a time or from a CSV file.

A CSV import is all or nothing: every row is checked first (site known, scheme version
imported, audit kind in that version's pack, dates in order, counts whole numbers) and each
problem names the file, the line and the column.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import Session, select

from jointaudit.common.errors import InvalidInput, ProblemList
from jointaudit.common.tabular import MAX_YEAR, MIN_YEAR, parse_count
from jointaudit.library.packs.loader import load_pack
from jointaudit.records.sites import find_site
from jointaudit.store.models import AuditRecord, Certificate, saved_id

CSV_COLUMNS = ["site", "scheme_version", "kind", "start", "end", "decision", "decision_date",
               "valid_from", "valid_until", "minor_ncs", "major_ncs", "critical_ncs",
               "mid_term_required"]
REQUIRED = {"site", "scheme_version", "kind", "start", "end"}
MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class AuditOutcome:
    """What one audit produced: the one type the cycle engine reads, the CLI and CSV import
    record and :class:`AuditRecord` rows convert to (``from_record``)."""

    kind: str
    start: date
    end: date
    decision_date: date | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    minor_ncs: int = 0
    major_ncs: int = 0
    critical_ncs: int = 0
    mid_term_required: bool = False
    decision: str = ""  # certified / provisional / not_certified / conformant / …

    @classmethod
    def from_record(cls, r: AuditRecord) -> AuditOutcome:
        return cls(r.kind, r.start, r.end, r.decision_date, r.valid_from, r.valid_until,
                   r.minor_ncs, r.major_ncs, r.critical_ncs, r.mid_term_required, r.decision)

    def check(self, problems: ProblemList, line: int | None = None) -> None:
        """The one validator of an outcome's own facts (dates in order, the decision on or
        after the audit's last day, counts ≥ 0)."""
        if self.end < self.start:
            problems.add("outcome.dates", f"end {self.end} is before start {self.start}",
                         line=line, path="end")
        if self.decision_date and self.decision_date < self.end:
            # a decision cannot precede the audit it decides on; taken as given it would
            # start the next certificate early and plan re-audits that are not due
            problems.add("outcome.decision-date", f"decision_date {self.decision_date} is"
                         f" before the audit's last day {self.end}; the decision follows the"
                         " audit", line=line, path="decision_date")
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            problems.add("outcome.validity", "valid_until is before valid_from", line=line,
                         path="valid_until")
        for name in ("minor_ncs", "major_ncs", "critical_ncs"):
            if getattr(self, name) < 0:
                problems.add("outcome.count", f"{name} must be a whole number ≥ 0", line=line,
                             path=name)


@dataclass(frozen=True)
class OutcomeEntry:
    """An outcome as a user enters it: which site, which scheme version, what happened."""

    site: str
    scheme_version: str
    outcome: AuditOutcome


def _check(session: Session, e: OutcomeEntry, problems: ProblemList, line: int | None,
           cache: dict) -> int | None:
    o = e.outcome
    try:
        site = find_site(session, e.site)
    except Exception as exc:
        problems.add("outcome.site", str(exc), line=line, path="site")
        return None
    try:
        pack = cache.get(e.scheme_version) or load_pack(session, e.scheme_version)
        cache[e.scheme_version] = pack
    except Exception as exc:
        problems.add("outcome.scheme-version", str(exc), line=line, path="scheme_version")
        return None
    scheme_id = e.scheme_version.split("@")[0]
    held = session.exec(select(Certificate).where(Certificate.site_id == site.id,
                                                  Certificate.scheme_id == scheme_id)).first()
    if held is None:
        problems.add("outcome.not-held", f"site '{site.name}' holds no membership or"
                     f" certificate for {scheme_id}; add one first (jointaudit"
                     " import-memberships WORKSPACE FILE), then record its audits",
                     line=line, path="scheme_version")
    kinds = [a.kind for a in pack.cycle.audits]
    if o.kind not in kinds:
        problems.add("outcome.kind", f"audit kind '{o.kind}' is not in {e.scheme_version};"
                     f" expected one of {', '.join(kinds)}", line=line, path="kind")
    o.check(problems, line)
    return site.id


def record(session: Session, outcomes: list[OutcomeEntry], *, file: str | None = None,
           lines: Sequence[int | None] | None = None) -> list[int]:
    """Check every outcome, then store them all (or nothing). Returns the record ids."""
    problems = ProblemList(file)
    cache: dict = {}
    site_ids = [_check(session, o, problems, (lines or [None] * len(outcomes))[i], cache)
                for i, o in enumerate(outcomes)]
    problems.raise_if_any("no audit outcome was recorded")
    rows = []
    for e, site_id in zip(outcomes, site_ids, strict=True):
        o = e.outcome
        assert site_id is not None  # raise_if_any refused every entry without its site
        row = AuditRecord(site_id=site_id, scheme_version_id=e.scheme_version, kind=o.kind,
                          start=o.start, end=o.end, decision=o.decision,
                          decision_date=o.decision_date, valid_from=o.valid_from,
                          valid_until=o.valid_until, minor_ncs=o.minor_ncs,
                          major_ncs=o.major_ncs, critical_ncs=o.critical_ncs,
                          mid_term_required=o.mid_term_required)
        session.add(row)
        rows.append(row)
    session.flush()
    return [saved_id(r) for r in rows]


def _date(value: str, column: str, problems: ProblemList, line: int) -> date | None:
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        problems.add("outcome.date", f"'{value[:40]}' is not a date; expected YYYY-MM-DD",
                     line=line, path=column)
        return None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        problems.add("outcome.date", f"{day} is outside the years {MIN_YEAR}–{MAX_YEAR}",
                     line=line, path=column)
        return None
    return day


MAX_COUNT = 10_000  # non-conformities of one audit; far beyond any real report


def _int(value: str, column: str, problems: ProblemList, line: int) -> int:
    if not value:
        return 0
    count = parse_count(value, limit=MAX_COUNT)
    if count is None:
        problems.add("outcome.count", f"'{value[:40]}' is not a whole number from 0 to "
                     f"{MAX_COUNT:,}", line=line, path=column)
        return 0
    return count


def read_csv(path: str | Path) -> tuple[list[OutcomeEntry], list[int]]:
    path = Path(path)
    problems = ProblemList(str(path))
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file")
    if path.stat().st_size > MAX_BYTES:
        raise InvalidInput(f"{path}: {path.stat().st_size:,} bytes is too large for an outcome"
                           f" list (limit {MAX_BYTES:,})")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8"
                           ) from None
    try:
        return _read_rows(path, csv.DictReader(text.splitlines()), problems)
    except csv.Error as exc:
        raise InvalidInput(f"{path}: not a valid CSV table ({exc})", code="outcome.csv"
                           ) from None


def _read_rows(path: Path, reader: csv.DictReader,
               problems: ProblemList) -> tuple[list[OutcomeEntry], list[int]]:
    missing = REQUIRED - set(reader.fieldnames or [])
    if missing:
        raise InvalidInput(f"{path}:1: missing column(s) {', '.join(sorted(missing))};"
                           f" expected {', '.join(CSV_COLUMNS)}")
    outcomes, lines = [], []
    for n, row in enumerate(reader, start=2):
        row = {k: (v or "").strip() for k, v in row.items() if k}
        for col in REQUIRED:
            if not row.get(col):
                problems.add("outcome.missing", f"'{col}' is empty", line=n, path=col)
        start = _date(row.get("start", ""), "start", problems, n)
        end = _date(row.get("end", ""), "end", problems, n)
        if start is None or end is None:
            continue
        outcomes.append(OutcomeEntry(row["site"], row["scheme_version"], AuditOutcome(
            row["kind"], start, end,
            _date(row.get("decision_date", ""), "decision_date", problems, n),
            _date(row.get("valid_from", ""), "valid_from", problems, n),
            _date(row.get("valid_until", ""), "valid_until", problems, n),
            _int(row.get("minor_ncs", ""), "minor_ncs", problems, n),
            _int(row.get("major_ncs", ""), "major_ncs", problems, n),
            _int(row.get("critical_ncs", ""), "critical_ncs", problems, n),
            row.get("mid_term_required", "").lower() in ("1", "true", "yes", "y"),
            row.get("decision", ""))))
        lines.append(n)
    problems.raise_if_any("the outcome file has problems; nothing was recorded")
    return outcomes, lines
