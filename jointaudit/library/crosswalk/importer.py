"""Reading and importing crosswalk files: all or nothing, every problem named with file,
line, field path and what is expected (the pack importer's standard)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError
from rapidfuzz import process
from sqlmodel import Session, select

from jointaudit.common.errors import ProblemList
from jointaudit.library.crosswalk.format import FORMAT_ID, CrosswalkFile, LinkSpec
from jointaudit.library.crosswalk.relations import reverse
from jointaudit.library.packs.source import ParsedYaml, format_path, read_yaml_file
from jointaudit.library.packs.validate import _data_path
from jointaudit.store.models import (
    CrosswalkLink,
    RecognitionRule,
    Requirement,
    Scheme,
    SchemeVersion,
    saved_id,
)
from jointaudit.store.models._base import utcnow

MAX_CROSSWALK_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class CrosswalkImport:
    crosswalk_id: str
    links_added: int
    links_updated: int
    recognitions: int
    # the scheme versions its links join, or that accept its recognitions, in words ("RJC
    # Code of Practices 2019"): what the app shows instead of the file's id
    schemes: tuple[str, ...] = ()
    linked: bool = False  # links between two versions (else recognitions only)


def read_crosswalk(path: str | Path) -> tuple[CrosswalkFile, ParsedYaml]:
    problems = ProblemList(str(path))
    doc = read_yaml_file(path, problems, MAX_CROSSWALK_BYTES)
    if doc is None or problems:
        problems.raise_if_any(f"{path}: the crosswalk cannot be read")
    assert doc is not None  # a file that could not be read left a problem
    if not isinstance(doc.data, dict):
        problems.add("crosswalk.not-mapping", "a crosswalk is a YAML mapping starting with"
                     f" 'format: {FORMAT_ID}'", line=1)
        problems.raise_if_any(f"{path}: not a crosswalk file")
    try:
        return CrosswalkFile.model_validate(doc.data), doc
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            where, _ = _data_path(doc.data, err["loc"])
            what = err["msg"].removeprefix("Value error, ")
            if err["type"] == "missing":
                what = f"the required field '{where[-1] if where else ''}' is missing"
            elif err["type"] == "extra_forbidden":
                what = (f"'{where[-1]}' is not a field of the crosswalk format here;"
                        " see docs/crosswalks.md")
            problems.add(f"crosswalk.{err['type']}", what, line=doc.line_of(where),
                         path=format_path(where) or None)
        problems.raise_if_any(f"{path}: the crosswalk has {len(problems.problems)} problem(s);"
                              " nothing was imported")
    raise AssertionError("unreachable")


def _clauses(session: Session, version_id: str) -> dict[str, Requirement]:
    return {r.clause_id: r for r in session.exec(
        select(Requirement).where(Requirement.version_id == version_id))}


def _unknown_clause(problems, doc, where, version_id, clause, known) -> None:
    close = [c for c, _score, _ in process.extract(clause, list(known), limit=3)]
    problems.add("crosswalk.unknown-clause",
                 f"{version_id} has no clause '{clause}'"
                 + (f"; did you mean {', '.join(close)}?" if close else ""),
                 line=doc.line_of(where), path=format_path(where))


def import_crosswalk(session: Session, path: str | Path) -> CrosswalkImport:
    cw, doc = read_crosswalk(path)
    problems = ProblemList(str(path))
    clauses: dict[str, dict[str, Requirement]] = {}
    for field in ("source_version", "target_version"):
        vid = getattr(cw, field)
        if vid and session.get(SchemeVersion, vid) is None:
            problems.add("crosswalk.unknown-version", f"scheme version '{vid}' is not in this"
                         " workspace; import its pack first", line=doc.line_of((field,)),
                         path=field)
        elif vid:
            clauses[vid] = _clauses(session, vid)
    pairs: dict[frozenset, int] = {}
    resolved: list[tuple[LinkSpec, Requirement | None, Requirement | None]] = []
    for n, lk in enumerate(cw.links):
        ends: list[Requirement | None] = []
        for side, vid in (("source", cw.source_version), ("target", cw.target_version)):
            clause = getattr(lk, side)
            if vid in clauses and clause not in clauses[vid]:
                _unknown_clause(problems, doc, ("links", n, side), vid, clause, clauses[vid])
            ends.append(clauses.get(vid, {}).get(clause))
        pair = frozenset((lk.source, lk.target))
        if pair in pairs:
            problems.add("crosswalk.duplicate-link", f"{lk.source} and {lk.target} are already"
                         f" linked at links[{pairs[pair]}]; one link per pair",
                         line=doc.line_of(("links", n)), path=f"links[{n}]")
        pairs[pair] = n
        resolved.append((lk, ends[0], ends[1]))
    for n, rec in enumerate(cw.recognitions):
        where = ("recognitions", n)
        if session.get(SchemeVersion, rec.accepting_version) is None:
            problems.add("crosswalk.unknown-version", f"scheme version '{rec.accepting_version}'"
                         " is not in this workspace; import its pack first",
                         line=doc.line_of(where + ("accepting_version",)),
                         path=format_path(where + ("accepting_version",)))
        else:
            known = _clauses(session, rec.accepting_version)
            for i, p in enumerate(rec.provisions):
                if p not in known:
                    _unknown_clause(problems, doc, where + ("provisions", i),
                                    rec.accepting_version, p, known)
        if session.get(Scheme, rec.recognised_scheme) is None:
            problems.add("crosswalk.unknown-scheme", f"scheme '{rec.recognised_scheme}' is not"
                         " in this workspace", line=doc.line_of(where + ("recognised_scheme",)),
                         path=format_path(where + ("recognised_scheme",)))
        if rec.recognised_version and session.get(SchemeVersion, rec.recognised_version) is None:
            problems.add("crosswalk.unknown-version", f"scheme version"
                         f" '{rec.recognised_version}' is not in this workspace",
                         line=doc.line_of(where + ("recognised_version",)),
                         path=format_path(where + ("recognised_version",)))
    problems.raise_if_any(f"{path}: the crosswalk has {len(problems.problems)} problem(s);"
                          " nothing was imported")

    added = updated = 0
    for lk, src, tgt in resolved:
        assert src is not None and tgt is not None  # an unknown clause left a problem
        row, rel = _existing(session, saved_id(src), saved_id(tgt), lk.relationship)
        if row is None:
            row = CrosswalkLink(source_requirement_id=saved_id(src),
                                target_requirement_id=saved_id(tgt),
                                relationship=lk.relationship.value)
            added += 1
        else:
            updated += 1
        flipped = row.source_requirement_id != src.id
        row.relationship = rel
        row.rationale, row.strength = lk.rationale, lk.strength
        row.origin, row.status = lk.origin.value, lk.status.value
        row.shared_core = lk.shared_core
        row.source_addon, row.target_addon = ((lk.target_addon, lk.source_addon) if flipped
                                              else (lk.source_addon, lk.target_addon))
        row.words = {lang: {"shared_core": w.shared_core,
                            "source_addon": w.target_addon if flipped else w.source_addon,
                            "target_addon": w.source_addon if flipped else w.target_addon}
                     for lang, w in sorted(lk.words.items())}
        row.crosswalk_file, row.updated_at = cw.id, utcnow()
        session.add(row)
    for rec in cw.recognitions:
        rule = session.exec(select(RecognitionRule)
                            .where(RecognitionRule.rule_key == rec.id)).first() or \
            RecognitionRule(rule_key=rec.id, accepting_version_id=rec.accepting_version,
                            recognised_scheme_id=rec.recognised_scheme)
        rule.accepting_version_id, rule.provisions = rec.accepting_version, list(rec.provisions)
        rule.recognised_scheme_id = rec.recognised_scheme
        rule.recognised_version_id = rec.recognised_version
        rule.whose, rule.effect, rule.note = rec.whose, rec.effect, rec.note
        rule.verified, rule.source = rec.verified, rec.source
        rule.effective_from, rule.effective_to = rec.effective_from, rec.effective_to
        rule.crosswalk_file = cw.id
        session.add(rule)
    session.flush()
    return CrosswalkImport(cw.id, added, updated, len(cw.recognitions),
                           _scheme_words(session, cw), bool(cw.links))


def _scheme_words(session: Session, cw: CrosswalkFile) -> tuple[str, ...]:
    """The versions a crosswalk's links join (source, target) or, for a file of recognitions
    only, the versions that accept them, each as "scheme name version"."""
    out: list[str] = []
    versions = [cw.source_version, cw.target_version] if cw.links else \
        [r.accepting_version for r in cw.recognitions]
    for vid in dict.fromkeys(v for v in versions if v):
        version = session.get(SchemeVersion, vid)
        scheme = session.get(Scheme, version.scheme_id) if version else None
        out.append(f"{scheme.name} {version.version}" if scheme and version else vid)
    return tuple(dict.fromkeys(out))


def _existing(session: Session, src_id: int, tgt_id: int, rel) -> tuple[CrosswalkLink | None,
                                                                          str]:
    """The stored link of this pair in either direction, and the relationship as it reads
    in that row's direction."""
    row = session.exec(select(CrosswalkLink).where(
        CrosswalkLink.source_requirement_id == src_id,
        CrosswalkLink.target_requirement_id == tgt_id)).first()
    if row is not None:
        return row, rel.value
    row = session.exec(select(CrosswalkLink).where(
        CrosswalkLink.source_requirement_id == tgt_id,
        CrosswalkLink.target_requirement_id == src_id)).first()
    return row, (reverse(rel).value if row is not None else rel.value)


def shipped_crosswalk_files() -> list[Path]:
    from jointaudit.common.resources import resource_path

    return sorted(resource_path("crosswalks").glob("*.yaml"))


def import_shipped(session: Session) -> tuple[list[CrosswalkImport], list[str]]:
    """Import every shipped crosswalk whose scheme versions are in the workspace; the others
    are listed as skipped with the reason."""
    done, skipped = [], []
    for path in shipped_crosswalk_files():
        cw, _doc = read_crosswalk(path)
        needed = {v for v in (cw.source_version, cw.target_version) if v}
        needed |= {r.accepting_version for r in cw.recognitions}
        missing = sorted(v for v in needed if session.get(SchemeVersion, v) is None)
        missing += sorted({r.recognised_scheme for r in cw.recognitions
                           if session.get(Scheme, r.recognised_scheme) is None})
        if missing:
            skipped.append(f"{path.name}: needs {', '.join(missing)}")
            continue
        done.append(import_crosswalk(session, path))
    return done, skipped
