"""Link suggestions from text similarity, offline (rapidfuzz; no model, no network).

Each requirement becomes one string: its title and text plus its topic ids as tokens, so two
clauses on the same topic share words even when phrased differently. rapidfuzz's
token-set ratio ranks the candidates; a topic-overlap bonus breaks near-ties. Suggestions
are written as ``status=suggested, origin=suggested`` links for a person to accept or reject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from sqlmodel import Session, col, select

from jointaudit.store.models import CrosswalkLink, Requirement, saved_id

_WORD = re.compile(r"[a-z0-9]+")
STOP = frozenset("a an and are as at be by for from in is it its of on or the to with".split())


@dataclass(frozen=True)
class Candidate:
    requirement_id: int
    clause_id: str
    title: str
    score: float  # 0–100


@dataclass(frozen=True)
class Suggestion:
    source_id: int
    source_clause: str
    source_title: str
    candidates: tuple[Candidate, ...]


def text_of(title: str, text: str, topics) -> str:
    words = [w for w in _WORD.findall(f"{title} {text}".lower()) if w not in STOP]
    return " ".join(words + [f"topic{t.replace('-', '')}" for t in topics])


def _bag(text: str) -> str:
    return " ".join(sorted(set(text.split())))


def rank(sources: list[Requirement], targets: list[Requirement], k: int = 5,
         shortlist: int = 60) -> list[Suggestion]:
    """Two stages: a fast similarity of sorted word bags (rapidfuzz's cached ratio over all
    targets) keeps a shortlist; token-set ratio plus topic overlap orders it."""
    choices = [text_of(t.title, t.text, t.topics) for t in targets]
    bags = [_bag(c) for c in choices]
    topic_sets = [set(t.topics) for t in targets]
    out = []
    for src in sources:
        query = text_of(src.title, src.text, src.topics)
        pool = process.extract(_bag(query), bags, scorer=fuzz.ratio,
                               limit=max(shortlist, k * 4))
        mine = set(src.topics)
        scored = []
        for _bag_text, _fast, idx in pool:
            overlap = len(mine & topic_sets[idx]) / (len(mine | topic_sets[idx]) or 1)
            score = fuzz.token_set_ratio(query, choices[idx])
            scored.append((0.8 * score + 20 * overlap, idx))
        scored.sort(key=lambda p: (-p[0], targets[p[1]].position))
        out.append(Suggestion(saved_id(src), src.clause_id, src.title, tuple(
            Candidate(saved_id(targets[i]), targets[i].clause_id, targets[i].title, round(sc, 1))
            for sc, i in scored[:k])))
    return out


def _assessable(session: Session, version_id: str) -> list[Requirement]:
    return list(session.exec(select(Requirement).where(Requirement.version_id == version_id,
                                                       Requirement.assessable)
                             .order_by(col(Requirement.position))))


def suggest(session: Session, source_vid: str, target_vid: str, k: int = 5,
            only_unmapped: bool = True) -> list[Suggestion]:
    """Ranked candidates in ``target_vid`` for the assessable clauses of ``source_vid`` that
    no accepted or suggested link to ``target_vid`` covers yet (rejected links never come
    back). Links to other schemes (e.g. derived through the hub) do not count."""
    sources, targets = _assessable(session, source_vid), _assessable(session, target_vid)
    linked: set[int] = set()
    rejected: set[tuple[int, int]] = set()
    ids = [r.id for r in sources]
    target_ids = {r.id for r in targets}
    for lk in session.exec(select(CrosswalkLink).where(
            col(CrosswalkLink.source_requirement_id).in_(ids)
            | col(CrosswalkLink.target_requirement_id).in_(ids))):
        pair = (lk.source_requirement_id, lk.target_requirement_id)
        if not target_ids & set(pair):
            continue
        if lk.status == "rejected":
            rejected.update({pair, pair[::-1]})
        else:
            linked.update(pair)
    if only_unmapped:
        sources = [r for r in sources if r.id not in linked]
    result = []
    for s in rank(sources, targets, k + 5):
        kept = tuple(c for c in s.candidates if (s.source_id, c.requirement_id) not in rejected)
        result.append(Suggestion(s.source_id, s.source_clause, s.source_title, kept[:k]))
    return result


def store_suggestions(session: Session, suggestions: list[Suggestion], min_score: float = 50,
                      crosswalk_file: str = "") -> int:
    """Write the best candidate of each suggestion as a suggested link to review."""
    n = 0
    for s in suggestions:
        if not s.candidates or s.candidates[0].score < min_score:
            continue
        c = s.candidates[0]
        exists = session.exec(select(CrosswalkLink).where(
            ((CrosswalkLink.source_requirement_id == s.source_id)
             & (CrosswalkLink.target_requirement_id == c.requirement_id))
            | ((CrosswalkLink.source_requirement_id == c.requirement_id)
               & (CrosswalkLink.target_requirement_id == s.source_id)))).first()
        if exists:
            continue
        session.add(CrosswalkLink(source_requirement_id=s.source_id,
                                  target_requirement_id=c.requirement_id, relationship="equal",
                                  rationale=f"text similarity {c.score:.0f}/100; review the"
                                            " relationship type", strength=round(c.score / 10),
                                  origin="suggested", status="suggested",
                                  crosswalk_file=crosswalk_file))
        n += 1
    session.flush()
    return n


@dataclass(frozen=True)
class Quality:
    links: int
    recall_at_5: float
    precision_at_1: float


def evaluate(session: Session, source_vid: str, target_vid: str) -> Quality:
    """Hold out each accepted link between two versions in turn: is its target among the
    top 5 candidates (recall@5), and is the top candidate one of the clause's linked targets
    (precision@1)? Links are read both ways round."""
    src, tgt = _assessable(session, source_vid), _assessable(session, target_vid)
    src_ids, tgt_ids = {r.id for r in src}, {r.id for r in tgt}
    truth: dict[int, set[int]] = {}
    for lk in session.exec(select(CrosswalkLink).where(CrosswalkLink.status == "accepted",
                                                       CrosswalkLink.relationship
                                                       != "not_related")):
        a, b = lk.source_requirement_id, lk.target_requirement_id
        if a in tgt_ids and b in src_ids:
            a, b = b, a
        if a in src_ids and b in tgt_ids:
            truth.setdefault(a, set()).add(b)
    queried = [r for r in src if r.id in truth]
    ranked = {s.source_id: [c.requirement_id for c in s.candidates]
              for s in rank(queried, tgt, 5)}
    pairs = [(a, b) for a, bs in truth.items() for b in bs]
    hits5 = sum(b in ranked[a][:5] for a, b in pairs)
    top1 = sum(bool(ranked[a]) and ranked[a][0] in truth[a] for a in truth)
    return Quality(len(pairs), hits5 / len(pairs) if pairs else 0.0,
                   top1 / len(truth) if truth else 0.0)
