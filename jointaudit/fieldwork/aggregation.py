"""A scheme's results above the requirement, computed from its pack's aggregation rules:
scores per section (IRMA-style chapter percentages), a level per section (a protocol's
grade from its indicators), and one achievement level for the whole scheme (capped by its
critical requirements). The rules are pack data (``aggregation`` in docs/pack-format.md);
this module only interprets them over the levels recorded on a visit.

A section counts its assessable requirements (itself, if assessable, and every descendant).
"Not applicable" levels leave the count; a requirement still unrated makes the result
provisional (``open`` > 0), never silently conformant.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError
from sqlmodel import Session, col, select

from jointaudit.common.severity import RATED_ORDER, Severity, is_gap
from jointaudit.fieldwork.scale import RatingMap, rating_map
from jointaudit.library.packs.format import AggregationRuleSpec, AggregationSpec, OutcomeSpec
from jointaudit.store.models import Requirement, SchemeVersion


@dataclass(frozen=True)
class SectionResult:
    section: str  # clause id of the section ("" for the whole scheme)
    title: str
    score: float | None = None  # percentage, for a score rule
    level_id: str | None = None  # for a result or achievement rule
    words: str = ""
    rated: int = 0
    open: int = 0  # still to rate: the result is provisional while > 0


@dataclass(frozen=True)
class RuleResult:
    rule_id: str
    kind: str
    label: str
    sections: tuple[SectionResult, ...]
    verified: bool = False
    source: str = ""

    def describe(self) -> str:
        parts = []
        for s in self.sections:
            value = f"{s.score:.1f} %" if s.score is not None else (s.words or "–")
            where = f"{s.section} {s.title}: " if s.section else ""
            parts.append(where + value + (f" (provisional: {s.open} to rate)" if s.open else ""))
        return f"{self.label}: " + "; ".join(parts)


@dataclass(frozen=True)
class Rated:
    """One requirement as aggregation sees it."""

    clause_id: str
    level_id: str | None
    severity: str | None
    critical: bool = False


def aggregation_rules(session: Session, version_id: str) -> AggregationSpec | None:
    import json

    version = session.get(SchemeVersion, version_id)
    try:
        raw = json.loads(version.pack_json) if version else {}
        data = raw.get("aggregation") if isinstance(raw, dict) else None
        return AggregationSpec.model_validate(data) if data else None
    except (ValueError, ValidationError):
        return None  # packs are validated on import; an older stored pack has no rules


def compute(spec: AggregationSpec, scale: RatingMap, tree: list[Requirement],
            rated: dict[str, Rated], language: str = "en") -> list[RuleResult]:
    """Every rule of ``spec`` over the recorded levels ``rated`` (clause id → rating)."""
    children: dict[str | None, list[Requirement]] = {}
    for r in tree:
        children.setdefault(r.parent_clause_id, []).append(r)
    by_id = {r.clause_id: r for r in tree}

    def members(clause_id: str) -> list[Rated]:
        out, stack = [], [by_id[clause_id]]
        while stack:
            r = stack.pop()
            if r.assessable:
                out.append(rated.get(r.clause_id) or Rated(r.clause_id, None, None, r.critical))
            stack.extend(children.get(r.clause_id, []))
        return out

    def sections(rule: AggregationRuleSpec) -> list[Requirement]:
        if rule.sections == "top":
            return [r for r in children.get(None, []) if members(r.clause_id)]
        return [by_id[c] for c in rule.sections if c in by_id]

    scores: dict[str, dict[str, float | None]] = {}
    results = []
    for rule in spec.rules:  # score rules first: the others read them
        if rule.kind != "score":
            continue
        out = []
        for sec in sections(rule):
            m = members(sec.clause_id)
            points = [rule.points[x.level_id] for x in m
                      if _rated(x) and x.level_id is not None and x.level_id in rule.points]
            score = sum(points) / len(points) if points else None
            out.append(SectionResult(sec.clause_id, sec.title, score, rated=len(points),
                                     open=sum(1 for x in m if _open(x))))
        scores[rule.id] = {s.section: s.score for s in out}
        results.append((rule, tuple(out)))
    for rule in spec.rules:
        if rule.kind == "score":
            continue
        score_of = scores.get(rule.score_rule or "", {})
        if rule.kind == "result":
            out = []
            for sec in sections(rule):
                m = members(sec.clause_id)
                got = _outcome(rule.outcomes, m, [score_of.get(sec.clause_id)], scale)
                out.append(_section(sec.clause_id, sec.title, got, m, scale, language))
            results.append((rule, tuple(out)))
        else:
            m = [x for r in tree if r.assessable
                 for x in [rated.get(r.clause_id) or Rated(r.clause_id, None, None, r.critical)]]
            got = _outcome(rule.outcomes, m, list(score_of.values()), scale)
            results.append((rule, (_section("", "", got, m, scale, language),)))
    order = {r.id: n for n, r in enumerate(spec.rules)}
    return [RuleResult(rule.id, rule.kind, _word(rule.label, language), secs, spec.verified,
                       spec.source)
            for rule, secs in sorted(results, key=lambda x: order[x[0].id])]


def _rated(x: Rated) -> bool:
    return x.severity in RATED_ORDER


def _open(x: Rated) -> bool:
    return x.severity in (None, Severity.NOT_ASSESSED)


def _word(words: dict[str, str], language: str) -> str:
    return words.get(language) or words.get("en") or next(iter(words.values()), "")


def _outcome(outcomes: list[OutcomeSpec], m: list[Rated], section_scores: list[float | None],
             scale: RatingMap) -> OutcomeSpec | None:
    """The first outcome whose every condition holds over the rated requirements ``m``."""
    rated = [(scale.levels[x.level_id], x.critical) for x in m
             if _rated(x) and x.level_id is not None and x.level_id in scale.levels]
    for out in outcomes:
        if out.min_score is not None and not (section_scores and all(
                s is not None and s >= out.min_score for s in section_scores)):
            continue
        if out.all_at_least and not all(
                scale.at_least(lv, scale.levels[out.all_at_least]) for lv, _ in rated):
            continue
        if out.critical_at_least and not all(
                scale.at_least(lv, scale.levels[out.critical_at_least])
                for lv, critical in rated if critical):
            continue
        if out.max_gaps is not None and sum(1 for lv, _ in rated
                                            if is_gap(lv.severity)) > out.max_gaps:
            continue
        return out
    return None


def _section(section: str, title: str, got: OutcomeSpec | None, m: list[Rated],
             scale: RatingMap, language: str) -> SectionResult:
    rated = sum(1 for x in m if _rated(x))
    open_ = sum(1 for x in m if _open(x))
    if got is None:
        return SectionResult(section, title, rated=rated, open=open_,
                             words="no outcome of the pack's rule applies")
    words = _word(got.words, language) if got.words else ""
    if got.level and got.level in scale.levels:
        words = words or scale.levels[got.level].word(language)
    return SectionResult(section, title, level_id=got.level, words=words, rated=rated,
                         open=open_)


def scheme_results(session: Session, version_id: str, clauses, language: str = "en"
                   ) -> list[RuleResult]:
    """The pack's aggregation rules over one visit's ratings of this scheme (``clauses``:
    its ``ClauseRating`` rows); [] when the pack has none."""
    spec = aggregation_rules(session, version_id)
    if spec is None:
        return []
    tree = list(session.exec(select(Requirement).where(Requirement.version_id == version_id)
                             .order_by(col(Requirement.position))))
    rated = {c.clause_id: Rated(c.clause_id, c.level_id, c.severity, c.critical)
             for c in clauses}
    return compute(spec, rating_map(session, version_id), tree, rated, language)
