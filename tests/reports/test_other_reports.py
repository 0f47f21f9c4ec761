"""The joint summary, the printable field checklist and the obligations register, parsed
back from the PDF; export through the service: cancellation leaves no file."""

from __future__ import annotations

import re
import threading
from datetime import date

import pytest

from jointaudit.reports import (
    BuildOptions,
    Cancelled,
    build_checklist,
    build_joint_summary,
    build_obligations,
)
from jointaudit.reports.data import (
    ChecklistInput,
    ChecklistItem,
    ChecklistTopic,
    JointSummaryInput,
    ObligationGroup,
    ObligationRow,
    ObligationsInput,
    SchemeSummary,
    SummaryItem,
    UpcomingRow,
)
from jointaudit.services import reports as svc
from tests.reports.samples import IRMA_LEVELS, RJC_LEVELS, SITE, TEAM, VISIT, pdf_pages


def flat(pages) -> str:
    return re.sub(r"\s+", " ", " ".join(pages))


def summary_input() -> JointSummaryInput:
    return JointSummaryInput(
        site=SITE, visit=VISIT, template_name="Esperanza joint checklist",
        schemes=(SchemeSummary("RJC-COP 2019", "rjc-cop@2019", 44, 44,
                               (("Conformance", 30), ("Minor NC", 8), ("Major NC", 6)), 14),
                 SchemeSummary("IRMA 1.0", "irma@1.0", 28, 27,
                               (("Fully meets", 16), ("Partially meets", 11)), 11, False)),
        items=(SummaryItem("ji-1", "Grievance mechanism", (("RJC-COP 2019", "6.1"),
                                                           ("IRMA 1.0", "1.2.2")),
                           "major_gap", (("RJC-COP 2019", "Major NC"),
                                         ("IRMA 1.0", "Partially meets"))),
               SummaryItem("ji-2", "Legal register", (("IRMA 1.0", "1.1.1.1"),), "conforms",
                           (("IRMA 1.0", "Fully meets"),))),
        shared_items=9, specific_items=(("IRMA 1.0", 19), ("RJC-COP 2019", 35)), team=TEAM,
        person_days=9.5)


def test_joint_summary_sets_every_scheme_side_by_side():
    text = flat(pdf_pages(build_joint_summary(summary_input())))
    coverage = text.split("Coverage per scheme", 1)[1]
    assert "RJC-COP 2019 44 44 14 –" in coverage
    assert "IRMA 1.0 28 27 11 not approved" in coverage
    assert "Conformance: 30 Minor NC: 8 Major NC: 6" in text
    assert "Shared items (asked once for several schemes) 9" in text
    assert "Scheme-specific items: IRMA 1.0 19" in text and "Person-days 9.5" in text
    gaps = text.split("Gaps found (all schemes)", 1)[1]
    assert "Grievance mechanism RJC-COP 2019: 6.1 IRMA 1.0: 1.2.2 Major gap" in gaps
    assert "RJC-COP 2019: Major NC IRMA 1.0: Partially meets" in gaps
    assert "Legal register" not in gaps  # conforming items are not gaps
    assert "Ana Quispe" in text and "Page 1 of" in text


def test_joint_summary_in_french():
    text = flat(pdf_pages(build_joint_summary(summary_input(), BuildOptions(lang="fr"))))
    assert "Synthèse de l'audit conjoint" in text and "Couverture par référentiel" in text
    assert "Écart majeur" in text


def checklist_input() -> ChecklistInput:
    topics = (
        ChecklistTopic("Salud y seguridad", (
            ChecklistItem("ji-1", "Señalización de riesgos", (("RJC-COP 2019", "6.1a"),
                                                              ("IRMA 1.0", "4.1.3")),
                          own_rating=("IRMA 1.0",)),
            ChecklistItem("ji-2", "Equipos de protección", (("RJC-COP 2019", "6.2"),)))),
        ChecklistTopic("Legal compliance", (
            ChecklistItem("ji-3", "Legal register", (("IRMA 1.0", "1.1.1.1"),)),)),
    )
    return ChecklistInput(SITE, VISIT, "Esperanza joint checklist", topics,
                          (("RJC-COP 2019", RJC_LEVELS), ("IRMA 1.0", IRMA_LEVELS)))


def test_checklist_flows_topics_with_clause_ids_and_tick_boxes():
    pages = pdf_pages(build_checklist(checklist_input(), BuildOptions(lang="es")))
    text = flat(pages)
    # topics follow one another: a one-item topic never takes a page of its own
    assert len(pages) == 2
    assert text.index("Salud y seguridad") < text.index("Legal compliance")
    health = text.split("Salud y seguridad", 1)[1].split("Legal compliance", 1)[0]
    assert "Señalización de riesgos" in health
    assert "RJC-COP 2019 6.1a · IRMA 1.0 4.1.3" in health
    assert health.count("\u2610 Conforme") == 2 and "\u2610 Brecha mayor" in health
    assert "requiere calificación propia para IRMA 1.0" in health
    assert "\u2610 Fully meets" in health  # a separate rating in IRMA's own words
    assert "Notas y evidencias" in health
    legend = flat(pages[:1])
    assert "Brecha menor NC menor Substantially meets" in legend
    for n, page in enumerate(pages, 1):
        assert f"Página {n} de 2" in page


def test_checklist_prints_the_requirement_text_and_typical_evidence():
    item = ChecklistItem("ji-9", "Water plan", (("IRMA 1.0", "4.1.3"),),
                         text="The operation maintains a water management plan.",
                         evidence=("water balance", "discharge permits"))
    data = checklist_input()
    data = ChecklistInput(data.site, data.visit, data.template_name,
                          (ChecklistTopic("Agua", (item,), {"es": "Agua", "fr": "Eau"}),),
                          data.scales)
    fr = flat(pdf_pages(build_checklist(data, BuildOptions(lang="fr"))))
    assert "Eau" in fr and "The operation maintains a water management plan." in fr
    assert "Preuves habituelles : water balance; discharge permits" in fr


def test_obligations_register_lists_upcoming_deadlines_and_obligations_by_topic():
    data = ObligationsInput(
        SITE, date(2026, 11, 22), ("RJC-COP 2019", "IRMA 1.0"),
        (ObligationGroup("Salud y seguridad", (
            ObligationRow("Señalización de riesgos", (("RJC-COP 2019", "6.1a Health and safety"),
                                                      ("IRMA 1.0", "4.1.3 Water plan")),
                          open_actions=(("IRMA 1.0", "open", date(2026, 12, 1), None, ""),)),)),
         ObligationGroup("Legal compliance", (
             ObligationRow("Legal register", (("IRMA 1.0", "1.1.1.1 Legal register"),),
                           recognition=("fairmined certificate F-12 valid",)),))),
        (UpcomingRow(date(2026, 12, 1), "corrective action plan due", "IRMA 1.0",
                     kind="cap_plan", clauses=("1.2.2", "4.1.3")),
         UpcomingRow(date(2028, 2, 29), "rjc-cop certificate RJC-0042 expires", "RJC-COP 2019",
                     kind="certificate_expires", detail="RJC-0042")),
        counts=(50, 42))
    text = flat(pdf_pages(build_obligations(data, BuildOptions(lang="es"))))
    assert "Registro de obligaciones del sitio" in text and "22 de noviembre de 2026" in text
    assert "50 requisitos aplicables reunidos en 42 obligaciones" in text
    upcoming = text.split("Próximos plazos", 1)[1]
    assert upcoming.index("1 de diciembre de 2026 plan de acción correctiva a presentar para"
                          " las cláusulas 1.2.2, 4.1.3 IRMA 1.0") < upcoming.index(
        "29 de febrero de 2028 vence el certificado RJC-0042 RJC-COP 2019")
    assert ("Señalización de riesgos RJC-COP 2019 6.1a Health and safety IRMA 1.0 4.1.3"
            " Water plan IRMA 1.0: abierta, plan a presentar el 1 de diciembre de 2026") in text
    assert "Legal register IRMA 1.0 1.1.1.1 Legal register fairmined certificate F-12" in text
    assert text.index("Salud y seguridad") < text.index("Legal compliance")


def test_every_builder_is_deterministic():
    assert build_joint_summary(summary_input()) == build_joint_summary(summary_input())
    assert build_checklist(checklist_input()) == build_checklist(checklist_input())


def test_cancelled_export_leaves_no_file(world_ws, tmp_path):
    ws, world = world_ws
    stop = threading.Event()
    stop.set()
    out = tmp_path / "summary.pdf"
    with pytest.raises(Cancelled):
        svc.export(ws, svc.ReportRequest("joint_summary", visit_id=world.visit_id), out,
                   cancel=stop)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*part")) == []


def test_export_reports_progress_to_the_end(world_ws, tmp_path):
    ws, world = world_ws
    seen = []
    svc.export(ws, svc.ReportRequest("checklist", visit_id=world.visit_id),
               tmp_path / "c.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] and len(seen) > 10
