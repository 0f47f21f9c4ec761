"""Using a joint template for a site on its audit dates: applicability and recognitions.

A requirement whose applicability tags do not meet the site's is excluded with the reason.
A recognition rule whose recognised certificate is the audited entity's own, with a known
validity covering the audit dates, *offers* "met by recognition" on its provisions, with the
certificate as evidence; fieldwork decides whether the offer is used (a rating recorded on
the visit always wins). Rules marked unverified offer nothing until the workspace turns
them on. A rule about suppliers' certificates only adds evidence (a note, never a rating) to
the sourcing provisions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, select

from jointaudit.common.errors import NotFound
from jointaudit.store.models import (
    Certificate,
    JointItem,
    JointItemSource,
    JointPlan,
    JointTemplate,
    RecognitionRule,
    Requirement,
    Site,
    Visit,
)


@dataclass(frozen=True)
class SourceView:
    requirement_id: int
    version_id: str
    clause_id: str
    title: str
    role: str
    propagation: str
    critical: bool = False
    answer: str = "graded"  # graded / yes_no: which levels of the scale it takes


@dataclass
class ItemView:
    key: str
    kind: str
    title: str
    topics: list[str]
    position: int
    sources: list[SourceView]  # applicable ones only
    content_hash: str = ""

    @property
    def primary(self) -> list[SourceView]:
        return [s for s in self.sources if s.role != "core"]


@dataclass(frozen=True)
class Excluded:
    requirement_id: int
    version_id: str
    clause_id: str
    reason: str


@dataclass(frozen=True)
class CertificateEvidence:
    """The certificate a recognition offer rests on, as a report prints it."""

    scheme_id: str
    number: str
    holder: str
    valid_from: date | None
    valid_to: date | None

    def describe(self) -> str:
        return (f"{self.scheme_id} certificate {self.number or '(no number)'}, holder"
                f" {self.holder}, valid {self.valid_from} to {self.valid_to}")


@dataclass(frozen=True)
class Recognised:
    requirement_id: int
    rule_key: str
    whose: str  # own / supplier
    effect: str  # met / evidence
    note: str
    certificate: CertificateEvidence | None = None
    verified: bool = True
    recognised_scheme_id: str = ""  # whose certificates count (a supplier's recognition)
    on: date | None = None  # the day the recognition was looked at


@dataclass
class Checklist:
    template_id: int
    version_ids: list[str]
    items: list[ItemView]
    excluded: list[Excluded] = field(default_factory=list)
    recognitions: dict[int, list[Recognised]] = field(default_factory=dict)
    site_id: int | None = None
    audit_date: date | None = None
    audit_end: date | None = None

    def item(self, key: str) -> ItemView:
        for it in self.items:
            if it.key == key:
                return it
        raise NotFound(f"no joint item {key} in this checklist")


# Site types are entered as nouns for the place; packs tag requirements by the actor.
_SITE_TYPE_TAGS = {"refinery": "refiner", "smelter": "smelter", "cooperative": "mine"}


def site_tags(site: Site) -> set[str]:
    kind = _SITE_TYPE_TAGS.get(site.site_type, site.site_type)
    return {t for t in [*site.applicability_tags, site.scale, site.commodity, site.site_type,
                        kind] if t}


def checklist(session: Session, template_id: int, site: Site | None = None,
              audit_date: date | None = None, audit_end: date | None = None) -> Checklist:
    template = session.get(JointTemplate, template_id)
    if template is None:
        raise NotFound(f"no joint template with id {template_id}")
    items = list(session.exec(select(JointItem).where(JointItem.template_id == template_id)
                              .order_by(col(JointItem.position))))
    rows = session.exec(
        select(JointItemSource, Requirement)
        .join(Requirement, col(Requirement.id) == col(JointItemSource.requirement_id))
        .where(col(JointItemSource.item_id).in_([it.id for it in items])))
    by_item: dict[int | None, list[tuple[str, str, Requirement]]] = {}
    for src, req in rows:
        by_item.setdefault(src.item_id, []).append((src.role, src.propagation, req))
    drafts = [(it.item_key, it.kind, it.title, list(it.topics), it.position, it.content_hash,
               by_item.get(it.id, [])) for it in items]
    return assemble(session, template_id, list(template.version_ids), drafts, site, audit_date,
                    audit_end)


def checklist_from_plan(session: Session, plan, version_ids: list[str], site: Site | None,
                        audit_date: date | None) -> Checklist:
    """The same view straight from a merge plan, for read-only uses (obligations register)
    that must not create a template as a side effect."""
    reqs = {r.id: r for r in session.exec(select(Requirement).where(
        col(Requirement.version_id).in_(version_ids)))}
    drafts = [(it.key, it.kind, it.title, it.topics, n, it.content_hash,
               [(s.role, s.propagation, reqs[s.requirement_id]) for s in it.sources])
              for n, it in enumerate(plan.items)]
    return assemble(session, 0, version_ids, drafts, site, audit_date)


def applies(req: Requirement, tags: set[str] | None) -> bool:
    return tags is None or not req.applies_to or bool(set(req.applies_to) & tags)


def assemble(session, template_id, version_ids, drafts, site, audit_date,
             audit_end=None) -> Checklist:
    tags = site_tags(site) if site else None
    out = Checklist(template_id, list(version_ids), [], site_id=site and site.id,
                    audit_date=audit_date, audit_end=audit_end or audit_date)
    seen_excluded: set[int] = set()
    for key, kind, title, topics, position, content_hash, sources in drafts:
        views = []
        for role, propagation, req in sorted(sources, key=lambda p: (p[0] == "core",
                                                                      p[2].version_id,
                                                                      p[2].position)):
            if not applies(req, tags):
                if req.id not in seen_excluded:
                    seen_excluded.add(req.id)
                    out.excluded.append(Excluded(
                        req.id, req.version_id, req.clause_id,
                        f"applies to {', '.join(req.applies_to)} only; site {site.name} is"
                        f" {', '.join(sorted(tags or ())) or 'untagged'}"))
                continue
            views.append(SourceView(req.id, req.version_id, req.clause_id, req.title,
                                    role, propagation, req.critical, req.answer or "graded"))
        if views:  # a shared core stays while either side still applies
            out.items.append(ItemView(key, kind, title, list(topics), position, views,
                                      content_hash))
    if site is not None and audit_date is not None:
        out.recognitions = _recognitions(session, out, site, audit_date,
                                         out.audit_end or audit_date)
    return out


def visit_checklist(session: Session, visit_id: int) -> Checklist:
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(f"no visit with id {visit_id}")
    plan = session.get(JointPlan, visit.plan_id)
    if plan is None or plan.template_id is None:
        raise NotFound(f"visit {visit_id}'s plan has no joint template; choose one first")
    return checklist(session, plan.template_id, session.get(Site, visit.site_id), visit.start,
                     visit.end)


def _covers(provisions: list[str], clause_id: str) -> bool:
    # "10" covers 10, 10.1, 10.4a …: recognitions are often stated per provision group.
    return any(clause_id == p or clause_id.startswith(p + ".") for p in provisions)


def _recognitions(session, out: Checklist, site: Site, on: date,
                  until: date) -> dict[int, list[Recognised]]:
    from jointaudit.store.settings import UNVERIFIED_RECOGNITIONS, get_setting

    unverified_on = get_setting(session, UNVERIFIED_RECOGNITIONS)
    rules = session.exec(select(RecognitionRule).where(
        col(RecognitionRule.accepting_version_id).in_(out.version_ids)))
    certs = list(session.exec(select(Certificate).where(Certificate.site_id == site.id)))
    sources = [s for it in out.items for s in it.primary]
    found: dict[int, list[Recognised]] = {}
    for rule in rules:
        offers_rating = rule.whose == "own" and rule.effect == "met"
        if offers_rating and not rule.verified and not unverified_on:
            continue
        if (rule.effective_from and on < rule.effective_from) or (
                rule.effective_to and on > rule.effective_to):
            continue
        evidence = None
        if rule.whose == "own":
            cert = next((c for c in certs if _valid(c, rule, on, until)), None)
            if cert is None:
                continue
            effect = rule.effect
            evidence = CertificateEvidence(cert.scheme_id, cert.number or str(cert.id),
                                           site.name, _valid_from(cert), cert.expires_on)
            note = f"{evidence.describe()} ({rule.rule_key}" + \
                ("" if rule.verified else ", an unverified rule turned on for this workspace") + ")"
        else:
            effect = "evidence"
            note = (f"suppliers' valid {rule.recognised_scheme_id} certificates are accepted"
                    f" as evidence here; check each is valid on {on} ({rule.rule_key})")
        for s in sources:
            if s.version_id == rule.accepting_version_id and _covers(rule.provisions,
                                                                      s.clause_id):
                found.setdefault(s.requirement_id, []).append(
                    Recognised(s.requirement_id, rule.rule_key, rule.whose, effect, note,
                               evidence, rule.verified, rule.recognised_scheme_id, on))
    return found


def _valid_from(cert: Certificate) -> date | None:
    return cert.issued_on or cert.member_since


def _valid(cert: Certificate, rule: RecognitionRule, on: date, until: date) -> bool:
    """Active, of the recognised scheme, and valid from the first to the last audit day by
    dates it states: a certificate whose validity is unknown offers nothing."""
    if cert.scheme_id != rule.recognised_scheme_id or cert.status != "active":
        return False
    if rule.recognised_version_id and cert.scheme_version_id not in (
            None, rule.recognised_version_id):
        return False
    start = _valid_from(cert)
    if start is None or cert.expires_on is None:
        return False
    return start <= on and until <= cert.expires_on
