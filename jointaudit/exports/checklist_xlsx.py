"""The joint checklist as an Excel workbook, and re-import of one an auditor filled offline.

Sheet "Checklist": one row per joint item (stable key in column A), a column per scheme with
its clause ids, then joint rating / observation / confidential columns to fill, then a
rating column per scheme in that scheme's own words (a dropdown of its levels where the item
asks one clause of it), and the finding's revision at export. One sheet per scheme lists its
clauses, each with its rating to fill (a dropdown of the scheme's levels) and a link back to
the checklist row. A hidden "About" sheet names the template, its version and the visit, so
a workbook is only re-imported where it belongs; a hidden "Levels" sheet feeds the dropdowns.

Re-import is all or nothing: any bad cell, or a changed row whose item was re-rated in the
workspace since the export (its revision moved on), refuses the whole workbook with every
place named — an older workbook never reverts a newer rating.
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

from jointaudit.common.errors import InvalidInput, NotFound, ProblemList
from jointaudit.common.severity import Severity
from jointaudit.exports.checklist_rows import (
    SEVERITY_LABELS,
    ClauseCell,
    Sheet,
    neutralise,
    parse_severity,
    restore,
)
from jointaudit.store.models import JointTemplate

CHECKLIST = "Checklist"
ABOUT = "About"
LEVELS = "Levels"
FIXED = ["Item key", "#", "Kind", "Joint question", "Topics"]
FILL = ["Rating", "Observation", "Confidential"]
REVISION = "Revision"
SCHEME_HEAD = ["Clause", "Title", "Item key", "Checklist row", "Rating", "Level id",
               "Provenance", REVISION]
MAX_XLSX_BYTES = 20 * 1024 * 1024
FORMAT = "jointaudit-checklist-xlsx/2"


def _sheet_title(vid: str, used: set[str]) -> str:
    base = "".join(ch if ch not in '[]:*?/\\' else "-" for ch in vid)[:28]
    title, n = base, 2
    while title in used or title in (CHECKLIST, ABOUT, LEVELS):
        title, n = f"{base[:26]}~{n}", n + 1
    used.add(title)
    return title


class _Dropdowns:
    """Lists of level words on the hidden Levels sheet, one column per (scheme, answer)."""

    def __init__(self, wb: Workbook, sheet: Sheet):
        self.ws = wb.create_sheet(LEVELS)
        self.ws.sheet_state = "hidden"
        self.sheet = sheet
        self.cols: dict[tuple[str, str], DataValidation] = {}

    def validation(self, target, vid: str, answer: str) -> DataValidation | None:
        if (vid, answer) not in self.cols:
            words = [w for _, w, use in self.sheet.scales.get(vid, [])
                     if use in ("any", answer)]
            if not words:
                return None
            col = get_column_letter(len(self.cols) + 1)
            for n, w in enumerate(words, start=1):
                self.ws[f"{col}{n}"] = neutralise(w)
            dv = DataValidation(type="list", formula1=f"{LEVELS}!${col}$1:${col}${len(words)}",
                                allow_blank=True)
            self.cols[(vid, answer)] = dv
            target.add_data_validation(dv)
        return self.cols[(vid, answer)]


def write_xlsx(sheet: Sheet, path: str | Path, language: str = "en") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = CHECKLIST
    header = FIXED + [f"{v} clauses" for v in sheet.version_ids] + FILL + [
        f"{v} rating" for v in sheet.version_ids] + [REVISION] + [
        f"{v} level" for v in sheet.version_ids]
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.freeze_panes = "B2"
    for r in sheet.rows:
        ws.append([neutralise(x) for x in (
            [r.item_key, r.position, r.kind, r.title, ", ".join(r.topics)]
            + [", ".join(r.clauses.get(v, [])) for v in sheet.version_ids]
            + [r.severity, r.observation, "yes" if r.confidential else ""]
            + [r.scheme_words.get(v, "") for v in sheet.version_ids] + [r.revision]
            + [exported_levels(r.clause_ratings, v) for v in sheet.version_ids])])
    rating_col = get_column_letter(len(FIXED) + len(sheet.version_ids) + 1)
    dv = DataValidation(type="list", formula1='"' + ",".join(SEVERITY_LABELS.values()) + '"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    if sheet.rows:
        dv.add(f"{rating_col}2:{rating_col}{len(sheet.rows) + 1}")
    dropdowns = _Dropdowns(wb, sheet)
    first_scheme_col = len(FIXED) + len(sheet.version_ids) + len(FILL) + 1
    for n, r in enumerate(sheet.rows, start=2):
        for i, vid in enumerate(sheet.version_ids):
            mine = [c for c in r.clause_ratings if c.version_id == vid]
            if len(mine) == 1:  # several clauses of one scheme are rated on its own sheet
                v = dropdowns.validation(ws, vid, mine[0].answer)
                if v is not None:
                    v.add(f"{get_column_letter(first_scheme_col + i)}{n}")
    fill = PatternFill("solid", fgColor="FFF8DC")
    for row in ws.iter_rows(min_row=2, min_col=len(FIXED) + len(sheet.version_ids) + 1,
                            max_col=len(FIXED) + 2 * len(sheet.version_ids) + len(FILL)):
        for cell in row:
            cell.fill = fill
    widths = {1: 18, 2: 5, 3: 8, 4: 60, 5: 24}
    for col, w in widths.items():
        ws.column_dimensions[get_column_letter(col)].width = w
    for hidden in range(len(header) - len(sheet.version_ids), len(header) + 1):
        ws.column_dimensions[get_column_letter(hidden)].hidden = True

    row_of = {r.item_key: n for n, r in enumerate(sheet.rows, start=2)}
    revision_of = {r.item_key: r.revision for r in sheet.rows}
    used: set[str] = set()
    for vid in sheet.version_ids:
        sw = wb.create_sheet(_sheet_title(vid, used))
        sw.append(SCHEME_HEAD)
        for cell in sw[1]:
            cell.font = Font(bold=True)
        for c in sheet.scheme_clauses.get(vid, []):
            sw.append([neutralise(c.clause_id), neutralise(c.title), c.item_key, None,
                       neutralise(c.words), c.level_id or "", c.provenance,
                       revision_of.get(c.item_key, "")])
            if c.item_key in row_of:
                ref = sw.cell(row=sw.max_row, column=4, value=f"row {row_of[c.item_key]}")
                ref.hyperlink = Hyperlink(ref=ref.coordinate,
                                          location=f"'{CHECKLIST}'!A{row_of[c.item_key]}")
                v = dropdowns.validation(sw, vid, c.answer)
                if v is not None:
                    v.add(f"E{sw.max_row}")
                sw.cell(row=sw.max_row, column=5).fill = fill
    about = wb.create_sheet(ABOUT)
    for k, val in (("format", FORMAT), ("template_uid", sheet.template_uid),
                   ("template", sheet.template_name), ("content_hash", sheet.template_hash),
                   ("visit_id", "" if sheet.visit_id is None else sheet.visit_id),
                   ("versions", ", ".join(sheet.version_ids)), ("language", language),
                   *((f"sheet:{vid}", title) for vid, title in
                     zip(sheet.version_ids, [t for t in wb.sheetnames
                                             if t not in (CHECKLIST, LEVELS, ABOUT)],
                         strict=True))):
        about.append([k, neutralise(val)])
    about.sheet_state = "hidden"
    path = Path(path)
    wb.save(path)
    return path


UNDECIDED = "needs a rating for this scheme"


def exported_levels(cells: list[ClauseCell], vid: str) -> str:
    """What a scheme's rating cell showed, as level ids ("" for a rating still to decide):
    a re-import applies a cell only if the auditor changed it."""
    return "; ".join(c.level_id or "" for c in cells if c.version_id == vid)


@dataclass
class XlsxImport:
    rated: list[str] = field(default_factory=list)  # item keys whose finding changed
    levels: list[str] = field(default_factory=list)  # "version clause: level" recorded
    unchanged: int = 0


@dataclass
class _Row:
    key: str
    place: str  # e.g. "Checklist!A7"
    revision: int | None
    severity: Severity | None = None
    observation: str = ""
    confidential: bool = False
    levels: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    # (version, clause) → (level id, cell)


def _text(value) -> str:
    value = restore(value)
    return "" if value is None else str(value).strip()


def _revision(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def read_xlsx(session: Session, path: str | Path, visit_id: int, template_id: int, *,
              author: str = "") -> XlsxImport:
    """Apply the ratings, scheme levels and observations of a filled checklist; all or
    nothing."""
    from jointaudit.fieldwork.findings import finding_for, scheme_ratings
    from jointaudit.fieldwork.scale import rating_map

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
    if template is None:
        raise NotFound(f"no joint template with id {template_id}")
    meta: dict = {}
    if ABOUT in wb.sheetnames:
        meta = {r[0]: r[1] for r in wb[ABOUT].iter_rows(values_only=True) if r and r[0]}
        if meta.get("template_uid") != template.uid:
            problems.add("xlsx.other-template", "this workbook belongs to another joint"
                         f" template ({meta.get('template')}); import it there", path=ABOUT)
        elif meta.get("content_hash") != template.content_hash:
            problems.add("xlsx.other-version", "this workbook was exported from an earlier"
                         f" version of template '{template.name}' (its crosswalk changed"
                         " since); export the checklist again", path=ABOUT)
        if str(meta.get("visit_id") or "") != str(visit_id):
            problems.add("xlsx.other-visit", f"this workbook was exported for visit"
                         f" {meta.get('visit_id') or '(none)'}, not visit {visit_id}", path=ABOUT)
    if meta.get("format") != FORMAT:
        problems.add("xlsx.old-format", "this workbook was written by an older jointaudit"
                     " (no revisions to check it against); export the checklist again",
                     path=ABOUT)
    rows = list(wb[CHECKLIST].iter_rows(values_only=True))
    header = [str(h) if h is not None else "" for h in (rows[0] if rows else [])]
    for name in ("Item key", *FILL, REVISION):
        if name not in header:
            problems.add("xlsx.missing-column", f"column '{name}' is missing from the header"
                         " row; do not rename or delete columns", path=f"{CHECKLIST}!1")
    problems.raise_if_any(f"{path}: cannot import this workbook; nothing was changed")

    ratings = scheme_ratings(session, visit_id)
    maps = {v: rating_map(session, v) for v in ratings.checklist.version_ids}
    current = {(c.version_id, c.clause_id): c for c in ratings.clauses if c.item_key}
    own: dict[str, dict[str, list]] = {}  # item key → its own clauses, per scheme
    for c in ratings.clauses:
        if c.item_key:
            own.setdefault(c.item_key, {}).setdefault(c.version_id, []).append(c)
    col = {name: header.index(name) for name in header if name}
    language = str(meta.get("language") or "en")
    known = {it.key for it in ratings.checklist.items}
    seen: dict[str, _Row] = {}

    def level_cell(vid: str, clause, text: str, exported: str, place: str, item: _Row) -> None:
        if text == "" or (not exported and text.casefold() == UNDECIDED):
            return
        try:
            level = maps[vid].find(text, clause.answer, where=place)
        except InvalidInput as exc:
            problems.add("xlsx.bad-level", exc.message, path=place)
            return
        if level.level_id == exported:
            return  # as exported: not an edit, whatever the workspace holds now
        was = item.levels.get((vid, clause.clause_id))
        if was and was[0] != level.level_id:
            problems.add("xlsx.conflicting-levels", f"{vid} {clause.clause_id} is rated"
                         f" '{was[0]}' in {was[1]} and '{level.level_id}' here; keep one",
                         path=place)
            return
        item.levels[(vid, clause.clause_id)] = (level.level_id, place)

    def shown(vid: str, exported: str) -> str:
        words = []
        for lid in exported.split("; "):
            lv = maps[vid].levels.get(lid)
            words.append(lv.word(language) if lv else UNDECIDED)
        return "; ".join(words)

    for n, row in enumerate(rows[1:], start=2):
        cells = list(row) + [None] * (len(header) - len(row))
        key = _text(cells[col["Item key"]])
        if key == "":
            if any(c not in (None, "") for c in cells):
                problems.add("xlsx.missing-id", "this row has no item key; keep column A as"
                             " exported", path=f"{CHECKLIST}!A{n}")
            continue
        if key not in known:
            problems.add("xlsx.unknown-id", f"item key '{key}' is not in this visit's checklist"
                         " (was it edited?); restore the exported key", path=f"{CHECKLIST}!A{n}")
            continue
        if key in seen:
            first = seen[key].place.rsplit("A", 1)[1]
            problems.add("xlsx.duplicate-id", f"item key '{key}' appears again (first on row"
                         f" {first})", path=f"{CHECKLIST}!A{n}")
            continue
        item = _Row(key, f"{CHECKLIST}!A{n}", _revision(cells[col[REVISION]]))
        seen[key] = item
        letter = get_column_letter(col["Rating"] + 1)
        try:
            item.severity = parse_severity(restore(cells[col["Rating"]]))
        except ValueError as exc:
            problems.add("xlsx.bad-rating", str(exc), path=f"{CHECKLIST}!{letter}{n}")
        item.observation = _text(cells[col["Observation"]])
        item.confidential = _text(cells[col["Confidential"]]).lower() in ("yes", "y", "true",
                                                                          "x")
        for vid in ratings.checklist.version_ids:
            name = f"{vid} rating"
            if name not in col:
                continue
            place = f"{CHECKLIST}!{get_column_letter(col[name] + 1)}{n}"
            text = _text(cells[col[name]])
            exported = _text(cells[col[f"{vid} level"]]) if f"{vid} level" in col else ""
            mine = own.get(key, {}).get(vid, [])
            if len(mine) == 1:
                level_cell(vid, mine[0], text, exported, place, item)
            elif text and text != shown(vid, exported):
                problems.add("xlsx.several-clauses", f"this item asks several {vid} clauses;"
                             " rate each on the scheme's own sheet", path=place)

    for vid in ratings.checklist.version_ids:
        title = meta.get(f"sheet:{vid}")
        if not title or title not in wb.sheetnames:
            continue
        sheet_rows = list(wb[title].iter_rows(values_only=True))
        for n, row in enumerate(sheet_rows[1:], start=2):
            cells = list(row) + [None] * (len(SCHEME_HEAD) - len(row))
            key, clause_id = _text(cells[2]), _text(cells[0])
            if not key:
                continue  # excluded for the site: nothing to rate
            place = f"{title}!E{n}"
            clause = current.get((vid, clause_id))
            if clause is not None and clause.item_key == key and key not in seen:
                continue  # its checklist row is refused already
            if clause is None or clause.item_key != key:
                problems.add("xlsx.unknown-clause", f"{vid} {clause_id} (item {key}) is not"
                             " on this visit's checklist as exported; restore the row",
                             path=f"{title}!A{n}")
                continue
            level_cell(vid, clause, _text(cells[4]), _text(cells[5]), place, seen[key])

    todo = []
    for item in seen.values():
        finding = finding_for(session, visit_id, item.key)
        sev_changed = item.severity is not None and (
            finding is None or item.severity.value != finding.severity)
        note_changed = (item.observation != (finding.observation if finding else "")
                        or item.confidential != bool(finding and finding.confidential))
        if not (sev_changed or note_changed or item.levels):
            continue
        now = finding.revision if finding else 0
        if item.revision != now:
            problems.add("xlsx.stale-row", f"item {item.key} was changed in the workspace"
                         f" after this workbook was exported (revision {now} now, the"
                         f" workbook has {item.revision}); importing it would overwrite the"
                         " newer rating: export again and redo this row", path=item.place)
            continue
        for (vid, clause_id), (level_id, place) in item.levels.items():
            if maps[vid].levels[level_id].severity == "not_applicable" and not item.observation:
                problems.add("xlsx.no-reason", f"{vid} {clause_id} is set to"
                             f" '{maps[vid].levels[level_id].word()}': say why in the"
                             " row's Observation", path=place)
        todo.append((item, sev_changed, note_changed))
    problems.raise_if_any(f"{path}: {len(problems.problems)} problem(s) in the workbook;"
                          " nothing was changed")
    return _apply(session, visit_id, todo, path.name, author, len(seen))


def _apply(session, visit_id, todo, filename, author, seen) -> XlsxImport:
    from jointaudit.fieldwork.findings import annotate, rate, rate_level

    result = XlsxImport()
    for item, sev_changed, note_changed in todo:
        if sev_changed:
            rate(session, visit_id, item.key, item.severity, observation=item.observation,
                 confidential=item.confidential, author=author,
                 reason=f"imported from {filename}")
        elif note_changed:
            annotate(session, visit_id, item.key, observation=item.observation,
                     confidential=item.confidential, author=author)
        for (vid, clause_id), (level_id, _) in item.levels.items():
            rate_level(session, visit_id, item.key, vid, clause_id, level_id, by=author,
                       reason=item.observation)
            result.levels.append(f"{vid} {clause_id}: {level_id}")
        result.rated.append(item.key)
    result.unchanged = seen - len(todo)
    return result


__all__ = ["ClauseCell", "XlsxImport", "read_xlsx", "write_xlsx"]
