"""Reading a CSV or XLSX table a user prepared: header row, then one record per row.

Rows are numbered as a spreadsheet shows them (the header is row 1), so a message such as
"row 7, column valid_to" points at the cell to fix. Headers are matched loosely (case,
spaces and dashes ignored). Size and encoding are checked before anything is parsed.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from jointaudit.common.errors import ProblemList
from jointaudit.common.reading import decode_text, read_bytes

MAX_TABLE_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_CELL_CHARS = 32_767  # a spreadsheet cell's own limit
# An .xlsx is a zip of XML: bound what it expands to before openpyxl reads any of it.
XLSX_MAX_EXPANDED = 200 * 1024 * 1024
XLSX_MAX_RATIO = 100
MIN_YEAR, MAX_YEAR = 1900, 2200
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted workbooks are OLE files


@dataclass(frozen=True)
class TableRow:
    number: int  # as the spreadsheet shows it; the header is row 1
    values: dict[str, str]

    def get(self, column: str) -> str:
        return self.values.get(column, "").strip()


def normalise_header(name: object) -> str:
    return "_".join(str(name or "").strip().lower().replace("-", " ").split())


def read_table(path: str | Path, *, required: set[str], known: set[str],
               also: Callable[[str], bool] | None = None) -> list[TableRow]:
    """The data rows of ``path``; unknown or missing columns are refused by name. ``also``
    accepts further (normalised) column names, e.g. one per language; the caller checks
    them."""
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
    _check_bounds(rows, problems)
    problems.raise_if_any(f"{path}: the table is too large to read; nothing was imported")
    header = [normalise_header(c) for c in rows[0]]
    for i, name in enumerate(header):
        if name and name not in known and not (also and also(name)):
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


def _check_bounds(rows: list[list[object]], problems: ProblemList) -> None:
    for number, cells in enumerate(rows, start=1):
        if len(cells) > MAX_COLUMNS and any(str(c or "").strip() for c in cells[MAX_COLUMNS:]):
            problems.add("table.too-many-columns", f"more than {MAX_COLUMNS} columns",
                         line=number)
            return
        for cell in cells:
            if isinstance(cell, str) and len(cell) > MAX_CELL_CHARS:
                problems.add("table.cell-too-long", f"a cell holds {len(cell):,} characters; "
                             f"at most {MAX_CELL_CHARS:,} are accepted", line=number)
                return


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
    rows: list[list[object]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            rows.append(list(row))
            if len(rows) > MAX_ROWS:
                problems.add("table.too-many-rows", f"more than {MAX_ROWS:,} rows")
                return None
    except csv.Error as exc:
        code = "table.cell-too-long" if "field larger" in str(exc) else "table.csv"
        problems.add(code, f"not a valid CSV table: {exc}", line=len(rows) + 1)
        return None
    return rows


def _xlsx_unsafe(raw: bytes, problems: ProblemList) -> bool:
    """Refuse, before parsing, a workbook that is encrypted, not a zip, or expands too far."""
    if raw.startswith(_OLE_MAGIC):
        problems.add("table.xlsx-encrypted", "the workbook is password-protected (or an old "
                     ".xls file); remove the password or save it as .xlsx or CSV")
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        problems.add("table.xlsx", "not a readable .xlsx workbook (it is not a zip archive);"
                     " save it again from your spreadsheet program, or as CSV")
        return True
    total = sum(i.file_size for i in infos)
    bomb = [i for i in infos if i.file_size > 1024 * 1024
            and i.file_size > XLSX_MAX_RATIO * max(i.compress_size, 1)]
    if total > XLSX_MAX_EXPANDED or bomb:
        problems.add("table.xlsx-oversize", f"the workbook expands to {total:,} bytes of XML;"
                     f" at most {XLSX_MAX_EXPANDED:,} (and {XLSX_MAX_RATIO}× per part) are read")
        return True
    if any(i.flag_bits & 0x1 for i in infos):
        problems.add("table.xlsx-encrypted", "parts of the workbook are encrypted")
        return True
    return False


def _xlsx_rows(raw: bytes, problems: ProblemList) -> list[list[object]] | None:
    import openpyxl
    from openpyxl import load_workbook

    if not openpyxl.DEFUSEDXML:  # without it openpyxl would expand XML entities
        problems.add("table.xlsx-unsafe", "this installation cannot read .xlsx safely "
                     "(defusedxml is missing); save the table as CSV")
        return None
    if _xlsx_unsafe(raw, problems):
        return None
    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any failure of a third-party parser is a refusal
        problems.add(_xlsx_code(exc), f"not a readable .xlsx workbook ({type(exc).__name__});"
                     " save it again from your spreadsheet program, or as CSV")
        return None
    try:
        if not book.worksheets:
            problems.add("table.xlsx-no-sheet", "the workbook has no worksheet")
            return None
        rows = []
        for row in book.worksheets[0].iter_rows(values_only=True):
            rows.append(list(row[:MAX_COLUMNS + 1]))
            if len(rows) > MAX_ROWS:
                problems.add("table.too-many-rows", f"more than {MAX_ROWS:,} rows")
                return None
        return rows
    except Exception as exc:  # noqa: BLE001 - as above: entities, broken XML, bad cells
        problems.add(_xlsx_code(exc), f"the first worksheet cannot be read "
                     f"({type(exc).__name__}); save it again, or as CSV")
        return None
    finally:
        book.close()


def _xlsx_code(exc: Exception) -> str:
    from defusedxml import DefusedXmlException  # type: ignore[import-untyped]

    seen: BaseException | None = exc
    while seen is not None:  # openpyxl wraps what the XML parser refused in a ValueError
        if isinstance(seen, DefusedXmlException):
            return "table.xlsx-unsafe"
        seen = seen.__cause__ or seen.__context__
    return "table.xlsx"


def parse_date(row: TableRow, column: str, problems: ProblemList, *, required=False) -> date | None:
    value = row.get(column)
    if not value:
        if required:
            problems.add("table.missing-value", f"'{column}' is required", line=row.number,
                         path=column)
        return None
    try:
        day = date.fromisoformat(value[:10] if len(value) > 10 and value[10] in " T" else value)
    except ValueError:
        problems.add("table.bad-date", f"'{value[:40]}' is not a date; write it as YYYY-MM-DD",
                     line=row.number, path=column)
        return None
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        problems.add("table.bad-date", f"{day} is outside the years {MIN_YEAR}–{MAX_YEAR}",
                     line=row.number, path=column)
        return None
    return day


def parse_count(text: str, *, limit: int) -> int | None:
    """A whole number 0…limit written in ASCII digits ("²" and "٣" are digits to
    str.isdigit, not to a database), or None."""
    text = text.strip()
    if not (0 < len(text) <= len(str(limit))) or not text.isascii() or not text.isdigit():
        return None
    value = int(text)
    return value if value <= limit else None


def split_list(value: str) -> list[str]:
    """"en; fr" or "en, fr" → ["en", "fr"]."""
    return [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]

