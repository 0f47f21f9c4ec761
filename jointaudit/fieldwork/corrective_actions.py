"""Corrective actions: one per (finding, scheme) whose rating for that scheme is a gap, with
the scheme's own deadlines and escalations read from its pack (``cycle.deadlines`` /
``cycle.escalations``), never from constants here.

Each action also says what the site will do (``description``), who at the site carries it out
(``owner``: a person's name or role as the site gives it — the auditee owns a corrective
action, not the audit team) and how urgent it is (``priority``, one of :data:`PRIORITIES`).

Lifecycle: open → plan_submitted → plan_accepted → closed → verified (a rejected plan goes
back to open). A deadline whose id names the plan (``cap…`` or ``…plan…``) sets ``plan_due``;
the earliest other one sets ``close_due``; all of them are listed with their source.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from jointaudit.common.date_rules import DateRule, MissingAnchor
from jointaudit.common.errors import InvalidInput, NotFound
from jointaudit.common.severity import RATED_ORDER, Severity, is_gap, worst
from jointaudit.fieldwork.action_states import (
    DESCRIPTION_CHARS,
    OWNER_CHARS,
    PRIORITIES,
    STATUSES,
    TRANSITIONS,
)
from jointaudit.fieldwork.findings import scheme_ratings
from jointaudit.store.models import CorrectiveAction, Finding, SchemeVersion, Visit, saved_id
from jointaudit.store.models._base import utcnow


@dataclass(frozen=True)
class Deadline:
    deadline_id: str
    label: str
    due: date | None
    rule: str  # the rule in words, e.g. "audit end +1 month"
    verified: bool
    source: str
    missing: str = ""  # why no date could be computed


@dataclass(frozen=True)
class Escalation:
    action_uid: str
    version_id: str
    from_severity: str
    to_severity: str
    when: str
    source: str
    verified: bool


def _cycle(session: Session, version_id: str) -> dict:
    sv = session.get(SchemeVersion, version_id)
    if sv is None:
        raise NotFound(f"no scheme version {version_id}")
    return json.loads(sv.pack_json or "{}").get("cycle", {})


def _is_plan_deadline(deadline_id: str) -> bool:
    return deadline_id.startswith("cap") or "plan" in deadline_id


def deadlines_for(session: Session, version_id: str, severity: Severity | str,
                  anchors: dict[str, date], language: str = "en") -> list[Deadline]:
    out = []
    for d in _cycle(session, version_id).get("deadlines", []):
        if Severity(severity).value not in d.get("applies_to", []):
            continue
        rule = DateRule.from_mapping(d["due"])
        label = d.get("label", {}).get(language) or d.get("label", {}).get("en") or d["id"]
        try:
            due, missing = rule.evaluate(anchors), ""
        except MissingAnchor as exc:
            due, missing = None, exc.message
        out.append(Deadline(d["id"], label, due, rule.describe(), bool(d.get("verified")),
                            d.get("source", ""), missing))
    return sorted(out, key=lambda d: (d.due is None, d.due or date.max))


def _anchors(visit: Visit, finding: Finding, extra: dict | None) -> dict[str, date]:
    anchors = {"audit_start": visit.start, "audit_end": visit.end,
               "finding_date": finding.updated_at.date()}
    anchors.update(extra or {})
    return anchors


def gap_severity(ratings, item_key: str, version_id: str) -> Severity | None:
    sev = [Severity(c.severity) for c in ratings.for_item(item_key)
           if c.version_id == version_id and c.severity and is_gap(c.severity)]
    return worst(*sev) if sev else None


def raise_actions(session: Session, visit_id: int, *, anchors: dict[str, date] | None = None,
                  language: str = "en") -> list[CorrectiveAction]:
    """Open a corrective action for each (finding, scheme) with a gap that has none yet."""
    visit = session.get(Visit, visit_id)
    if visit is None:
        raise NotFound(f"no visit with id {visit_id}")
    ratings = scheme_ratings(session, visit_id, language=language)
    created = []
    for finding in session.exec(select(Finding).where(Finding.visit_id == visit_id)):
        existing = {ca.scheme_version_id for ca in session.exec(
            select(CorrectiveAction).where(CorrectiveAction.finding_id == finding.id))}
        for vid in ratings.checklist.version_ids:
            sev = gap_severity(ratings, finding.item_key, vid)
            if sev is None or vid in existing:
                continue
            dls = deadlines_for(session, vid, sev, _anchors(visit, finding, anchors), language)
            plan = [d.due for d in dls if d.due and _is_plan_deadline(d.deadline_id)]
            close = [d.due for d in dls if d.due and not _is_plan_deadline(d.deadline_id)]
            ca = CorrectiveAction(finding_id=saved_id(finding), scheme_version_id=vid,
                                  description=finding.observation,
                                  plan_due=min(plan, default=None),
                                  close_due=min(close, default=None))
            session.add(ca)
            created.append(ca)
    session.flush()
    return created


def advance(session: Session, action_id: int, status: str) -> CorrectiveAction:
    ca = session.get(CorrectiveAction, action_id)
    if ca is None:
        raise NotFound(f"no corrective action with id {action_id}")
    if status not in STATUSES:
        raise InvalidInput(f"'{status}' is not a corrective-action status; expected one of"
                           f" {', '.join(STATUSES)}")
    if status not in TRANSITIONS[ca.status]:
        allowed = ", ".join(sorted(TRANSITIONS[ca.status])) or "nothing (it is verified)"
        raise InvalidInput(f"a corrective action that is {ca.status} can go to {allowed},"
                           f" not {status}")
    ca.status, ca.updated_at = status, utcnow()
    session.add(ca)
    session.flush()
    return ca


def check_priority(priority: str) -> str:
    """A priority as stored: one of :data:`PRIORITIES`, or "" for none (any case, trimmed)."""
    value = (priority or "").strip().lower()
    if value and value not in PRIORITIES:
        raise InvalidInput(f"'{priority}' is not a corrective-action priority; expected one of"
                           f" {', '.join(PRIORITIES)} (or nothing)")
    return value


def edit(session: Session, action_id: int, *, description: str | None = None,
         owner: str | None = None, priority: str | None = None) -> CorrectiveAction:
    """Change what an action says (what the site will do, who does it, how urgent); a field
    left ``None`` keeps its value. The audit trail records the change like any other edit."""
    ca = session.get(CorrectiveAction, action_id)
    if ca is None:
        raise NotFound(f"no corrective action with id {action_id}")
    if priority is not None:
        priority = check_priority(priority)
    if owner is not None:
        owner = " ".join(owner.split())
        if len(owner) > OWNER_CHARS:
            raise InvalidInput(f"an owner is a name of at most {OWNER_CHARS} characters, not "
                               f"{len(owner)}")
    if description is not None:
        description = description.strip()
        if len(description) > DESCRIPTION_CHARS:
            raise InvalidInput(f"a description is at most {DESCRIPTION_CHARS:,} characters, "
                               f"not {len(description):,}")
    changed = False
    for name, value in (("description", description), ("owner", owner),
                        ("priority", priority)):
        if value is not None and getattr(ca, name) != value:
            setattr(ca, name, value)
            changed = True
    if changed:
        ca.updated_at = utcnow()
        session.add(ca)
        session.flush()
    return ca


def escalations_due(session: Session, visit_id: int, when: str,
                    on: date | None = None) -> list[Escalation]:
    """Apply each scheme's escalation rules for an event (``open_at_recertification`` at a
    recertification audit, ``deadline_missed`` on a date) to the visit's open actions; sets
    ``escalated_to`` and returns what escalated, each with the rule's source."""
    ratings = scheme_ratings(session, visit_id)
    out = []
    for finding in session.exec(select(Finding).where(Finding.visit_id == visit_id)):
        for ca in session.exec(select(CorrectiveAction)
                               .where(CorrectiveAction.finding_id == finding.id)):
            if ca.status in ("closed", "verified") or ca.scheme_version_id is None:
                continue
            if when == "deadline_missed" and not (on and ca.close_due and on > ca.close_due):
                continue
            current = Severity(ca.escalated_to) if ca.escalated_to else gap_severity(
                ratings, finding.item_key, ca.scheme_version_id)
            for rule in _cycle(session, ca.scheme_version_id).get("escalations", []):
                if rule["when"] != when or current is None or \
                        rule["from_severity"] != current.value:
                    continue
                target = Severity(rule["to_severity"])
                if RATED_ORDER.index(target) <= RATED_ORDER.index(current):
                    continue
                ca.escalated_to, ca.updated_at = target.value, utcnow()
                session.add(ca)
                out.append(Escalation(ca.uid, ca.scheme_version_id, current.value,
                                      target.value, when, rule.get("source", ""),
                                      bool(rule.get("verified"))))
                break
    session.flush()
    return out
