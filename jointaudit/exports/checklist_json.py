"""The joint checklist as JSON: the template, every joint item with its provenance (each
scheme's clause ids and how its rating flows back), ratings (each clause's own level id,
words and where it came from), each scheme's scale, and what was excluded."""

from __future__ import annotations

import json
from pathlib import Path

from jointaudit.exports.checklist_rows import Sheet

FORMAT_ID = "jointaudit-checklist/1"


def checklist_document(sheet: Sheet) -> dict:
    items = []
    by_key = {it.key: it for it in sheet.checklist.items}
    for r in sheet.rows:
        it = by_key[r.item_key]
        items.append({
            "item_key": r.item_key, "position": r.position, "kind": r.kind, "title": r.title,
            "topics": r.topics,
            "sources": [{"version": s.version_id, "clause": s.clause_id, "role": s.role,
                         "propagation": s.propagation} for s in it.sources],
            "rating": r.severity or None, "observation": r.observation,
            "confidential": r.confidential, "needs_rerating": r.needs_rerating,
            "scheme_ratings": r.scheme_words,
            "revision": r.revision,
            "clause_ratings": [{"version": c.version_id, "clause": c.clause_id,
                                "level": c.level_id, "words": c.words,
                                "provenance": c.provenance, "by": c.by, "answer": c.answer}
                               for c in r.clause_ratings],
        })
    return {
        "format": FORMAT_ID,
        "template": {"uid": sheet.template_uid, "name": sheet.template_name,
                     "content_hash": sheet.template_hash, "versions": sheet.version_ids},
        "visit_id": sheet.visit_id,
        "items": items,
        "excluded": [{"version": e.version_id, "clause": e.clause_id, "reason": e.reason}
                     for e in sheet.checklist.excluded],
        "scales": {v: [{"level": lid, "words": word, "answer": answer}
                       for lid, word, answer in levels] for v, levels in sheet.scales.items()},
    }


def write_json(sheet: Sheet, path: str | Path) -> Path:
    path = Path(path)
    path.write_text(json.dumps(checklist_document(sheet), indent=2, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    return path
