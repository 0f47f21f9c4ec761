"""Validating a scheme pack: structure (the Pydantic models of ``format``) and the meaning a
schema cannot express (dangling parents, cycles, two-way rating maps, anchors, windows …).

Every problem of a file is collected and reported at once, each located by line and field
path. The semantic checks read the raw YAML data defensively, so they still run (and report)
when the structure is wrong somewhere else in the file.
"""

from __future__ import annotations

import math
import re
from datetime import date
from difflib import get_close_matches
from pathlib import Path

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from jointaudit.common.date_rules import ANCHORS
from jointaudit.common.errors import ProblemList
from jointaudit.common.severity import Severity
from jointaudit.library.packs.anchor_rules import check_audit_anchors
from jointaudit.library.packs.format import FORMAT_ID, OffsetSpec, Pack
from jointaudit.library.packs.hub_pack import shipped_hub
from jointaudit.library.packs.rating_checks import check_rating_rules
from jointaudit.library.packs.source import (
    MAX_PACK_BYTES,
    ParsedYaml,
    format_path,
    read_yaml_file,
)
from jointaudit.library.packs.source import parse_yaml as _parse_yaml
from jointaudit.library.packs.windows import window_order_problem


def validate_pack_file(path: str | Path) -> Pack:
    """The pack in ``path``, or :class:`InvalidInput` listing every problem in the file."""
    problems = ProblemList(str(path))
    doc = read_yaml_file(path, problems, MAX_PACK_BYTES)
    return _finish(doc, problems, str(path))


def validate_pack_bytes(raw: bytes, name: str = "<pack>") -> Pack:
    problems = ProblemList(name)
    doc = _parse_yaml(raw, name, problems, MAX_PACK_BYTES)
    return _finish(doc, problems, name)


def validate_pack_data(data: object, name: str = "<pack>",
                       doc: ParsedYaml | None = None) -> Pack:
    """Validate already-parsed data (e.g. a pack kept as JSON in a workspace)."""
    return _finish(doc or ParsedYaml(name, data), ProblemList(name), name)


def _finish(doc: ParsedYaml | None, problems: ProblemList, name: str) -> Pack:
    if doc is None or problems:
        problems.raise_now(f"{name}: the pack cannot be read")
    if not isinstance(doc.data, dict):
        problems.add("pack.not-mapping", "a pack is a YAML mapping starting with 'format:'"
                     f" {FORMAT_ID}; this file holds a {type(doc.data).__name__}", line=1)
        problems.raise_now(f"{name}: not a scheme pack")
    pack = structural_check(doc, problems)
    if pack is not None:
        number_check(doc, pack, problems)
    semantic_check(doc, problems)
    problems.raise_if_any(f"{name}: the pack has {len(problems.problems)} problem(s);"
                          " nothing was imported")
    assert pack is not None
    return pack


# --- structure -------------------------------------------------------------------------

def structural_check(doc: ParsedYaml, problems: ProblemList) -> Pack | None:
    try:
        return Pack.model_validate(doc.data)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            path, key_error = _data_path(doc.data, err["loc"])
            problems.add(f"pack.{err['type']}", _explain(err, path, key_error),
                         line=doc.line_of(path), path=format_path(path) or None)
        return None


# --- numbers ---------------------------------------------------------------------------
# Pydantic turns "1000000000" and .inf into numbers; a pack must write numbers as numbers,
# and within bounds no real rule comes near (the planner adds these to dates).
OFFSET_BOUNDS = {"years": 100, "months": 1200, "weeks": 5300, "days": 36600}
NUMBER_BOUND = 1_000_000


def number_check(doc: ParsedYaml, pack: Pack, problems: ProblemList) -> None:
    _numbers(_Checker(doc, problems), pack, doc.data, ())


def _numbers(c: _Checker, model: BaseModel, raw, path: tuple) -> None:
    if not isinstance(raw, dict):
        return
    for name, info in type(model).model_fields.items():
        key = info.alias or name
        if key in raw:
            bound = OFFSET_BOUNDS.get(name, NUMBER_BOUND) if isinstance(model, OffsetSpec) \
                else NUMBER_BOUND
            _number(c, getattr(model, name), raw[key], (*path, key), bound)


def _number(c: _Checker, value, raw, path: tuple, bound: int) -> None:
    if isinstance(value, BaseModel):
        _numbers(c, value, raw, path)
    elif isinstance(value, list | tuple) and isinstance(raw, list):
        for i, (v, r) in enumerate(zip(value, raw, strict=False)):
            _number(c, v, r, (*path, i), bound)
    elif isinstance(value, dict) and isinstance(raw, dict):
        for k, v in value.items():
            if k in raw:
                _number(c, v, raw[k], (*path, k), bound)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            c.add("not-a-number", f"expected a number, found the text {str(raw)[:40]!r};"
                  " write numbers without quotes", path)
        elif not math.isfinite(raw) or abs(raw) > bound:
            c.add("number-out-of-bounds", f"{str(raw)[:40]} is outside the accepted range"
                  f" (-{bound:,} to {bound:,})", path)


def _data_path(data, loc) -> tuple[tuple, bool]:
    """Turn a Pydantic error location into a path through the data (dropping type tags)."""
    path: list = []
    current = data
    key_error = False
    for i, part in enumerate(loc):
        if isinstance(current, dict) and isinstance(part, str) and part in current:
            path.append(part)
            current = current[part]
        elif isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current):
            path.append(part)
            current = current[part]
        elif part == "[key]":
            key_error = True
        elif i == len(loc) - 1 and isinstance(part, str) and isinstance(current, dict):
            path.append(part)  # a missing field: name it
    return tuple(path), key_error


def _explain(err: ErrorDetails, path: tuple, key_error: bool) -> str:
    kind = err["type"]
    field = str(path[-1]) if path else "pack"
    value = err.get("input")
    shown = repr(value) if not isinstance(value, (dict, list)) else type(value).__name__
    if len(shown) > 60:
        shown = shown[:57] + "..."
    if kind == "missing":
        return f"the required field '{field}' is missing"
    if kind == "extra_forbidden" and not re.fullmatch(r"[a-z_][a-z0-9_]*", field):
        return (f"'{field}' is not a field: it looks like the end of a value cut at a comma."
                " In flow style ({...} or [...]) a comma ends the value; quote the value,"
                " e.g. title: \"Water, waste and air\"")
    if kind == "extra_forbidden":
        return (f"'{field}' is not a field of the pack format here (misspelt or misplaced?);"
                " see docs/pack-format.md")
    if key_error:
        return f"the key {shown} is not allowed here: {err['msg']}"
    msg = err["msg"]
    if kind in ("string_type",) and isinstance(value, (int, float, date)):
        msg += " (put the value in quotes, e.g. \"2.0\")"
    return f"{msg}; got {shown}"


# Offsets beyond a century are typos, and would overflow date arithmetic.
OFFSET_LIMITS = {"years": 100, "months": 1200, "weeks": 5200, "days": 36600}

# --- meaning ---------------------------------------------------------------------------

def _list(v) -> list:
    return v if isinstance(v, list) else []


def _dict(v) -> dict:
    return v if isinstance(v, dict) else {}


def _str(v) -> str | None:
    return v if isinstance(v, str) and v else None


def _date(v) -> date | None:
    if isinstance(v, date):
        return v
    if isinstance(v, str):
        try:
            return date.fromisoformat(v)
        except ValueError:
            return None
    return None


class _Checker:
    def __init__(self, doc: ParsedYaml, problems: ProblemList):
        self.doc = doc
        self.problems = problems

    def add(self, code: str, message: str, path: tuple) -> None:
        self.problems.add(f"pack.{code}", message, line=self.doc.line_of(path),
                          path=format_path(path) or None)


def semantic_check(doc: ParsedYaml, problems: ProblemList) -> None:
    c = _Checker(doc, problems)
    data = _dict(doc.data)
    _check_requirements(c, data)
    _check_rating_scale(c, data)
    check_rating_rules(c.add, data)
    _check_cycle(c, data)
    check_audit_anchors(c.add, data)
    _check_report_profile(c, data)
    _check_dates_and_anchors(c, data, ())


def _ids(c: _Checker, items: list, path: tuple, what: str) -> dict[str, int]:
    """id -> index of the first item with it; duplicates reported."""
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        ident = _str(_dict(item).get("id"))
        if ident is None:
            continue
        if ident in seen:
            c.add("duplicate-id", f"the {what} id '{ident}' is used twice (first at"
                  f" {format_path(path + (seen[ident],))}); ids must be unique",
                  path + (i, "id"))
        else:
            seen[ident] = i
    return seen


def _check_requirements(c: _Checker, data: dict) -> None:
    topics = _ids(c, _list(data.get("topics")), ("topics",), "topic")
    tags = {t for t in _list(data.get("applicability_tags")) if isinstance(t, str)}
    reqs = _list(data.get("requirements"))
    ids = _ids(c, reqs, ("requirements",), "clause")
    for kind, items in (("topics", _list(data.get("topics"))), ("requirements", reqs)):
        for i, item in enumerate(items):
            for lang in _dict(_dict(item).get("titles")):
                if not re.fullmatch(r"[a-z]{2}", str(lang)):
                    c.add("title-language", f"'{lang}' is not a language code: titles are"
                          " given per two-letter code, e.g. titles: {es: …, fr: …}",
                          (kind, i, "titles", lang))
    parents: dict[str, str] = {}
    for i, req in enumerate(reqs):
        req = _dict(req)
        here = ("requirements", i)
        parent = _str(req.get("parent"))
        ident = _str(req.get("id"))
        if parent is not None:
            if parent not in ids:
                c.add("dangling-parent", f"parent '{parent}' is not the id of any requirement"
                      " in this pack", here + ("parent",))
            elif ident is not None and ids.get(ident) == i:
                parents[ident] = parent
        for j, topic in enumerate(_list(req.get("topics"))):
            if isinstance(topic, str) and topic not in topics:
                c.add("unknown-topic", f"topic '{topic}' is not declared under 'topics:'"
                      f" (declared: {', '.join(sorted(topics)) or 'none'})",
                      here + ("topics", j))
        for j, tag in enumerate(_list(req.get("applies_to"))):
            if isinstance(tag, str) and tag not in tags:
                c.add("unknown-tag", f"applicability tag '{tag}' is not declared under"
                      f" 'applicability_tags:' (declared: {', '.join(sorted(tags)) or 'none'})",
                      here + ("applies_to", j))
    _check_hub_links(c, reqs)
    reported: set[str] = set()
    for start in parents:
        chain, node = [start], parents.get(start)
        while node is not None and node not in chain:
            chain.append(node)
            node = parents.get(node)
        if node is not None and node not in reported:
            loop = chain[chain.index(node):]
            reported.update(loop)
            c.add("parent-cycle", "requirements are their own ancestors: "
                  + " → ".join(loop + [node]) + "; parents must form a tree",
                  ("requirements", ids[node], "parent"))


def _check_hub_links(c: _Checker, reqs: list) -> None:
    """Hub ids must exist; one requirement at most is *equal* to a hub node (two would be
    equal to each other, and the derivation would merge them into one question)."""
    hub = shipped_hub()
    known = hub.by_id() if hub else None
    equal_to: dict[str, str] = {}
    for i, req in enumerate(reqs):
        req = _dict(req)
        for hub_id, rel in _dict(req.get("hub")).items():
            here = ("requirements", i, "hub", hub_id)
            if known is not None and hub_id not in known:
                close = get_close_matches(str(hub_id), list(known), n=3)
                c.add("unknown-hub-id", f"'{hub_id}' is not a node of the hub"
                      f" (resources/hub/oecd-hub.yaml)"
                      + (f"; did you mean {', '.join(close)}?" if close else ""), here)
            if rel == "equal" and _str(req.get("id")):
                if hub_id in equal_to:
                    c.add("hub-equal-twice", f"'{req['id']}' and '{equal_to[hub_id]}' are both"
                          f" equal to hub {hub_id}, so they would be equal to each other; make"
                          " one of them subset or superset", here)
                else:
                    equal_to[hub_id] = req["id"]


def _check_rating_scale(c: _Checker, data: dict) -> None:
    scale = _dict(data.get("rating_scale"))
    levels = _list(scale.get("levels"))
    level_ids = _ids(c, levels, ("rating_scale", "levels"), "rating level")
    language = _str(_dict(data.get("version")).get("language"))
    level_severity: dict[str, str] = {}
    for i, level in enumerate(levels):
        level = _dict(level)
        sev, ident = level.get("severity"), _str(level.get("id"))
        if ident and isinstance(sev, str) and sev in Severity.__members__.values():
            level_severity.setdefault(ident, sev)
        words = level.get("words")
        if language and isinstance(words, dict) and words and language not in words:
            c.add("missing-words", f"the level has no word in the pack's language '{language}'",
                  ("rating_scale", "levels", i, "words"))
    back = scale.get("from_severity")
    if not isinstance(back, dict):
        return
    for sev in Severity:
        if sev.value not in back:
            c.add("unmapped-severity", f"the common severity '{sev.value}' does not name the"
                  " level it becomes in this scheme; every severity needs one",
                  ("rating_scale", "from_severity"))
    for sev, level in back.items():
        here = ("rating_scale", "from_severity", sev)
        if isinstance(level, str) and level not in level_ids:
            c.add("unknown-level", f"'{level}' is not one of the scale's levels"
                  f" ({', '.join(level_ids) or 'none'})", here)
    for ident, sev in level_severity.items():
        target = back.get(sev)
        if isinstance(target, str) and target in level_severity and level_severity[target] != sev:
            c.add("asymmetric-mapping",
                  f"level '{ident}' means '{sev}', but '{sev}' becomes level '{target}', which"
                  f" means '{level_severity[target]}'; a rating would change when translated"
                  " back", ("rating_scale", "levels", level_ids[ident], "severity"))


def _check_cycle(c: _Checker, data: dict) -> None:
    cycle = _dict(data.get("cycle"))
    audits = _list(cycle.get("audits"))
    seen: dict[str, list[tuple[int, date | None, date | None]]] = {}
    for i, audit in enumerate(audits):
        audit = _dict(audit)
        here = ("cycle", "audits", i)
        window = _dict(audit.get("window"))
        problem = window_order_problem(window.get("earliest"), window.get("latest"),
                                       audit.get("due"))
        if problem:
            c.add("reversed-window", problem, here + ("window",))
        if audit.get("applies") == "periodic" and not cycle.get("period_anchor"):
            c.add("missing-period-anchor", "an audit that applies 'periodic' needs"
                  " cycle.period_anchor (financial_year_end or certificate_start)",
                  here + ("applies",))
        kind = _str(audit.get("kind"))
        if kind:
            span = (i, _date(audit.get("effective_from")), _date(audit.get("effective_to")))
            for j, start, end in seen.get(kind, []):
                if _overlap(start, end, span[1], span[2]):
                    c.add("duplicate-kind", f"the audit kind '{kind}' is defined twice for the"
                          f" same period (also cycle.audits[{j}]); give the rules"
                          " effective_from/effective_to that do not overlap", here + ("kind",))
                    break
            seen.setdefault(kind, []).append(span)
    for i, event in enumerate(_list(cycle.get("validity_events"))):
        event = _dict(event)
        if event.get("effect") == "shorten" and not event.get("validity"):
            c.add("missing-validity", "an event that shortens validity must say the shortened"
                  " validity (e.g. validity: {years: 1})",
                  ("cycle", "validity_events", i, "effect"))
    _ids(c, _list(cycle.get("deadlines")), ("cycle", "deadlines"), "deadline")
    for i, esc in enumerate(_list(cycle.get("escalations"))):
        esc = _dict(esc)
        if esc.get("from_severity") is not None and esc.get("from_severity") == esc.get(
                "to_severity"):
            c.add("empty-escalation", "an escalation must change the severity",
                  ("cycle", "escalations", i, "to_severity"))


def _overlap(a0: date | None, a1: date | None, b0: date | None, b1: date | None) -> bool:
    lo = max(a0 or date.min, b0 or date.min)
    hi = min(a1 or date.max, b1 or date.max)
    return lo <= hi


def _check_report_profile(c: _Checker, data: dict) -> None:
    profile = _dict(data.get("report_profile"))
    sections = _list(profile.get("sections"))
    _ids(c, sections, ("report_profile", "sections"), "report section")
    for i, section in enumerate(sections):
        section = _dict(section)
        if section.get("kind") == "field" and not _str(section.get("field")):
            c.add("missing-field", "a section of kind 'field' must name its free-text field"
                  " (field: scope, for example)", ("report_profile", "sections", i, "kind"))


def _check_dates_and_anchors(c: _Checker, node, path: tuple) -> None:
    """Anywhere in the pack: known anchors, and effective_from not after effective_to."""
    if isinstance(node, dict):
        anchor = node.get("anchor")
        if isinstance(anchor, str) and anchor not in ANCHORS:
            c.add("unknown-anchor", f"'{anchor}' is not a known anchor date; use one of: "
                  + ", ".join(ANCHORS), path + ("anchor",))
        for start_key, end_key in (("effective_from", "effective_to"),
                                   ("effective_from", "retired_on")):
            start, end = _date(node.get(start_key)), _date(node.get(end_key))
            if start and end and start > end:
                c.add("reversed-dates", f"{start_key} {start} is after {end_key} {end}",
                      path + (start_key,))
        for key, value in node.items():
            limit = OFFSET_LIMITS.get(key)
            if limit and isinstance(value, int) and abs(value) > limit:
                c.add("offset-out-of-range", f"{value} {key} is out of range; offsets are"
                      f" at most {limit} {key} either way", path + (key,))
            _check_dates_and_anchors(c, value, path + (key,))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _check_dates_and_anchors(c, value, path + (i,))
