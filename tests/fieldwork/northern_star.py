"""Northern Star, a fictional scheme built from the two examples of docs/pack-format.md: the
worked example's cycle, assurance and report profile with the rating example's letter grades
(six graded levels, best last), yes/no indicators, result-only levels and aggregation rules.
Building it from the guide keeps the guide's examples honest."""

from __future__ import annotations

import re

import yaml

from tests.conftest import ROOT

GUIDE = ROOT / "docs" / "pack-format.md"
VERSION = "northern-star@1.0"


def _block(marker: str) -> str:
    text = GUIDE.read_text(encoding="utf-8")
    match = re.search(rf"<!-- {marker} -->\s*```yaml\n(.*?)```", text, re.S)
    assert match, f"docs/pack-format.md lost its {marker}"
    return match.group(1)


def rating_example() -> dict:
    return yaml.safe_load(_block("rating-example"))


def northern_star_yaml() -> bytes:
    pack = yaml.safe_load(_block("worked-example"))
    pack.update(rating_example())
    pack["scheme"] = {"id": "northern-star", "name": "Northern Star Mining Protocols",
                      "publisher": "Northern Star Association (fictional)"}
    pack["topics"] = []
    sections = pack["report_profile"]["sections"]
    sections.insert(2, {"id": "counts", "kind": "summary_counts",
                        "title": {"en": "Summary of ratings"}})
    return yaml.safe_dump(pack, allow_unicode=True, sort_keys=False).encode("utf-8")
