"""Report input assembled from a workspace: the one place reports read the database.

Ratings come from ``jointaudit.fieldwork.findings.scheme_ratings`` (each scheme's rating of each of
its clauses, in its own scale), the merged checklist from ``jointaudit.checklist.visit``,
template approvals from ``jointaudit.trust.signing``; the report profile, rating words and CAP
deadline rules from the pack stored with the scheme version. What comes out is plain data
(``jointaudit.reports.data``), so builders never see an ORM row.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import Session, col, select

from jointaudit.checklist.obligations import Register, site_versions
from jointaudit.checklist.obligations import register as obligations_register
from jointaudit.checklist.visit import checklist as merged_checklist
from jointaudit.common.errors import NotFound
from jointaudit.common.severity import is_gap
from jointaudit.fieldwork.aggregation import scheme_results
from jointaudit.fieldwork.findings import scheme_ratings
from jointaudit.library.packs.format import Pack
from jointaudit.library.packs.loader import load_pack
from jointaudit.library.packs.overlay import OverlayWords, overlay_words
from jointaudit.planning.plan_view import VisitRow
from jointaudit.reports.data import (
    Activity,
    AuditorFirm,
    CertificateInfo,
    ChecklistInput,
    ChecklistItem,
    ChecklistTopic,
    JointSummaryInput,
    ObligationGroup,
    ObligationRow,
    ObligationsInput,
    RatingWord,
    ReportedFinding,
    ReportedTeamMember,
    ResultLine,
    ResultValue,
    SchemeReportInput,
    SchemeSummary,
    SiteInfo,
    SummaryItem,
    TemplateApproval,
    UpcomingRow,
)
from jointaudit.reports.labels import (
    LANGUAGES,
    applies_only_to,
    certificate_words,
    fmt_list,
    label,
    pick,
    recognition_words,
)
from jointaudit.reports.language import FALLBACK as FALLBACK_LANGUAGE
from jointaudit.reports.language import default_language
from jointaudit.reports.titles import (
    PackTitles,
    crosswalk_words,
    merged_titles,
    topic_titles,
    workspace_titles,
)
from jointaudit.store.models import (
    Auditor,
    AuditorQualification,
    CBApproval,
    Certificate,
    CertificationBody,
    CorrectiveAction,
    Facility,
    Finding,
    JointPlan,
    JointTemplate,
    ReportFields,
    Requirement,
    Site,
    Visit,
    VisitTeamMember,
    VisitWindow,
    saved_id,
)
from jointaudit.trust.signing import CHANGES_REQUESTED, template_approvals


def short_label(pack: Pack) -> str:
    """E.g. "RJC-COP 2019": short enough for running headers and side-by-side columns."""
    return f"{pack.scheme.id.upper()} {pack.version.id}"


def _visit(session: Session, visit_id: int) -> tuple[Visit, JointPlan, Site]:
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(f"no visit with id {visit_id}")
    plan, site = session.get(JointPlan, visit.plan_id), session.get(Site, visit.site_id)
    if plan is None or site is None:
        raise NotFound(f"visit {visit_id} has lost its "
                       + ("plan" if plan is None else "site") + " (see `jointaudit check`)")
    return visit, plan, site


def site_info(site: Site) -> SiteInfo:
    return SiteInfo(site.name, site.country, site.region, site.commodity, site.site_type)


def team(session: Session, visit_id: int,
         scheme_id: str | None = None) -> tuple[ReportedTeamMember, ...]:
    """The visit's team for one scheme (or all). The planner records scheme versions
    ("irma@1.0"), hand-entered teams may name schemes ("irma"); an empty list means the
    member works for every scheme. When nobody on the visit is assigned to the scheme, the
    members who hold its qualification are its team (the scheme's report is then checked
    against their firm's approval), never an empty team beside a qualified lead."""
    rows = session.exec(select(VisitTeamMember, Auditor)
                        .join(Auditor, col(Auditor.id) == col(VisitTeamMember.auditor_id))
                        .where(VisitTeamMember.visit_id == visit_id)
                        .order_by(col(VisitTeamMember.role) != "lead", col(Auditor.name))).all()
    quals = {a.id: session.exec(select(AuditorQualification).where(
        AuditorQualification.auditor_id == a.id)).all() for _, a in rows}

    def assigned(member) -> bool:
        return not member.scheme_ids or any(s.split("@")[0] == scheme_id
                                            for s in member.scheme_ids)

    chosen = [(m, a) for m, a in rows if scheme_id is None or assigned(m)]
    if scheme_id and not chosen:
        chosen = [(m, a) for m, a in rows
                  if any(q.scheme_id == scheme_id for q in quals[a.id])]
    out = []
    for member, auditor in chosen:
        cb = session.get(CertificationBody, member.cb_id or auditor.cb_id or -1)
        shown = [(q.scheme_id.upper(), q.role, q.valid_to)
                 for q in quals[auditor.id] if scheme_id in (None, q.scheme_id)]
        out.append(ReportedTeamMember(auditor.name, member.role, cb.name if cb else "",
                                      tuple(shown)))
    return tuple(out)


def joint_team(session: Session, visit_id: int, scheme_ids: set[str]
               ) -> tuple[ReportedTeamMember, ...]:
    """The visit's team on a joint document: each person once, with the role held for each
    scheme (a lead of one scheme may be team member on another; the schemes are named
    unless the person works for all of them), and only the qualifications for the visit's
    schemes."""
    people: dict[str, list[ReportedTeamMember]] = {}
    for m in team(session, visit_id):
        people.setdefault(m.name, []).append(m)
    rows = session.exec(select(VisitTeamMember, Auditor)
                        .join(Auditor, col(Auditor.id) == col(VisitTeamMember.auditor_id))
                        .where(VisitTeamMember.visit_id == visit_id)).all()
    schemes_of: dict[tuple[str, str], list[str]] = {}
    for member, auditor in rows:
        for sid in member.scheme_ids or sorted(scheme_ids):
            sid = sid.split("@")[0].upper()
            key = (auditor.name, member.role)
            if sid not in schemes_of.setdefault(key, []):
                schemes_of[key].append(sid)
    out = []
    for name, entries in people.items():
        quals = tuple(dict.fromkeys(q for m in entries for q in m.qualifications
                                    if isinstance(q, str) or q[0].lower() in scheme_ids))
        roles = tuple((m.role, tuple(schemes_of.get((name, m.role), ()))) for m in entries)
        # Schemes named beside the role unless the person works for all of them.
        whole = len(roles) == 1 and set(roles[0][1]) >= {x.upper() for x in scheme_ids}
        out.append(ReportedTeamMember(name, entries[0].role, entries[0].organisation, quals,
                                      () if whole else roles))
    return tuple(out)


def activities(session: Session, visit: Visit, site: Site, fields: dict) -> tuple[Activity, ...]:
    """From the report fields' ``activities`` list if given, else one row per visit day."""
    given = fields.get("activities")
    if isinstance(given, list) and given:
        return tuple(Activity(date.fromisoformat(str(a["date"])), str(a.get("place", "")),
                              str(a.get("activity", ""))) for a in given)
    facilities = [f.name for f in session.exec(select(Facility)
                                               .where(Facility.site_id == site.id))]
    place = site.name + (f" ({', '.join(facilities)})" if facilities else "")
    days = (visit.end - visit.start).days + 1
    # An empty description prints as "on-site audit" in the report's language.
    return tuple(Activity(visit.start + timedelta(days=n), place, "")
                 for n in range(max(days, 0)))


def report_fields(session: Session, visit_id: int, version_id: str) -> dict:
    row = session.exec(select(ReportFields).where(ReportFields.visit_id == visit_id,
                                                  ReportFields.scheme_version_id == version_id)
                       ).first()
    return dict(row.fields) if row else {}


def set_report_fields(session: Session, visit_id: int, version_id: str, fields: dict) -> dict:
    """Merge ``fields`` into the stored report fields (an empty value removes a field)."""
    if session.get(Visit, visit_id) is None:
        raise NotFound(f"no visit with id {visit_id}")
    load_pack(session, version_id)
    row = session.exec(select(ReportFields).where(ReportFields.visit_id == visit_id,
                                                  ReportFields.scheme_version_id == version_id)
                       ).first() or ReportFields(visit_id=visit_id, scheme_version_id=version_id)
    merged = dict(row.fields)
    for key, value in fields.items():
        if value in (None, "", []):
            merged.pop(key, None)
        else:
            merged[key] = value
    row.fields = merged
    session.add(row)
    session.flush()
    return merged


def _approval(session: Session, template: JointTemplate | None,
              scheme_id: str) -> TemplateApproval | None:
    if template is None:
        return None
    for status in template_approvals(session, saved_id(template)):
        if status.scheme_id == scheme_id:
            return TemplateApproval(template.name, status.valid, status.signer_name,
                                  status.signed_at, "" if status.valid else
                                  (status.reason or status.status),
                                  fingerprint=status.fingerprint,
                                  changes_requested=status.status == CHANGES_REQUESTED)
    return TemplateApproval(template.name, False, detail="no approval recorded")


def scheme_report_input(session: Session, visit_id: int, version_id: str, *,
                        report_date: date | None = None) -> SchemeReportInput:
    visit, plan, site = _visit(session, visit_id)
    pack = load_pack(session, version_id)
    template = session.get(JointTemplate, plan.template_id) if plan and plan.template_id \
        else None
    if template is None or version_id not in template.version_ids:
        raise NotFound(f"visit {visit_id} does not audit {version_id}: its plan's joint"
                       " template does not include that scheme version")
    ratings = scheme_ratings(session, visit_id).for_scheme(version_id)
    titles = workspace_titles(session, pack)
    results = _results(session, version_id, ratings, titles)
    kinds = {a.kind: a.label for a in pack.cycle.audits}
    audit_kinds = _audit_kinds(session, visit_id, version_id)
    position = dict(session.exec(select(Requirement.id, Requirement.position).where(
        col(Requirement.id).in_([c.requirement_id for c in ratings]))).all())
    caps = _cap_status(session, visit_id, version_id)
    findings_by_key = {f.item_key: f for f in session.exec(
        select(Finding).where(Finding.visit_id == visit_id))}
    reqs = {r.clause_id: r for r in session.exec(
        select(Requirement).where(Requirement.version_id == version_id))}
    rows = []
    for c in sorted(ratings, key=lambda c: position.get(c.requirement_id, 0)):
        finding = findings_by_key.get(c.item_key)
        req = reqs.get(c.clause_id)
        rows.append(ReportedFinding(
            clause_id=c.clause_id, title=c.title or _title(session, c.requirement_id),
            level_id=c.level_id,
            severity=c.severity or "not_assessed", observation=c.observation,
            confidential=c.confidential, needs_decision=c.needs_decision,
            decision_reason=c.basis if c.needs_decision else "",
            needs_rerating=c.needs_rerating,
            finding_date=finding.updated_at.date() if finding else None,
            cap_status=caps.get(saved_id(finding), "") if finding else "",
            provenance=c.provenance, rated_by=c.by, reason=_reason(c, req),
            certificate={lang: certificate_words(c.certificate, lang) for lang in LANGUAGES}
            if c.certificate else "",
            critical=bool(req and req.critical), level=(req.level or "") if req else "",
            na_reason=_na_reason(c, req), chapter=_chapter(req, reqs, titles),
            titles=titles.requirement(c.clause_id),
            typical_evidence=tuple(req.typical_evidence) if req else (),
            evidence_words=titles.typical_evidence(c.clause_id) if req else {}))
    fields = report_fields(session, visit_id, version_id)
    return SchemeReportInput(
        scheme_id=pack.scheme.id, scheme_name=pack.scheme.name, version_key=version_id,
        version_label=pack.version.id, pack_language=pack.version.language,
        profile=pack.report_profile,
        rating_levels=tuple(RatingWord(lv.id, lv.severity.value, dict(lv.words))
                            for lv in pack.rating_scale.levels),
        site=site_info(site), visit=VisitRow.of(visit, plan, site), findings=tuple(rows),
        deadlines=tuple(pack.cycle.deadlines), team=team(session, visit_id, pack.scheme.id),
        activities=activities(session, visit, site, fields),
        fields={k: v for k, v in fields.items() if k != "activities"},
        template_approval_required=pack.assurance.template_approval_required,
        approval=_approval(session, template, pack.scheme.id), report_date=report_date,
        results=results,
        audit_types=tuple(dict(kinds[k]) for k in audit_kinds if k in kinds),
        audit_kinds=tuple(audit_kinds), certificate=_certificate(session, site, pack),
        firm=_firm(session, visit, pack.scheme.id), scheme_owner=pack.scheme.publisher)


def _results(session: Session, version_id: str, ratings, titles: PackTitles
             ) -> tuple[ResultLine, ...]:
    """The pack's aggregation results, with their words in every report language."""
    per_lang = {lang: scheme_results(session, version_id, ratings, lang) for lang in LANGUAGES}
    lines = []
    for n, rule in enumerate(per_lang["en"]):
        values = []
        for k, sec in enumerate(rule.sections):
            own = titles.requirement(sec.section) if sec.section else {}
            title: str | dict[str, str] = {"en": sec.title, **own} if own else sec.title
            words = {lang: per_lang[lang][n].sections[k].words for lang in LANGUAGES
                     if per_lang[lang][n].sections[k].words}
            values.append(ResultValue(sec.section, title, sec.score, words, sec.open))
        lines.append(ResultLine(rule.rule_id, rule.kind,
                                {lang: per_lang[lang][n].label for lang in LANGUAGES},
                                tuple(values)))
    return tuple(lines)


def _audit_kinds(session: Session, visit_id: int, version_id: str) -> list[str]:
    """The audits the plan put on this visit for the scheme version, in plan order."""
    rows = session.exec(select(VisitWindow).where(VisitWindow.visit_id == visit_id,
                                                  VisitWindow.scheme_version_id == version_id)
                        .order_by(col(VisitWindow.earliest)))
    return list(dict.fromkeys(w.audit_kind for w in rows))


def _certificate(session: Session, site: Site, pack: Pack) -> CertificateInfo | None:
    rows = session.exec(select(Certificate).where(
        Certificate.site_id == site.id, Certificate.scheme_id == pack.scheme.id,
        col(Certificate.status).not_in(["withdrawn", "expired"]))).all()
    if not rows:
        return None
    cert = max(rows, key=lambda c: (c.issued_on or c.member_since or date.min, c.id))
    return CertificateInfo(cert.number, cert.kind, cert.issued_on, cert.expires_on)


def _firm(session: Session, visit: Visit, scheme_id: str) -> AuditorFirm | None:
    """The lead auditor's firm for the scheme and its approval on the audit dates."""
    members = team(session, saved_id(visit), scheme_id)
    rows = session.exec(select(VisitTeamMember, Auditor)
                        .join(Auditor, col(Auditor.id) == col(VisitTeamMember.auditor_id))
                        .where(VisitTeamMember.visit_id == visit.id)
                        .order_by(col(VisitTeamMember.role) != "lead")).all()
    names = {m.name for m in members}
    cb_id = next((m.cb_id or a.cb_id for m, a in rows if a.name in names and
                  (m.cb_id or a.cb_id)), None)
    if cb_id is None:
        return None
    cb = session.get(CertificationBody, cb_id)
    if cb is None:
        return None
    approvals = session.exec(select(CBApproval).where(CBApproval.cb_id == cb_id,
                                                      CBApproval.scheme_id == scheme_id)).all()
    valid = [a for a in approvals if a.valid_from <= visit.start
             and (a.valid_to is None or a.valid_to >= visit.end)]
    chosen = valid or sorted(approvals, key=lambda a: a.valid_from)
    a = chosen[-1] if chosen else None
    return AuditorFirm(cb.name, a.reference if a else "", a.valid_from if a else None,
                       a.valid_to if a else None, bool(valid))


def _na_reason(c, req: Requirement | None) -> str | dict[str, str]:
    """Why a clause does not apply: the site's applicability (in each report language) or
    the reason the auditor gave when rating it not applicable."""
    if c.excluded and req is not None and req.applies_to:
        return {lang: applies_only_to(req.applies_to, lang) for lang in LANGUAGES}
    if c.severity == "not_applicable":
        return c.reason or c.observation
    return ""


def _reason(c, req: Requirement | None) -> str:
    # An applicability exclusion is worded per language by _na_reason; the reason the
    # rating module words in English is then not printed a second time.
    return "" if c.excluded and req is not None and req.applies_to else c.reason


def _clause_words(c, level_words: dict[str, dict]) -> dict[str, str]:
    """Per language, "clause: the scheme's word" (and how it was met by recognition)."""
    words = level_words.get(c.level_id or "") or {}
    out = {}
    for lang in LANGUAGES:
        text = f"{c.clause_id}: {pick(words, lang) or c.words}"
        if c.recognised:
            text += f" ({label('by_recognition', lang)})"
        out[lang] = text
    return out


def _chapter(req: Requirement | None, reqs: dict[str, Requirement],
             titles: PackTitles) -> str | dict[str, str]:
    """The clause's top-level heading, "id title", per language where the pack or a title
    file has it
    (empty for a top-level clause)."""
    seen = set()
    top = req
    while top is not None and top.parent_clause_id and top.parent_clause_id not in seen:
        seen.add(top.parent_clause_id)
        parent = reqs.get(top.parent_clause_id)
        if parent is None:
            break
        top = parent
    if top is None or top is req:
        return ""
    own = titles.requirement(top.clause_id)
    if not own:
        return f"{top.clause_id} {top.title}"
    return {"en": f"{top.clause_id} {top.title}",
            **{lang: f"{top.clause_id} {t}" for lang, t in own.items()}}


def _title(session: Session, requirement_id: int) -> str:
    req = session.get(Requirement, requirement_id)
    return req.title if req else ""


def _cap_status(session: Session, visit_id: int, version_id: str) -> dict[int, tuple]:
    rows = session.exec(select(CorrectiveAction).join(
        Finding, col(Finding.id) == col(CorrectiveAction.finding_id)).where(
        Finding.visit_id == visit_id, CorrectiveAction.scheme_version_id == version_id))
    return {cap.finding_id: (cap.status, cap.plan_due, cap.close_due, cap.owner, cap.priority)
            for cap in rows}


def _template(session: Session, template_id: int) -> JointTemplate:
    template = session.get(JointTemplate, template_id)
    if template is None:
        raise NotFound(f"no joint template with id {template_id}")
    return template


def joint_summary_input(session: Session, visit_id: int) -> JointSummaryInput:
    visit, plan, site = _visit(session, visit_id)
    ratings = scheme_ratings(session, visit_id)
    template = _template(session, ratings.checklist.template_id)
    packs = {v: load_pack(session, v) for v in ratings.checklist.version_ids}
    labels = {v: short_label(p) for v, p in packs.items()}
    level_words = {v: {lv.id: dict(lv.words) for lv in p.rating_scale.levels}
                   for v, p in packs.items()}
    approvals = {a.scheme_id: a for a in template_approvals(session, saved_id(template))}
    titles = {v: workspace_titles(session, p) for v, p in packs.items()}
    link_words = crosswalk_words(session)
    summaries = []
    for v, pack in packs.items():
        clauses = [c for c in ratings.for_scheme(v) if not c.excluded]
        rated = [c for c in clauses if c.severity not in (None, "not_assessed")]
        counts = tuple((dict(lv.words) or {"en": lv.id},
                        sum(1 for c in rated if c.level_id == lv.id))
                       for lv in pack.rating_scale.levels)
        a = approvals.get(pack.scheme.id)
        summaries.append(SchemeSummary(
            labels[v], v, len(clauses), len(rated), counts,
            sum(1 for c in rated if c.severity and is_gap(c.severity)),
            (a.valid if a and a.required else None)))
    items: list[SummaryItem] = []
    shared, specific = 0, defaultdict[str, int](int)
    for it in ratings.checklist.items:
        versions = {s.version_id for s in it.sources}
        if len(versions) > 1:
            shared += 1
        elif versions:
            specific[labels[next(iter(versions))]] += 1
        refs = _refs(it.sources, labels)
        # Each clause once, named: an item may ask several clauses of one scheme.
        words = tuple({(labels[c.version_id], c.clause_id): (
            labels[c.version_id], _clause_words(c, level_words[c.version_id]))
            for c in ratings.for_item(it.key)}.values())
        items.append(SummaryItem(it.key, it.title, refs, ratings.item_severity(it.key),
                                 words, merged_titles(it.sources, titles, it.title, link_words)))
    return JointSummaryInput(
        site=site_info(site), visit=VisitRow.of(visit, plan, site),
        template_name=template.name,
        schemes=tuple(summaries), items=tuple(items), shared_items=shared,
        specific_items=tuple(sorted(specific.items())),
        team=joint_team(session, visit_id, {v.split("@")[0] for v in template.version_ids}),
        person_days=visit.person_days)


def _refs(sources, labels) -> tuple[tuple[str, str], ...]:
    by: dict[str, list[str]] = defaultdict(list)
    for s in sources:
        if s.clause_id not in by[labels[s.version_id]]:
            by[labels[s.version_id]].append(s.clause_id)
    return tuple((lab, ", ".join(ids)) for lab, ids in by.items())


def checklist_input(session: Session, *, visit_id: int | None = None,
                    template_id: int | None = None, site_id: int | None = None) -> ChecklistInput:
    """The printable checklist for a visit (its site's applicability) or a bare template."""
    visit: Visit | None = None
    plan: JointPlan | None = None
    site: Site | None = None
    if visit_id is not None:
        visit, plan, site = _visit(session, visit_id)
        template_id = plan.template_id
    elif site_id:
        site = session.get(Site, site_id)
    if template_id is None:
        raise NotFound("no joint template to print: choose a visit whose plan has one")
    cl = merged_checklist(session, template_id, site, visit.start if visit else None)
    template = _template(session, template_id)
    packs = {v: load_pack(session, v) for v in cl.version_ids}
    labels = {v: short_label(p) for v, p in packs.items()}
    topic_names = {t.id: t.title for p in packs.values() for t in p.topics}
    titles_of = {v: workspace_titles(session, p) for v, p in packs.items()}
    overlays = {v: overlay_words(session, v) for v in packs}
    link_words = crosswalk_words(session)
    reqs = {r.id: r for r in session.exec(select(Requirement).where(
        col(Requirement.id).in_([src.requirement_id for it in cl.items for src in it.sources])))}
    by_topic: dict[str, list[ChecklistItem]] = defaultdict(list)
    for it in cl.items:
        own = tuple(dict.fromkeys(labels[s.version_id] for s in it.primary
                                  if s.propagation in ("own_rating", "conforms_implied")))
        topic = it.topics[0] if it.topics else ""
        sources = [reqs[src.requirement_id] for src in it.sources if src.requirement_id in reqs]
        text = next((r.text for r in sources if r.text), "")
        evidence = tuple(dict.fromkeys(e for r in sources for e in r.typical_evidence))
        words = [overlays.get(src.version_id, {}).get(src.clause_id) for src in it.sources]
        by_topic[topic].append(ChecklistItem(it.key, it.title, _refs(it.sources, labels), own,
                                             text=text, evidence=evidence,
                                             titles=merged_titles(it.sources, titles_of,
                                                                  it.title, link_words),
                                             texts=_texts(words),
                                             evidence_words=_evidence_words(
                                                 sources, titles_of),
                                             guidance=next((r.guidance for r in sources
                                                            if r.guidance), ""),
                                             guidance_words=_guidance(words)))
    topics = tuple(ChecklistTopic(topic_names.get(t, t.replace("-", " ").capitalize()),
                                  tuple(items), topic_titles(list(packs.values()), t))
                   for t, items in by_topic.items())
    scales = tuple((labels[v], tuple(RatingWord(lv.id, lv.severity.value, dict(lv.words))
                                     for lv in p.rating_scale.levels))
                   for v, p in packs.items())
    return ChecklistInput(site_info(site) if site else SiteInfo("–"),
                          VisitRow.of(visit, plan, site) if visit else None, template.name,
                          topics, scales)


def _evidence_words(sources: list[Requirement], titles_of: dict[str, PackTitles]
                    ) -> dict[str, tuple[str, ...]]:
    """An item's typical evidence per report language: each source requirement's list in
    that language where its title file gives one, else its pack's own list; once each."""
    out: dict[str, tuple[str, ...]] = {}
    for lang in LANGUAGES:
        own = [titles_of[r.version_id].typical_evidence(r.clause_id).get(lang)
               if r.version_id in titles_of else None for r in sources]
        if any(own):
            out[lang] = tuple(dict.fromkeys(e for r, words in zip(sources, own, strict=True)
                                            for e in (words or r.typical_evidence)))
    return out


def _guidance(words: list[OverlayWords | None]) -> dict[str, str]:
    """Per language, the first overlay guidance among an item's sources."""
    out: dict[str, str] = {}
    for w in words:
        for lang, text in (w.guidance.items() if w else ()):
            out.setdefault(lang, text)
    return out


def _texts(words: list[OverlayWords | None]) -> dict[str, str]:
    """Per language, the first overlay text among an item's sources."""
    out: dict[str, str] = {}
    for w in words:
        for lang, text in (w.texts.items() if w else ()):
            out.setdefault(lang, text)
    return out


@dataclass(frozen=True)
class _Source:
    """An obligation's source clause, as ``merged_titles`` reads a merged item's sources."""

    version_id: str
    clause_id: str
    title: str


def obligations_input(session: Session, site_id: int, today: date,
                      reg: Register | None = None) -> ObligationsInput:
    """The site obligations register of ``jointaudit.checklist.obligations`` (``reg`` when the
    caller has it already), as report data."""
    site = session.get(Site, site_id)
    if site is None:
        raise NotFound(f"no site with id {site_id}")
    reg = reg or obligations_register(session, site.name, today)
    packs = {v: load_pack(session, v) for v in reg.version_ids}
    labels = {v: short_label(p) for v, p in packs.items()}
    for u in reg.upcoming:
        for v in u.version_id.split(", "):
            if v and v not in packs:
                try:
                    packs[v] = load_pack(session, v)
                    labels[v] = short_label(packs[v])
                except NotFound:
                    continue
    audit_words = {(v, a.kind): dict(a.label) for v, p in packs.items() for a in p.cycle.audits}
    topic_ids = {t.id: t.title for p in packs.values() for t in p.topics}
    titles_of = {v: workspace_titles(session, p) for v, p in packs.items()}
    link_words = crosswalk_words(session)

    def clause_titles(version_id: str, clause: str) -> dict[str, str]:
        return titles_of[version_id].requirement(clause) if version_id in titles_of else {}

    def lab(version_id: str) -> str:
        return ", ".join(labels.get(v, v) for v in version_id.split(", "))

    groups = []
    for topic, items in reg.groups.items():
        rows = []
        for ob in items:
            actions = tuple((labels.get(a.version_id, a.version_id), a.status, a.plan_due,
                             a.close_due, a.escalated_to or "", a.owner, a.priority)
                            for a in ob.open_actions)
            own = merged_titles([_Source(v, clause, title) for v, clause, title in ob.requires],
                                titles_of, ob.title, link_words)
            rows.append(ObligationRow(
                ob.title, tuple((labels.get(v, v), f"{clause} {title}")
                                for v, clause, title in ob.requires),
                tuple({lang: recognition_words(r, lang) for lang in LANGUAGES}
                      for r in ob.recognised) or tuple(ob.recognition), actions, titles=own,
                requires_titles=tuple({lang: f"{clause} {t}" for lang, t in
                                       clause_titles(v, clause).items()}
                                      for v, clause, _title in ob.requires)))
        topic_id = next((t for t, title in topic_ids.items() if title == topic), topic)
        groups.append(ObligationGroup(topic, tuple(rows),
                                      topic_titles(list(packs.values()), topic_id)))
    upcoming = []
    for u in reg.upcoming:
        if u.kind in ("visit", "desk"):
            pairs = [tuple(x.rsplit(" ", 1)) for x in u.detail.split(", ") if " " in x] \
                if u.kind == "visit" else [(u.version_id, u.detail)]
            words = {lang: fmt_list((f"{labels.get(v, v)} "
                                     f"{pick(audit_words.get((v, k), {}), lang) or k}"
                                     for v, k in pairs), lang) for lang in LANGUAGES}
        else:
            words = {}
        upcoming.append(UpcomingRow(u.due, u.what, lab(u.version_id), kind=u.kind,
                                    clauses=u.clauses, detail=u.detail, words=words,
                                    until=u.until))
    return ObligationsInput(
        site_info(site), today, tuple(labels[v] for v in reg.version_ids), tuple(groups),
        tuple(upcoming), reg.reduction, reg.counts)


def report_language(session: Session, kind: str, *, visit_id: int | None = None,
                    version_id: str | None = None, site_id: int | None = None) -> str:
    """The language a report is printed in when the user chose none
    (``jointaudit.reports.language``): from its schemes' profiles and the site."""
    visit = session.get(Visit, visit_id) if visit_id is not None else None
    site = session.get(Site, visit.site_id if visit else site_id) if (visit or site_id) \
        else None
    if site is None:
        return FALLBACK_LANGUAGE
    if kind == "scheme" and version_id:
        versions = [version_id]
    elif kind == "obligations" or visit is None:
        versions = site_versions(session, site)
    else:
        plan = session.get(JointPlan, visit.plan_id)
        template = session.get(JointTemplate, plan.template_id) \
            if plan and plan.template_id else None
        versions = list(template.version_ids) if template else []
    profiles = []
    for v in versions:
        try:
            profiles.append(load_pack(session, v).report_profile)
        except NotFound:
            continue
    return default_language(profiles, site.languages or (), site.country)
