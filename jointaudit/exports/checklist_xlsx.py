"""The joint checklist as an Excel workbook, and re-import of one an auditor filled offline.

Sheet "Checklist": one row per joint item (stable key in column A), a column per scheme with
its clause ids, then rating / observation / confidential columns to fill, then each scheme's
rating in its own words (read-only information). One sheet per scheme lists its clauses with a
link back to the checklist row. A hidden "About" sheet names the template and visit, so a
workbook is only re-imported where it belongs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink
from sqlmodel import Session

from jointaudit.common.errors import InvalidInput, ProblemList
from jointaudit.exports.checklist_rows import (
    SEVERITY_LABELS,
    Sheet,
    neutralise,
    parse_severity,
    restore,
)
from jointaudit.store.models import JointTemplate

CHECKLIST = "Checklist"
ABOUT = "About"
FIXED = ["Item key", "#", "Kind", "Joint question", "Topics"]
FILL = ["Rating", "Observation", "Confidential"]
MAX_XLSX_BYTES = 20 * 1024 * 1024


def _sheet_title(vid: str, used: set[str]) -> str:
    base = "".join(ch if ch not in '[]:*?/\\' else "-" for ch in vid)[:28]
    title, n = base, 2
    while title in used or title in (CHECKLIST, ABOUT):
        title, n = f"{base[:26]}~{n}", n + 1
    used.add(title)
    return title


def write_xlsx(sheet: Sheet, path: str | Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = CHECKLIST
    header = FIXED + [f"{v} clauses" for v in sheet.version_ids] + FILL + [
        f"{v} rating" for v in sheet.version_ids]
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "B2"
    for r in sheet.rows:
        ws.append([neutralise(x) for x in (
            [r.item_key, r.position, r.kind, r.title, ", ".join(r.topics)]
            + [", ".join(r.clauses.get(v, [])) for v in sheet.version_ids]
            + [r.severity, r.observation, "yes" if r.confidential else ""]
            + [r.scheme_words.get(v, "") for v in sheet.version_ids])])
    rating_col = get_column_letter(len(FIXED) + len(sheet.version_ids) + 1)
    dv = DataValidation(type="list", formula1='"' + ",".join(SEVERITY_LABELS.values()) + '"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    if sheet.rows:
        dv.add(f"{rating_col}2:{rating_col}{len(sheet.rows) + 1}")
    fill = PatternFill("solid", fgColor="FFF8DC")
    for row in ws.iter_rows(min_row=2, min_col=len(FIXED) + len(sheet.version_ids) + 1,
                            max_col=len(FIXED) + len(sheet.version_ids) + len(FILL)):
        for cell in row:
            cell.fill = fill
    widths = {1: 18, 2: 5, 3: 8, 4: 60, 5: 24}
    for col, w in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = w

    row_of = {r.item_key: n for n, r in enumerate(sheet.rows, start=2)}
    used: set[str] = set()
    for vid in sheet.version_ids:
        sw = wb.create_sheet(_sheet_title(vid, used))
        sw.append(["Clause", "Title", "Item key", "Checklist row", "Rating"])
        for cell in sw[1]:
            cell.font = Font(bold=True)
        for clause, title, key, words in sheet.scheme_clauses.get(vid, []):
            sw.append([neutralise(clause), neutralise(title), key, None, neutralise(words)])
            if key in row_of:
                ref = sw.cell(row=sw.max_row, column=4, value=f"row {row_of[key]}")
                ref.hyperlink = Hyperlink(ref=ref.coordinate,
                                          location=f"'{CHECKLIST}'!A{row_of[key]}")
    about = wb.create_sheet(ABOUT)
    for k, v in (("template_uid", sheet.template_uid), ("template", sheet.template_name),
                 ("content_hash", sheet.template_hash),
                 ("visit_id", "" if sheet.visit_id is None else sheet.visit_id),
                 ("versions", ", ".join(sheet.version_ids))):
        about.append([k, neutralise(v)])
    about.sheet_state = "hidden"
    path = Path(path)
    wb.save(path)
    return path


@dataclass
class XlsxImport:
    rated: list[str] = field(default_factory=list)
    unchanged: int = 0


def read_xlsx(session: Session, path: str | Path, visit_id: int, template_id: int, *,
              author: str = "") -> XlsxImport:
    """Apply the ratings and observations of a filled checklist; all or nothing."""
    from jointaudit.checklist.visit import visit_checklist
    from jointaudit.fieldwork.findings import finding_for, rate

    path = Path(path)
    problems = ProblemList(str(path))
    if not path.exists() or path.stat().st_size > MAX_XLSX_BYTES:
        raise InvalidInput(f"{path}: no such file, or larger than"
                           f" {MAX_XLSX_BYTES // 2**20} MiB")
    try:
        wb = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged or foreign file
        raise InvalidInput(f"{path}: not an Excel workbook this program wrote ({exc})") from None
    if CHECKLIST not in wb.sheetnames:
        raise InvalidInput(f"{path}: no sheet named '{CHECKLIST}'; export a checklist first")
    template = session.get(JointTemplate, template_id)
    if ABOUT in wb.sheetnames:
        meta = {r[0]: r[1] for r in wb[ABOUT].iter_rows(values_only=True) if r and r[0]}
        if meta.get("template_uid") != template.uid:
            problems.add("xlsx.other-template", "this workbook belongs to another joint"
                         f" template ({meta.get('template')}); import it there", path=ABOUT)
        if str(meta.get("visit_id") or "") != str(visit_id):
            problems.add("xlsx.other-visit", f"this workbook was exported for visit"
                         f" {meta.get('visit_id') or '(none)'}, not visit {visit_id}", path=ABOUT)
    rows = list(wb[CHECKLIST].iter_rows(values_only=True))
    header = [str(h) if h is not None else "" for h in (rows[0] if rows else [])]
    for name in ("Item key", *FILL):
        if name not in header:
            problems.add("xlsx.missing-column", f"column '{name}' is missing from the header"
                         " row; do not rename or delete columns", path=f"{CHECKLIST}!1")
    problems.raise_if_any(f"{path}: cannot import this workbook; nothing was changed")
    col = {name: header.index(name) for name in ("Item key", *FILL)}
    known = {it.key for it in visit_checklist(session, visit_id).items}
    seen: dict[str, int] = {}
    updates = []
    for n, row in enumerate(rows[1:], start=2):
        cells = list(row) + [None] * (len(header) - len(row))
        key = restore(cells[col["Item key"]])
        if key is None or str(key).strip() == "":
            if any(c not in (None, "") for c in cells):
                problems.add("xlsx.missing-id", "this row has no item key; keep column A as"
                             " exported", path=f"{CHECKLIST}!A{n}")
            continue
        key = str(key).strip()
        if key not in known:
            problems.add("xlsx.unknown-id", f"item key '{key}' is not in this visit's checklist"
                         " (was it edited?); restore the exported key", path=f"{CHECKLIST}!A{n}")
            continue
        if key in seen:
            problems.add("xlsx.duplicate-id", f"item key '{key}' appears again (first on row"
                         f" {seen[key]})", path=f"{CHECKLIST}!A{n}")
            continue
        seen[key] = n
        letter = get_column_letter(col["Rating"] + 1)
        try:
            sev = parse_severity(restore(cells[col["Rating"]]))
        except ValueError as exc:
            problems.add("xlsx.bad-rating", str(exc), path=f"{CHECKLIST}!{letter}{n}")
            continue
        obs = restore(cells[col["Observation"]])
        conf = str(cells[col["Confidential"]] or "").strip().lower() in ("yes", "y", "true", "x")
        updates.append((key, sev, "" if obs is None else str(obs), conf))
    problems.raise_if_any(f"{path}: {len(problems.problems)} problem(s) in the workbook;"
                          " nothing was changed")
    result = XlsxImport()
    for key, sev, obs, conf in updates:
        current = finding_for(session, visit_id, key)
        if sev is None and current is None and not obs:
            continue
        if current is not None and (sev is None or sev.value == current.severity) and \
                obs == current.observation and conf == current.confidential:
            result.unchanged += 1
            continue
        target = sev or (current.severity if current else "not_assessed")
        rate(session, visit_id, key, target, observation=obs, confidential=conf, author=author,
             reason=f"imported from {path.name}")
        result.rated.append(key)
    return result
