"""Pack titles per language and the report's default language.

A pack may carry its requirement and topic titles in other languages (``titles:``); the
guide's example is imported, rated and printed in Spanish, French and English, and each
report carries the titles of its language. A report is printed by default in the language
its scheme names for the site (Fairmined: Spanish wherever the site works in Spanish),
else in English; the user may still choose."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from jointaudit.checklist.template import build_template
from jointaudit.common.errors import InvalidInput
from jointaudit.fieldwork.findings import rate_level, scheme_ratings
from jointaudit.library.packs.importer import import_pack
from jointaudit.library.packs.validate import validate_pack_bytes, validate_pack_file
from jointaudit.reports.language import default_language
from jointaudit.services import reports as svc
from jointaudit.store.models import JointPlan, Site, Visit
from tests.reports.samples import pdf_pages

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "pack-format.md"
VERSION = "cerro-verde@1.0"


def guide_example() -> str:
    text = GUIDE.read_text(encoding="utf-8")
    match = re.search(r"<!-- example: titles-per-language -->\s*```yaml\n(.*?)```", text, re.S)
    assert match, "docs/pack-format.md lost its titles-per-language example"
    return match.group(1)


def flat(pages: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(pages))


def _visit(s, template_id: int, name: str, country: str, languages=()) -> int:
    site = Site(name=name, country=country, scale="asm", site_type="cooperative",
                languages=list(languages))
    s.add(site)
    s.flush()
    plan = JointPlan(name="2027", site_id=site.id, template_id=template_id,
                     horizon_start=date(2027, 1, 1))
    s.add(plan)
    s.flush()
    visit = Visit(plan_id=plan.id, site_id=site.id, start=date(2027, 5, 3),
                  end=date(2027, 5, 5))
    s.add(visit)
    s.flush()
    return visit.id


@pytest.fixture
def cerro(workspace):
    """The guide's example imported, with a visit to a Peruvian and a Ghanaian site, its
    one requirement rated on both."""
    pack = validate_pack_bytes(guide_example().encode("utf-8"), "pack-format.md example")
    with workspace.session() as s:
        import_pack(s, pack)
        template = build_template(s, "Cerro Verde", [VERSION])
        visits = {"PE": _visit(s, template.id, "Cooperativa Alto Inambari", "PE"),
                  "GH": _visit(s, template.id, "Tarkwa Small Miners", "GH")}
        for vid in visits.values():
            for c in scheme_ratings(s, vid).for_scheme(VERSION):
                if c.clause_id == "1.1":
                    rate_level(s, vid, c.item_key, VERSION, "1.1", "NC", by="R. Quispe",
                               observation="Registro incompleto")
    return workspace, visits


def test_a_packs_own_titles_print_in_the_language_of_the_report(cerro):
    ws, visits = cerro
    expected = {"es": ("Se registra el uso de mercurio", "1 Mercurio", "No cumple"),
                "fr": ("L'usage du mercure est consigné", "1 Mercure", "Non conforme"),
                "en": ("Mercury use is recorded", "1 Mercury", "Does not meet")}
    for lang, (title, chapter, word) in expected.items():
        text = flat(pdf_pages(svc.build(ws, svc.ReportRequest(
            "scheme", visit_id=visits["PE"], version_id=VERSION, lang=lang, draft=True))))
        assert title in text and chapter in text and word in text, (lang, text[:600])
        others = [t for other, (t, _, _) in expected.items() if other != lang]
        assert not any(t in text for t in others), lang
    checklist = flat(pdf_pages(svc.build(ws, svc.ReportRequest(
        "checklist", visit_id=visits["PE"], lang="fr"))))
    assert "Environnement" in checklist and "L'usage du mercure est consigné" in checklist


def test_a_report_is_in_the_language_its_scheme_names_for_the_site_unless_chosen(cerro):
    ws, visits = cerro
    peru = svc.ReportRequest("scheme", visit_id=visits["PE"], version_id=VERSION, draft=True)
    ghana = svc.ReportRequest("scheme", visit_id=visits["GH"], version_id=VERSION, draft=True)
    assert svc.default_language(ws, peru) == "es"
    assert svc.default_language(ws, ghana) == "en"
    assert svc.default_language(ws, svc.ReportRequest("joint_summary",
                                                      visit_id=visits["PE"])) == "es"
    assert "Se registra el uso de mercurio" in flat(pdf_pages(svc.build(ws, peru)))
    assert "Mercury use is recorded" in flat(pdf_pages(svc.build(ws, ghana)))
    chosen = svc.ReportRequest("scheme", visit_id=visits["PE"], version_id=VERSION,
                               draft=True, lang="fr")
    assert "L'usage du mercure est consigné" in flat(pdf_pages(svc.build(ws, chosen)))


FAIRMINED = validate_pack_file(ROOT / "resources" / "packs" / "fairmined-2.0.yaml")
RJC = validate_pack_file(ROOT / "resources" / "packs" / "rjc-cop-2019.yaml")


@pytest.mark.parametrize("profiles, languages, country, expected", [
    ([FAIRMINED], [], "CO", "es"),       # Colombia: Spanish is the official language
    ([FAIRMINED], [], "PE", "es"),       # Peru: Spanish (and Quechua, not a report language)
    ([FAIRMINED], [], "MX", "es"),       # Mexico: Spanish de facto
    ([FAIRMINED], [], "BR", "en"),       # Brazil: Portuguese, which reports are not in
    ([FAIRMINED], [], "CH", "en"),       # a Swiss refinery: German, French, Italian …
    ([FAIRMINED], ["es"], "US", "es"),   # the site's own record says it works in Spanish
    ([FAIRMINED], [], "", "en"),         # no country on record
    ([RJC], [], "CO", "en"),             # RJC names no site language: English
    ([FAIRMINED, RJC], [], "CO", "en"),  # a joint document whose schemes disagree
    ([FAIRMINED, FAIRMINED], [], "BO", "es"),
])
def test_the_default_language_from_the_profile_and_the_site(profiles, languages, country,
                                                            expected):
    profiles = [p.report_profile for p in profiles]
    assert default_language(profiles, languages, country) == expected


def test_a_title_in_an_unknown_language_is_refused_with_its_place():
    data = yaml.safe_load(guide_example())
    data["requirements"][1]["titles"] = {"spanish": "Mercurio registrado"}
    with pytest.raises(InvalidInput) as err:
        validate_pack_bytes(yaml.safe_dump(data, allow_unicode=True).encode("utf-8"), "p.yaml")
    problem = next(p for p in err.value.problems if p.code == "pack.title-language")
    assert problem.path == "requirements[1].titles.spanish"
    assert "'spanish' is not a language code" in problem.message
