"""A mine site's own view, with no template, no saved plan and no auditor's steps first:
pick the site and see its combined obligations, the audits and desk deliverables falling
due, its open findings with each scheme's corrective-action deadlines; print it (to PDF,
read back with pypdf) or export the PDF register."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import QDate

from jointaudit.common.severity import Severity
from tests.ui.conftest import wait_jobs
from tests.ui.flows import SITE, merge_and_use, plan_and_save

ON = date(2026, 12, 3)


def pdf_text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def site_view(window, qtbot, site=SITE):
    view = window.show_view("site")
    view.on.setDate(QDate(ON))
    wait_jobs(qtbot, window)
    view.site.setCurrentIndex(next(i for i in range(view.site.count())
                                   if site in view.site.itemText(i)))
    wait_jobs(qtbot, window)
    return view


def test_a_site_sees_its_obligations_and_deadlines_straight_away(demo_window, qtbot,
                                                                 tmp_path):
    window = demo_window
    view = site_view(window, qtbot)
    assert [view.site.itemText(i) for i in range(view.site.count())] == [
        "Cooperativa Minera La Esperanza", "Helvetia Gold Refining SA",
        "Nkwanta Ridge Gold Mine", "Nordfjord Metals AS"]
    # combined obligations, grouped by topic, each naming every scheme clause it stands for
    topics = view.obligations.topLevelItemCount()
    assert topics > 3
    items = [view.obligations.topLevelItem(t).child(c) for t in range(topics)
             for c in range(view.obligations.topLevelItem(t).childCount())]
    assert len(items) == view._count() > 20
    # ...by the schemes' labels, never their version ids
    assert any("IRMA 1.0" in i.text(1) and "RJC-COP 2019" in i.text(1) for i in items)
    assert not any("@" in i.text(1) for i in items)
    # what falls due: the planner's audits and desk deliverables, and the certificates
    due = [view.due.row_object(r) for r in range(view.due.rowCount())]
    kinds = {d.kind for d in due}
    assert {"audit", "desk", "certificate"} <= kinds
    first_audit = next(d for d in due if d.kind == "audit")
    # IRMA's surveillance, due within 18 months (2027-09-01): four weeks before its last start
    assert first_audit.due == date(2027, 8, 2) and "Surveillance" in first_audit.what
    assert [d.due for d in due] == sorted(d.due for d in due)

    view.save_pdf(tmp_path / "nkwanta.pdf")
    text = pdf_text(tmp_path / "nkwanta.pdf")
    assert "Nkwanta Ridge Gold Mine" in text and "Surveillance audit" in text

    view.export_register(tmp_path / "register.pdf")
    wait_jobs(qtbot, window, timeout=120000)
    register = pdf_text(tmp_path / "register.pdf")
    assert "Nkwanta" in register


def test_open_findings_show_each_schemes_corrective_action_deadlines(demo_window, qtbot):
    window = demo_window
    plan_and_save(window, qtbot)
    checklist = merge_and_use(window, qtbot)
    checklist.table.selectRow(0)
    wait_jobs(qtbot, window)
    checklist.rate(Severity.MAJOR_GAP)
    wait_jobs(qtbot, window)
    checklist.raise_actions()
    wait_jobs(qtbot, window)
    view = site_view(window, qtbot)
    [finding] = [view.findings.row_object(r) for r in range(view.findings.rowCount())]
    assert finding.severity == Severity.MAJOR_GAP
    schemes = {a.scheme for a in finding.actions}
    assert schemes == {"irma@1.0", "rjc-cop@2019"}  # one action per scheme of the item
    assert any(a.close_due or a.plan_due for a in finding.actions)
    text = view.findings.index(0, 3).data()
    for a in finding.actions:
        assert f"{a.scheme}: open" in text
        if a.close_due:
            assert f"close by {a.close_due}" in text
        if a.plan_due:
            assert f"plan by {a.plan_due}" in text
    due = [view.due.row_object(r) for r in range(view.due.rowCount())]
    assert any(d.kind == "action" for d in due)


def test_in_french_the_site_reads_its_obligations_in_french(demo_window, qtbot):
    from jointaudit.reports.titles import shipped_titles

    window = demo_window
    view = site_view(window, qtbot)
    english = [view.obligations.topLevelItem(t).text(0)
               for t in range(view.obligations.topLevelItemCount())]
    window.set_language("fr")
    try:
        qtbot.waitUntil(lambda: window.views["site"] is not view)
        wait_jobs(qtbot, window)
        french_view = window.views["site"]
        wait_jobs(qtbot, window)
        french = [french_view.obligations.topLevelItem(t).text(0)
                  for t in range(french_view.obligations.topLevelItemCount())]
        assert len(french) == len(english) and french != english
        rows = [french_view.obligations.topLevelItem(t).child(c)
                for t in range(len(french))
                for c in range(french_view.obligations.topLevelItem(t).childCount())]
        titles = {r.text(0) for r in rows}
        expected = shipped_titles().requirement("irma@1.0", "4.3")["fr"]
        assert expected in titles  # IRMA 4.3, air quality, in the register's French
        assert "Air quality" not in titles
    finally:
        window.set_language("en")
        wait_jobs(qtbot, window)
