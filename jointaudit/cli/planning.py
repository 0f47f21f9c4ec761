"""``jointaudit plan`` and ``jointaudit record-audit``: audit windows, joint visits, teams,
effort and the saving against separate audits, as readable text or JSON."""

from __future__ import annotations

import calendar
import json
import re
import sys
from datetime import date
from pathlib import Path

from jointaudit.cli.writing import open_to_write
from jointaudit.common.errors import InvalidInput
from jointaudit.planning.inputs import PlanOptions
from jointaudit.records.outcomes import (
    CSV_COLUMNS,
    AuditOutcome,
    OutcomeEntry,
    read_csv,
    record,
)
from jointaudit.services.planning import PlanView, plan_sites, save_plan
from jointaudit.store.locking import open_exclusive


def register(sub) -> None:
    p = sub.add_parser("plan", help="plan joint audit visits for a site or the portfolio")
    p.add_argument("workspace")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--site", help="site name or id")
    who.add_argument("--all", action="store_true", help="plan every site (portfolio)")
    p.add_argument("--horizon", default="5y", help="planning horizon in years, e.g. 5y (max 10y)")
    p.add_argument("--from", dest="start", help="first day of the plan (default: today)")
    p.add_argument("--what-if-major", action="append", default=[], metavar="SCHEME",
                   help="plan as if the next audit of SCHEME raises a major NC")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    p.add_argument("--ics", metavar="FILE", help="also write the visits as iCalendar")
    p.add_argument("--csv", metavar="FILE", help="also write the visits as CSV")
    p.add_argument("--save", action="store_true",
                   help="store the plan with a joint template of the site's schemes, ready for"
                        " fieldwork and reports; prints the visit ids")
    p.set_defaults(handler=_plan)

    r = sub.add_parser("record-audit", help="record an audit's outcome (or import a CSV)")
    r.add_argument("workspace")
    r.add_argument("--csv", metavar="FILE", help="import outcomes from a CSV file instead;"
                   " columns: " + ", ".join(CSV_COLUMNS) + " (docs/records.md)")
    r.add_argument("--site")
    r.add_argument("--scheme", help="scheme version id, e.g. rjc-cop@2019")
    r.add_argument("--kind", help="audit kind from the pack, e.g. recertification")
    r.add_argument("--start")
    r.add_argument("--end")
    r.add_argument("--decision", default="")
    r.add_argument("--decision-date")
    r.add_argument("--valid-from")
    r.add_argument("--valid-until")
    r.add_argument("--minor", type=int, default=0)
    r.add_argument("--major", type=int, default=0)
    r.add_argument("--critical", type=int, default=0)
    r.add_argument("--mid-term-required", action="store_true")
    r.set_defaults(handler=_record)


def _day(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if m and 1 <= int(m[2]) <= 12:  # the right shape, a day the month does not have
        last = calendar.monthrange(int(m[1]), int(m[2]))[1]
        raise InvalidInput(f"{name}: {value} is not a day of the calendar:"
                           f" {calendar.month_name[int(m[2])]} {m[1]} has {last} days")
    raise InvalidInput(f"{name}: '{value}' is not a date; expected YYYY-MM-DD")


def _horizon(text: str) -> int:
    m = re.fullmatch(r"(\d+)\s*y?", text.strip().lower())
    if not m or not 1 <= int(m.group(1)) <= 10:
        raise InvalidInput(f"--horizon: '{text}' is not a horizon; expected 1y … 10y")
    return int(m.group(1))


def _plan(args) -> int:
    opts = PlanOptions(_day(args.start, "--from") or date.today(), _horizon(args.horizon),
                       frozenset(args.what_if_major))
    with (open_to_write if args.save else open_exclusive)(args.workspace) as ws:
        views = plan_sites(ws, None if args.all else args.site, opts)
        saved = [_save(ws, v) for v in views] if args.save else []
    if args.ics or args.csv:
        from jointaudit.exports.calendar import visits_csv, visits_ics
        if args.ics:
            Path(args.ics).write_bytes(visits_ics(views))
        if args.csv:
            Path(args.csv).write_text(visits_csv(views), encoding="utf-8")
    if args.json:
        json.dump([v.as_dict() for v in views], sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        for v in views:
            print(render(v))
        if len(views) > 1:
            print(_portfolio_total(views))
    for line in saved:
        print(line, file=sys.stderr if args.json else sys.stdout)
    return 0


def _save(ws, view) -> str:
    from jointaudit.services.fieldwork import list_visits, template_for, use_template

    plan_id = save_plan(ws, view)
    versions = sorted({w.uid.split("/")[0] for w in view.windows})
    note = ""
    if len(versions) >= 2:
        use_template(ws, plan_id, template_for(ws, versions, f"{view.site} joint checklist"))
    else:
        note = " (one scheme: no joint template needed)"
    visits = [f"visit id {v.id}: {v.start} – {v.end}" for v in list_visits(ws)
              if v.plan_id == plan_id]
    return "\n".join([f"saved plan {plan_id} for {view.site}{note}"] + visits)


def render(v: PlanView) -> str:
    out = [f"Site {v.site}: plan {v.horizon_start} to {v.horizon_end}", "", "Audit windows:"]
    for w in v.windows:
        flag = "" if w.verified else " UNVERIFIED"
        out.append(f"  {w.earliest} … {w.latest}  {w.scheme} {w.label} ({w.mode},"
                   f" {w.status}{flag}) → {w.planned}")
        out.append(f"      {w.reason}")
    out += ["", "Visits:"]
    for x in v.visits:
        out.append(f"  {x.number}. {x.start} – {x.end} ({x.days} day(s)): "
                   + " + ".join(x.audits))
        out.append(f"      why: {x.why}")
        out.append(f"      effort: {x.person_days_joint:g} person-days joint vs"
                   f" {x.person_days_separate:g} separately (pack estimates); team of"
                   f" {x.team_size}; {x.auditor_days} auditor-days ({x.days} day(s) × team)")
        for m in x.team:
            out.append(f"      team: {m.name} ({m.role}, {m.cb}) for {', '.join(m.schemes)}")
        for p in x.team_problems:
            out.append(f"      TEAM PROBLEM [{p.code}]: {p.message}")
            out += [f"        alternative: {a}" for a in p.alternatives]
        out += [f"      warning: {w}" for w in x.warnings]
    if not v.visits:
        out.append("  none")
    if v.problems:
        out += ["", "Cannot be planned:"]
        for p in v.problems:
            out.append(f"  [{p.code}] {p.message}")
            out += [f"    alternative: {a}" for a in p.alternatives]
    if v.warnings:
        out += ["", "Warnings:"] + [f"  {w}" for w in v.warnings]
    if v.notes:
        out += ["", "Notes:"] + [f"  {n}" for n in v.notes]
    s = v.saving
    if s:
        out += ["", f"Saving: {s.joint_visits} joint visit(s) instead of {s.separate_visits}"
                    f" separate audits ({s.visits_saved} saved); {s.joint_auditor_days:g}"
                    f" auditor-days instead of {s.separate_auditor_days:g}"
                    f" ({s.auditor_days_saved:g} saved); {s.joint_person_days:g} person-days"
                    f" instead of {s.separate_person_days:g} ({s.person_days_saved:g} saved)",
                ""]
    return "\n".join(out)


def _portfolio_total(views: list[PlanView]) -> str:
    savings = [v.saving for v in views if v.saving is not None]
    jv = sum(s.joint_visits for s in savings)
    sv = sum(s.separate_visits for s in savings)
    jd = sum(s.joint_auditor_days for s in savings)
    sd = sum(s.separate_auditor_days for s in savings)
    return (f"Portfolio of {len(views)} sites: {jv} joint visits instead of {sv};"
            f" {jd:g} auditor-days instead of {sd:g} ({sd - jd:g} saved)")


def _record(args) -> int:
    with open_to_write(args.workspace) as ws:
        if args.csv:
            outcomes, lines = read_csv(args.csv)
            with ws.session() as s:
                ids = record(s, outcomes, file=args.csv, lines=lines)
            print(f"recorded {len(ids)} audit outcome(s) from {args.csv}")
            return 0
        missing = [n for n in ("site", "scheme", "kind", "start", "end")
                   if getattr(args, n) is None]
        if missing:
            raise InvalidInput("record-audit: missing " + ", ".join(f"--{m}" for m in missing)
                               + " (or give --csv FILE)")
        start, end = _day(args.start, "--start"), _day(args.end, "--end")
        assert start is not None and end is not None  # both required, checked above
        o = AuditOutcome(args.kind, start, end,
                         _day(args.decision_date, "--decision-date"),
                         _day(args.valid_from, "--valid-from"),
                         _day(args.valid_until, "--valid-until"),
                         args.minor, args.major, args.critical, args.mid_term_required,
                         args.decision)
        with ws.session() as s:
            (rid,) = record(s, [OutcomeEntry(args.site, args.scheme, o)])
        print(f"recorded audit {rid}: {args.scheme} {o.kind} at {args.site},"
              f" {o.start} – {o.end}")
    return 0
