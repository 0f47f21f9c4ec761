"""Every report of the demo workspace, as a scheme reviewer would receive it, and the first
pages of each as PNG (``make report-samples``, needs ``pdftoppm`` from poppler-utils).

For each demo site the product's own steps make its busiest visit reportable: plan from the
demo's "today" and save, merge the visit's scheme versions into a joint template, rate every
item (a fixed pattern standing in for fieldwork, with a scheme decision wherever a narrower
clause needs its own), raise the corrective actions, fill the report fields, and have each
scheme's staff approve the template where the scheme requires it. Then every report kind is
built final in English, Spanish and French.

    python -m tools.report_samples --out docs/report-samples [--pages 2] [--lang en]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import col, select

from jointaudit.checklist.template import build_template
from jointaudit.checklist.visit import visit_checklist
from jointaudit.demo.seed import create_demo_workspace
from jointaudit.fieldwork.corrective_actions import raise_actions
from jointaudit.fieldwork.findings import rate, rate_level, scheme_ratings
from jointaudit.fieldwork.scale import rating_map
from jointaudit.library.packs.loader import load_pack
from jointaudit.planning.inputs import PlanOptions
from jointaudit.services import reports as svc
from jointaudit.services.planning import plan_sites, save_plan
from jointaudit.store.models import (
    CBApproval,
    CertificationBody,
    JointPlan,
    Site,
    Visit,
    VisitTeamMember,
    VisitWindow,
)
from jointaudit.trust.keys import Signer
from jointaudit.trust.signing import approve_template, trust_key

TODAY = date(2026, 11, 22)  # "today" in the demo's story
REPORT_DAY = date(2027, 6, 30)
SITES = ("Helvetia Gold Refining SA", "Nkwanta Ridge Gold Mine",
         "Cooperativa Minera La Esperanza", "Nordfjord Metals AS")
PATTERN = ["conforms", "conforms", "conforms", "minor_gap", "conforms", "major_gap",
           "conforms", "not_applicable"]
FIELDS = {
    "revision": "1",
    "scope_statement": "The site's operations, offices and the records of the period audited;"
                       " Señalización revisada.",
    "assessment_period": "1 April 2026 to 31 March 2027",
    "methodology": "Document review, interviews with 18 staff and walk-throughs of every"
                   " facility in scope.",
    "sampling": "3 of 12 months of supplier files; 25 of 140 incoming lots traced.",
    "stakeholder_input": "Interviews with two neighbouring communities and a workers'"
                         " committee.",
    "material_in_scope": "Gold-bearing scrap, doré and recycled precious metals.",
    "conclusion": "The site conforms in most areas; the gaps are listed with their deadlines.",
    "assurance_conclusion": "In our opinion the Refiner's Compliance Report presents fairly,"
                            " in all material respects, the refiner's conformance with the"
                            " criteria for the period.",
    "recommendation": "Continue certification once the major gaps have accepted plans.",
    "country_of_origin": "Ghana, Peru, Switzerland (recycled).",
    "distribution": ["Scheme secretariat", "Site management", "Lead auditor file"],
}


@dataclass
class DemoVisit:
    site: str
    site_id: int
    visit_id: int
    versions: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)


def prepare_demo(path: Path) -> list[DemoVisit]:
    """Seed the demo at ``path`` and make one visit per site reportable."""
    create_demo_workspace(path).close()
    from jointaudit.store.db import open_workspace

    out = []
    with open_workspace(path) as ws:
        with ws.session() as s:
            # The story's next step: Alpine renews its LBMA approval, which the demo lets
            # lapse at the end of 2026, before the refinery's joint visit is planned.
            alpine = s.exec(select(CertificationBody).where(
                CertificationBody.name == "Alpine Assurance AG")).one()
            s.add(CBApproval(cb_id=alpine.id, scheme_id="lbma-rgg",
                             scheme_version_id="lbma-rgg@9", commodities=["gold", "silver"],
                             valid_from=date(2027, 1, 1), valid_to=date(2029, 12, 31),
                             reference="LBMA-ASP-12"))
        for site in SITES:
            view = plan_sites(ws, site, PlanOptions(horizon_start=TODAY))[0]
            plan_id = save_plan(ws, view)
            with ws.session() as s:
                out.append(_prepare_visit(s, site, plan_id))
            for version in out[-1].versions:
                svc.save_fields(ws, out[-1].visit_id, version, FIELDS)
    return out


def _prepare_visit(s, site: str, plan_id: int) -> DemoVisit:
    visits = s.exec(select(Visit).where(Visit.plan_id == plan_id).order_by(Visit.start)).all()

    def versions_of(visit):
        return sorted({w.scheme_version_id for w in s.exec(
            select(VisitWindow).where(VisitWindow.visit_id == visit.id))})

    staffed = {m.visit_id for m in s.exec(select(VisitTeamMember).where(
        col(VisitTeamMember.visit_id).in_([v.id for v in visits])))}
    # The busiest visit the planner could staff (a visit without an approved, qualified
    # team cannot give a final report).
    visit = max(visits, key=lambda v: (v.id in staffed, len(versions_of(v)),
                                       -v.start.toordinal()))
    versions = versions_of(visit)
    template = build_template(s, f"{site} joint checklist", versions)
    plan = s.get(JointPlan, plan_id)
    plan.template_id = template.id
    s.add(plan)
    s.flush()
    for n, item in enumerate(visit_checklist(s, visit.id).items):
        severity = PATTERN[n % len(PATTERN)]
        note = ("Not operated at this site during the period." if severity == "not_applicable"
                else f"Evidence reviewed on site (item {n + 1}).")
        rate(s, visit.id, item.key, severity, observation=note)
    # A narrower clause given a gap on its broader partner needs the scheme's own decision:
    # the lead auditor records the same level for it.
    for c in scheme_ratings(s, visit.id).clauses:
        if c.needs_decision or c.level_id is None:
            level = rating_map(s, c.version_id).to_scheme("minor_gap").level_id
            rate_level(s, visit.id, c.item_key, c.version_id, c.clause_id, level,
                       reason="auditor's decision for this scheme")
    raise_actions(s, visit.id)
    for version in versions:
        pack = load_pack(s, version)
        if pack.assurance.template_approval_required:
            staff = Signer.generate(f"{pack.scheme.name} assurance staff", pack.scheme.id,
                                    "scheme_staff", [pack.scheme.id])
            trust_key(s, staff.identity, [pack.scheme.id])
            approve_template(s, template.id, pack.scheme.id, staff)
    row = s.get(Site, visit.site_id)
    return DemoVisit(site, row.id, visit.id, versions, list(row.languages))


def build_all(path: Path, visits: list[DemoVisit], out: Path, langs=("en", "es", "fr")
              ) -> list[Path]:
    """Every report of every prepared visit, final, into ``out``; returns the PDF files."""
    from jointaudit.store.db import open_workspace

    written = []
    with open_workspace(path) as ws:
        for v in visits:
            slug = v.site.split()[0].lower()
            for lang in langs:
                for version in v.versions:
                    name = f"{slug}-{version.replace('@', '-')}-{lang}.pdf"
                    written.append(svc.export(ws, svc.ReportRequest(
                        "scheme", visit_id=v.visit_id, version_id=version, lang=lang,
                        report_date=REPORT_DAY), out / name))
                for kind in ("joint_summary", "checklist", "obligations"):
                    written.append(svc.export(ws, svc.ReportRequest(
                        kind, visit_id=v.visit_id, site_id=v.site_id, lang=lang,
                        today=TODAY), out / f"{slug}-{kind.replace('_', '-')}-{lang}.pdf"))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="docs/report-samples", type=Path)
    parser.add_argument("--pages", type=int, default=2, help="first pages per report as PNG")
    parser.add_argument("--lang", action="append", help="only these languages (repeatable)")
    args = parser.parse_args(argv)
    if shutil.which("pdftoppm") is None:
        print("report-samples: pdftoppm not found; install poppler-utils", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        ws = Path(tmp) / "demo.jaworkspace"
        visits = prepare_demo(ws)
        pdfs = build_all(ws, visits, Path(tmp), tuple(args.lang or ("en", "es", "fr")))
        for pdf in pdfs:
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", str(args.pages),
                            str(pdf), str(args.out / pdf.stem)], check=True)
            print(f"{args.out / pdf.stem}-*.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
