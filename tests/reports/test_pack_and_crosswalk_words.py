"""Words the packs and crosswalks ship in English, printed in the report's language.

A requirement's typical evidence comes in other languages from the pack's title files
(``typical_evidence:``); a crosswalk link's shared core and add-ons from the link's
``words: {es: …, fr: …}``; a link derived through the hub is worded from the hub nodes'
titles (``hub_nodes:`` in title files). Every shipped pack and crosswalk carries both in Spanish and
French, and the demo's Spanish and French field checklists, joint summaries and obligations
registers (and scheme reports), parsed back from the PDF, keep none of the English phrases (the list is read from
the shipped files, not written here)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from jointaudit.checklist.clusters import ADDON_JOINER
from jointaudit.library.crosswalk.derived import OWN_ADDON
from jointaudit.library.crosswalk.hub import HUB_CORE_PREFIX
from jointaudit.library.packs.hub_pack import shipped_hub
from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.reports.labels import label
from jointaudit.reports.titles import PackTitles, shipped_titles
from jointaudit.services import reports as svc
from jointaudit.store.db import open_workspace
from tests.reports.samples import pdf_pages
from tools.report_samples import REPORT_DAY, TODAY, prepare_demo

ROOT = Path(__file__).resolve().parents[2]
PACKS = sorted((ROOT / "resources" / "packs").glob("*.yaml"))
CROSSWALKS = sorted((ROOT / "resources" / "crosswalks").glob("*.yaml"))
WORDED = ("shared_core", "source_addon", "target_addon")
KINDS = ("checklist", "joint_summary", "obligations")


def shipped_links() -> list[tuple[str, dict]]:
    return [(path.name, link) for path in CROSSWALKS
            for link in (yaml.safe_load(path.read_text(encoding="utf-8")).get("links") or [])]


def english_phrases() -> set[str]:
    """Every typical-evidence entry of the shipped packs and every shared core and add-on of
    the shipped crosswalks, in the files' own (English) words."""
    out = {e for path in PACKS for r in validate_pack_file(path).requirements
           for e in r.typical_evidence}
    out |= {link[name] for _file, link in shipped_links() for name in WORDED if link.get(name)}
    hub = shipped_hub()
    assert hub is not None
    return out | {n.title for n in hub.nodes} | {OWN_ADDON}  # what derived links are made of


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.stem)
def test_every_shipped_packs_typical_evidence_has_spanish_and_french_words(path):
    pack = validate_pack_file(path)
    titles = PackTitles(pack)
    with_evidence = [r for r in pack.requirements if r.typical_evidence]
    for lang in ("es", "fr"):
        missing = [r.id for r in with_evidence if lang not in titles.typical_evidence(r.id)]
        assert not missing, f"{path.name}: no {lang} typical evidence for {missing}"
        # One entry for each of the pack's, so no document is dropped in translation.
        uneven = [r.id for r in with_evidence
                  if len(titles.typical_evidence(r.id)[lang]) != len(r.typical_evidence)]
        assert not uneven, f"{path.name}: {lang} typical evidence has another length: {uneven}"
        copied = [e for r in with_evidence
                  for e, own in zip(r.typical_evidence, titles.typical_evidence(r.id)[lang],
                                    strict=True) if e.casefold() == own.casefold()]
        assert len(copied) <= len(with_evidence) // 10, f"{path.name}: {lang} copied {copied}"


def test_no_title_file_gives_typical_evidence_to_a_clause_without_any():
    have = {}
    for path in PACKS:
        pack = validate_pack_file(path)
        have[pack.version_key] = {r.id for r in pack.requirements if r.typical_evidence}
    for (key, clause), _words in shipped_titles().evidence.items():
        assert clause in have.get(key, set()), f"a title file gives {key} {clause} evidence"


@pytest.mark.parametrize("name, link", [x for x in shipped_links()
                                        if any(x[1].get(n) for n in WORDED)],
                         ids=lambda x: x if isinstance(x, str) else f"{x['source']}-{x['target']}")
def test_every_shipped_crosswalk_link_words_its_shared_core_and_add_ons_in_es_and_fr(name, link):
    for lang in ("es", "fr"):
        words = (link.get("words") or {}).get(lang) or {}
        for field in WORDED:
            if link.get(field):
                assert words.get(field), f"{name} {link['source']}→{link['target']}: no {lang}" \
                                         f" {field}"
                assert words[field] != link[field], f"{name}: {lang} {field} copied"


def test_every_hub_node_has_a_spanish_and_french_title_for_links_derived_through_it():
    hub = shipped_hub()
    assert hub is not None
    files = shipped_titles().hub_nodes
    for lang in ("es", "fr"):
        missing = [n.id for n in hub.nodes if lang not in files.get(n.id, {})]
        assert not missing, f"no {lang} title for hub nodes {missing}"
    assert set(files) <= {n.id for n in hub.nodes}


def test_the_joiner_of_an_add_on_is_worded_in_each_language():
    assert label("beyond_shared_part", "en") == ADDON_JOINER
    assert {label("beyond_shared_part", lang) for lang in ("en", "es", "fr")} == {
        ADDON_JOINER, " — más allá de la parte común: ", " — au-delà de la partie commune : "}


@pytest.fixture(scope="module")
def demo_pdfs(tmp_path_factory):
    """The demo's checklist, joint summary, register and scheme reports of each visit, in es
    and fr."""
    folder = tmp_path_factory.mktemp("words")
    path = folder / "demo.jaworkspace"
    visits = prepare_demo(path)
    out = {}
    with open_workspace(path) as ws:
        for v in visits:
            for lang in ("es", "fr"):
                for kind in KINDS:
                    pdf = svc.export(ws, svc.ReportRequest(
                        kind, visit_id=v.visit_id, site_id=v.site_id, lang=lang, today=TODAY),
                        folder / f"{v.site.split()[0].lower()}-{kind}-{lang}.pdf")
                    out[(v.site, kind, lang)] = " ".join(pdf_pages(pdf.read_bytes()))
                for version in v.versions:  # the scheme reports print typical evidence too
                    pdf = svc.export(ws, svc.ReportRequest(
                        "scheme", visit_id=v.visit_id, version_id=version, lang=lang,
                        report_date=REPORT_DAY), folder / f"{version}-{lang}.pdf")
                    out[(v.site, version, lang)] = " ".join(pdf_pages(pdf.read_bytes()))
    out["workspace"], out["visits"] = path, visits
    return out


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def leads(phrase: str) -> str:
    """A phrase's first three words: a table cell may wrap the rest beside another column."""
    return " ".join(phrase.split()[:3])


def test_the_demos_spanish_and_french_reports_keep_no_english_evidence_or_shared_core(demo_pdfs):
    phrases = english_phrases()
    assert len(phrases) > 300  # read from the files: every pack's evidence, every link's words
    found = []
    for key, text in demo_pdfs.items():
        if not isinstance(key, tuple):
            continue
        site, kind, lang = key
        text = flat(text)
        assert "beyond the shared part" not in text, (site, kind, lang)
        assert HUB_CORE_PREFIX.strip() not in text, (site, kind, lang)
        for phrase in phrases:
            if kind not in KINDS and " " not in phrase:
                # A scheme report also prints the demo's own English prose (procedures,
                # observations: user text), where "interviews" is a word, not our list.
                continue
            if re.search(rf"(?<![\w-]){re.escape(leads(phrase))}(?![\w-])", text):
                found.append((site, kind, lang, phrase))
    assert not found


def test_the_demo_prints_evidence_and_shared_cores_in_the_report_language(demo_pdfs):
    # Against a test that passes because nothing is printed: the words are on the pages.
    checklist = flat(demo_pdfs[("Helvetia Gold Refining SA", "checklist", "es")])
    assert "Evidencia típica: organigrama; nombramiento del oficial de cumplimiento" in checklist
    summary = flat(demo_pdfs[("Helvetia Gold Refining SA", "joint_summary", "fr")])
    assert "au-delà de la partie commune : recrutement, rémunération" in summary
    register = flat(demo_pdfs[("Helvetia Gold Refining SA", "obligations", "es")])
    assert "más allá de la parte común:" in register
    # a link derived through the hub: its prefix and the hub node's title, both in Spanish
    summary = flat(demo_pdfs[("Helvetia Gold Refining SA", "joint_summary", "es")])
    assert "Común según el marco de referencia: Material certificado separado" in summary


def test_the_checklist_panel_words_a_shared_core_in_the_apps_language(demo_pdfs):
    from jointaudit.checklist.visit import visit_checklist
    from jointaudit.services.checklist import item_words

    helvetia = next(v for v in demo_pdfs["visits"] if v.site.startswith("Helvetia"))
    with open_workspace(demo_pdfs["workspace"]) as ws:
        with ws.session() as s:
            core = next(it for it in visit_checklist(s, helvetia.visit_id).items
                        if it.title == "No discrimination at work")
        assert item_words(ws, helvetia.visit_id, core.key, "es").title == \
            "No discriminación en el trabajo"
        assert item_words(ws, helvetia.visit_id, core.key, "fr").title == \
            "Pas de discrimination au travail"
        assert item_words(ws, helvetia.visit_id, core.key, "en").title == core.title


def test_the_checklist_prints_evidence_and_an_overlays_guidance_in_its_language():
    from jointaudit.reports.checklist import build_checklist
    from jointaudit.reports.data import BuildOptions, ChecklistInput, ChecklistItem, ChecklistTopic
    from tests.reports.test_other_reports import checklist_input

    item = ChecklistItem("ji-9", "Water plan", (("IRMA 1.0", "4.1.3"),),
                         guidance="Look at the last two years.",
                         guidance_words={"es": "Revise los dos últimos años."},
                         evidence=("water balance", "discharge permits"),
                         evidence_words={"es": ("balance hídrico", "permisos de vertido")})
    base = checklist_input()
    data = ChecklistInput(base.site, base.visit, base.template_name,
                          (ChecklistTopic("Agua", (item,)),), base.scales)
    es = flat(" ".join(pdf_pages(build_checklist(data, BuildOptions(lang="es")))))
    assert "Revise los dos últimos años. Evidencia típica: balance hídrico; permisos de vertido" \
        in es
    assert "water balance" not in es and "Look at" not in es
    # French has neither: the pack's own words, as a fallback
    fr = flat(" ".join(pdf_pages(build_checklist(data, BuildOptions(lang="fr")))))
    assert "Look at the last two years. Preuves habituelles : water balance; discharge permits" \
        in fr
