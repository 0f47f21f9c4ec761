"""Small scheme versions written straight into a real workspace, for the merge tests.

Each scale below follows the shape of a real scheme's (RJC-style conformance / minor NC /
major NC; IRMA-style fully … does not meet; a yes/no scale), so translations are exercised
across genuinely different vocabularies.
"""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from jointaudit.checklist.template import build_template
from jointaudit.store.db import create_workspace, open_workspace
from jointaudit.store.models import (
    CrosswalkLink,
    JointPlan,
    RatingLevel,
    Requirement,
    Scheme,
    SchemeVersion,
    SeverityMapping,
    Site,
    Visit,
)

# Two small schemes: alpha (RJC-style scale) and beta (IRMA-style scale).
A_REQS = [("1", "Policy and management", ["governance"], False),
          ("1.1", "Written human rights policy", ["human-rights"], True),
          ("1.2", "Grievance mechanism open to communities", ["grievance"], True),
          ("1.3", "Child labour is not used", ["child-labour"], True),
          ("1.4", "Mercury use is reduced", ["mercury"], True)]
B_REQS = [("4", "Social", ["human-rights"], False),
          ("4.1", "Human rights policy adopted", ["human-rights"], True),
          ("4.2", "Complaints procedure", ["grievance"], True),
          ("4.3", "No child labour under 15", ["child-labour"], True),
          ("4.4", "Mercury management plan", ["mercury"], True)]

NC_SCALE = {
    "levels": [("conformance", "conforms", "Conformance"), ("minor_nc", "minor_gap", "Minor NC"),
               ("major_nc", "major_gap", "Major NC"), ("na", "not_applicable", "Not applicable"),
               ("not_rated", "not_assessed", "Not assessed")],
    "from": {"conforms": "conformance", "minor_gap": "minor_nc", "major_gap": "major_nc",
             "critical": "major_nc", "not_applicable": "na", "not_assessed": "not_rated"},
}
GRADED_SCALE = {
    "levels": [("fully", "conforms", "Fully meets"), ("substantially", "minor_gap",
                                                       "Substantially meets"),
               ("partially", "major_gap", "Partially meets"),
               ("does_not_meet", "critical", "Does not meet"),
               ("not_relevant", "not_applicable", "Not relevant"),
               ("open", "not_assessed", "Not yet assessed")],
    "from": {"conforms": "fully", "minor_gap": "substantially", "major_gap": "partially",
             "critical": "does_not_meet", "not_applicable": "not_relevant",
             "not_assessed": "open"},
}
YES_NO_SCALE = {
    "levels": [("yes", "conforms", "Yes"), ("no", "major_gap", "No"),
               ("na", "not_applicable", "N/A"), ("tbd", "not_assessed", "Not assessed")],
    "from": {"conforms": "yes", "minor_gap": "no", "major_gap": "no", "critical": "no",
             "not_applicable": "na", "not_assessed": "tbd"},
}

DEFAULT_CYCLE = {
    "deadlines": [
        {"id": "cap_plan", "label": {"en": "CAP submitted"}, "applies_to": ["minor_gap",
                                                                            "major_gap"],
         "due": {"anchor": "audit_end", "offset": {"months": 1}}, "verified": False,
         "source": "test"},
        {"id": "major_closed", "label": {"en": "Major closed"}, "applies_to": ["major_gap"],
         "due": {"anchor": "audit_end", "offset": {"months": 3}}, "verified": False,
         "source": "test"},
        {"id": "minor_closed", "label": {"en": "Minor closed"}, "applies_to": ["minor_gap"],
         "due": {"anchor": "audit_end", "offset": {"months": 12}}, "verified": False,
         "source": "test"},
    ],
    "escalations": [
        {"from_severity": "minor_gap", "to_severity": "major_gap",
         "when": "open_at_recertification", "verified": False, "source": "test"},
    ],
}


def add_version(s, scheme_id: str, version: str, reqs, scale=NC_SCALE, cycle=None,
                retired_on: date | None = None) -> str:
    """reqs: (clause, title, topics, assessable[, applies_to]) tuples; returns the version id."""
    if s.get(Scheme, scheme_id) is None:
        s.add(Scheme(id=scheme_id, name=scheme_id.upper(), publisher="test"))
    vid = f"{scheme_id}@{version}"
    s.add(SchemeVersion(id=vid, scheme_id=scheme_id, version=version, title=vid,
                        retired_on=retired_on,
                        pack_json=json.dumps({"cycle": cycle or DEFAULT_CYCLE})))
    s.flush()
    for pos, r in enumerate(reqs):
        clause, title, topics, assessable = r[:4]
        applies = r[4] if len(r) > 4 else []
        parent = clause.rsplit(".", 1)[0] if "." in clause else None
        s.add(Requirement(version_id=vid, clause_id=clause, title=title, topics=list(topics),
                          assessable=assessable, position=pos, applies_to=list(applies),
                          parent_clause_id=parent))
    for pos, (lid, sev, word) in enumerate(scale["levels"]):
        s.add(RatingLevel(version_id=vid, level_id=lid, position=pos, severity=sev,
                          words={"en": word}))
    for sev, lid in scale["from"].items():
        s.add(SeverityMapping(version_id=vid, severity=sev, level_id=lid))
    s.flush()
    return vid


def req(s, vid: str, clause: str) -> Requirement:
    return s.exec(select(Requirement).where(Requirement.version_id == vid,
                                            Requirement.clause_id == clause)).one()


def link(s, a: tuple[str, str], rel: str, b: tuple[str, str], status="accepted",
         **kw) -> CrosswalkLink:
    row = CrosswalkLink(source_requirement_id=req(s, *a).id,
                        target_requirement_id=req(s, *b).id, relationship=rel,
                        status=status, rationale=kw.pop("rationale", "test"), **kw)
    s.add(row)
    s.flush()
    return row


def visit_for(s, template, site_name="Mina Esperanza", tags=(), start=date(2027, 3, 8),
              end=date(2027, 3, 12), **site_kw) -> Visit:
    site = s.exec(select(Site).where(Site.name == site_name)).first()
    if site is None:
        site = Site(name=site_name, country="CO", applicability_tags=list(tags), **site_kw)
        s.add(site)
        s.flush()
    plan = JointPlan(name=f"plan {site_name}", site_id=site.id, template_id=template.id,
                     horizon_start=start)
    s.add(plan)
    s.flush()
    visit = Visit(plan_id=plan.id, site_id=site.id, start=start, end=end)
    s.add(visit)
    s.flush()
    return visit


def template(s, versions, name="joint"):
    return build_template(s, name, list(versions))


# A migrated workspace file made once per session and copied for each test: migrating from
# scratch costs more than most of these tests. Test modules import ``workspace`` from here,
# which shadows the project-wide fixture of the same name.
@pytest.fixture(scope="session")
def _migrated_workspace(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("migrated") / "base.jaworkspace"
    create_workspace(path).close()
    return path


@pytest.fixture
def workspace(_migrated_workspace, tmp_path):
    target = tmp_path / "test.jaworkspace"
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{_migrated_workspace}{suffix}")
        if src.exists():
            shutil.copy(src, f"{target}{suffix}")
    ws = open_workspace(target)
    yield ws
    ws.close()


def two_scheme_visit(workspace, links):
    """alpha@2019 and beta@2.0 with the given (alpha clause, relationship, beta clause)
    links accepted, merged into a template, and a visit using it: (workspace, template
    id, visit id)."""
    with workspace.session() as s:
        a = add_version(s, "alpha", "2019", A_REQS)
        b = add_version(s, "beta", "2.0", B_REQS, scale=GRADED_SCALE)
        for x, rel, y in links:
            link(s, (a, x), rel, (b, y))
        t = template(s, [a, b])
        v = visit_for(s, t)
    return workspace, t.id, v.id
