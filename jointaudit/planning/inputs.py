"""Workspace tables → the planner's inputs (plain, frozen data; no live rows leave here).

Packs are read from ``SchemeVersion.pack_json``, the verbatim pack kept at import, so the
engine interprets rules exactly as the pack states them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from jointaudit.common.date_rules import Offset
from jointaudit.library.packs.format import Pack
from jointaudit.library.packs.loader import latest_version_id, load_pack
from jointaudit.planning.alternatives import CbDirectory, LeadOnRecord, PlanningCalendar
from jointaudit.planning.approvals import Approval, approved_periods
from jointaudit.planning.cycles import SchemeHistory, period_end, periodic_windows, start_chain
from jointaudit.planning.effort import EffortContext
from jointaudit.planning.portfolio import SiteProblem
from jointaudit.planning.team import (
    AuditorInfo,
    CoiRecord,
    PastAudit,
    Qualification,
    Roster,
    SiteScope,
)
from jointaudit.planning.visits import PlanInput
from jointaudit.planning.windows import ApprovalSpan, Blackout
from jointaudit.records.outcomes import AuditOutcome
from jointaudit.store.models import (
    Auditor,
    AuditorQualification,
    AuditorUnavailability,
    AuditRecord,
    BlackoutPeriod,
    CBApproval,
    Certificate,
    CertificationBody,
    ConflictOfInterest,
    Facility,
    JointItem,
    JointItemSource,
    JointTemplate,
    Requirement,
    Site,
    saved_id,
)


@dataclass(frozen=True)
class PlanOptions:
    horizon_start: date
    horizon_years: int = 5
    what_if_major: frozenset[str] = frozenset()  # scheme ids or version keys
    team_size: int | None = None
    # a planning default, not a scheme rule: sites without their own limit get visits of at
    # most this many days, and the team grows instead
    default_max_visit_days: int = 5

    @property
    def horizon_end(self) -> date:
        return period_end(self.horizon_start, Offset(years=self.horizon_years))


def _version_for(session: Session, cert: Certificate) -> str | None:
    return cert.scheme_version_id or latest_version_id(session, cert.scheme_id)


def overlap_shares(session: Session, keys: list[str]) -> dict[str, float]:
    """Share of each scheme's assessable requirements that a merged template shares with
    another of these schemes — the merge room's JointItem/JointItemSource provenance."""
    out: dict[str, float] = {}
    for t in session.exec(select(JointTemplate)).all():
        versions = [k for k in keys if k in (t.version_ids or [])]
        if len(versions) < 2:
            continue
        rows = session.exec(
            select(JointItemSource.item_id, Requirement.version_id, Requirement.id)
            .join(JointItem, col(JointItem.id) == col(JointItemSource.item_id))
            .join(Requirement, col(Requirement.id) == col(JointItemSource.requirement_id))
            .where(JointItem.template_id == t.id, Requirement.assessable == True)  # noqa: E712
        ).all()
        by_item: dict[int, set[str]] = {}
        for item, version, _ in rows:
            by_item.setdefault(item, set()).add(version)
        for v in versions:
            mine = {(i, r) for i, ver, r in rows if ver == v}
            reqs = {r for _, r in mine}
            shared = {r for i, r in mine if len(by_item[i] & set(versions)) > 1}
            if reqs:
                out[v] = round(len(shared) / len(reqs), 4)
    return out


def site_problem(session: Session, site: Site, opts: PlanOptions,
                 cache: dict[str, Pack]) -> tuple[SiteProblem, dict[str, Pack], list[str]]:
    notes: list[str] = []
    facilities = session.exec(select(Facility).where(Facility.site_id == site.id)).all()
    records = session.exec(select(AuditRecord).where(AuditRecord.site_id == site.id)).all()
    chains, fixed, packs = [], [], {}
    current: dict[str, Certificate] = {}  # per scheme: the standing that counts now
    for cert in session.exec(select(Certificate).where(Certificate.site_id == site.id)).all():
        if cert.status == "withdrawn":
            continue
        rank = (cert.status == "active", cert.expires_on or cert.member_since or date.min)
        held = current.get(cert.scheme_id)
        if held is None or rank > (held.status == "active",
                                   held.expires_on or held.member_since or date.min):
            current[cert.scheme_id] = cert
    if not current:
        notes.append(f"{site.name}: no scheme membership or certificate is recorded, so there"
                     " is nothing to plan; add them with `jointaudit import-memberships"
                     " WORKSPACE FILE` (columns in docs/records.md)")
    for cert in current.values():
        vid = _version_for(session, cert)
        if vid is None:
            notes.append(f"{site.name}: no pack for scheme '{cert.scheme_id}'; not planned")
            continue
        pack = cache.get(vid) or cache.setdefault(vid, load_pack(session, vid))
        packs[vid] = pack
        audits = tuple(AuditOutcome.from_record(r)
                       for r in records if r.scheme_version_id == vid)
        n_fac = len(cert.facility_ids) if cert.facility_ids else max(len(facilities), 1)
        h = SchemeHistory(pack, cert.member_since, cert.issued_on, cert.expires_on, audits,
                          n_fac, site.financial_year_end)
        if pack.cycle.period_anchor == "financial_year_end" and not site.financial_year_end:
            notes.append(f"{site.name}: {h.label} runs on the financial year, but the site has"
                         " no financial_year_end; its annual windows cannot be computed")
        what_if = bool({pack.scheme.id, vid} & opts.what_if_major)
        chains.append(start_chain(h, opts.horizon_start, opts.horizon_end, what_if))
        fixed += periodic_windows(h, opts.horizon_start, opts.horizon_end, list(audits))
    blackouts = tuple(Blackout(b.start, b.end, b.reason) for b in session.exec(
        select(BlackoutPeriod).where(BlackoutPeriod.site_id == site.id)).all())
    approvals_rows = list(session.exec(select(CBApproval)).all())
    cbs = {saved_id(c): c.name for c in session.exec(select(CertificationBody)).all()}
    approvals = None
    if approvals_rows:
        rows = [approval(a, cbs) for a in approvals_rows]
        places = tuple(p for p in (site.country, site.region) if p)
        approvals = {key: tuple(ApprovalSpan(key, p.start, p.end, p.cb) for p in
                                approved_periods(rows, key, site.commodity or "", places))
                     for key in packs}
    else:
        notes.append("no CB approvals are recorded: visit dates are not checked against"
                     " approvals and no team is assigned")
    calendar = PlanningCalendar(blackouts, approvals,
                                cb_directory(session, site, approvals_rows, cbs))
    inp = PlanInput(tuple(chains), tuple(fixed), packs, calendar,
                    EffortContext(site.site_type, site.size,
                                  site.max_visit_days or opts.default_max_visit_days,
                                  opts.team_size, None, overlap_shares(session, list(packs))),
                    opts.horizon_start, opts.horizon_end)
    conflicts = tuple(CoiRecord(c.auditor_id, c.cb_id, c.kind, c.start, c.end) for c in
                      session.exec(select(ConflictOfInterest)
                                   .where(ConflictOfInterest.site_id == site.id)).all())
    past = tuple(PastAudit(r.scheme_version_id.split("@")[0], r.start, r.cb_id,
                           r.lead_auditor_id) for r in records)
    scope = SiteScope(site.name, site.country, site.region, site.commodity,
                      tuple(site.languages or ()), conflicts, past)
    return SiteProblem(site.id, site.name, inp, scope), packs, notes


def cb_directory(session: Session, site: Site, approvals: list[CBApproval],
                 cbs: dict[int, str]) -> CbDirectory:
    """Every CB approval and lead qualification on record, for the explanations' "another
    CB" alternative (which names CBs whose approval does not apply here, and why)."""
    leads = []
    for q, a in session.exec(select(AuditorQualification, Auditor)
                             .join(Auditor, col(Auditor.id) == col(AuditorQualification.auditor_id))
                             .where(AuditorQualification.role == "lead")).all():
        if a.cb_id is not None:
            leads.append(LeadOnRecord(cbs.get(a.cb_id, "?"), a.name, q.scheme_id, q.valid_from,
                                      q.valid_to, tuple(q.commodities or ())))
    return CbDirectory(
        tuple(approval(a, cbs) for a in approvals), tuple(leads), site.commodity or "", tuple(p for p in (site.country, site.region) if p))


def approval(row: CBApproval, cbs: dict[int, str]) -> Approval:
    return Approval(row.cb_id, row.scheme_id, row.scheme_version_id, row.valid_from,
                    row.valid_to, tuple(row.commodities or ()), tuple(row.regions or ()),
                    cbs.get(row.cb_id, "?"))


def roster(session: Session) -> Roster | None:
    approvals = session.exec(select(CBApproval)).all()
    if not approvals:
        return None
    quals: dict[int, list[Qualification]] = {}
    for q in session.exec(select(AuditorQualification)).all():
        quals.setdefault(q.auditor_id, []).append(Qualification(
            q.scheme_id, q.role, q.valid_from, q.valid_to, tuple(q.commodities or ())))
    away: dict[int, list] = {}
    for u in session.exec(select(AuditorUnavailability)).all():
        away.setdefault(u.auditor_id, []).append((u.start, u.end, u.reason))
    auditors = [AuditorInfo(saved_id(a), a.name, a.cb_id, tuple(a.languages or ()),
                            tuple(quals.get(saved_id(a), ())), tuple(away.get(saved_id(a), ())))
                for a in session.exec(select(Auditor).order_by(col(Auditor.id))).all()]
    cbs = {saved_id(c): c.name for c in session.exec(select(CertificationBody)).all()}
    return Roster(cbs, [approval(a, cbs) for a in approvals], auditors)
