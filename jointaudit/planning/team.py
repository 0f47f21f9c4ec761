"""Team assignment: which certification bodies and auditors may do a joint visit.

For every scheme the visit covers there must be a CB approved for that scheme version,
the site's commodity and region, on every visit day and through the report deadline, and a
lead auditor of that CB qualified for the scheme. CoiRecord-of-interest cooling-off (the
pack's ``coi_cooling_off``), rotation (``rotation_max_years`` for the firm or the lead),
the site's languages, unavailability and bookings on other visits (never double-book)
all apply. Preference: one CB, then the smallest team. Every candidate turned down is
listed with the reason, so a user sees why their favourite auditor is not on the team.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import combinations

from jointaudit.common.date_rules import add
from jointaudit.library.packs.format import Pack
from jointaudit.planning.approvals import Approval, approved_periods, assumed_renewed
from jointaudit.planning.cycles import offset
from jointaudit.planning.explain import DOUBLE_BOOKED, NO_CB, NO_LEAD, TEAM_SHORT, Explanation
from jointaudit.planning.visits import PlannedVisit
from jointaudit.planning.windows import report_deadline


@dataclass(frozen=True)
class Qualification:
    scheme_id: str
    role: str  # lead / team / technical_expert
    start: date
    end: date | None
    commodities: tuple[str, ...] = ()


@dataclass(frozen=True)
class AuditorInfo:
    id: int
    name: str
    cb_id: int | None
    languages: tuple[str, ...] = ()
    qualifications: tuple[Qualification, ...] = ()
    unavailable: tuple[tuple[date, date, str], ...] = ()


@dataclass(frozen=True)
class CoiRecord:
    auditor_id: int | None
    cb_id: int | None
    kind: str
    start: date
    end: date | None


@dataclass(frozen=True)
class PastAudit:
    scheme_id: str
    start: date
    cb_id: int | None
    lead_auditor_id: int | None


@dataclass(frozen=True)
class SiteScope:
    """What team rules read about the audited site."""

    name: str
    country: str = ""
    region: str = ""
    commodity: str = ""
    languages: tuple[str, ...] = ()
    conflicts: tuple[CoiRecord, ...] = ()
    past: tuple[PastAudit, ...] = ()


@dataclass
class Roster:
    """Every CB and auditor, plus the visits auditors are already booked on (portfolio)."""

    cbs: dict[int, str]
    approvals: list[Approval]
    auditors: list[AuditorInfo]
    bookings: dict[int, list[tuple[date, date, str]]] = field(default_factory=dict)

    def book(self, auditor_id: int, start: date, end: date, label: str) -> None:
        self.bookings.setdefault(auditor_id, []).append((start, end, label))


@dataclass(frozen=True)
class TeamMember:
    auditor_id: int
    name: str
    cb_id: int | None
    cb_name: str
    role: str  # lead / team
    version_keys: tuple[str, ...]


@dataclass
class TeamResult:
    members: list[TeamMember] = field(default_factory=list)
    rejections: list[str] = field(default_factory=list)
    problems: list[Explanation] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # ``warnings`` as sentence keys and values, in the same order (reports.labels.sentence)
    warning_parts: list[tuple] = field(default_factory=list)

    @property
    def cb_names(self) -> list[str]:
        return sorted({m.cb_name for m in self.members})


def _scope_ok(values: tuple[str, ...], *wanted: str) -> bool:
    return not values or any(w and w in values for w in wanted)


def _covers(start: date, end: date | None, a: date, b: date) -> bool:
    # qualifications are single rows; approvals chain (planning.approvals)
    return start <= a and (end is None or b <= end)


def _rotation_years(site: SiteScope, scheme_id: str, who: str, ident: int, day: date) -> float:
    """Years the trailing run of consecutive audits by this firm/lead has lasted."""
    run_start = None
    for p in sorted((p for p in site.past if p.scheme_id == scheme_id), key=lambda p: p.start):
        holder = p.cb_id if who == "firm" else p.lead_auditor_id
        run_start = (run_start or p.start) if holder == ident else None
    return 0.0 if run_start is None else (day - run_start).days / 365.25


def _coi(site: SiteScope, pack: Pack, day: date, *, auditor: int | None = None,
         cb: int | None = None) -> str | None:
    cooling = offset(pack.assurance.coi_cooling_off)
    for c in site.conflicts:
        if (auditor is not None and c.auditor_id == auditor) or (cb is not None and
                                                                 c.cb_id == cb):
            free_from = add(c.end, cooling) if c.end else None
            if free_from is None or day <= free_from:
                until = free_from.isoformat() if free_from else "the conflict ends"
                return (f"{c.kind} conflict of interest from {c.start.isoformat()}; cooling-off"
                        f" {cooling.describe()} lasts until {until}"
                        f" (source: {pack.assurance.source})")
    return None


def _places(site: SiteScope) -> tuple[str, ...]:
    return tuple(p for p in (site.country, site.region) if p)


def _key_dates(visit: PlannedVisit, key: str) -> tuple[date, date]:
    """The earliest opening of the scheme's windows on this visit, and the last report
    deadline they set (through which the CB must stay approved)."""
    ws = [w for w in visit.windows if w.version_key == key]
    return min(w.earliest for w in ws), max(report_deadline(w, visit.end) for w in ws)


def cb_may_audit(key: str, cb: int, visit: PlannedVisit, site: SiteScope,
                 approvals: list[Approval]) -> str | None:
    """None if the CB is approved for this scheme version, the site's commodity and region,
    on every visit day through the report deadline; else why not. Chained renewals count as
    one approval; a window that opens after every applicable approval has ended is planned
    as if renewed, exactly as the window step does (``approvals.assumed_renewed``)."""
    scheme_id = key.split("@")[0]
    rows = [a for a in approvals if a.cb_id == cb and a.scheme_id == scheme_id]
    if not rows:
        return "not approved for this scheme"
    rows = [a for a in rows if a.version_key in (None, key)]
    if not rows:
        return "approved for another version only"
    rows = [a for a in rows if _scope_ok(a.commodities, site.commodity)]
    if not rows:
        return f"approval does not cover the commodity '{site.commodity}'"
    rows = [a for a in rows if _scope_ok(a.regions, site.country, site.region)]
    if not rows:
        return f"approval does not cover the region {site.country or site.region}"
    opens, deadline = _key_dates(visit, key)
    everyone = approved_periods(approvals, key, site.commodity, _places(site))
    if assumed_renewed(everyone, opens):
        return None  # after every recorded approval: planned as renewed (warned by the caller)
    mine = [p for p in everyone if p.cb_id == cb]
    if not any(p.covers(visit.start, deadline) for p in mine):
        ends = ", ".join(f"{p.start.isoformat()}–{p.end.isoformat() if p.end else 'open'}"
                         for p in mine)
        return (f"approval ({ends}) does not cover the visit {visit.start.isoformat()} through"
                f" the report deadline {deadline.isoformat()}")
    return None


def _cb_reasons(key: str, pack: Pack, cb: int, visit: PlannedVisit, site: SiteScope,
                roster: Roster) -> str | None:
    """None if the CB may audit this scheme on this visit, else why not."""
    why = cb_may_audit(key, cb, visit, site, roster.approvals)
    if why:
        return why
    why = _coi(site, pack, visit.start, cb=cb)
    if why:
        return why
    a = pack.assurance
    if a.rotation_max_years and a.rotation_applies_to == "firm":
        years = _rotation_years(site, key.split("@")[0], "firm", cb, visit.start)
        if years >= a.rotation_max_years:
            return (f"rotation: the firm has audited the site for {years:.1f} years, the limit"
                    f" is {a.rotation_max_years} (source: {a.source})")
    return None


def _auditor_reason(aud: AuditorInfo, key: str, pack: Pack, role: str, visit: PlannedVisit,
                    site: SiteScope, roster: Roster) -> str | None:
    scheme_id = key.split("@")[0]
    quals = [q for q in aud.qualifications if q.scheme_id == scheme_id
             and (role != "lead" or q.role == "lead")]
    if not quals:
        return f"not qualified as {role} for {scheme_id}"
    if not any(_covers(q.start, q.end, visit.start, visit.end) for q in quals):
        return f"{role} qualification for {scheme_id} not valid on the visit dates"
    if not any(_scope_ok(q.commodities, site.commodity) for q in quals):
        return f"qualification does not cover the commodity '{site.commodity}'"
    for s, e, why in aud.unavailable:
        if s <= visit.end and e >= visit.start:
            return f"unavailable {s.isoformat()}–{e.isoformat()} ({why or 'no reason given'})"
    for s, e, label in roster.bookings.get(aud.id, []):
        if s <= visit.end and e >= visit.start:
            return f"double-booked: already on {label} {s.isoformat()}–{e.isoformat()}"
    coi = _coi(site, pack, visit.start, auditor=aud.id)
    if coi:
        return coi
    a = pack.assurance
    if role == "lead" and a.rotation_max_years and a.rotation_applies_to == "lead_auditor":
        years = _rotation_years(site, scheme_id, "lead", aud.id, visit.start)
        if years >= a.rotation_max_years:
            return f"rotation: lead on this site for {years:.1f} years (limit {a.rotation_max_years})"
    return None


def assign_team(visit: PlannedVisit, site: SiteScope, roster: Roster,
                packs: Mapping[str, Pack], *, team_size: int = 1,
                warn_ahead: timedelta = timedelta(days=180)) -> TeamResult:
    res = TeamResult()
    keys = sorted({w.version_key for w in visit.windows if w.on_site})
    ok_cbs: dict[str, list[int]] = {}
    for key in keys:
        ok_cbs[key] = []
        for cb, name in sorted(roster.cbs.items()):
            why = _cb_reasons(key, packs[key], cb, visit, site, roster)
            if why:
                res.rejections.append(f"CB {name} for {key}: {why}")
            else:
                ok_cbs[key].append(cb)
    missing = [k for k in keys if not ok_cbs[k]]
    if missing:
        for k in missing:
            detail = "; ".join(r for r in res.rejections if f" for {k}:" in r)
            res.problems.append(Explanation(
                NO_CB, f"visit {visit.start.isoformat()}", f"No certification body may audit"
                f" {k} on the visit {visit.start.isoformat()}–{visit.end.isoformat()}: "
                + detail,
                ("a CB approved for this scheme version, scope and dates",
                 "move the visit into a period covered by an approval"),
                ("team_no_cb", (("version", k), ("start", visit.start), ("end", visit.end),
                                ("detail", detail))),
                (("alt_team_cb_approved", ()), ("alt_team_move_approved", ()))))
        keys = [k for k in keys if k not in missing]  # staff the schemes that can be staffed
    # Per scheme, the qualified leads (auditor ids) and why the others were turned down.
    leads: dict[str, list[AuditorInfo]] = {}
    for key in keys:
        leads[key] = []
        for aud in roster.auditors:
            if aud.cb_id not in ok_cbs[key]:
                continue
            why = _auditor_reason(aud, key, packs[key], "lead", visit, site, roster)
            if why:
                res.rejections.append(f"{aud.name} as lead for {key}: {why}")
            else:
                leads[key].append(aud)
    for key in keys:
        if not leads[key]:
            booked = [r for r in res.rejections if f"lead for {key}: double-booked" in r]
            code = DOUBLE_BOOKED if booked else NO_LEAD
            detail = "; ".join(r for r in res.rejections if f"lead for {key}:" in r) or \
                "no auditor of an approved CB holds a lead qualification"
            res.problems.append(Explanation(
                code, f"visit {visit.start.isoformat()}",
                f"No qualified lead auditor is free for {key} on"
                f" {visit.start.isoformat()}–{visit.end.isoformat()}: {detail}",
                ("another auditor of an approved CB", "move the visit",
                 "split the visit so this scheme is audited on other dates"),
                ("team_no_lead", (("version", key), ("start", visit.start), ("end", visit.end),
                                  ("detail", ("$label", "team_no_lead_qualified")
                                   if detail.startswith("no auditor of") else detail))),
                (("alt_team_other_auditor", ()), ("alt_team_move", ()),
                 ("alt_team_split", ()))))
    keys = [k for k in keys if leads[k]]
    if not keys:
        return res
    team = _smallest_team(keys, leads, ok_cbs, site, team_size)
    if team is None:
        res.problems.append(Explanation(
            NO_LEAD, f"visit {visit.start.isoformat()}",
            f"No team of qualified leads speaks a site language ({', '.join(site.languages)})",
            ("add an interpreter as technical expert", "another auditor"),
            ("team_no_language", (("languages", ", ".join(site.languages)),)),
            (("alt_team_interpreter", ()), ("alt_team_another", ()))))
        return res
    for aud, role, kset in team:
        res.members.append(TeamMember(aud.id, aud.name, aud.cb_id,
                                      roster.cbs.get(aud.cb_id, "?"), role, tuple(kset)))
    _pad(res, visit, site, roster, packs, keys, team_size, ok_cbs)
    _warn_expiring(res, visit, roster, site, keys, warn_ahead)
    return res


def _smallest_team(keys, leads, ok_cbs, site: SiteScope, team_size: int):
    """Fewest CBs, then fewest leads, covering every scheme; one site language spoken."""
    pool = sorted({a.id: a for k in keys for a in leads[k]}.values(), key=lambda a: a.id)
    best = None
    for n in range(1, min(len(keys), len(pool)) + 1):
        for combo in combinations(pool, n):
            assign = {}
            for key in keys:
                cands = [a for a in combo if a in leads[key]]
                if not cands:
                    break
                assign[key] = cands[0]
            else:
                if site.languages and not any(set(a.languages) & set(site.languages)
                                              for a in combo):
                    continue
                cbs = len({a.cb_id for a in combo})
                score = (cbs, n)
                if best is None or score < best[0]:
                    best = (score, combo, assign)
        if best is not None:
            break
    if best is None:
        return None
    _score, combo, assign = best
    out = []
    for aud in combo:
        kset = sorted(k for k, a in assign.items() if a is aud)
        out.append((aud, "lead", kset))
    return out


def _pad(res: TeamResult, visit, site, roster, packs, keys, team_size: int,
         ok_cbs: dict[str, list[int]]) -> None:
    """Each lead also serves, as a team member, the visit's other schemes their CB is
    approved for and they are qualified in; then team members from the chosen CBs are
    added until the visit's team size is reached. A member only ever serves a scheme their
    own CB is approved for on these dates."""
    def serves(aud: AuditorInfo, skip: tuple[str, ...] = ()) -> list[str]:
        return [k for k in keys if k not in skip and aud.cb_id in ok_cbs[k]
                and not _auditor_reason(aud, k, packs[k], "team", visit, site, roster)]

    by_id = {a.id: a for a in roster.auditors}
    for m in list(res.members):
        extra = serves(by_id[m.auditor_id], m.version_keys)
        if extra:
            res.members.append(TeamMember(m.auditor_id, m.name, m.cb_id, m.cb_name, "team",
                                          tuple(extra)))
    chosen_cbs = {m.cb_id for m in res.members}
    taken = {m.auditor_id for m in res.members}
    for aud in roster.auditors:
        if len(taken) >= team_size:
            break
        if aud.id in taken or aud.cb_id not in chosen_cbs:
            continue
        fits = serves(aud)
        if fits:
            res.members.append(TeamMember(aud.id, aud.name, aud.cb_id,
                                          roster.cbs.get(aud.cb_id, "?"), "team", tuple(fits)))
            taken.add(aud.id)
        else:
            why = "; ".join(f"{k}: " + (_auditor_reason(aud, k, packs[k], "team", visit, site,
                                                          roster) or "their CB may not audit it")
                            for k in keys)
            res.rejections.append(f"{aud.name} as team member: {why}")
    if len(taken) < team_size:
        res.problems.append(Explanation(
            TEAM_SHORT, f"visit {visit.start.isoformat()}",
            f"Only {len(taken)} of the {team_size} auditors the visit"
            f" {visit.start.isoformat()}–{visit.end.isoformat()} needs are approved, qualified"
            " and free: the others were turned down (see the rejections)",
            ("another qualified auditor of an approved CB", "a second approved CB",
             "a longer visit with a smaller team"),
            ("team_short", (("n", len(taken)), ("size", team_size), ("start", visit.start),
                            ("end", visit.end))),
            (("alt_team_qualified", ()), ("alt_team_second_cb", ()),
             ("alt_team_longer", ()))))


def _warn_expiring(res: TeamResult, visit: PlannedVisit, roster: Roster, site: SiteScope,
                   keys, ahead: timedelta) -> None:
    said = dict(zip(res.warnings, res.warning_parts, strict=False))
    for key in keys:
        periods = approved_periods(roster.approvals, key, site.commodity, _places(site))
        last = assumed_renewed(periods, _key_dates(visit, key)[0])
        if last:
            text = (f"every recorded approval for {key} ends by {last.isoformat()}: this"
                    " team assumes its CB's approval is renewed")
            res.warnings.append(text)
            said[text] = ("warn_team_renewed", (("version", key), ("day", last)))
        for m in res.members:
            if key not in m.version_keys:
                continue
            for p in periods:
                if p.cb_id == m.cb_id and p.end and visit.end <= p.end <= visit.end + ahead:
                    text = (f"{m.cb_name}'s approval for {key} expires on"
                            f" {p.end.isoformat()}, soon after the visit of"
                            f" {visit.start.isoformat()}; renew it before the next audit")
                    res.warnings.append(text)
                    said[text] = ("warn_team_expires", (("holder", m.cb_name), ("version", key),
                                                        ("day", p.end),
                                                        ("start", visit.start)))
    res.warnings = sorted(set(res.warnings))
    res.warning_parts = [said.get(w, ()) for w in res.warnings]


def book(roster: Roster, visit: PlannedVisit, result: TeamResult, label: str) -> None:
    for m in result.members:
        roster.book(m.auditor_id, visit.start, visit.end, label)
