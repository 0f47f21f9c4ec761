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
from jointaudit.checklist.visit import Excluded, checklist_from_plan
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


@dataclass(frozen=True)
class Obligation:
    item_key: str
    title: str
    topic: str
    requires: tuple[tuple[str, str, str], ...]  # (version id, clause id, clause title)
    recognition: tuple[str, ...]
    open_actions: tuple[OpenAction, ...]


@dataclass(frozen=True)
class Upcoming:
    due: date
    what: str
    version_id: str


@dataclass
class Register:
    site: str
    on: date
    version_ids: list[str]
    groups: dict[str, list[Obligation]] = field(default_factory=dict)  # topic title → …
    upcoming: list[Upcoming] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)
    reduction: str = ""


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
    out = Register(site.name, on, versions, excluded=cl.excluded,
                   reduction=f"{plan.assessable - len(cl.excluded)} applicable requirements →"
                             f" {sum(1 for it in cl.items if it.primary)} obligations")
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
        rec = tuple(sorted({r.note for s in it.primary
                            for r in cl.recognitions.get(s.requirement_id, [])}))
        acts = tuple(a for s in it.primary for a in actions.get(s.requirement_id, ())
                     if a.version_id == s.version_id)
        groups[topic].append(Obligation(
            it.key, it.title, topic,
            tuple((s.version_id, s.clause_id, s.title) for s in it.primary), rec,
            tuple(dict.fromkeys(acts))))
    out.groups = dict(sorted(groups.items()))
    out.upcoming = _upcoming(session, site, versions, actions, on)
    return out


def _open_actions(session, site: Site, versions) -> dict[int, list[OpenAction]]:
    rows = session.exec(
        select(CorrectiveAction, Finding).join(Finding, Finding.id == CorrectiveAction.finding_id)
        .join(Visit, Visit.id == Finding.visit_id)
        .where(Visit.site_id == site.id,
               col(CorrectiveAction.status).not_in(["closed", "verified"])))
    out: dict[int, list[OpenAction]] = defaultdict(list)
    for ca, finding in rows:
        view = OpenAction(ca.uid, ca.scheme_version_id or "", ca.status, ca.plan_due,
                          ca.close_due, ca.escalated_to,
                          "" if finding.confidential else (ca.description or ""))
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
                                cert.scheme_version_id or cert.scheme_id))
    seen = set()
    for acts in actions.values():
        for a in acts:
            if a.uid in seen:
                continue
            seen.add(a.uid)
            if a.plan_due and a.status == "open":
                out.append(Upcoming(a.plan_due, "corrective action plan due", a.version_id))
            if a.close_due:
                out.append(Upcoming(a.close_due, "corrective action to be closed", a.version_id))
    # a superseded plan's visits are not the site's (saving a new plan supersedes the old)
    for v in session.exec(select(Visit).join(JointPlan, JointPlan.id == Visit.plan_id)
                          .where(Visit.site_id == site.id, Visit.start >= on,
                                 JointPlan.status != "superseded")):
        out.append(Upcoming(v.start, f"joint visit ({v.status})", ", ".join(versions)))
    return sorted(out, key=lambda u: (u.due, u.what))
