"""The Reports view offers each visit's reports in the language its schemes use at the site:
the Colombian cooperative's Fairmined visit comes up in Spanish, and the user may still
choose another language for the export."""

from __future__ import annotations

from tests.ui.conftest import wait_jobs
from tests.ui.flows import merge_and_use, plan_and_save


def test_a_visit_comes_up_in_its_sites_report_language_and_may_be_changed(demo_window,
                                                                          qtbot):
    window = demo_window
    reports = window.show_view("reports")
    assert reports.language.currentData() == "en"  # before any visit is chosen
    plan_and_save(window, qtbot, "Cooperativa")
    merge_and_use(window, qtbot, ("fairmined@2.0",))
    reports = window.show_view("reports")
    wait_jobs(qtbot, window)
    assert reports.visit.count() >= 2 and "Cooperativa" in reports.visit.currentText()
    assert reports.language.currentData() == "es"
    assert {r.lang for r in reports.requests()} == {"es"}

    reports.language.setCurrentIndex(reports.language.findData("fr"))
    assert {r.lang for r in reports.requests()} == {"fr"}  # the user's choice is used

    reports.visit.setCurrentIndex(1)  # another visit: its own default again
    wait_jobs(qtbot, window)
    assert reports.language.currentData() == "es"
