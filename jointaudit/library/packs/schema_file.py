"""The published JSON Schema of pack format v1 (resources/schemas/pack-v1.schema.json).

Regenerate after changing ``format.py``: ``python -m jointaudit.library.packs.schema_file``.
A test fails while the committed file differs from what the models define.
"""

from __future__ import annotations

import json

from jointaudit.common.resources import resource_path
from jointaudit.library.packs.format import json_schema

SCHEMA_FILE = ("schemas", "pack-v1.schema.json")


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main() -> None:
    target = resource_path(*SCHEMA_FILE)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
