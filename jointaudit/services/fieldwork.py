"""What the desktop fieldwork screens need beyond the checklist, planning and reports
services: the visits to work on, which joint template a plan's visits use, each scheme's
rating levels to override with, the shipped crosswalks, the crosswalk warnings,
and the checklist as XLSX/CSV. Thin units of work over the core; plain read data out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import col, select

from jointaudit.common.errors import InvalidInput, NotFound
from jointaudit.planning.plan_view import VisitRow
from jointaudit.services import saved_plans
from jointaudit.store.models import JointPlan, JointTemplate, Site, Visit, VisitWindow, saved_id

if TYPE_CHECKING:
    from jointaudit.fieldwork.findings import ClauseRating


def list_visits(ws) -> list[VisitRow]:
    """Every planned visit of the sites' current plans (and any visit with fieldwork), with
    its site and the joint template its plan uses."""
    with ws.session() as s:
        rows = s.exec(select(Visit, JointPlan, Site)
                      .join(JointPlan, col(JointPlan.id) == col(Visit.plan_id))
                      .join(Site, col(Site.id) == col(Visit.site_id))
                      .order_by(col(Visit.start))).all()
        listed = saved_plans.listed_visit_ids(s)
        names = {t.id: t.name for t in s.exec(select(JointTemplate))}
        return [VisitRow.of(v, p, site, names.get(p.template_id, "")) for v, p, site in rows
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


def visit_versions(ws, visit_id: int) -> list[str]:
    """The scheme versions a visit audits (its planned windows), in order: what its joint
    checklist merges. A visit with no window recorded takes its plan's."""
    with ws.session() as s:
        visit = s.get(Visit, visit_id)
        if visit is None:
            raise NotFound(f"no visit with id {visit_id}")
        own = s.exec(select(VisitWindow.scheme_version_id)
                     .where(VisitWindow.visit_id == visit_id)).all()
        if not own:
            own = s.exec(select(VisitWindow.scheme_version_id)
                         .where(VisitWindow.plan_id == visit.plan_id)).all()
        return sorted(set(own))


def merge_for_visit(ws, visit_id: int, name: str) -> VisitRow | None:
    """The joint checklist of exactly the visit's schemes (an existing template with those
    schemes, else a new merge), used by the visit's plan."""
    versions = visit_versions(ws, visit_id)
    if not versions:
        raise NotFound(f"visit {visit_id} audits no scheme: nothing to merge")
    with ws.session() as s:
        visit = s.get(Visit, visit_id)
        assert visit is not None
        plan_id = visit.plan_id
    import_shipped_crosswalks(ws)
    use_template(ws, plan_id, template_for(ws, versions, name))
    return next((v for v in list_visits(ws) if v.id == visit_id), None)


def template_for(ws, version_ids: list[str], name: str) -> int:
    """The joint template merging exactly these scheme versions: an existing one (so its
    approvals and findings carry over), else a new merge."""
    from jointaudit.checklist.template import build_template

    wanted = sorted(version_ids)
    with ws.session() as s:
        for t in s.exec(select(JointTemplate).order_by(col(JointTemplate.id))).all():
            if sorted(t.version_ids) == wanted:
                return saved_id(t)
        return saved_id(build_template(s, name, wanted))


def rating_levels(ws, version_id: str, language: str = "en") -> list[tuple[str, str]]:
    """(level id, the scheme's word for it) in the scale's order."""
    from jointaudit.fieldwork.scale import rating_map

    with ws.session() as s:
        scale = rating_map(s, version_id)
    return [(lv.level_id, lv.word(language)) for lv in scale.levels.values()]


def import_shipped_crosswalks(ws) -> list[str]:
    """Import every shipped crosswalk whose versions are in the workspace; one line each."""
    results, skipped = import_shipped_crosswalk_results(ws)
    return crosswalk_lines(results) + [f"skipped {line}" for line in skipped]


def crosswalk_lines(results) -> list[str]:
    """What each crosswalk import did, one English line each (by the file's id)."""
    return [f"{r.crosswalk_id}: {r.links_added} link(s) added, {r.links_updated} updated,"
            f" {r.recognitions} recognition rule(s)" for r in results]


def import_shipped_crosswalk_results(ws):
    """Import every shipped crosswalk whose versions are in the workspace: (what each import
    did, as ``importer.CrosswalkImport``; the files skipped, with the reason)."""
    from jointaudit.library.crosswalk.importer import import_shipped

    with ws.session() as s:
        return import_shipped(s)


def export_checklist(ws, visit_id: int, path: str | Path, language: str = "en") -> Path:
    """The visit's checklist with its ratings as .xlsx, .csv or .json (by the suffix)."""
    from jointaudit.exports.checklist_csv import write_csv
    from jointaudit.exports.checklist_json import write_json
    from jointaudit.exports.checklist_rows import build_rows
    from jointaudit.exports.checklist_xlsx import write_xlsx

    path = Path(path)
    writers = {".xlsx": write_xlsx, ".csv": write_csv, ".json": write_json}
    if path.suffix.lower() not in writers:
        raise InvalidInput(f"{path.name}: expected a .xlsx, .csv or .json file name")
    with ws.session() as s:
        visit = s.get(Visit, visit_id)
        plan = s.get(JointPlan, visit.plan_id) if visit else None
        if plan is None or plan.template_id is None:
            raise NotFound(f"visit {visit_id} has no joint template; choose one first")
        sheet = build_rows(s, plan.template_id, visit_id=visit_id, language=language)
    if path.suffix.lower() == ".xlsx":
        return write_xlsx(sheet, path, language)
    return writers[path.suffix.lower()](sheet, path)


def crosswalk_warnings(ws, version_ids: list[str]) -> list[tuple[str, str]]:
    """Consistency warnings on the accepted links between these versions: (code, message)."""
    from jointaudit.library.crosswalk.checks import check_links

    with ws.session() as s:
        return [(w.code, w.message) for w in check_links(s, version_ids)]


# --- ratings from the command line and from scripts ----------------------------------------

@dataclass(frozen=True)
class Recorded:
    item_key: str
    what: str  # e.g. "lbma-rgg@9 Step 1.1: high_risk_nc (on_site)" or "joint: major_gap"
    revision: int


def rating_lines(ws, visit_id: int, scheme: str | None = None,
                 language: str = "en") -> list[ClauseRating]:
    """Every clause's rating on a visit (only one scheme's with ``scheme``), in checklist
    order, with where it came from (``jointaudit findings``)."""
    from jointaudit.fieldwork.findings import scheme_ratings

    with ws.session() as s:
        if s.get(Visit, visit_id) is None:
            raise NotFound(f"no visit with id {visit_id}")
        ratings = scheme_ratings(s, visit_id, language=language)
        version = _version_of(ratings.checklist.version_ids, scheme, visit_id) if scheme \
            else None
        out = [c for c in ratings.clauses if not version or c.version_id == version]
        return sorted(out, key=lambda r: (r.number == 0, r.number, r.version_id, r.clause_id))


def _version_of(version_ids, scheme: str, visit_id: int) -> str:
    hits = [v for v in version_ids if scheme in (v, v.split("@")[0])]
    if len(hits) != 1:
        raise NotFound(f"visit {visit_id} audits {', '.join(version_ids)}; scheme '{scheme}' is"
                       + (" ambiguous" if hits else " not one of them"))
    return hits[0]


def record_rating(ws, visit_id: int, level: str, *, item: str | None = None,
                  scheme: str | None = None, clause: str | None = None,
                  observation: str | None = None, confidential: bool | None = None,
                  by: str = "", reason: str = "") -> Recorded:
    """Rate one clause in its scheme's own level word (``scheme`` and ``clause``, or an item
    asking one clause of one scheme), or a shared item in the common severity.

    ``item`` is the item's "#" in the exports or its key; ``level`` a level id or word of the
    scheme (any language), or a common severity ("major gap") for the joint rating."""
    from jointaudit.checklist.visit import visit_checklist
    from jointaudit.exports.checklist_rows import parse_severity
    from jointaudit.fieldwork import findings
    from jointaudit.fieldwork.scale import Level, rating_map

    if (item is None) == (clause is None):
        raise InvalidInput("name either the item (--item) or the scheme and clause"
                           " (--scheme, --clause)")
    with ws.session() as s:
        if s.get(Visit, visit_id) is None:
            raise NotFound(f"no visit with id {visit_id}")
        cl = visit_checklist(s, visit_id)
        if clause is not None:
            if scheme is None:
                raise InvalidInput("--clause needs --scheme (the clause ids of schemes overlap)")
            vid = _version_of(cl.version_ids, scheme, visit_id)
            home = next((it for it in cl.items for src in it.primary
                         if src.version_id == vid and src.clause_id == clause), None)
            if home is None:
                raise NotFound(f"{vid} {clause} is not on visit {visit_id}'s checklist (not a"
                               " clause of the scheme, a heading, or not applicable to the"
                               " site)")
            src = next(x for x in home.primary if x.version_id == vid and x.clause_id == clause)
            lv = rating_map(s, vid).find(level, src.answer, where=f"{vid} {clause}")
            f = findings.rate_level(s, visit_id, home.key, vid, clause, lv.level_id, by=by,
                                    reason=reason, observation=observation,
                                    confidential=confidential)
            return Recorded(home.key, f"{vid} {clause}: {lv.level_id} (on site)", f.revision)
        assert item is not None  # either the item or the clause, checked above
        it = _item(cl, item, visit_id)
        schemes = sorted({src.version_id for src in it.primary})
        if len(it.primary) == 1 and scheme in (None, schemes[0], schemes[0].split("@")[0]):
            src = it.primary[0]
            found: Level | None
            try:
                found = rating_map(s, src.version_id).find(level, src.answer)
            except InvalidInput:
                found = None
            if found is not None:
                lv = found
                f = findings.rate_level(s, visit_id, it.key, src.version_id, src.clause_id,
                                        lv.level_id, by=by, reason=reason,
                                        observation=observation, confidential=confidential)
                return Recorded(it.key, f"{src.version_id} {src.clause_id}: {lv.level_id}"
                                        " (on site)", f.revision)
        try:
            severity = parse_severity(level)
        except ValueError:
            severity = None
        if severity is None:
            words = ", ".join(f"{v}: {', '.join(lv.level_id for lv in rating_map(s, v).for_answer())}"
                              for v in schemes)
            raise InvalidInput(f"item {it.key}: '{level}' is neither a common severity"
                               " (conforms, minor gap, major gap, critical, not applicable,"
                               " not assessed) nor a level of its one clause; for one scheme's"
                               f" clause use --scheme and --clause ({words})")
        f = findings.rate(s, visit_id, it.key, severity, observation=observation,
                          confidential=confidential, author=by)
        return Recorded(it.key, f"joint: {severity.value}", f.revision)


def _item(cl, ref: str, visit_id: int):
    if ref.isdigit():
        n = int(ref)
        if not 1 <= n <= len(cl.items):
            raise NotFound(f"visit {visit_id}'s checklist has items 1 to {len(cl.items)},"
                           f" not {n}")
        return cl.items[n - 1]
    for it in cl.items:
        if it.key == ref:
            return it
    raise NotFound(f"item {ref} is not on visit {visit_id}'s checklist (an item of another"
                   " visit's template, or not applicable to this site)")


def import_checklist(ws, path: str | Path, *, visit_id: int | None = None, by: str = ""):
    """Read back a filled checklist workbook into the visit it was exported for."""
    from openpyxl import load_workbook

    from jointaudit.exports.checklist_xlsx import ABOUT, read_xlsx

    path = Path(path)
    if visit_id is None:
        try:
            wb = load_workbook(path, read_only=True)
            meta = {r[0]: r[1] for r in wb[ABOUT].iter_rows(values_only=True) if r and r[0]} \
                if ABOUT in wb.sheetnames else {}
            wb.close()
        except Exception as exc:  # openpyxl raises many types for a foreign file
            raise InvalidInput(f"{path}: not a checklist workbook this program wrote"
                               f" ({exc})") from None
        if not str(meta.get("visit_id") or "").isdigit():
            raise InvalidInput(f"{path}: the workbook names no visit (sheet {ABOUT}); export"
                               " the visit's checklist and fill that one")
        visit_id = int(meta["visit_id"])
    with ws.session() as s:
        visit = s.get(Visit, visit_id)
        plan = s.get(JointPlan, visit.plan_id) if visit else None
        if plan is None or plan.template_id is None:
            raise NotFound(f"{path}: visit {visit_id} is not in this workspace or has no"
                           " joint template")
        return read_xlsx(s, path, visit_id, plan.template_id, author=by)


def set_unverified_recognitions(ws, on: bool, by: str = "") -> None:
    """Whether recognition rules marked unverified may offer ratings in this workspace."""
    from jointaudit.store.settings import UNVERIFIED_RECOGNITIONS, set_setting

    with ws.session() as s:
        set_setting(s, UNVERIFIED_RECOGNITIONS, on, changed_by=by)


def unverified_recognitions(ws) -> bool:
    from jointaudit.store.settings import UNVERIFIED_RECOGNITIONS, get_setting

    with ws.session() as s:
        return bool(get_setting(s, UNVERIFIED_RECOGNITIONS))


def results(ws, visit_id: int, scheme: str | None = None, language: str = "en"):
    """Each scheme's aggregation results on the visit (its pack's rules): RuleResult rows
    per version id."""
    from jointaudit.fieldwork.aggregation import scheme_results
    from jointaudit.fieldwork.findings import scheme_ratings

    with ws.session() as s:
        ratings = scheme_ratings(s, visit_id, language=language)
        versions = [_version_of(ratings.checklist.version_ids, scheme, visit_id)] if scheme \
            else ratings.checklist.version_ids
        return {v: scheme_results(s, v, ratings.for_scheme(v), language) for v in versions}
