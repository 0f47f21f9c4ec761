"""What the desktop fieldwork screens need beyond the checklist, planning and reports
services: the visits to work on, which joint template a plan's visits use, each scheme's
rating levels to override with, the shipped crosswalks, the crosswalk warnings,
and the checklist as XLSX/CSV. Thin units of work over the core; plain read data out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlmodel import select

from jointaudit.common.errors import InvalidInput, NotFound
from jointaudit.services import saved_plans
from jointaudit.store.models import JointPlan, JointTemplate, Site, Visit


@dataclass(frozen=True)
class VisitRow:
    id: int
    plan_id: int
    site_id: int
    site: str
    start: date
    end: date
    template_id: int | None
    template: str

    @property
    def label(self) -> str:
        used = f" — {self.template}" if self.template else ""
        return f"{self.site}: {self.start:%Y-%m-%d} – {self.end:%Y-%m-%d}{used}"

    @property
    def file_stem(self) -> str:
        """A file-name-safe stem for this visit's exports."""
        safe = "".join(c if c.isalnum() else "-" for c in self.site).strip("-")
        return f"{safe}-{self.start:%Y%m%d}"


def list_visits(ws) -> list[VisitRow]:
    """Every planned visit of the sites' current plans (and any visit with fieldwork), with
    its site and the joint template its plan uses."""
    with ws.session() as s:
        rows = s.exec(select(Visit, JointPlan, Site)
                      .join(JointPlan, JointPlan.id == Visit.plan_id)
                      .join(Site, Site.id == Visit.site_id)
                      .order_by(Visit.start)).all()
        listed = saved_plans.listed_visit_ids(s)
        names = {t.id: t.name for t in s.exec(select(JointTemplate))}
        return [VisitRow(v.id, p.id, site.id, site.name, v.start, v.end, p.template_id,
                         names.get(p.template_id, "")) for v, p, site in rows
                if v.id in listed]


def use_template(ws, plan_id: int, template_id: int) -> VisitRow | None:
    """Make a plan's visits use a joint template (its checklist is what fieldwork rates)."""
    with ws.session() as s:
        plan = s.get(JointPlan, plan_id)
        if plan is None:
            raise NotFound(f"no joint plan with id {plan_id}")
        if s.get(JointTemplate, template_id) is None:
            raise NotFound(f"no joint template with id {template_id}")
        plan.template_id = template_id
        s.add(plan)
    return next((v for v in list_visits(ws) if v.plan_id == plan_id), None)


def template_for(ws, version_ids: list[str], name: str) -> int:
    """The joint template merging exactly these scheme versions: an existing one (so its
    approvals and findings carry over), else a new merge."""
    from jointaudit.checklist.template import build_template

    wanted = sorted(version_ids)
    with ws.session() as s:
        for t in s.exec(select(JointTemplate).order_by(JointTemplate.id)).all():
            if sorted(t.version_ids) == wanted:
                return t.id
        return build_template(s, name, wanted).id


def rating_levels(ws, version_id: str, language: str = "en") -> list[tuple[str, str]]:
    """(level id, the scheme's word for it) in the scale's order."""
    from jointaudit.fieldwork.scale import rating_map

    with ws.session() as s:
        scale = rating_map(s, version_id)
    return [(lv.level_id, lv.word(language)) for lv in scale.levels.values()]


def import_shipped_crosswalks(ws) -> list[str]:
    """Import every shipped crosswalk whose versions are in the workspace; one line each."""
    from jointaudit.library.crosswalk.importer import import_shipped

    with ws.session() as s:
        results, skipped = import_shipped(s)
    return ([f"{r.crosswalk_id}: {r.links_added} link(s) added, {r.links_updated} updated,"
             f" {r.recognitions} recognition rule(s)" for r in results]
            + [f"skipped {line}" for line in skipped])


def export_checklist(ws, visit_id: int, path: str | Path, language: str = "en") -> Path:
    """The visit's checklist with its ratings as .xlsx or .csv (by the file's suffix)."""
    from jointaudit.exports.checklist_csv import write_csv
    from jointaudit.exports.checklist_rows import build_rows
    from jointaudit.exports.checklist_xlsx import write_xlsx

    path = Path(path)
    writers = {".xlsx": write_xlsx, ".csv": write_csv}
    if path.suffix.lower() not in writers:
        raise InvalidInput(f"{path.name}: expected a .xlsx or .csv file name")
    with ws.session() as s:
        visit = s.get(Visit, visit_id)
        plan = s.get(JointPlan, visit.plan_id) if visit else None
        if plan is None or plan.template_id is None:
            raise NotFound(f"visit {visit_id} has no joint template; choose one first")
        sheet = build_rows(s, plan.template_id, visit_id=visit_id, language=language)
    return writers[path.suffix.lower()](sheet, path)


def crosswalk_warnings(ws, version_ids: list[str]) -> list[tuple[str, str]]:
    """Consistency warnings on the accepted links between these versions: (code, message)."""
    from jointaudit.library.crosswalk.checks import check_links

    with ws.session() as s:
        return [(w.code, w.message) for w in check_links(s, version_ids)]
