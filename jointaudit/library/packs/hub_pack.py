"""The hub pack: the common reference every scheme pack maps its requirements to.

The hub is not a scheme: nobody is audited against it, so it has no rating scale, cycle or
report profile. It holds the OECD Due Diligence Guidance's five steps, the Annex II risks and
a topic hub for the social, environmental and governance requirements the OECD steps do not
cover. A pack's requirement says how it relates to hub nodes (``hub: {"1A": equal}``), and
links between any two schemes are derived by composing those relations
(``jointaudit.library.crosswalk.hub``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError

from jointaudit.common.errors import ProblemList
from jointaudit.common.resources import resource_path
from jointaudit.library.packs.format import SourceDocument, Strict
from jointaudit.library.packs.source import MAX_PACK_BYTES, format_path, read_yaml_file

HUB_FORMAT_ID = "jointaudit-hub/1"


class HubNode(Strict):
    id: str = Field(min_length=1, description="hub id, e.g. 1A, A2.bribery, T.water")
    parent: str | None = None
    title: str = Field(min_length=1, description="short title in our own words")
    kind: Literal["step", "risk", "topic", "heading"]
    source: str = Field(min_length=1)
    verified: bool = False


class HubPack(Strict):
    format: Literal["jointaudit-hub/1"]
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str
    source_documents: list[SourceDocument] = Field(min_length=1)
    licence_note: str
    notes: str = ""
    nodes: list[HubNode] = Field(min_length=1)

    def node(self, node_id: str) -> HubNode | None:
        return self.by_id().get(node_id)

    def by_id(self) -> dict[str, HubNode]:
        return {n.id: n for n in self.nodes}


def is_hub_file(path: str | Path) -> bool:
    """Whether ``path`` declares the hub format (read from its first lines, cheaply)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096).decode("utf-8", errors="replace")
    except OSError:
        return False
    return any(line.strip().replace(" ", "") == f"format:{HUB_FORMAT_ID}"
               for line in head.splitlines())


def validate_hub_data(data: object, doc, problems: ProblemList) -> HubPack | None:
    try:
        hub = HubPack.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            where = tuple(part for part in err["loc"] if isinstance(part, (str, int)))
            problems.add(f"hub.{err['type']}", err["msg"], line=doc.line_of(where),
                         path=format_path(where) or None)
        return None
    seen: dict[str, int] = {}
    for i, node in enumerate(hub.nodes):
        if node.id in seen:
            problems.add("hub.duplicate-id", f"the hub id '{node.id}' is used twice",
                         line=doc.line_of(("nodes", i, "id")), path=f"nodes[{i}].id")
        seen.setdefault(node.id, i)
        if node.parent is not None and node.parent not in seen:
            problems.add("hub.dangling-parent", f"parent '{node.parent}' is not a hub id"
                         " listed above this node", line=doc.line_of(("nodes", i, "parent")),
                         path=f"nodes[{i}].parent")
        if node.verified and not node.source.strip():
            problems.add("hub.unsourced", "a verified node needs a source",
                         line=doc.line_of(("nodes", i)), path=f"nodes[{i}]")
    return None if problems else hub


def validate_hub_file(path: str | Path) -> HubPack:
    """The hub pack in ``path``, or :class:`InvalidInput` listing every problem."""
    problems = ProblemList(str(path))
    doc = read_yaml_file(path, problems, MAX_PACK_BYTES)
    hub = validate_hub_data(doc.data, doc, problems) if doc is not None and not problems else None
    problems.raise_if_any(f"{path}: the hub pack has {len(problems.problems)} problem(s)")
    assert hub is not None
    return hub


def shipped_hub_path() -> Path:
    return resource_path("hub", "oecd-hub.yaml")


@lru_cache(maxsize=4)
def _load(path: str, mtime: float) -> HubPack:
    return validate_hub_file(path)


def shipped_hub() -> HubPack | None:
    """The shipped hub, or None when the resources do not carry one (an installed wheel)."""
    path = shipped_hub_path()
    if not path.is_file():
        return None
    return _load(str(path), path.stat().st_mtime)
