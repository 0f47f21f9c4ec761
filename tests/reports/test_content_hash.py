"""The content hash printed on every report page covers what the report says: the same
visit's report in another workspace (other row ids) hashes the same, a different visit or
a changed rating does not."""

import dataclasses
from datetime import date

from jointaudit.reports.data import content_hash
from tests.reports.samples import VISIT, finding_rows, rjc_input


def _with_visit(**changes):
    return rjc_input(visit=dataclasses.replace(VISIT, **changes))


def test_workspace_row_ids_of_the_visit_are_not_part_of_the_report_hash():
    here = _with_visit(id=3, plan_id=2, site_id=1, site="Mina La Esperanza", template_id=7,
                       template="Esperanza joint checklist")
    elsewhere = _with_visit(id=41, plan_id=40, site_id=12, template_id=None, template="")
    assert content_hash(here) == content_hash(elsewhere) == content_hash(rjc_input())


def test_what_the_cover_prints_about_the_visit_is_part_of_the_report_hash():
    base = content_hash(rjc_input())
    assert content_hash(_with_visit(uid="0" * 32)) != base
    assert content_hash(_with_visit(end=date(2026, 3, 13))) != base
    assert content_hash(_with_visit(plan_name="Plan 2027")) != base


def test_a_changed_rating_changes_the_report_hash():
    data = rjc_input()
    first = data.findings[0]
    other = finding_rows([(first.clause_id, first.title, "major_nc", "major_gap", "")])
    assert content_hash(dataclasses.replace(data, findings=other + data.findings[1:])) \
        != content_hash(data)
