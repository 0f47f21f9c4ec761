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
from sqlmodel import select

from jointaudit.checklist.template import build_template
from jointaudit.checklist.visit import CertificateEvidence, Recognised
from jointaudit.common.errors import InvalidInput
from jointaudit.fieldwork.findings import rate_level, scheme_ratings
from jointaudit.library.packs.importer import import_pack
from jointaudit.library.packs.overlay import import_overlay
from jointaudit.library.packs.validate import validate_pack_bytes, validate_pack_file
from jointaudit.reports.labels import applies_only_to, recognition_words
from jointaudit.reports.language import default_language
from jointaudit.reports.titles import PackTitles, Titles, shipped_titles
from jointaudit.services import reports as svc
from jointaudit.store.models import Certificate, JointPlan, RequirementText, Site, Visit
from tests.packs.conftest import table_counts
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


# --- titles and texts from an overlay ------------------------------------------------------

def guide_overlay() -> str:
    text = GUIDE.read_text(encoding="utf-8")
    match = re.search(r"<!-- example: overlay-per-language -->\s*```csv\n(.*?)```", text, re.S)
    assert match, "docs/pack-format.md lost its overlay-per-language example"
    return match.group(1)


def _reports(ws, visit_id: int, lang: str) -> dict[str, str]:
    with ws.session() as s:
        site_id = s.get(Visit, visit_id).site_id
    kinds = {"scheme": svc.ReportRequest("scheme", visit_id=visit_id, version_id=VERSION,
                                         lang=lang, draft=True),
             "joint_summary": svc.ReportRequest("joint_summary", visit_id=visit_id, lang=lang),
             "checklist": svc.ReportRequest("checklist", visit_id=visit_id, lang=lang),
             "obligations": svc.ReportRequest("obligations", site_id=site_id, lang=lang,
                                              today=date(2027, 4, 1))}
    return {kind: flat(pdf_pages(svc.build(ws, req))) for kind, req in kinds.items()}


def test_an_overlays_titles_and_texts_print_in_every_report_kind_before_the_packs(cerro,
                                                                                  tmp_path):
    ws, visits = cerro
    with ws.session() as s:  # a member of the scheme: its register lists the obligations
        s.add(Certificate(site_id=s.get(Visit, visits["PE"]).site_id, scheme_id="cerro-verde",
                          scheme_version_id=VERSION, kind="membership",
                          member_since=date(2026, 1, 1)))
    overlay = tmp_path / "cerro-verde-oficial.csv"
    overlay.write_text(guide_overlay(), encoding="utf-8")
    result = import_overlay(ws, VERSION, overlay)
    assert (result.updated, result.languages) == (2, ("es", "fr"))
    es, fr, en = (_reports(ws, visits["PE"], lang) for lang in ("es", "fr", "en"))
    for kind in ("scheme", "joint_summary", "checklist", "obligations"):
        # the overlay's title first; the pack's own Spanish title no longer prints
        assert "Registro del mercurio utilizado" in es[kind], (kind, es[kind][:800])
        assert "Se registra el uso de mercurio" not in es[kind], kind
        assert "Registre du mercure utilisé" in fr[kind], (kind, fr[kind][:800])
        assert "L'usage du mercure est consigné" not in fr[kind], kind
        # no English in the overlay: the pack's own title
        assert "Mercury use is recorded" in en[kind], (kind, en[kind][:800])
        assert "mercurio utilizado" not in en[kind] and "mercure utilisé" not in en[kind], kind
    # the chapter: the overlay's Spanish title; French has none there, so the pack's
    assert "1 Mercurio y su control" in es["scheme"]
    assert "1 Mercure" in fr["scheme"] and "Mercurio y su control" not in fr["scheme"]
    # the checklist prints the overlay's text in its language, and no other language's
    assert "La cooperativa anota cada mes el mercurio" in es["checklist"]
    assert "La coopérative note chaque mois le mercure" in fr["checklist"]
    assert "cooperativa anota" not in fr["checklist"] + en["checklist"]


def test_overlay_then_pack_titles_then_title_file_then_the_packs_title():
    pack = validate_pack_bytes(guide_example().encode("utf-8"), "pack-format.md example")
    files = Titles(requirements={(VERSION, "1.1"): {"es": "del archivo", "de": "aus der Datei"},
                                 ("*", "1"): {"de": "Quecksilber"}})
    titles = PackTitles(pack, files, overlay={"1.1": {"es": "de la superposición"}})
    assert titles.requirement("1.1") == {"es": "de la superposición",
                                         "fr": "L'usage du mercure est consigné",
                                         "de": "aus der Datei"}
    assert titles.requirement("1") == {"es": "Mercurio", "fr": "Mercure", "de": "Quecksilber"}
    assert PackTitles(pack, Titles()).requirement("1.1").get("en") is None  # then `title`


def _requirement_texts(ws):
    with ws.session() as s:
        return sorted((r.clause_id, r.language, r.title, r.text)
                      for r in s.exec(select(RequirementText)))


@pytest.mark.parametrize("name, content, place, message", [
    ("unknown.csv", "clause_id,title_es\n1.1,Registro\n1.2,Otro\n", (3, "clause_id"),
     "clause '1.2' is not a requirement of cerro-verde@1.0"),
    ("xx.csv", "clause_id,title_es,title_xx\n1.1,Registro,Quoi\n", (1, "title_xx"),
     "column 'title_xx': 'xx' is not a known language code"),
    ("word.csv", "clause_id,Title Spanish\n1.1,Registro\n", (1, "title_spanish"),
     "'spanish' is not a two-letter language code"),
    ("latin.csv", "clause_id,title_fr\n1.1,Registre du mercure utilisé\n".encode("latin-1"),
     (2, None), "not UTF-8"),
    ("long.csv", "clause_id,title_es\n1.1," + "m" * 600 + "\n", (2, "title_es"),
     "600 characters; at most 500 in a title cell"),
])
def test_a_bad_overlay_is_refused_naming_the_file_and_place_and_nothing_is_imported(
        cerro, tmp_path, name, content, place, message):
    ws, _visits = cerro
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    before = table_counts(ws), _requirement_texts(ws)
    with pytest.raises(InvalidInput) as caught:
        import_overlay(ws, VERSION, path)
    assert str(path) in str(caught.value)
    problem = next(p for p in caught.value.problems if message in p.message)
    assert (problem.line, problem.path) == place if place[1] else problem.line == place[0]
    assert (table_counts(ws), _requirement_texts(ws)) == before


def test_a_huge_overlay_is_refused_before_it_is_read(cerro, tmp_path):
    ws, _visits = cerro
    path = tmp_path / "huge.csv"
    with path.open("w", encoding="utf-8") as out:
        out.write("clause_id,text_es\n")
        row = "1.1," + "x" * 1000 + "\n"
        out.write(row * (21 * 1024))  # 21 MiB: over the 20 MiB a table may hold
    before = table_counts(ws)
    with pytest.raises(InvalidInput) as caught:
        import_overlay(ws, VERSION, path)
    assert str(path) in str(caught.value)
    assert [p.code for p in caught.value.problems] == ["input.too-large"]
    assert f"is {path.stat().st_size:,} bytes; at most 20,971,520" in str(caught.value)
    assert table_counts(ws) == before


# --- every shipped pack has its titles in Spanish and French --------------------------------

SHIPPED = sorted((ROOT / "resources" / "packs").glob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_pack_has_a_spanish_and_french_title_for_each_id_it_prints(path):
    pack = validate_pack_file(path)
    assert pack.report_profile.sections, f"{path.name} has no report profile"
    titles = PackTitles(pack)
    for lang in ("es", "fr"):
        missing = [r.id for r in pack.requirements if lang not in titles.requirement(r.id)]
        assert not missing, f"{path.name}: no {lang} title for {missing}"
        topics = [t.id for t in pack.topics if lang not in titles.topic(t.id)]
        assert not topics, f"{path.name}: no {lang} title for topics {topics}"
        same = [r.id for r in pack.requirements
                if titles.requirement(r.id)[lang].casefold() == r.title.casefold()]
        assert len(same) <= len(pack.requirements) // 10, (
            f"{path.name}: {lang} titles copied from English for {same}")


def test_no_title_file_names_an_id_its_pack_does_not_have():
    ids = {}
    for path in SHIPPED:
        pack = validate_pack_file(path)
        ids[pack.version_key] = {r.id for r in pack.requirements}
    for (key, clause), _titles in shipped_titles().requirements.items():
        if key != "*":
            assert key in ids, f"a title file names pack {key}, which is not shipped"
            assert clause in ids[key], f"a title file for {key} names clause {clause}"


# --- what we word ourselves around the titles ----------------------------------------------

@pytest.mark.parametrize("tags, lang, expected", [
    (["mine"], "es", "solo aplica a minas"),
    (["refiner"], "fr", "ne s'applique qu'aux affineries"),
    (["diamonds", "coloured-gemstones"], "en",
     "applies only to sites handling diamonds or coloured gemstones"),
    (["diamonds", "coloured-gemstones"], "fr",
     "ne s'applique qu'aux sites qui traitent des diamants ou des pierres de couleur"),
    (["asm", "lsm"], "es", "solo aplica a minas artesanales y de pequeña escala o minas a gran"
                           " escala"),
])
def test_a_clause_left_out_by_applicability_says_why_in_the_reports_language(tags, lang,
                                                                             expected):
    assert applies_only_to(tags, lang) == expected


def test_a_recognised_certificate_is_worded_in_the_reports_language_without_rule_keys():
    evidence = CertificateEvidence("rjc-coc", "RJC-COC-0188", "Helvetia Gold Refining SA",
                                   date(2024, 9, 1), date(2027, 8, 31))
    offer = Recognised(1, "lbma-accepts-rjc-coc-refiners", "own", "met", "(English note)",
                       evidence, verified=False)
    words = {lang: recognition_words(offer, lang) for lang in ("en", "es", "fr")}
    assert words["es"].startswith("certificado RJC-COC RJC-COC-0188 (Helvetia Gold Refining SA),"
                                  " válido 1 sept 2024")
    assert "no confirmado por el esquema" in words["es"]
    assert words["fr"].startswith("certificat RJC-COC RJC-COC-0188")
    assert "31 août 2027" in words["fr"]
    for text in words.values():
        assert "2024-09-01" not in text and "lbma-accepts" not in text
    supplier = Recognised(1, "rule-x", "supplier", "evidence", "(English note)",
                          recognised_scheme_id="rmi-rmap", on=date(2027, 6, 10))
    assert recognition_words(supplier, "fr").startswith(
        "les certificats RMI-RMAP valides des fournisseurs sont acceptés comme preuve")
    assert "10 juin 2027" in recognition_words(supplier, "fr")
