"""Property: every level a user sets comes back unchanged — from the store, the checklist
JSON and XLSX, a bundle sent to another workspace, and the scheme report's text (parsed
back with pypdf) — for every shipped pack and for Northern Star (six letter grades listed
best last, yes/no indicators, levels sharing a severity)."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlmodel import select

from jointaudit.checklist.template import build_template
from jointaudit.exchange.content import export_bundle
from jointaudit.exchange.importer import apply_import
from jointaudit.exports.checklist_json import checklist_document
from jointaudit.exports.checklist_rows import build_rows
from jointaudit.exports.checklist_xlsx import read_xlsx, write_xlsx
from jointaudit.fieldwork.findings import rate_level, scheme_ratings
from jointaudit.fieldwork.scale import rating_map
from jointaudit.library.packs.importer import import_pack
from jointaudit.library.packs.validate import validate_pack_bytes, validate_pack_file
from jointaudit.reports.data import BuildOptions
from jointaudit.reports.gather import scheme_report_input
from jointaudit.reports.scheme_report import build_scheme_report
from jointaudit.store.db import create_workspace
from jointaudit.store.models import JointPlan, Site, Visit
from tests.conftest import PACKS
from tests.fieldwork.northern_star import northern_star_yaml
from tests.reports.samples import pdf_pages

PACK_FILES = sorted(PACKS.glob("*.yaml"))


def _pack(name: str):
    if name == "northern-star":
        return validate_pack_bytes(northern_star_yaml(), "northern-star.yaml")
    return validate_pack_file(PACKS / name)


class Rollback(Exception):
    """Ends an example's unit of work without keeping it."""


def _world(path, pack):
    """A workspace with only this pack, a site every requirement applies to, its template
    and a visit; returns (workspace, version id, visit id, rateable clauses)."""
    ws = create_workspace(path)
    with ws.session() as s:
        import_pack(s, pack)
        site = Site(name="Sitio Uno", country="PE", applicability_tags=list(
            pack.applicability_tags) + ["mine", "refiner", "asm", "lsm", "gold"])
        s.add(site)
        s.flush()
        template = build_template(s, "one scheme", [pack.version_key])
        plan = JointPlan(name="p", site_id=site.id, template_id=template.id,
                         horizon_start=date(2027, 1, 1))
        s.add(plan)
        s.flush()
        visit = Visit(plan_id=plan.id, site_id=site.id, start=date(2027, 2, 1),
                      end=date(2027, 2, 4))
        s.add(visit)
        s.flush()
        scale = rating_map(s, pack.version_key)
        clauses = [(c.item_key, c.clause_id, [lv.level_id for lv in scale.for_answer(c.answer)
                                              if lv.answer != "result"])
                   for c in scheme_ratings(s, visit.id).for_scheme(pack.version_key)
                   if not c.excluded]
        return ws, pack.version_key, visit.id, clauses


def _set(s, vid, visit_id, clauses, picks) -> dict[str, str]:
    chosen = {}
    for (key, clause, levels), pick in zip(clauses, picks, strict=False):
        level = levels[pick % len(levels)]
        rate_level(s, visit_id, key, vid, clause, level, by="auditor",
                   reason="does not apply at this site")
        chosen[clause] = level
    return chosen


def _check_store_json_xlsx(s, vid, visit_id, chosen, tmp_path) -> None:
    got = {c.clause_id: c.level_id for c in scheme_ratings(s, visit_id).for_scheme(vid)
           if c.clause_id in chosen}
    assert got == chosen
    sheet = build_rows(s, s.get(JointPlan, s.get(Visit, visit_id).plan_id).template_id,
                       visit_id=visit_id)
    doc = json.loads(json.dumps(checklist_document(sheet)))
    in_json = {c["clause"]: c["level"] for it in doc["items"] for c in it["clause_ratings"]}
    assert {k: in_json[k] for k in chosen} == chosen
    path = write_xlsx(sheet, tmp_path / "round.xlsx")
    wb = load_workbook(path)
    scale = rating_map(s, vid)
    about = {r[0]: r[1] for r in wb["About"].iter_rows(values_only=True)}
    rows = [r for r in wb[about[f"sheet:{vid}"]].iter_rows(min_row=2, values_only=True)]
    in_xlsx = {r[0]: (r[5], r[4]) for r in rows if r[0] in chosen}
    assert in_xlsx == {c: (lv, scale.levels[lv].word()) for c, lv in chosen.items()}
    assert read_xlsx(s, path, visit_id, sheet.checklist.template_id).rated == []


@pytest.mark.slow
@pytest.mark.parametrize("name", [p.name for p in PACK_FILES] + ["northern-star"])
def test_every_level_set_comes_back_unchanged(name, tmp_path_factory):
    pack = _pack(name)
    base = tmp_path_factory.mktemp(name.replace(".", "-"))
    ws, vid, visit_id, clauses = _world(base / "a.jaworkspace", pack)

    @settings(max_examples=3, deadline=None, derandomize=True, database=None,
              phases=[Phase.generate], suppress_health_check=list(HealthCheck))
    @given(st.lists(st.integers(0, 11), min_size=len(clauses), max_size=len(clauses)))
    def any_levels(picks):
        with pytest.raises(Rollback), ws.session() as s:
            chosen = _set(s, vid, visit_id, clauses, picks)
            _check_store_json_xlsx(s, vid, visit_id, chosen, base)
            raise Rollback

    any_levels()

    # Every level of the scale, each on some requirement, then sent and reported.
    with ws.session() as s:
        chosen = _set(s, vid, visit_id, clauses, range(len(clauses)))
        plan_id = s.get(Visit, visit_id).plan_id
        export_bundle(s, base / "sent.jabundle", plan_id=plan_id)
        data = scheme_report_input(s, visit_id, vid)
    # Requirement n takes its level n (cyclically): every level a requirement kind takes is
    # set somewhere as long as there are at least as many requirements of that kind.
    for kind_levels in {tuple(levels) for _, _, levels in clauses}:
        takers = [c for _, c, lv in clauses if tuple(lv) == kind_levels]
        if len(takers) >= len(kind_levels):
            assert set(kind_levels) <= {chosen[c] for c in takers}

    receiver = create_workspace(base / "b.jaworkspace")
    with receiver.session() as s:
        import_pack(s, pack)
    apply_import(receiver, base / "sent.jabundle", actor="scheme staff", accept_unsigned=True)
    with receiver.session() as s:
        their_visit = s.exec(select(Visit)).one()
        back = {c.clause_id: c.level_id for c in
                scheme_ratings(s, their_visit.id).for_scheme(vid) if c.clause_id in chosen}
    assert back == chosen

    text = re.sub(r"\s+", " ", " ".join(pdf_pages(build_scheme_report(data, BuildOptions(draft=True)))))
    words = {lv.id: lv.words.get("en") or lv.id for lv in pack.rating_scale.levels}
    counts = Counter(chosen.values())
    for level_id, word in words.items():
        if any(lv.id == level_id and lv.answer != "result" for lv in pack.rating_scale.levels):
            n = counts.get(level_id, 0)
            assert re.search(rf"(?<![\w-]){re.escape(word)} {n}(?!\d)", text), (word, n)
    receiver.close()
    ws.close()
