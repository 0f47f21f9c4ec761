"""The joint checklist as CSV (UTF-8 with BOM so Excel opens accents right), one row per
joint item, cells neutralised against formula injection."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from jointaudit.exports.checklist_rows import Sheet, neutralise


def checklist_csv(sheet: Sheet) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["item_key", "position", "kind", "title", "topics"]
               + [f"{v} clauses" for v in sheet.version_ids]
               + ["rating", "observation", "confidential", "needs_rerating"]
               + [f"{v} rating" for v in sheet.version_ids])
    for r in sheet.rows:
        w.writerow([neutralise(x) for x in (
            [r.item_key, r.position, r.kind, r.title, "; ".join(r.topics)]
            + [" ".join(r.clauses.get(v, [])) for v in sheet.version_ids]
            + [r.severity, r.observation, "yes" if r.confidential else "",
               "yes" if r.needs_rerating else ""]
            + [r.scheme_words.get(v, "") for v in sheet.version_ids])])
    return out.getvalue()


def write_csv(sheet: Sheet, path: str | Path) -> Path:
    path = Path(path)
    path.write_text("\ufeff" + checklist_csv(sheet), encoding="utf-8", newline="")
    return path
