"""Reports from a real workspace: the shipped packs' own profiles, numbering and rating
words; the CLI; fields from YAML; template approval where a pack requires it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from jointaudit.cli import main
from jointaudit.fieldwork.findings import scheme_ratings
from jointaudit.library.packs.loader import load_pack
from jointaudit.reports import ReportRefused
from jointaudit.services import reports as svc
from jointaudit.trust.keys import Signer
from jointaudit.trust.signing import approve_template, trust_key
from tests.reports.samples import pdf_pages
from tests.reports.world import VERSIONS, clear_fields, clear_ratings

REPORT_DAY = date(2027, 3, 20)


@pytest.fixture
def workspace(world_ws):
    return world_ws[0]


@pytest.fixture
def world(world_ws):
    return world_ws[1]


def flat(pages) -> str:
    return re.sub(r"\s+", " ", " ".join(pages))


def draft(ws, world, version, **kw) -> list[str]:
    # In English unless asked: the world's Peruvian mine would get Fairmined in Spanish.
    kw.setdefault("lang", "en")
    request = svc.ReportRequest("scheme", visit_id=world.visit_id, version_id=version,
                                draft=True, **kw)
    return pdf_pages(svc.build(ws, request))


@pytest.mark.parametrize("version", VERSIONS)
def test_each_shipped_scheme_report_follows_its_own_pack(workspace, world, version):
    pages = draft(workspace, world, version)
    text = flat(pages)
    with workspace.session() as s:
        pack = load_pack(s, version)
        clauses = [c for c in scheme_ratings(s, world.visit_id).for_scheme(version)
                   if not c.excluded]
        others = {w for v in VERSIONS if v != version
                  for lv in load_pack(s, v).rating_scale.levels for w in lv.words.values()}
    own = {lv.id: lv.words["en"] for lv in pack.rating_scale.levels}
    table = text.split(pack.report_profile.sections[
        [s.kind for s in pack.report_profile.sections].index("findings_table")].title["en"])[-1]
    assert clauses
    for c in clauses:  # every applicable clause, its title, then the scheme's own word
        assert f"{c.clause_id} " in table, c.clause_id
        assert own[c.level_id] in table
    for word in others - {w for lv in pack.rating_scale.levels for w in lv.words.values()}:
        assert word not in text, word
    for section in pack.report_profile.sections:
        if section.mandatory:  # an optional notice with nothing to say is left out
            assert section.title["en"] in text, section.id
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page


def test_final_report_allowed_where_no_approval_is_required(workspace, world):
    pages = pdf_pages(svc.build(workspace, svc.ReportRequest(
        "scheme", visit_id=world.visit_id, version_id="rjc-cop@2019", report_date=REPORT_DAY)))
    assert not any("DRAFT" in p for p in pages)


def test_a_final_report_is_refused_without_a_report_date_then_allowed_once_set(workspace,
                                                                              world):
    request = svc.ReportRequest("scheme", visit_id=world.visit_id, version_id="rjc-cop@2019")
    with pytest.raises(ReportRefused) as refused:
        svc.build(workspace, request)
    assert [(p.code, p.path) for p in refused.value.problems] == [
        ("report.missing-report-date", "report_date")]
    assert "the report date is not set" in str(refused.value.problems[0])
    text = flat(pdf_pages(svc.build(workspace, replace(request, report_date=REPORT_DAY))))
    assert "Report date 20 March 2027" in text
    # the deadlines that run from the report date are dated, never "to be set"
    assert "to be set" not in text and "set once the report date" not in text


def test_unapproved_template_refuses_final_report_until_the_scheme_approves(workspace, world):
    request = svc.ReportRequest("scheme", visit_id=world.visit_id, version_id="irma@1.0",
                                report_date=REPORT_DAY)
    with pytest.raises(ReportRefused) as refused:
        svc.build(workspace, request)
    assert [p.code for p in refused.value.problems] == ["report.template-unapproved"]
    staff = Signer.generate("IRMA assurance staff", "IRMA", "scheme_staff", ["irma"])
    with workspace.session() as s:
        trust_key(s, staff.identity, ["irma"])
        approve_template(s, world.template_id, "irma", staff)
    text = flat(pdf_pages(svc.build(workspace, request)))
    assert "DRAFT" not in text
    assert f"Approval key fingerprint: {staff.fingerprint}" in text


def test_every_missing_mandatory_field_is_named_for_the_real_profile(workspace, world):
    clear_fields(workspace)
    targets = {t.version_id: t for t in svc.report_targets(workspace, world.visit_id)}
    missing = {p.path for p in targets["rjc-cop@2019"].problems}
    assert missing == {"fields.scope_statement", "fields.methodology", "fields.sampling",
                       "fields.conclusion", "fields.recommendation", "fields.distribution",
                       "fields.revision", "report_date"}


def test_unrated_items_are_named(workspace, world):
    clear_ratings(workspace)
    problems = {t.version_id: t.problems for t in svc.report_targets(workspace, world.visit_id)}
    unrated = [p for p in problems["rjc-cop@2019"] if p.code == "report.unrated"]
    assert len(unrated) >= 40 and all(p.path.startswith("findings.") for p in unrated)


def test_spanish_report_prints_the_packs_spanish_words(workspace, world):
    text = flat(draft(workspace, world, "fairmined@2.0", lang="es"))
    assert "Página 1 de" in text and "Señalización revisada" in text
    assert "No conformidad mayor" in text and "Cumple" in text
    assert "Major non-conformity" not in text


def test_cli_builds_every_report_of_the_visit(workspace, world, tmp_path, capsys):
    ws = str(workspace.path)
    visit = str(world.visit_id)
    assert main(["report", ws, "--visit", visit, "--all-schemes", "--report-date",
                 "2027-03-20", "--out", str(tmp_path / "final")]) == 2  # IRMA, Fairmined:
    # they need their staff's approval
    err = capsys.readouterr().err
    assert err.count("report.template-unapproved") == 2
    assert [p.name for p in (tmp_path / "final").glob("*.pdf")] == ["rjc-cop-2019.pdf"]
    assert main(["report", ws, "--visit", visit, "--all-schemes", "--draft", "--out",
                 str(tmp_path / "drafts")]) == 0
    assert sorted(p.name for p in (tmp_path / "drafts").glob("*.pdf")) == [
        "fairmined-2.0.pdf", "irma-1.0.pdf", "rjc-cop-2019.pdf"]
    assert main(["report", ws, "--visit", visit, "--joint-summary", "--out",
                 str(tmp_path / "joint.pdf")]) == 0
    joint = flat(pdf_pages((tmp_path / "joint.pdf").read_bytes()))
    assert "RJC-COP 2019" in joint and "IRMA 1.0" in joint and "FAIRMINED 2.0" in joint
    assert main(["report", ws, "--visit", visit[:6], "--checklist", "--lang", "fr", "--out",
                 str(tmp_path / "checklist.pdf")]) == 0
    checklist = flat(pdf_pages((tmp_path / "checklist.pdf").read_bytes()))
    assert "Liste de contrôle terrain" in checklist and "\u2610 Conforme" in checklist
    assert main(["report", ws, "--obligations", "--site", "Mina La Esperanza", "--out",
                 str(tmp_path / "obligations.pdf")]) == 0
    assert "Site obligations register" in flat(
        pdf_pages((tmp_path / "obligations.pdf").read_bytes()))


def test_cli_fields_file_sets_the_free_text_fields(workspace, world, tmp_path):
    clear_fields(workspace)
    fields = tmp_path / "fields.yaml"
    fields.write_text(
        "rjc-cop:\n"
        "  scope_statement: Extracción aurífera y planta de beneficio.\n"
        "  methodology: Entrevistas y revisión documental.\n"
        "  sampling: 10 de 30 trabajadores.\n"
        "  conclusion: Conformité générale.\n"
        "  recommendation: Certify.\n"
        "  distribution: [RJC, Mina La Esperanza]\n"
        "  revision: '2'\n", encoding="utf-8")
    out = tmp_path / "rjc.pdf"
    assert main(["report", str(workspace.path), "--visit", str(world.visit_id), "--fields",
                 str(fields), "--scheme", "rjc-cop", "--report-date", "2027-03-20", "--out",
                 str(out)]) == 0
    text = flat(pdf_pages(out.read_bytes()))
    assert "Extracción aurífera y planta de beneficio." in text
    assert "Conformité générale." in text


def test_cli_fields_file_problems_name_the_line(workspace, world, tmp_path, capsys):
    clear_fields(workspace)
    bad = tmp_path / "bad.yaml"
    bad.write_text("rjc-cop:\n  scope_statement: ok\nnot-a-scheme:\n  scope_statement: x\n"
                   "irma:\n  methodology: {nested: 1}\n", encoding="utf-8")
    assert main(["report", str(workspace.path), "--visit", str(world.visit_id), "--fields",
                 str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}:3: not-a-scheme:" in err and "'not-a-scheme' is not one of them" in err
    assert f"{bad}:6: irma.methodology: expected text" in err
    assert svc.load_fields(workspace, world.visit_id, "rjc-cop@2019") == {}  # all or nothing


def test_cli_refuses_an_incomplete_report_naming_each_problem(workspace, world, tmp_path,
                                                             capsys):
    clear_fields(workspace)
    out = tmp_path / "rjc.pdf"
    assert main(["report", str(workspace.path), "--visit", str(world.visit_id), "--scheme",
                 "rjc-cop@2019", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    for field in ("scope_statement", "methodology", "sampling", "conclusion",
                  "recommendation"):
        assert f"fields.{field}: the mandatory report field '{field}'" in err
    assert not out.exists()


def test_obligations_register_from_the_workspace(workspace, world):
    from datetime import date

    from jointaudit.fieldwork.corrective_actions import raise_actions
    from jointaudit.store.models import Certificate

    with workspace.session() as s:
        s.add(Certificate(site_id=world.site_id, scheme_id="rjc-cop",
                          scheme_version_id="rjc-cop@2019", number="rjc-cop-0042",
                          issued_on=date(2025, 3, 1), expires_on=date(2028, 2, 29)))
        caps = raise_actions(s, world.visit_id)
    assert caps
    text = flat(pdf_pages(svc.build(workspace, svc.ReportRequest(
        "obligations", site_id=world.site_id, today=date(2027, 3, 20)))))
    upcoming = text.split("Upcoming deadlines", 1)[1]
    assert "29 February 2028 certificate rjc-cop-0042 expires RJC-COP 2019" in upcoming
    # one row per scheme and date, naming every clause it answers
    plan_rows = re.findall(r"corrective action plan due for clauses ([\d., ]+?) (RJC-COP 2019|"
                           r"IRMA 1.0|FAIRMINED 2.0)", upcoming)
    assert plan_rows and len({scheme for _, scheme in plan_rows}) == len(plan_rows)
    assert "RJC-COP 2019 1" in text and "IRMA 1.0 1.1.1.1" in text  # clause ids per scheme
    assert re.search(r"\d+ applicable requirements asked as \d+ obligations", text)
    assert "Observación" not in text  # observations never appear in the register


def test_each_scheme_report_lists_the_team_members_working_for_that_scheme(workspace, world):
    from sqlmodel import select

    from jointaudit.reports import gather
    from jointaudit.store.models import Auditor, VisitTeamMember

    with workspace.session() as s:
        lea = s.exec(select(Auditor).where(Auditor.name == "Léa Dubois")).one()
        member = s.exec(select(VisitTeamMember).where(VisitTeamMember.auditor_id == lea.id)).one()
        member.scheme_ids = ["irma@1.0"]  # as the planner records it: scheme versions
        s.add(member)
    with workspace.session() as s:
        irma = [m.name for m in gather.team(s, world.visit_id, "irma")]
        rjc = [m.name for m in gather.team(s, world.visit_id, "rjc-cop")]
    assert irma == ["Ana Quispe", "Léa Dubois"] and rjc == ["Ana Quispe"]


def test_reports_name_each_corrective_actions_priority_and_owner(workspace, world):
    from jointaudit.fieldwork.corrective_actions import raise_actions
    from jointaudit.services import checklist as cl

    with workspace.session() as s:
        raise_actions(s, world.visit_id)
    actions = cl.actions(workspace, world.visit_id)
    assert actions
    cl.edit_actions(workspace, [a["id"] for a in actions], owner="Rosa Quispe",
                    priority="high")
    register = flat(pdf_pages(svc.build(workspace, svc.ReportRequest(
        "obligations", site_id=world.site_id, today=REPORT_DAY))))
    assert "high priority, owner Rosa Quispe" in register
    version = actions[0]["version_id"]
    english = flat(draft(workspace, world, version))
    assert "high priority, owner Rosa Quispe" in english
    spanish = flat(draft(workspace, world, version, lang="es"))
    assert "prioridad alta, responsable Rosa Quispe" in spanish
