"""Report use cases for the desktop app and the CLI: what can be reported for a visit, what
stands in the way of each report, build with progress and cancellation, export to a file
without ever leaving a half-written PDF."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from sqlmodel import select

from jointaudit.common.errors import InvalidInput, NotFound, Problem
from jointaudit.records import sites as records_sites
from jointaudit.reports import gather
from jointaudit.reports.checklist import build_checklist
from jointaudit.reports.data import BuildOptions
from jointaudit.reports.joint_summary import build_joint_summary
from jointaudit.reports.obligations import build_obligations
from jointaudit.reports.scheme_report import build_scheme_report
from jointaudit.reports.validation import validate_scheme_report
from jointaudit.store.models import JointPlan, JointTemplate, Visit, saved_id

KINDS = ("scheme", "joint_summary", "checklist", "obligations")


@dataclass(frozen=True)
class SchemeTarget:
    """One scheme report a visit can produce, and what blocks its final export."""

    version_id: str
    label: str
    problems: tuple[Problem, ...]

    @property
    def ready(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ReportRequest:
    kind: str  # scheme / joint_summary / checklist / obligations
    visit_id: int | None = None
    version_id: str | None = None
    site_id: int | None = None
    lang: str | None = None  # None: the report's default (jointaudit.reports.language)
    draft: bool = False
    parts: tuple[str, ...] = ("public", "assurance", "confidential")
    report_date: date | None = None
    today: date | None = None  # the register's "generated on" (defaults to today)


def scheme_versions(workspace, visit_id: int) -> list[str]:
    with workspace.session() as s:
        visit = s.get(Visit, visit_id)
        if visit is None:
            raise NotFound(f"no visit with id {visit_id}")
        plan = s.get(JointPlan, visit.plan_id)
        template = s.get(JointTemplate, plan.template_id) if plan and plan.template_id else None
        if template is None:
            raise NotFound(f"visit {visit_id}'s plan has no joint template; choose one first")
        return list(template.version_ids)


def report_targets(workspace, visit_id: int) -> list[SchemeTarget]:
    """Every scheme of the visit with the named problems blocking its final report."""
    out = []
    for version_id in scheme_versions(workspace, visit_id):
        with workspace.session() as s:
            data = gather.scheme_report_input(s, visit_id, version_id)
        out.append(SchemeTarget(version_id, f"{data.scheme_name} {data.version_label}",
                                tuple(validate_scheme_report(data))))
    return out


def build(workspace, request: ReportRequest, *,
          progress: Callable[[int, int], None] | None = None,
          cancel: threading.Event | None = None) -> bytes:
    """The requested report as PDF bytes (ReportRefused if a final report is incomplete)."""
    lang = request.lang or default_language(workspace, request)
    options = BuildOptions(lang=lang, draft=request.draft, parts=request.parts,
                           progress=progress, cancel=cancel)
    options.check_cancelled()
    with workspace.session() as s:
        # the input is gathered in the session, the PDF built after it is closed
        make_pdf: Callable[[BuildOptions], bytes]
        if request.kind == "scheme":
            make_pdf = partial(build_scheme_report, gather.scheme_report_input(
                s, _need(request.visit_id, "visit"), _need(request.version_id, "scheme"),
                report_date=request.report_date))
        elif request.kind == "joint_summary":
            make_pdf = partial(build_joint_summary,
                            gather.joint_summary_input(s, _need(request.visit_id, "visit")))
        elif request.kind == "checklist":
            make_pdf = partial(build_checklist, gather.checklist_input(
                s, visit_id=request.visit_id, site_id=request.site_id))
        elif request.kind == "obligations":
            make_pdf = partial(build_obligations, gather.obligations_input(
                s, _need(request.site_id, "site"), request.today or date.today()))
        else:
            raise InvalidInput(f"unknown report kind '{request.kind}'; expected one of"
                               f" {', '.join(KINDS)}")
    return make_pdf(options)


def default_language(workspace, request: ReportRequest) -> str:
    """The language the report is printed in unless the user chooses one: Spanish for a
    Fairmined report of a Latin-American site, for instance (``jointaudit.reports.language``)."""
    with workspace.session() as s:
        return gather.report_language(s, request.kind, visit_id=request.visit_id,
                                      version_id=request.version_id, site_id=request.site_id)


def export(workspace, request: ReportRequest, out: str | Path, **kw) -> Path:
    """Build and write atomically: a refused or cancelled build leaves no file behind."""
    pdf = build(workspace, request, **kw)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # A unique sibling opened normally (not mkstemp), so the PDF gets the user's usual
    # permissions; replaced into place in one step.
    tmp = out.with_name(f".{out.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.part")
    try:
        with open(tmp, "xb") as fh:
            fh.write(pdf)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


def save_fields(workspace, visit_id: int, version_id: str, fields: dict) -> dict:
    with workspace.session() as s:
        return gather.set_report_fields(s, visit_id, version_id, fields)


def load_fields(workspace, visit_id: int, version_id: str) -> dict:
    with workspace.session() as s:
        return gather.report_fields(s, visit_id, version_id)


def find_visit(workspace, ref: str) -> int:
    """A visit by id or by (a prefix of) its uid."""
    with workspace.session() as s:
        if ref.isdigit() and s.get(Visit, int(ref)):
            return int(ref)
        hits = [v.id for v in s.exec(select(Visit)) if v.uid.startswith(ref.lower())]
    if len(hits) == 1:
        return hits[0]
    raise NotFound(f"no visit '{ref}'" if not hits else
                   f"'{ref}' matches {len(hits)} visits; give more of the uid")


def site_id(workspace, ref: str) -> int:
    """The id of a site given by its id or exact name."""
    with workspace.session() as s:
        return saved_id(records_sites.find_site(s, ref))


def resolve_version(workspace, visit_id: int, scheme: str) -> str:
    """A scheme id ("irma") or version key ("irma@1.0") among the visit's schemes."""
    versions = scheme_versions(workspace, visit_id)
    hits = [v for v in versions if v == scheme or v.split("@")[0] == scheme]
    if len(hits) == 1:
        return hits[0]
    raise NotFound(f"visit {visit_id} audits {', '.join(versions)}; '{scheme}' is "
                   + ("ambiguous" if hits else "not one of them"))


def _need(value, what: str):
    if value is None:
        raise InvalidInput(f"this report needs a {what}")
    return value
