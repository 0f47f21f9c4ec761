"""Importing sites, certification bodies (with approvals), auditors (with qualifications),
site memberships and certificates, and blackout periods from CSV or XLSX tables.

Every row is checked before anything is written; one bad row imports nothing, and each
problem names the row and column. Importing the same table twice changes nothing: sites,
CBs and auditors are matched by name (an auditor by name and CB), and an approval or
qualification already present is not added again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from jointaudit.common.errors import ProblemList
from jointaudit.common.tabular import TableRow, parse_count, parse_date, read_table, split_list
from jointaudit.store.models import (
    Auditor,
    AuditorQualification,
    BlackoutPeriod,
    CBApproval,
    Certificate,
    CertificationBody,
    Facility,
    Scheme,
    SchemeVersion,
    Site,
    saved_id,
)

SITE_TYPES = {"mine", "cooperative", "refinery", "smelter", "trader", "manufacturer", "company"}
SCALES = {"", "asm", "lsm"}
SIZES = {"small", "medium", "large"}
ROLES = {"lead", "team", "technical_expert"}
_LANG = re.compile(r"^[a-z]{2}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class RecordsResult:
    created: int
    updated: int
    scopes_added: int = 0  # approvals or qualifications

    def describe(self, what: str) -> str:
        extra = f", {self.scopes_added} approvals/qualifications added" if self.scopes_added else ""
        return f"{what}: {self.created} created, {self.updated} updated{extra}"


class _Rows:
    """Shared row checks, collecting problems with the row number and column."""

    def __init__(self, path: Path):
        self.problems = ProblemList(str(path))
        self.names: dict[str, int] = {}

    def add(self, row: TableRow, column: str, message: str, code: str = "table.bad-value") -> None:
        self.problems.add(code, message, line=row.number, path=column)

    def present_name(self, row: TableRow) -> str | None:
        name = row.get("name")
        if not name:
            self.add(row, "name", "the name is empty", "table.missing-value")
        return name or None

    def unique_name(self, row: TableRow) -> str | None:
        """Names that must not repeat within the file (one row per record)."""
        name = self.present_name(row)
        if name is None:
            return None
        key = name
        if key in self.names:
            self.add(row, "name", f"'{name}' appears again (first on row {self.names[key]});"
                     " one row per record", "table.duplicate")
        self.names.setdefault(key, row.number)
        return name

    def raise_if_any(self, path: Path) -> None:
        self.problems.raise_if_any(f"{path}: {len(self.problems.problems)} problem(s); nothing"
                                   " was imported")

    def choice(self, row: TableRow, column: str, allowed: set[str], default: str) -> str:
        value = row.get(column).lower() or default
        if value not in allowed:
            self.add(row, column, f"'{row.get(column)}' is not one of:"
                     f" {', '.join(sorted(a for a in allowed if a))}")
        return value

    def country(self, row: TableRow, column: str = "country") -> str:
        value = row.get(column).upper()
        if value and not _COUNTRY.match(value):
            self.add(row, column, f"'{row.get(column)}' is not a two-letter ISO country code"
                     " (e.g. GH, CO, CH)")
        return value

    def languages(self, row: TableRow) -> list[str]:
        langs = [x.lower() for x in split_list(row.get("languages"))]
        bad = [x for x in langs if not _LANG.match(x)]
        if bad:
            self.add(row, "languages", f"{', '.join(bad)}: languages are two-letter codes"
                     " (en, es, fr …) separated by ';' or ','")
        return langs

    def period(self, row: TableRow, required: bool) -> tuple[date | None, date | None]:
        start = parse_date(row, "valid_from", self.problems, required=required)
        end = parse_date(row, "valid_to", self.problems)
        if start and end and start > end:
            self.add(row, "valid_to", f"valid_to {end} is before valid_from {start}")
        return start, end

    def scheme(self, s: Session, row: TableRow) -> tuple[str | None, str | None]:
        scheme_id = row.get("scheme").lower()
        if not scheme_id:
            return None, None
        if s.get(Scheme, scheme_id) is None:
            known = ", ".join(sorted(s.exec(select(Scheme.id)))) or "none (import packs first)"
            self.add(row, "scheme", f"unknown scheme '{row.get('scheme')}'; known: {known}")
            return None, None
        version = row.get("version")
        if not version:
            return scheme_id, None
        vid = version if "@" in version else f"{scheme_id}@{version}"
        if s.get(SchemeVersion, vid) is None:
            self.add(row, "version", f"version '{version}' of {scheme_id} is not imported")
            return scheme_id, None
        return scheme_id, vid


def import_sites(workspace, path: str | Path) -> RecordsResult:
    path = Path(path)
    rows = read_table(path, required={"name"}, known={
        "name", "country", "region", "commodity", "site_type", "scale", "size", "languages",
        "applicability_tags", "financial_year_end", "max_visit_days", "notes"})
    c = _Rows(path)
    parsed: list[tuple[str, dict[str, Any]]] = []
    for row in rows:
        name = c.unique_name(row)
        fye = row.get("financial_year_end") or None
        if fye and not _valid_month_day(fye):
            c.add(row, "financial_year_end", f"'{fye}' is not a month and day as MM-DD"
                  " (e.g. 03-31)")
        max_days = row.get("max_visit_days")
        days = parse_count(max_days, limit=365) if max_days else None
        if max_days and not days:
            c.add(row, "max_visit_days", f"'{max_days[:40]}' is not a number of days (1–365)")
        fields: dict[str, Any] = dict(
            country=c.country(row), region=row.get("region"),
            commodity=row.get("commodity").lower() or "gold",
            site_type=c.choice(row, "site_type", SITE_TYPES, "mine"),
            scale=c.choice(row, "scale", SCALES, ""), size=c.choice(row, "size", SIZES, "medium"),
            languages=c.languages(row),
            applicability_tags=[t.lower() for t in split_list(row.get("applicability_tags"))],
            financial_year_end=fye, notes=row.get("notes"),
            max_visit_days=days or None)
        if name is not None:  # (a missing name is a problem already)
            parsed.append((name, fields))
    c.raise_if_any(path)
    created = updated = 0
    with workspace.session() as s:
        existing = {x.name: x for x in s.exec(select(Site))}
        for name, fields in parsed:
            site = existing.get(name)
            if site is None:
                s.add(Site(name=name, **fields))
                created += 1
            elif any(getattr(site, k) != v for k, v in fields.items()):
                for k, v in fields.items():
                    setattr(site, k, v)
                s.add(site)
                updated += 1
    return RecordsResult(created, updated)


def _valid_month_day(text: str) -> bool:
    m = re.fullmatch(r"(\d{2})-(\d{2})", text)
    if not m:
        return False
    try:
        date(2024, int(m[1]), int(m[2]))  # a leap year accepts 02-29
    except ValueError:
        return False
    return True


def import_cbs(workspace, path: str | Path) -> RecordsResult:
    """One row per approval; a CB's name repeats on each of its rows."""
    path = Path(path)
    rows = read_table(path, required={"name"}, known={
        "name", "country", "notes", "scheme", "version", "commodities", "regions", "valid_from",
        "valid_to", "reference"})
    c = _Rows(path)
    with workspace.session() as s:
        bodies = {x.name: x for x in s.exec(select(CertificationBody))}
        plan = []
        for row in rows:
            name = c.present_name(row)
            if name is None:
                continue
            scheme_id, version_id = c.scheme(s, row)
            start, end = c.period(row, required=bool(row.get("scheme")))
            plan.append((row, name, c.country(row), scheme_id, version_id, start, end))
        c.raise_if_any(path)
        created = updated = added = 0
        for row, name, country, scheme_id, version_id, start, end in plan:
            cb = bodies.get(name)
            if cb is None:
                cb = CertificationBody(name=name, country=country, notes=row.get("notes"))
                s.add(cb)
                s.flush()
                bodies[name] = cb
                created += 1
            elif (country and cb.country != country) or (row.get("notes") and
                                                         cb.notes != row.get("notes")):
                cb.country = country or cb.country
                cb.notes = row.get("notes") or cb.notes
                s.add(cb)
                updated += 1
            if scheme_id and start:
                dup = s.exec(select(CBApproval).where(
                    CBApproval.cb_id == cb.id, CBApproval.scheme_id == scheme_id,
                    CBApproval.scheme_version_id == version_id,
                    CBApproval.valid_from == start)).first()
                if dup is None:
                    s.add(CBApproval(cb_id=saved_id(cb), scheme_id=scheme_id,
                                     scheme_version_id=version_id,
                                     commodities=[x.lower() for x in split_list(
                                         row.get("commodities"))],
                                     regions=split_list(row.get("regions")), valid_from=start,
                                     valid_to=end, reference=row.get("reference")))
                    s.flush()
                    added += 1
    return RecordsResult(created, updated, added)


def import_auditors(workspace, path: str | Path) -> RecordsResult:
    """One row per qualification; an auditor's name (and CB) repeats on each of their rows."""
    path = Path(path)
    rows = read_table(path, required={"name"}, known={
        "name", "cb", "languages", "email", "scheme", "role", "commodities", "valid_from",
        "valid_to", "reference"})
    c = _Rows(path)
    with workspace.session() as s:
        bodies = {x.name: x.id for x in s.exec(select(CertificationBody))}
        people = {(a.name, a.cb_id): a for a in s.exec(select(Auditor))}
        plan = []
        for row in rows:
            name = c.present_name(row)
            if name is None:
                continue
            cb_name = row.get("cb")
            if cb_name and cb_name not in bodies:
                c.add(row, "cb", f"no certification body named '{cb_name}' in the workspace"
                      " (import it with import-cbs first)")
            scheme_id, _ = c.scheme(s, row)
            role = c.choice(row, "role", ROLES, "team")
            start, end = c.period(row, required=bool(row.get("scheme")))
            email = row.get("email")
            if email and "@" not in email:
                c.add(row, "email", f"'{email}' is not an e-mail address")
            plan.append((row, name, bodies.get(cb_name), c.languages(row), scheme_id, role,
                         start, end))
        c.raise_if_any(path)
        created = updated = added = 0
        for row, name, cb_id, languages, scheme_id, role, start, end in plan:
            person = people.get((name, cb_id))
            if person is None:
                person = Auditor(name=name, cb_id=cb_id, languages=languages,
                                 email=row.get("email"))
                s.add(person)
                s.flush()
                people[(name, cb_id)] = person
                created += 1
            else:
                merged = person.languages + [x for x in languages if x not in person.languages]
                if merged != person.languages or (row.get("email") and
                                                  row.get("email") != person.email):
                    person.languages = merged
                    person.email = row.get("email") or person.email
                    s.add(person)
                    updated += 1
            if scheme_id and start:
                dup = s.exec(select(AuditorQualification).where(
                    AuditorQualification.auditor_id == person.id,
                    AuditorQualification.scheme_id == scheme_id,
                    AuditorQualification.role == role,
                    AuditorQualification.valid_from == start)).first()
                if dup is None:
                    s.add(AuditorQualification(
                        auditor_id=saved_id(person), scheme_id=scheme_id, role=role,
                        commodities=[x.lower() for x in split_list(row.get("commodities"))],
                        valid_from=start, valid_to=end, reference=row.get("reference")))
                    s.flush()
                    added += 1
    return RecordsResult(created, updated, added)


MEMBERSHIP_COLUMNS = ("site", "scheme", "version", "kind", "member_since", "certificate_no",
                      "issued_on", "expires_on", "scope", "facilities")
BLACKOUT_COLUMNS = ("site", "start", "end", "reason")
KINDS = {"membership", "certificate"}


def _site(s: Session, c: _Rows, row: TableRow, sites: dict[str, Site]) -> Site | None:
    name = row.get("site")
    site = sites.get(name)
    if site is None:
        c.add(row, "site", f"no site named '{name}' in the workspace (import it with"
              " import-sites first)" if name else "the site is empty",
              "table.bad-value" if name else "table.missing-value")
    return site


def import_memberships(workspace, path: str | Path) -> RecordsResult:
    """One row per membership or certificate of a site in a scheme. A row for a site,
    scheme and certificate number (or membership) already on record updates it."""
    path = Path(path)
    rows = read_table(path, required={"site", "scheme"}, known=set(MEMBERSHIP_COLUMNS))
    c = _Rows(path)
    with workspace.session() as s:
        sites = {x.name: x for x in s.exec(select(Site))}
        plan = []
        for row in rows:
            site = _site(s, c, row, sites)
            if not row.get("scheme"):
                c.add(row, "scheme", "the scheme is empty", "table.missing-value")
            scheme_id, version_id = c.scheme(s, row)
            kind = c.choice(row, "kind", KINDS, "certificate")
            since = parse_date(row, "member_since", c.problems)
            issued = parse_date(row, "issued_on", c.problems)
            expires = parse_date(row, "expires_on", c.problems)
            if issued and expires and expires < issued:
                c.add(row, "expires_on", f"expires_on {expires} is before issued_on {issued}")
            if kind == "certificate" and not (issued and expires) and not since:
                c.add(row, "issued_on", "a certificate needs issued_on and expires_on (or a"
                      " member_since date); write kind 'membership' for a membership only",
                      "table.missing-value")
            facility_ids = []
            if site is not None:
                known = {f.name: f.id for f in s.exec(select(Facility)
                                                      .where(Facility.site_id == site.id))}
                for name in split_list(row.get("facilities")):
                    if name not in known:
                        c.add(row, "facilities", f"site '{site.name}' has no facility named"
                              f" '{name}' (known: {', '.join(sorted(known)) or 'none'})")
                    else:
                        facility_ids.append(known[name])
            if site is not None and scheme_id is not None:  # (else a problem is named)
                plan.append((site, scheme_id, version_id, kind, since, issued, expires,
                             row.get("certificate_no"), row.get("scope"), facility_ids))
        c.raise_if_any(path)
        created = updated = 0
        for site, scheme_id, version_id, kind, since, issued, expires, number, scope, \
                facility_ids in plan:
            same = s.exec(select(Certificate).where(
                Certificate.site_id == saved_id(site), Certificate.scheme_id == scheme_id,
                Certificate.kind == kind, Certificate.number == (number or ""))).first()
            fields: dict[str, Any] = dict(
                scheme_version_id=version_id, member_since=since, issued_on=issued,
                expires_on=expires, scope=scope or "", facility_ids=facility_ids)
            if same is None:
                s.add(Certificate(site_id=saved_id(site), scheme_id=scheme_id, kind=kind,
                                  number=number or "", **fields))
                created += 1
            elif any(getattr(same, k) != v for k, v in fields.items()):
                for k, v in fields.items():
                    setattr(same, k, v)
                s.add(same)
                updated += 1
    return RecordsResult(created, updated)


def import_blackouts(workspace, path: str | Path) -> RecordsResult:
    """One row per period in which a site cannot be audited; the same period twice is
    imported once."""
    path = Path(path)
    rows = read_table(path, required={"site", "start", "end"}, known=set(BLACKOUT_COLUMNS))
    c = _Rows(path)
    with workspace.session() as s:
        sites = {x.name: x for x in s.exec(select(Site))}
        plan = []
        for row in rows:
            site = _site(s, c, row, sites)
            start = parse_date(row, "start", c.problems, required=True)
            end = parse_date(row, "end", c.problems, required=True)
            if start and end and end < start:
                c.add(row, "end", f"end {end} is before start {start}")
            if site is not None and start and end:  # (else a problem is named)
                plan.append((site, start, end, row.get("reason")))
        c.raise_if_any(path)
        created = 0
        for site, start, end, reason in plan:
            dup = s.exec(select(BlackoutPeriod).where(
                BlackoutPeriod.site_id == saved_id(site), BlackoutPeriod.start == start,
                BlackoutPeriod.end == end)).first()
            if dup is None:
                s.add(BlackoutPeriod(site_id=saved_id(site), start=start, end=end, reason=reason or ""))
                s.flush()
                created += 1
    return RecordsResult(created, 0)
