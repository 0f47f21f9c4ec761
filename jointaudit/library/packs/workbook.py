"""Packs to and from a spreadsheet, for scheme staff and auditors who hold the requirement list
as a workbook (the scheme's own, or an auditor's checklist).

One row per requirement, columns as in ``COLUMNS``; lists are separated by ";" and hub
links are written ``1A=equal; T.water=subset``. ``pack_from_rows`` builds the pack's
requirements from the rows and takes every other section from a base pack, or writes a
skeleton whose rules are all flagged unverified defaults for the author to replace. Problems
name the sheet's row and column, never only the generated YAML.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from jointaudit.common.errors import InvalidInput, Problem, ProblemList
from jointaudit.common.tabular import TableRow, read_table, split_list
from jointaudit.library.packs.format import FORMAT_ID, Pack
from jointaudit.library.packs.source import read_yaml_file
from jointaudit.library.packs.validate import validate_pack_data

COLUMNS = ("id", "parent", "title", "assessable", "critical", "level", "answer", "topics",
           "applies_to", "typical_evidence", "hub", "source", "verified")
REQUIRED = {"id", "title", "assessable"}
RELATIONS = ("equal", "subset", "superset", "intersects")
TRUE, FALSE = {"true", "yes", "y", "1", "x"}, {"false", "no", "n", "0", ""}

SKELETON_NOTE = "UNVERIFIED skeleton default written by pack from-table: replace it"


def _list(items) -> str:
    return "; ".join(items)


def pack_to_rows(pack: Pack) -> list[list[str]]:
    """The header and one row per requirement, in pack order."""
    rows = [list(COLUMNS)]
    for r in pack.requirements:
        rows.append([r.id, r.parent or "", r.title, "yes" if r.assessable else "no",
                     "yes" if r.critical else "", r.level or "",
                     "" if r.answer == "graded" else r.answer, _list(r.topics),
                     _list(r.applies_to), _list(r.typical_evidence),
                     _list(f"{k}={v}" for k, v in r.hub.items()), r.source,
                     "yes" if r.verified else "no"])
    return rows


def write_workbook(pack: Pack, target: str | Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "requirements"
    for row in pack_to_rows(pack):
        # text cells only: "1.10" must stay a clause id, not become the number 1.1
        sheet.append([str(c) for c in row])
    from openpyxl.styles import Font

    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for col, width in zip("ABCDEFGHIJKLM", (10, 10, 60, 10, 8, 10, 8, 30, 20, 40, 30, 50, 8),
                          strict=True):
        sheet.column_dimensions[col].width = width
    target = Path(target)
    book.save(target)
    return target


def _flag(row: TableRow, column: str, problems: ProblemList) -> bool:
    value = row.get(column).lower()
    if value in TRUE:
        return True
    if value not in FALSE:
        problems.add("table.bad-flag", f"'{row.get(column)}' is not yes or no",
                     line=row.number, path=column)
    return False


def _hub(row: TableRow, problems: ProblemList) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in split_list(row.get("hub").replace(",", ";")):
        node, sep, rel = part.partition("=")
        node, rel = node.strip(), rel.strip().lower()
        if not sep or not node or rel not in RELATIONS:
            problems.add("table.bad-hub", f"'{part}' is not a hub link; write NODE=RELATION,"
                         f" e.g. 1A=equal (relations: {', '.join(RELATIONS)})",
                         line=row.number, path="hub")
            continue
        out[node] = rel
    return out


def _requirement(row: TableRow, problems: ProblemList) -> dict:
    req: dict = {"id": row.get("id"), "title": row.get("title"),
                 "assessable": _flag(row, "assessable", problems)}
    for column in ("id", "title"):
        if not row.get(column):
            problems.add("table.missing-value", f"'{column}' is required", line=row.number,
                         path=column)
    if row.get("parent"):
        req["parent"] = row.get("parent")
    for column in ("topics", "applies_to", "typical_evidence"):
        if row.get(column):
            req[column] = split_list(row.get(column).replace(",", ";")) if column != (
                "typical_evidence") else [p.strip() for p in row.get(column).split(";")
                                          if p.strip()]
    if _flag(row, "critical", problems):
        req["critical"] = True
    for column in ("level", "answer"):
        if row.get(column):
            req[column] = row.get(column).lower()
    hub = _hub(row, problems)
    if hub:
        req["hub"] = hub
    req["source"] = row.get("source")
    req["verified"] = _flag(row, "verified", problems)
    return req


def _skeleton(scheme: str, version: str, name: str, language: str) -> dict:
    meta = {"verified": False, "source": SKELETON_NOTE}
    level = [("conforms", "conforms", "Conforms"), ("minor_nc", "minor_gap", "Minor gap"),
             ("major_nc", "major_gap", "Major gap"),
             ("not_applicable", "not_applicable", "Not applicable"),
             ("not_assessed", "not_assessed", "Not assessed")]
    return {
        "format": FORMAT_ID,
        "scheme": {"id": scheme, "name": name or scheme, "publisher": name or scheme},
        "version": {"id": version, "title": f"{name or scheme} {version}", "language": language,
                    "source_documents": [{"id": "workbook", "title": "the requirement workbook"
                                                                     " this pack was built from"}],
                    "licence_note": "Clause ids, structure and short titles; replace this note"
                                    " with the scheme's terms."},
        "rating_scale": {**meta, "levels": [{"id": i, "words": {language: w}, "severity": s}
                                            for i, s, w in level],
                         "from_severity": {"conforms": "conforms", "minor_gap": "minor_nc",
                                           "major_gap": "major_nc", "critical": "major_nc",
                                           "not_applicable": "not_applicable",
                                           "not_assessed": "not_assessed"}},
        "cycle": {**meta, "validity": {"years": 3}, "next_validity_starts": "previous_expiry",
                  "audits": [
                      {**meta, "kind": "certification", "label": {language: "Certification"},
                       "mode": "on_site", "applies": "first", "renews_certificate": True,
                       "window": {"earliest": {"anchor": "membership_start"},
                                  "latest": {"anchor": "membership_start",
                                             "offset": {"years": 1}}}},
                      {**meta, "kind": "recertification", "label": {language: "Recertification"},
                       "mode": "on_site", "applies": "cycle", "renews_certificate": True,
                       "window": {"earliest": {"anchor": "certificate_expiry",
                                               "offset": {"months": -3}},
                                  "latest": {"anchor": "certificate_expiry"}}}]},
        "assurance": {**meta, "person_days": [{"site_type": "any", "size": "any", "days": 2}]},
        "report_profile": {**meta, "title": {language: "Audit report"},
                           "sections": [{"id": "cover", "kind": "cover",
                                         "title": {language: "Cover"}},
                                        {"id": "findings", "kind": "findings_table",
                                         "title": {language: "Findings"}},
                                        {"id": "signoff", "kind": "signoff",
                                         "title": {language: "Sign-off"}}]},
    }


def pack_from_table(table: str | Path, *, base: str | Path | None = None,
                    scheme: str = "", version: str = "", name: str = "",
                    language: str = "en") -> tuple[dict, Pack]:
    """The pack data built from ``table`` (and ``base``), validated: every problem names the
    table's row and column, or the base file's line."""
    table = Path(table)
    rows = read_table(table, required=REQUIRED, known=set(COLUMNS))
    problems = ProblemList(str(table))
    reqs = [_requirement(row, problems) for row in rows]
    if not reqs:
        problems.add("table.empty", "the table has no requirement rows", line=2)
    if base is not None:
        base_problems = ProblemList(str(base))
        doc = read_yaml_file(base, base_problems)
        base_problems.raise_if_any(f"{base}: the base pack cannot be read")
        assert doc is not None
        if not isinstance(doc.data, dict):
            raise InvalidInput(f"{base}: the base is not a pack")
        data = dict(doc.data)
    elif scheme and version:
        data = _skeleton(scheme, version, name, language)
    else:
        problems.add("table.no-base", "give --base PACK.yaml (its other sections are kept) or"
                     " --scheme and --version for a skeleton")
        data = {}
    problems.raise_if_any(f"{table}: {len(problems.problems)} problem(s); no pack was written")
    data["requirements"] = reqs
    declared = {t.get("id") for t in data.get("topics", []) if isinstance(t, dict)}
    used = [t for r in reqs for t in r.get("topics", []) if t not in declared]
    if base is None and used:
        data["topics"] = [{"id": t, "title": t.replace("-", " ").capitalize()}
                          for t in dict.fromkeys(used)]
    tags = [t for r in reqs for t in r.get("applies_to", [])]
    if base is None and tags:
        data["applicability_tags"] = list(dict.fromkeys(tags))
    order = ["format", "scheme", "version", "topics", "applicability_tags", "requirements"]
    data = {k: data[k] for k in order if k in data} | {k: v for k, v in data.items()
                                                      if k not in order}
    try:
        pack = validate_pack_data(data, str(table))
    except InvalidInput as exc:
        raise InvalidInput(f"{table}: the pack built from it has {len(exc.problems)}"
                           " problem(s); no pack was written",
                           problems=[_on_row(p, rows, table) for p in exc.problems]) from None
    return data, pack


def _on_row(p: Problem, rows: list[TableRow], table: Path) -> Problem:
    """A problem in requirements[i] points at the table row it came from."""
    path = p.path or ""
    if path.startswith("requirements[") and "]" in path:
        i = int(path[len("requirements["):path.index("]")])
        column = path[path.index("]") + 1:].lstrip(".").split("[")[0] or None
        if 0 <= i < len(rows):
            return Problem(p.code, p.message, str(table), rows[i].number, column)
    return p


def dump_pack(data: dict) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
