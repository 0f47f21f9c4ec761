"""Add a rated joint visit to a demo workspace, so the reports can be shown on it before
the planner lands its own: the Ghanaian mine's IRMA + RJC COP visit in May 2027, its team
from the demo auditors, every item rated (a fixed pattern), and a fields file to pass to
`jointaudit report --fields`.

    python -m jointaudit demo WS
    python -m tests.reports.demo_visit WS fields.yaml     # prints the visit id
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from sqlmodel import select

from jointaudit.corrective_actions import raise_actions
from jointaudit.db import open_workspace
from jointaudit.findings import rate
from jointaudit.merge.template import build_template
from jointaudit.merge.visit import visit_checklist
from jointaudit.models import Auditor, JointPlan, Site, Visit, VisitTeamMember

VERSIONS = ["rjc-cop@2019", "irma@1.0"]
PATTERN = ["conforms", "conforms", "conforms", "minor_gap", "conforms", "major_gap"]
FIELDS = """\
{scheme}:
  scope_statement: Nkwanta Ridge open-pit gold mine, carbon-in-leach plant and tailings facility.
  methodology: Document review, interviews with 24 workers and 6 community members, site tour.
  sampling: 3 of 5 pits, 2 of 4 shifts, 24 of 610 workers.
  stakeholder_input: Meetings with the Nkwanta traditional council and a women's group.
  conclusion: The mine conforms in most areas; the gaps are listed with their deadlines.
  recommendation: Continue certification once the major gaps have accepted plans.
  distribution: [Scheme secretariat, Nkwanta Ridge management, Lead auditor file]
"""


def add_visit(path: Path) -> int:
    with open_workspace(path) as ws, ws.session() as s:
        site = s.exec(select(Site).where(Site.name == "Nkwanta Ridge Gold Mine")).one()
        template = build_template(s, "Nkwanta joint checklist (IRMA + RJC COP)", VERSIONS)
        plan = JointPlan(name="Nkwanta 2027", site_id=site.id, template_id=template.id,
                         horizon_start=date(2027, 1, 1))
        s.add(plan)
        s.flush()
        visit = Visit(plan_id=plan.id, site_id=site.id, start=date(2027, 5, 10),
                      end=date(2027, 5, 14), status="done", person_days=10)
        s.add(visit)
        s.flush()
        for name, role in (("Kwame Mensah", "lead"), ("Sarah Okafor", "team")):
            auditor = s.exec(select(Auditor).where(Auditor.name == name)).one()
            s.add(VisitTeamMember(visit_id=visit.id, auditor_id=auditor.id,
                                  cb_id=auditor.cb_id, role=role))
        for n, item in enumerate(visit_checklist(s, visit.id).items):
            if item.kind != "core":
                rate(s, visit.id, item.key, PATTERN[n % len(PATTERN)],
                     observation=f"Evidence reviewed on site (item {n + 1}).")
        raise_actions(s, visit.id)
        return visit.id


if __name__ == "__main__":
    workspace, fields = Path(sys.argv[1]), Path(sys.argv[2])
    fields.write_text("".join(FIELDS.format(scheme=v.split("@")[0]) for v in VERSIONS),
                      encoding="utf-8")
    print(add_visit(workspace))
