"""Make the demo workspace's first joint visit reportable, using the product's own steps:
import the shipped crosswalks, plan the site with the planner and save the plan, merge the
visit's scheme versions into a joint template, rate every item (a fixed pattern standing in
for fieldwork), raise corrective actions, and write a fields file for
`jointaudit report --fields`.

    python -m jointaudit demo WS
    python -m tests.reports.demo_visit WS "Helvetia Gold Refining SA" fields.yaml
    # prints the visit id
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from sqlmodel import select

from jointaudit.checklist.template import build_template
from jointaudit.checklist.visit import visit_checklist
from jointaudit.fieldwork.corrective_actions import raise_actions
from jointaudit.fieldwork.findings import rate
from jointaudit.library.crosswalk.importer import import_shipped
from jointaudit.planning.inputs import PlanOptions
from jointaudit.services.planning import plan_sites, save_plan
from jointaudit.store.db import open_workspace
from jointaudit.store.models import JointPlan, Visit, VisitWindow

TODAY = date(2026, 11, 22)  # "today" in the demo's story
PATTERN = ["conforms", "conforms", "conforms", "minor_gap", "conforms", "major_gap"]
FIELDS = """\
{scheme}:
  scope_statement: Gold and silver refining, assay laboratory and vault; Señalización revisada.
  methodology: Document review, interviews with 18 staff, walk-through of refinery and vault.
  sampling: 3 of 12 months of supplier files; 25 of 140 incoming lots traced.
  stakeholder_input: Interviews with two supplier cooperatives.
  conclusion: The site conforms in most areas; the gaps are listed with their deadlines.
  recommendation: Continue certification once the major gaps have accepted plans.
  distribution: [Scheme secretariat, Site management, Lead auditor file]
"""


def prepare(path: Path, site: str) -> tuple[int, list[str]]:
    with open_workspace(path) as ws:
        with ws.session() as s:
            import_shipped(s)
        view = plan_sites(ws, site, PlanOptions(horizon_start=TODAY))[0]
        plan_id = save_plan(ws, view)
        with ws.session() as s:
            visits = s.exec(select(Visit).where(Visit.plan_id == plan_id)
                            .order_by(Visit.start)).all()

            def versions_of(visit):
                return sorted({w.scheme_version_id for w in s.exec(
                    select(VisitWindow).where(VisitWindow.visit_id == visit.id))})

            visit = max(visits, key=lambda v: (len(versions_of(v)), -v.start.toordinal()))
            versions = versions_of(visit)
            template = build_template(s, f"{site} joint checklist", versions)
            plan = s.get(JointPlan, plan_id)
            plan.template_id = template.id
            s.add(plan)
            s.flush()
            for n, item in enumerate(visit_checklist(s, visit.id).items):
                rate(s, visit.id, item.key, PATTERN[n % len(PATTERN)],
                     observation=f"Evidence reviewed on site (item {n + 1}).")
            raise_actions(s, visit.id)
            return visit.id, versions


if __name__ == "__main__":
    workspace, site, fields = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    visit_id, versions = prepare(workspace, site)
    fields.write_text("".join(FIELDS.format(scheme=v) for v in versions), encoding="utf-8")
    print(visit_id)
