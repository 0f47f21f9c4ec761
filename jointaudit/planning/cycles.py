"""The audit-cycle engine: a scheme version's cycle rules (pack data) plus a site's history
→ the audit windows that fall due, explained in words.

The engine never knows a scheme: every window comes from an ``AuditKindSpec`` of the pack,
every date from ``jointaudit.common.date_rules`` (one offset from one named anchor, never chained).
A scheme's history is a *chain*: the current certificate, what was already audited under it
and the outcome of its last renewing audit. Windows that depend on when an earlier audit
happens (the next certificate after a recertification, a follow-up after a major) are
produced by :func:`advance`, which the planner calls with the dates it chose — that is how
cascades work. :func:`project` runs a chain on its own, assuming each audit on its due date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from jointaudit.common.date_rules import (
    DateRule,
    Offset,
    add,
    clear_date_cache,
    financial_year_ends,
)
from jointaudit.library.packs.format import AuditKindSpec, DateRuleSpec, OffsetSpec, Pack
from jointaudit.records.outcomes import AuditOutcome

ONE_DAY = timedelta(days=1)


_DERIVED: dict[tuple[str, int], tuple[object, object]] = {}


def _derived(what: str, spec, make):
    """What a pack spec means (its Offset, DateRule, wording), worked out once per spec.

    A ten-year portfolio plan evaluates the same few rules hundreds of thousands of times;
    the packs are immutable once loaded, and the spec itself is kept in the entry so its
    id cannot be reused by another object while the entry lives."""
    hit = _DERIVED.get((what, id(spec)))
    if hit is None or hit[0] is not spec:
        if len(_DERIVED) > 50_000:
            _DERIVED.clear()
        hit = _DERIVED[(what, id(spec))] = (spec, make(spec))
    return hit[1]


def clear_caches() -> None:
    """Forget every memoised rule, window and date (a benchmark measures from cold)."""
    _DERIVED.clear()
    _KNOWN.clear()
    clear_date_cache()


def offset(spec: OffsetSpec | None) -> Offset:
    if spec is None:
        return Offset()
    return _derived("offset", spec, lambda o: Offset(o.years, o.months, o.weeks, o.days))


def rule(spec: DateRuleSpec) -> DateRule:
    return _derived("rule", spec, lambda r: DateRule(r.anchor, offset(r.offset)))


def combined(*offsets: Offset) -> Offset:
    """Lags added into one offset, so they are applied to their anchor in one step."""
    return Offset(*(sum(getattr(o, f) for o in offsets) for f in ("years", "months", "weeks",
                                                                      "days")))


def period_end(start: date, length: Offset) -> date:
    """The last day of a period of ``length`` that begins on ``start``.

    Normally the day before the same calendar day ``length`` later. When the month
    arithmetic clamps (29 February plus a year, 31 January plus a month) the same day does
    not exist, so the period runs to the clamped month end: a validity that starts on
    2024-02-29 ends on 2027-02-28, not the 27th."""
    after = add(start, length)
    clamped = (length.years or length.months) and not (length.weeks or length.days) \
        and after.day < start.day
    return after if clamped else after - ONE_DAY


def _to_decision(cycle) -> Offset:
    """From an audit's last day to its certification decision: report lag + decision lag."""
    return _derived("decision", cycle, lambda c: combined(offset(c.report_lag),
                                                          offset(c.decision_lag)))


def in_force(meta, day: date) -> bool:
    """Whether a rule with optional effective_from/effective_to applies on ``day``."""
    return ((meta.effective_from is None or meta.effective_from <= day)
            and (meta.effective_to is None or day <= meta.effective_to))


# --- inputs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SchemeHistory:
    """A site's standing in one scheme version: the pack's rules and what happened so far."""

    pack: Pack
    member_since: date | None = None
    certificate_start: date | None = None
    certificate_expiry: date | None = None
    audits: tuple[AuditOutcome, ...] = ()
    facilities: int = 1
    financial_year_end: str | None = None  # "MM-DD"

    @property
    def key(self) -> str:
        return self.pack.version_key

    @property
    def label(self) -> str:
        return f"{self.pack.scheme.name} {self.pack.version.id}"


# --- outputs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditWindow:
    """When one audit must happen: [earliest, latest], both days included."""

    uid: str  # stable within one projection: version/kind/certificate number/anchor day
    version_key: str
    scheme_label: str
    kind: str
    label: str
    mode: str  # on_site / desk
    earliest: date
    latest: date
    due: date | None
    reason: str
    verified: bool
    status: str = "required"  # required / possible (a condition not known to be met)
    on_site_days: float = 1.0
    renews: bool = False
    report_lag: Offset = Offset()
    scope_within: Offset | None = None  # multi-facility: all activities within this of day 1
    facilities: int = 1
    cascades: bool = False  # its date moves later windows
    # the audit kind's name per language as the pack gives it ((lang, words), …): the
    # desktop app and the reports show ``label`` (English) in the user's language
    words: tuple[tuple[str, str], ...] = ()
    # ``reason`` as a sentence key and its values, for saying it in another language
    # (reports.labels.window_reason); the English ``reason`` stays the core's own sentence
    reason_parts: tuple = ()

    @property
    def on_site(self) -> bool:
        return self.mode == "on_site"


@dataclass(frozen=True)
class DeadlineDate:
    version_key: str
    deadline: str
    label: str
    due: date
    reason: str
    verified: bool


@dataclass(frozen=True)
class CertificateTerm:
    start: date
    expiry: date
    number: int  # 0 = the certificate on record, 1 = the next one, …
    note: str = ""


@dataclass(frozen=True)
class ChainState:
    """Where one scheme stands: enough to list its pending windows and to move on."""

    history: SchemeHistory
    horizon_end: date
    cert: CertificateTerm | None
    done: frozenset[str] = frozenset()  # uids of windows already audited
    last_renewal: AuditOutcome | None = None
    mid_term_required: bool | None = None  # None: not known (future audits)
    what_if_major: bool = False  # the next renewing audit is assumed to raise a major NC
    stopped: str = ""  # why the chain ends (e.g. no certificate after critical findings)
    notes: tuple[str, ...] = ()
    # the windows of this certificate, kept across the steps that only tick windows off;
    # see _known() (not part of the state's identity)
    windows_memo: tuple | None = field(default=None, compare=False, repr=False)


# --- reasons ------------------------------------------------------------------------------


def _flag(verified: bool) -> str:
    return "verified" if verified else "UNVERIFIED"


def _rule_words(spec: AuditKindSpec) -> tuple[str, str]:
    label = spec.label.get("en") or next(iter(spec.label.values()), spec.kind)
    return label, (f" because the rule says {rule(spec.window.earliest).describe()} to"
                   f" {rule(spec.window.latest).describe()}"
                   f" (source: {spec.source}; {_flag(spec.verified)})")


def _rule_parts(spec: AuditKindSpec) -> tuple:
    """The window rule as values: each end as (anchor, (years, months, weeks, days))."""
    def one(r) -> tuple:
        o = offset(r.offset)
        return (r.anchor, (o.years, o.months, o.weeks, o.days))
    return (one(spec.window.earliest), one(spec.window.latest), spec.source, spec.verified)


def reason_parts(h: SchemeHistory, spec: AuditKindSpec, earliest: date, latest: date,
                 extras: tuple = ()) -> tuple:
    """What :func:`_reason` says, as (sentence key, values): ``extras`` are the clauses it
    adds, each (key, values…) — see reports.labels.window_reason."""
    start, end, source, verified = _derived("rule_parts", spec, _rule_parts)
    k = _kind_rules(spec, h.pack.cycle)
    return ("window_reason", (("audit", (h.label, k.label, k.words)), ("earliest", earliest),
                              ("latest", latest), ("from", start), ("to", end),
                              ("source", source), ("verified", verified), ("extras", extras)))


def _reason(h: SchemeHistory, spec: AuditKindSpec, earliest: date, latest: date,
            extra: str = "") -> str:
    label, because = _derived("words", spec, _rule_words)
    return (f"{h.label} {label} between {earliest.isoformat()} and {latest.isoformat()}"
            f"{because}{extra}.")


# --- the chain ----------------------------------------------------------------------------


def _renewing(spec: AuditKindSpec) -> bool:
    return spec.renews_certificate


def _validity_for(h: SchemeHistory, audit: AuditOutcome) -> tuple[Offset | None, str]:
    """The validity an audit's outcome earns, shortened by the pack's validity events."""
    cycle = h.pack.cycle
    counts = {"major_nc": audit.major_ncs, "critical_nc": audit.critical_ncs,
              "any_nc": audit.major_ncs + audit.minor_ncs + audit.critical_ncs,
              "too_many_majors": audit.major_ncs}
    # worst effect first: no certificate, then provisional/shortened
    hits = [e for e in cycle.validity_events
            if counts[e.event] >= e.threshold and in_force(e, audit.end)]
    for effect in ("no_certificate", "provisional", "shorten"):
        for e in hits:
            if e.effect == effect:
                why = (f"{e.event.replace('_', ' ')} → {effect.replace('_', ' ')}"
                       f" (source: {e.source}; {_flag(e.verified)})")
                if effect == "no_certificate":
                    return None, why
                return (offset(e.validity) if e.validity else offset(cycle.validity)), why
    return offset(cycle.validity), ""


def next_certificate(state: ChainState, audit: AuditOutcome) -> tuple[CertificateTerm | None, str]:
    """The certificate a renewing audit leads to. Where it starts is the pack's choice."""
    h = state.history
    cycle = h.pack.cycle
    validity, why = _validity_for(h, audit)
    if validity is None:
        return None, why
    number = state.cert.number + 1 if state.cert else 0
    if audit.valid_from and audit.valid_until:  # what actually was granted wins
        return CertificateTerm(audit.valid_from, audit.valid_until, number, why), why
    starts = cycle.next_validity_starts
    if cycle.early_renewal_starts and _early(state, audit):
        starts = cycle.early_renewal_starts
    if starts == "previous_expiry" and state.cert is not None:
        start = state.cert.expiry + ONE_DAY
    else:
        # the status cannot begin on a day the audit still runs: with no report or decision
        # lag it begins the day after, else each renewal overlaps the last by a day and the
        # windows creep a day earlier every cycle
        start = audit.decision_date or max(add(audit.end, _to_decision(cycle)),
                                           audit.end + ONE_DAY)
    expiry = period_end(start, validity)
    return CertificateTerm(start, expiry, number, why), why


def _early(state: ChainState, audit: AuditOutcome) -> bool:
    """A renewing audit that started before its window opened (early recertification)."""
    if state.cert is None:
        return False
    # the certificate's windows are usually built already (and cached): look there first
    known = [w for w in _known(state) if w.kind == audit.kind] or \
        _windows_for(state, None, kind=audit.kind)
    for w in known:
        if w.renews:
            return audit.start < w.earliest
    return False


def start_chain(h: SchemeHistory, horizon_start: date, horizon_end: date,
                what_if_major: bool = False) -> ChainState:
    """The chain as the records leave it: current certificate, audits done under it."""
    state = ChainState(h, horizon_end, None, what_if_major=what_if_major)
    on_record = None  # the certificate row; audits after it renew it
    if h.certificate_start and h.certificate_expiry:
        on_record = CertificateTerm(h.certificate_start, h.certificate_expiry, 0)
    others: list[tuple[AuditKindSpec, AuditOutcome]] = []
    for audit in sorted(h.audits, key=lambda a: a.start):
        spec = next((a for a in h.pack.cycle.audits if a.kind == audit.kind
                     and in_force(a, audit.start)), None)
        if spec is None:
            state = replace(state, notes=state.notes + (
                f"{h.label}: recorded audit kind '{audit.kind}' is not in the pack; ignored",))
        elif _renewing(spec):
            if on_record and audit.start < on_record.start:  # led to the certificate on record
                state = replace(state, cert=on_record)
            else:  # renews the certificate on record (or the one before it)
                state = replace(state, cert=state.cert or on_record)
                new, _ = next_certificate(state, audit)
                state = replace(state, cert=new or state.cert)
            state = replace(state, last_renewal=audit, mid_term_required=audit.mid_term_required)
            others = []
        else:
            others.append((spec, audit))
    if state.cert is None and on_record:
        state = replace(state, cert=on_record)
    done: set[str] = set()
    slack = timedelta(days=31)  # an audit held a little outside its window still counts
    for spec, audit in others:
        for w in _windows_for(state, spec):
            if w.earliest - slack <= audit.start <= w.latest + slack:
                done.add(w.uid)
    return replace(state, done=frozenset(done))


def _anchors(state: ChainState) -> dict[str, date]:
    a: dict[str, date] = {}
    h = state.history
    if h.member_since:
        a["membership_start"] = h.member_since
    if state.cert:
        a["certificate_start"] = state.cert.start
        a["certificate_expiry"] = state.cert.expiry
    last = state.last_renewal
    if last:
        a["previous_audit_end"] = last.end
        a["audit_start"] = last.start
        a["audit_end"] = last.end
        a["nc_letter"] = last.end
        a["finding_date"] = last.end
        a["report_date"] = add(last.end, offset(h.pack.cycle.report_lag))
        a["decision_date"] = last.decision_date or add(
            last.end, _to_decision(h.pack.cycle))
    return a


@dataclass(frozen=True)
class _KindRules:
    """An audit kind's rules as the engine applies them, worked out once per pack spec."""

    earliest: DateRule
    latest: DateRule
    due: DateRule | None
    label: str
    renews: bool
    cascades_with_certificate: bool  # cascades even while a certificate is held
    report_lag: Offset
    words: tuple[tuple[str, str], ...] = ()


def _kind_rules(spec: AuditKindSpec, cycle) -> _KindRules:
    def make(sp: AuditKindSpec) -> _KindRules:
        cascading = sp.applies == "first" or "decision_date" in (
            cycle.next_validity_starts, cycle.early_renewal_starts) or any(
            a.applies == "after_audit" for a in cycle.audits)
        return _KindRules(rule(sp.window.earliest), rule(sp.window.latest),
                          rule(sp.due) if sp.due else None, sp.label.get("en") or sp.kind,
                          _renewing(sp), _renewing(sp) and cascading, offset(cycle.report_lag),
                          tuple(sorted(sp.label.items())))
    return _derived("kind", spec, make)


def _make(state: ChainState, spec: AuditKindSpec, anchors: dict[str, date], tag: str,
          status: str, extra: str = "", extra_parts: tuple = ()) -> AuditWindow | None:
    h = state.history
    cycle = h.pack.cycle
    k = _kind_rules(spec, cycle)
    try:
        earliest = k.earliest.evaluate(anchors)
        latest = k.latest.evaluate(anchors)
        due = k.due.evaluate(anchors) if k.due else None
    except Exception:  # an anchor this site does not have: no such window here
        return None
    if latest < earliest:
        earliest, latest = latest, earliest
    if not in_force(spec, earliest):
        return None
    mf = cycle.multi_facility if h.facilities > 1 else None
    if mf:
        extra += (f", and all {h.facilities} facilities within"
                  f" {offset(mf.all_within).describe()} of the first audit day (source:"
                  f" {mf.source}; {_flag(mf.verified)})")
        o = offset(mf.all_within)
        extra_parts += (("facilities", h.facilities, (o.years, o.months, o.weeks, o.days),
                         mf.source, mf.verified),)
    return AuditWindow(
        uid=f"{h.key}/{spec.kind}/{tag}", version_key=h.key, scheme_label=h.label,
        kind=spec.kind, label=k.label, mode=spec.mode,
        earliest=earliest, latest=latest, due=due,
        reason=_reason(h, spec, earliest, latest, extra), verified=spec.verified,
        status=status, on_site_days=spec.on_site_days, renews=k.renews,
        report_lag=k.report_lag,
        scope_within=offset(mf.all_within) if mf else None, facilities=h.facilities,
        cascades=k.renews and (state.cert is None or k.cascades_with_certificate),
        words=k.words, reason_parts=reason_parts(h, spec, earliest, latest, extra_parts))


def _condition_status(state: ChainState, spec: AuditKindSpec) -> str | None:
    """required / possible / None (does not apply) for the kind's condition."""
    last = state.last_renewal
    if spec.condition == "always":
        return "required"
    if spec.condition == "requested":
        return "possible"
    if spec.condition == "mid_term_required":
        return {True: "required", False: None, None: "possible"}[state.mid_term_required]
    if last is None:
        return None
    if spec.condition == "major_nc":
        return "required" if last.major_ncs + last.critical_ncs else None
    if spec.condition == "any_nc":
        return "required" if last.major_ncs + last.minor_ncs + last.critical_ncs else None
    return None


def _windows_for(state: ChainState, spec: AuditKindSpec | None, *,
                 kind: str = "", anchors: dict[str, date] | None = None) -> list[AuditWindow]:
    if spec is None:  # every in-force spec of that kind
        return [w for sp in state.history.pack.cycle.audits if sp.kind == kind
                for w in _windows_for(state, sp)]
    h = state.history
    anchors = anchors if anchors is not None else _anchors(state)
    out: list[AuditWindow] = []
    cert = state.cert
    number = cert.number if cert else -1
    if spec.applies == "first":
        if cert is None and state.last_renewal is None:
            w = _make(state, spec, anchors, "first", "required")
            out += [w] if w else []
        return out
    if spec.applies == "after_audit":  # also without a certificate: a follow-up may grant it
        status = _condition_status(state, spec)
        last = state.last_renewal
        if status and last is not None:
            w = _make(state, spec, anchors, f"c{number}-after-{last.end.isoformat()}", status,
                      extra=f" after the audit ending {last.end.isoformat()}",
                      extra_parts=(("after_audit", last.end),))
            out += [w] if w else []
        return out
    if cert is None:
        return out
    if spec.applies == "cycle":
        status = _condition_status(state, spec)
        if status:
            w = _make(state, spec, anchors, f"c{number}", status)
            out += [w] if w else []
    elif spec.applies == "periodic" and h.pack.cycle.period_anchor == "certificate_start":
        k = 1
        while True:  # each anniversary inside the certificate, offset from the start in one step
            anniversary = period_end(cert.start, Offset(years=k)) + ONE_DAY
            if anniversary > cert.expiry:
                break
            w = _make(state, spec, {**anchors, "certificate_start": anniversary},
                      f"c{number}-y{k}", _condition_status(state, spec) or "possible",
                      extra=f" in year {k + 1} of the certificate",
                      extra_parts=(("certificate_year", k + 1),))
            out += [w] if w else []
            k += 1
    return out


_KNOWN: dict[tuple, tuple[SchemeHistory, tuple[AuditWindow, ...]]] = {}


def _known(state: ChainState) -> tuple[AuditWindow, ...]:
    """Every window the chain's certificate and last renewal define, audited or not.

    They depend only on the certificate, the last renewing audit and the mid-term flag, not
    on what was audited since, so a chain stepping through one certificate (and a search
    revisiting a state) builds them once."""
    basis = (state.history, state.cert, state.last_renewal, state.mid_term_required,
             state.horizon_end)
    memo = state.windows_memo  # (what the windows follow from, the windows)
    if memo is not None and all(a is b for a, b in zip(memo[0], basis, strict=True)):
        return memo[1]
    key = (id(state.history), state.cert, state.last_renewal, state.mid_term_required,
           state.horizon_end)
    hit = _KNOWN.get(key)
    if hit is None or hit[0] is not state.history:
        if len(_KNOWN) > 4_096:  # the chain states keep their own; this serves searches
            _KNOWN.clear()
        out: list[AuditWindow] = []
        anchors = _anchors(state)
        cycle = state.history.pack.cycle
        for spec in cycle.audits:
            if spec.applies == "periodic" and cycle.period_anchor == "financial_year_end":
                continue  # fixed calendar windows, see periodic_windows()
            out += [w for w in _windows_for(state, spec, anchors=anchors)
                    if w.earliest <= state.horizon_end]
        hit = _KNOWN[key] = (state.history, tuple(out))
    # a cache slot on a frozen state: the windows follow from the fields checked above
    object.__setattr__(state, "windows_memo", (basis, hit[1]))
    return hit[1]


def pending(state: ChainState) -> list[AuditWindow]:
    """Windows of the chain that are known now and not yet audited."""
    if state.stopped:
        return []
    return [w for w in _known(state) if w.uid not in state.done]


def periodic_windows(h: SchemeHistory, horizon_start: date, horizon_end: date,
                     done: Sequence[AuditOutcome] = ()) -> list[AuditWindow]:
    """Windows anchored on each financial-year end (annual assurance): they never cascade."""
    cycle = h.pack.cycle
    if cycle.period_anchor != "financial_year_end":
        return []
    out = []
    for spec in cycle.audits:
        if spec.applies != "periodic":
            continue
        if not h.financial_year_end:
            continue
        for fye in financial_year_ends(h.financial_year_end, horizon_start - timedelta(days=400),
                                       horizon_end):
            state = ChainState(h, horizon_end, None)
            w = _make(state, spec, {"financial_year_end": fye}, f"fy{fye.isoformat()}",
                      "required", extra=f" for the financial year ending {fye.isoformat()}",
                      extra_parts=(("financial_year", fye),))
            if w is None or w.latest < horizon_start or w.earliest > horizon_end:
                continue
            if any(a.kind == spec.kind and w.earliest <= a.start <= w.latest for a in done):
                continue
            out.append(replace(w, cascades=False))  # calendar-anchored: its date moves nothing
    return out


def advance(state: ChainState, window: AuditWindow, start: date, end: date) -> ChainState:
    """The chain after ``window``'s audit took place on [start, end] (planned or real)."""
    if window.uid in state.done:
        return state
    if not window.renews:
        return replace(state, done=state.done | {window.uid})
    majors = 1 if state.what_if_major else 0
    audit = AuditOutcome(window.kind, start, end, major_ncs=majors)
    cert, why = next_certificate(state, audit)
    notes = state.notes
    if why:
        notes += (f"{state.history.label}: audit on {start.isoformat()} assumed with a major"
                  f" NC: {why}",)
    if cert is None:
        follow_up = any(a.applies == "after_audit" and a.renews_certificate
                        for a in state.history.pack.cycle.audits)
        if follow_up:  # no certificate until a follow-up audit clears the finding
            return replace(state, cert=None, last_renewal=audit, mid_term_required=None,
                           what_if_major=False, done=frozenset(), notes=notes)
        return replace(state, stopped=f"{state.history.label}: no certificate after the audit"
                       f" of {start.isoformat()} ({why}); the site must be certified again",
                       notes=notes, done=frozenset({window.uid}))
    return replace(state, cert=cert, last_renewal=audit, mid_term_required=None,
                   what_if_major=False, done=frozenset(), notes=notes)


def deadlines(h: SchemeHistory, audit: AuditOutcome) -> list[DeadlineDate]:
    """Corrective-action deadlines an audit's findings set, per the pack."""
    counts = {"minor_gap": audit.minor_ncs, "major_gap": audit.major_ncs,
              "critical": audit.critical_ncs}
    anchors = {"audit_start": audit.start, "audit_end": audit.end, "nc_letter": audit.end,
               "finding_date": audit.end,
               "report_date": add(audit.end, offset(h.pack.cycle.report_lag))}
    if audit.decision_date:
        anchors["decision_date"] = audit.decision_date
    out = []
    for d in h.pack.cycle.deadlines:
        if not in_force(d, audit.end):
            continue
        if not any(counts.get(str(s), 0) for s in d.applies_to):
            continue
        try:
            due = rule(d.due).evaluate(anchors)
        except Exception:
            continue
        label = d.label.get("en") or d.id
        out.append(DeadlineDate(h.key, d.id, label, due,
                                f"{h.label} {label} by {due.isoformat()}: "
                                f"{rule(d.due).describe()} (source: {d.source};"
                                f" {_flag(d.verified)}).", d.verified))
    return out


@dataclass
class Projection:
    """A scheme's windows over a horizon, each audit assumed on its due date (or latest)."""

    windows: list[AuditWindow] = field(default_factory=list)
    possible: list[AuditWindow] = field(default_factory=list)
    deadlines: list[DeadlineDate] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def assumed_day(w: AuditWindow) -> date:
    return w.due if w.due and w.earliest <= w.due <= w.latest else w.latest


def project(h: SchemeHistory, horizon_start: date, horizon_end: date,
            what_if_major: bool = False) -> Projection:
    out = Projection()
    for a in h.audits:
        out.deadlines += [d for d in deadlines(h, a) if d.due >= horizon_start]
    state = start_chain(h, horizon_start, horizon_end, what_if_major)
    out.windows += periodic_windows(h, horizon_start, horizon_end, list(h.audits))
    for _ in range(200):  # a chain cannot need more steps than days in ten years / a month
        now = pending(state)  # one step moves one window; the rest are recomputed once
        todo = [w for w in now if w.status == "required"]
        known = {p.uid for p in out.possible}
        out.possible += [w for w in now if w.status == "possible" and w.uid not in known]
        if not todo:
            break
        w = min(todo, key=lambda x: (assumed_day(x), x.kind))
        out.windows.append(w)
        day = assumed_day(w)
        state = advance(state, w, day, day)
        # windows whose audit falls beyond the horizon end the projection
    out.notes += list(state.notes) + ([state.stopped] if state.stopped else [])
    out.windows.sort(key=lambda w: (w.earliest, w.latest, w.uid))
    return out
