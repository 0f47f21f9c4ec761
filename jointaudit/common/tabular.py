"""Reading a CSV or XLSX table a user prepared: header row, then one record per row.

Rows are numbered as a spreadsheet shows them (the header is row 1), so a message such as
"row 7, column valid_to" points at the cell to fix. Headers are matched loosely (case,
spaces and dashes ignored). Size and encoding are checked before anything is parsed.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from jointaudit.common.errors import ProblemList
from jointaudit.common.reading import decode_text, read_bytes

MAX_TABLE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000


@dataclass(frozen=True)
class TableRow:
    number: int  # as the spreadsheet shows it; the header is row 1
    values: dict[str, str]

    def get(self, column: str) -> str:
        return self.values.get(column, "").strip()


def normalise_header(name: object) -> str:
    return "_".join(str(name or "").strip().lower().replace("-", " ").split())


def read_table(path: str | Path, *, required: set[str], known: set[str]) -> list[TableRow]:
    """The data rows of ``path``; unknown or missing columns are refused by name."""
    path = Path(path)
    problems = ProblemList(str(path))
    raw = read_bytes(path, problems, MAX_TABLE_BYTES)
    rows: list[list[object]] | None = None
    if raw is not None:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            rows = _xlsx_rows(raw, problems)
        elif path.suffix.lower() in (".csv", ".txt"):
            rows = _csv_rows(raw, problems)
        else:
            problems.add("table.format", f"'{path.suffix}' files are not read here; save the"
                         " table as .csv (UTF-8) or .xlsx")
    problems.raise_if_any(f"{path}: the table cannot be read")
    assert rows is not None
    if not rows or not any(str(c or "").strip() for c in rows[0]):
        problems.add("table.no-header", "the first row must name the columns"
                     f" (e.g. {', '.join(sorted(required))})", line=1)
        problems.raise_if_any(f"{path}: no header row")
    header = [normalise_header(c) for c in rows[0]]
    for i, name in enumerate(header):
        if name and name not in known:
            problems.add("table.unknown-column", f"unknown column '{rows[0][i]}'; known columns:"
                         f" {', '.join(sorted(known))}", line=1, path=str(rows[0][i]))
        elif name and header.index(name) != i:
            problems.add("table.duplicate-column", f"column '{rows[0][i]}' appears twice",
                         line=1, path=str(rows[0][i]))
    for name in sorted(required - set(header)):
        problems.add("table.missing-column", f"the column '{name}' is required", line=1,
                     path=name)
    problems.raise_if_any(f"{path}: the header row is wrong; nothing was imported")
    out = []
    for number, cells in enumerate(rows[1:], start=2):
        values = {h: _cell(c) for h, c in zip(header, cells, strict=False) if h}
        if any(v.strip() for v in values.values()):
            out.append(TableRow(number, values))
    return out


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _csv_rows(raw: bytes, problems: ProblemList) -> list[list[object]] | None:
    text = decode_text(raw, problems, "CSV file")
    if text is None:
        return None
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as exc:
        problems.add("table.csv", f"not a valid CSV table: {exc}")
        return None
    if len(rows) > MAX_ROWS:
        problems.add("table.too-many-rows", f"{len(rows):,} rows; at most {MAX_ROWS:,}")
        return None
    return rows


def _xlsx_rows(raw: bytes, problems: ProblemList) -> list[list[object]] | None:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        problems.add("table.xlsx", f"not a readable .xlsx workbook ({type(exc).__name__});"
                     " save it again from your spreadsheet program, or as CSV")
        return None
    try:
        sheet = book.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS:
                problems.add("table.too-many-rows", f"more than {MAX_ROWS:,} rows")
                return None
        return rows
    finally:
        book.close()


def parse_date(row: TableRow, column: str, problems: ProblemList, *, required=False) -> date | None:
    value = row.get(column)
    if not value:
        if required:
            problems.add("table.missing-value", f"'{column}' is required", line=row.number,
                         path=column)
        return None
    try:
        return date.fromisoformat(value[:10] if len(value) > 10 and value[10] in " T" else value)
    except ValueError:
        problems.add("table.bad-date", f"'{value}' is not a date; write it as YYYY-MM-DD",
                     line=row.number, path=column)
        return None


def split_list(value: str) -> list[str]:
    """"en; fr" or "en, fr" → ["en", "fr"]."""
    return [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]

