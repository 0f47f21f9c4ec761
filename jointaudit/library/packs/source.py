"""Reading a pack file: size and encoding checks, safe YAML, and a map from field path to line.

YAML is parsed once with PyYAML's safe loader: the composed node tree gives each field's
line, and the same tree is constructed into plain data. Nothing here knows the pack format,
so the same reader serves crosswalk files too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from jointaudit.common.errors import ProblemList
from jointaudit.common.reading import decode_text, read_bytes

# A real pack (IRMA, ~400 requirements with guidance) is well under 1 MiB; 5 MiB leaves room
# for long overlays of our own words while refusing pasted scheme PDFs or runaway files.
MAX_PACK_BYTES = 5 * 1024 * 1024
# Aliases can make a small file expand enormously ("billion laughs"); packs never need more
# than this many values once aliases are followed.
MAX_NODES = 200_000

Path_ = tuple[str | int, ...]


def _dates_as_text(loader_class):
    """Safe loading, but dates stay text: the models parse them, so an impossible date
    (2024-02-30) is reported with its field and line instead of failing the whole parse."""
    loader_class.yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return loader_class


@_dates_as_text
class PurePythonLoader(yaml.SafeLoader):
    pass


# libyaml's loader where the wheel has it (ten times faster), else the pure-Python one.
_FastBase: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@_dates_as_text
class LibyamlLoader(_FastBase):
    pass


# libyaml's parser is several times faster than the pure-Python one; the result is the same.
LOADER = LibyamlLoader


@dataclass
class ParsedYaml:
    """A parsed YAML document with the line (1-based) of every field path."""

    name: str
    data: object = None
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int | None:
        """The line of the deepest part of ``path`` the file has (missing keys → parent)."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)


def format_path(path: Path_) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def parse_yaml(raw: bytes, name: str, problems: ProblemList,
               limit: int = MAX_PACK_BYTES) -> ParsedYaml | None:
    """Parse YAML bytes; on any problem add it to ``problems`` and return None."""
    if len(raw) > limit:
        problems.add("input.too-large",
                     f"the file is {len(raw):,} bytes; at most {limit:,} bytes are accepted")
        return None
    text = decode_text(raw, problems)
    if text is None:
        return None
    if "\x00" in text:
        problems.add("input.binary", "the file contains NUL characters; it is not a text file",
                     line=text[: text.index("\x00")].count("\n") + 1)
        return None
    try:
        loader = LOADER(text)
    except yaml.reader.ReaderError as exc:
        problems.add("input.control-character",
                     f"the file contains the control character #x{exc.character:04x}, which"
                     " YAML does not allow", line=text[: exc.position].count("\n") + 1)
        return None
    try:
        node = loader.get_single_node()
        if node is None:
            problems.add("yaml.empty", "the file is empty; expected a YAML mapping", line=1)
            return None
        doc = ParsedYaml(name)
        if not _map_lines(node, (), doc.lines, problems, [0]):
            return None
        doc.data = loader.construct_document(node)
        return doc
    except yaml.reader.ReaderError as exc:
        problems.add("input.control-character",
                     f"the file contains the control character #x{exc.character:04x}, which"
                     " YAML does not allow", line=text[: exc.position].count("\n") + 1)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = " ".join(x for x in (exc.context, exc.problem) if x)
        problems.add("yaml.syntax", f"not valid YAML: {what}",
                     line=mark.line + 1 if mark else None)
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        # ValueError/TypeError: the safe constructor rejects e.g. an impossible date 2019-02-30.
        problems.add("yaml.value", f"not valid YAML: {exc}".splitlines()[0])
    finally:
        loader.dispose()
    return None


def _map_lines(node, path: Path_, lines: dict, problems: ProblemList, count: list[int],
               depth: int = 0) -> bool:
    count[0] += 1
    if count[0] > MAX_NODES or depth > 100:
        problems.add("yaml.too-complex",
                     f"the file expands to more than {MAX_NODES:,} values or nests deeper than"
                     " 100 levels (check anchors/aliases)", line=node.start_mark.line + 1)
        return False
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.add("yaml.complex-key", "mapping keys must be plain words",
                             line=key_node.start_mark.line + 1, path=format_path(path))
                return False
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key == "<<":
                continue  # merge keys: PyYAML resolves them; the merged fields keep no line
            if key in seen:
                problems.add("yaml.duplicate-key",
                             f"the key '{key}' appears twice (first on line {seen[key]});"
                             " a later value would silently replace the earlier one",
                             line=line, path=format_path(path + (key,)))
            seen[key] = line
            if not _map_lines(value_node, path + (key,), lines, problems, count, depth + 1):
                return False
            lines[path + (key,)] = line
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            if not _map_lines(item, path + (i,), lines, problems, count, depth + 1):
                return False
    return True


def read_yaml_file(path: str | Path, problems: ProblemList,
                   limit: int = MAX_PACK_BYTES) -> ParsedYaml | None:
    raw = read_bytes(Path(path), problems, limit)
    if raw is None:
        return None
    return parse_yaml(raw, str(path), problems, limit)
