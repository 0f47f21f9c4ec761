"""The site obligations register: everything one site must comply with across its schemes,
asked once (deduplicated through the accepted crosswalk links), grouped by topic, saying which
scheme requires what, what a recognition covers, upcoming deadlines and open corrective
actions. Confidential observations never appear in it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, select

from jointaudit.checklist.coverage import _topic_titles
from jointaudit.checklist.template import load_plan
from jointaudit.checklist.visit import Excluded, Recognised, checklist_from_plan
from jointaudit.common.errors import NotFound
from jointaudit.library.packs.loader import latest_version_id
from jointaudit.store.models import (
    Certificate,
    CorrectiveAction,
    Finding,
    JointItemSource,
    JointPlan,
    Requirement,
    Site,
    Visit,
    VisitWindow,
)


@dataclass(frozen=True)
class OpenAction:
    uid: str
    version_id: str
    status: str
    plan_due: date | None
    close_due: date | None
    escalated_to: str | None
    description: str  # empty when the finding is confidential
    owner: str = ""  # who at the site carries it out
    priority: str = ""  # high / medium / low, "" = not set


@dataclass(frozen=True)
class Obligation:
    item_key: str
    title: str
    topic: str
    requires: tuple[tuple[str, str, str], ...]  # (version id, clause id, clause title)
    recognition: tuple[str, ...]
    open_actions: tuple[OpenAction, ...]
    recognised: tuple[Recognised, ...] = ()  # what the notes above say, as data (one per note)


@dataclass(frozen=True)
class Upcoming:
    """One dated obligation: a certificate expiry, a corrective-action plan or closure (with
    the clauses it concerns), a planned visit (with exactly the schemes it audits) or a desk
    obligation (annual self-assessment, management letter …)."""

    due: date
    what: str  # in English, for the command line
    version_id: str  # the scheme version(s) concerned, ", "-joined
    kind: str = ""  # certificate_expires / cap_plan / cap_close / visit / desk
    clauses: tuple[str, ...] = ()
    detail: str = ""  # the certificate number, the audit kinds, the desk task's label
    until: date | None = None  # a visit's last day, a desk window's latest day


@dataclass
class Register:
    site: str
    on: date
    version_ids: list[str]
    groups: dict[str, list[Obligation]] = field(default_factory=dict)  # topic title → …
    upcoming: list[Upcoming] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)
    reduction: str = ""
    counts: tuple[int, int] = (0, 0)  # (applicable requirements, obligations)


def site_versions(session: Session, site: Site) -> list[str]:
    out = []
    for cert in session.exec(select(Certificate).where(Certificate.site_id == site.id)):
        if cert.status in ("withdrawn", "expired"):
            continue
        vid = cert.scheme_version_id or latest_version_id(session, cert.scheme_id)
        if vid and vid not in out:
            out.append(vid)
    return out


def register(session: Session, site_name: str, on: date | None = None,
             version_ids: list[str] | None = None) -> Register:
    on = on or date.today()
    site = session.exec(select(Site).where(Site.name == site_name)).first()
    if site is None:
        known = ", ".join(sorted(s.name for s in session.exec(select(Site)))) or "none"
        raise NotFound(f"no site named '{site_name}' (sites: {known})")
    versions = version_ids or site_versions(session, site)
    if not versions:
        raise NotFound(f"site '{site_name}' has no membership or certificate in any imported"
                       " scheme; add one first")
    plan = load_plan(session, versions)
    cl = checklist_from_plan(session, plan, versions, site, on)
    titles = _topic_titles(session, versions)
    actions = _open_actions(session, site, versions)
    applicable = plan.assessable - len(cl.excluded)
    asked = sum(1 for it in cl.items if it.primary)
    out = Register(site.name, on, versions, excluded=cl.excluded,
                   reduction=f"{applicable} applicable requirements → {asked} obligations",
                   counts=(applicable, asked))
    groups: dict[str, list[Obligation]] = defaultdict(list)
    topics_of = {r.id: list(r.topics) for r in session.exec(
        select(Requirement).where(col(Requirement.version_id).in_(versions)))}
    for it in cl.items:
        if it.kind == "core":
            continue  # its clauses are listed with their own items
        # Group under the main topic of the clause the item is phrased on.
        lead = next((s for s in it.primary if s.propagation == "applies"), it.primary[0])
        lead_topics = topics_of.get(lead.requirement_id) or it.topics
        topic = titles.get(lead_topics[0], lead_topics[0]) if lead_topics else "Other"
        by_note = {r.note: r for s in it.primary
                   for r in cl.recognitions.get(s.requirement_id, [])}
        rec = tuple(sorted(by_note))
        acts = tuple(a for s in it.primary for a in actions.get(s.requirement_id, ())
                     if a.version_id == s.version_id)
        groups[topic].append(Obligation(
            it.key, it.title, topic,
            tuple((s.version_id, s.clause_id, s.title) for s in it.primary), rec,
            tuple(dict.fromkeys(acts)), tuple(by_note[n] for n in rec)))
    out.groups = dict(sorted(groups.items()))
    out.upcoming = _upcoming(session, site, versions, actions, on)
    return out


def _open_actions(session, site: Site, versions) -> dict[int, list[OpenAction]]:
    rows = session.exec(
        select(CorrectiveAction, Finding)
        .join(Finding, col(Finding.id) == col(CorrectiveAction.finding_id))
        .join(Visit, col(Visit.id) == col(Finding.visit_id))
        .where(Visit.site_id == site.id,
               col(CorrectiveAction.status).not_in(["closed", "verified"])))
    out: dict[int, list[OpenAction]] = defaultdict(list)
    for ca, finding in rows:
        view = OpenAction(ca.uid, ca.scheme_version_id or "", ca.status, ca.plan_due,
                          ca.close_due, ca.escalated_to,
                          "" if finding.confidential else (ca.description or ""),
                          ca.owner, ca.priority)
        if finding.joint_item_id is None:
            continue
        for src in session.exec(select(JointItemSource)
                                .where(JointItemSource.item_id == finding.joint_item_id)):
            out[src.requirement_id].append(view)
    return out


def _upcoming(session, site, versions, actions, on: date) -> list[Upcoming]:
    out = []
    for cert in session.exec(select(Certificate).where(Certificate.site_id == site.id)):
        if cert.expires_on and cert.expires_on >= on:
            out.append(Upcoming(cert.expires_on, f"{cert.scheme_id} {cert.kind}"
                                f" {cert.number or ''} expires".replace("  ", " "),
                                cert.scheme_version_id or cert.scheme_id,
                                kind="certificate_expires", detail=cert.number or ""))
    # One row per obligation: the plans (or closures) of one scheme due the same day are one
    # submission, listed with every clause they answer.
    grouped: dict[tuple, list[str]] = defaultdict(list)
    seen = set()
    clause_of = _clauses_of_actions(session, actions)
    for acts in actions.values():
        for a in acts:
            if a.uid in seen:
                continue
            seen.add(a.uid)
            if a.plan_due and a.status == "open":
                grouped[(a.plan_due, "cap_plan", a.version_id)] += clause_of.get(a.uid, [])
            if a.close_due:
                grouped[(a.close_due, "cap_close", a.version_id)] += clause_of.get(a.uid, [])
    words = {"cap_plan": "corrective action plan due", "cap_close":
             "corrective action to be closed"}
    for (due, kind, version_id), clauses in grouped.items():
        ids = tuple(sorted(set(clauses), key=_clause_order))
        out.append(Upcoming(due, f"{words[kind]} ({', '.join(ids)})", version_id, kind=kind,
                            clauses=ids))
    out += _planned(session, site, on)
    return sorted(out, key=lambda u: (u.due, u.kind, u.version_id, u.what))


def _clauses_of_actions(session, actions) -> dict[str, list[str]]:
    """Corrective action uid -> the clause ids (of its own scheme) it answers."""
    reqs = {r.id: r for r in session.exec(select(Requirement).where(
        col(Requirement.id).in_(list(actions))))}
    out: dict[str, list[str]] = defaultdict(list)
    for requirement_id, acts in actions.items():
        req = reqs.get(requirement_id)
        for a in acts:
            if req is not None and req.version_id == a.version_id:
                out[a.uid].append(req.clause_id)
    return out


def _clause_order(clause_id: str) -> tuple:
    return tuple((0, int(p)) if p.isdigit() else (1, p)
                 for p in clause_id.replace("-", ".").split("."))


def _planned(session, site, on: date) -> list[Upcoming]:
    """Visits and desk obligations of the site's latest saved plan (an older plan saved for
    the same site is superseded, not listed again)."""
    plan = session.exec(select(JointPlan).where(JointPlan.site_id == site.id,
                                                JointPlan.status != "superseded")
                        .order_by(col(JointPlan.id).desc())).first()
    if plan is None:
        return []
    windows = session.exec(select(VisitWindow).where(VisitWindow.plan_id == plan.id)
                           .order_by(col(VisitWindow.earliest))).all()
    out = []
    for v in session.exec(select(Visit).where(Visit.plan_id == plan.id, Visit.end >= on)
                          .order_by(col(Visit.start))):
        mine = [w for w in windows if w.visit_id == v.id]
        versions = list(dict.fromkeys(w.scheme_version_id for w in mine))
        kinds = ", ".join(f"{w.scheme_version_id} {w.audit_kind}" for w in mine)
        what = ("joint visit" if len(versions) > 1 else "visit") + (f" ({kinds})" if kinds
                                                                     else "")
        out.append(Upcoming(v.start, what, ", ".join(versions), kind="visit", detail=kinds,
                            until=v.end))
    for w in windows:
        if w.visit_id is None and w.mode == "desk" and w.latest >= on:
            out.append(Upcoming(w.due or w.latest, f"{w.audit_kind} (desk)",
                                w.scheme_version_id, kind="desk", detail=w.audit_kind,
                                until=w.latest))
    return out
