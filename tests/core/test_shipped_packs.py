"""The shipped scheme packs: valid pack format v1, one shared vocabulary, honest provenance,
and the scheme rules the engines rely on encoded as data (checked on real dates)."""

from __future__ import annotations

import functools
import re
from datetime import date

import pytest
import yaml
from sqlmodel import func, select

from jointaudit.common.date_rules import DateRule, Offset
from jointaudit.common.resources import resource_path
from jointaudit.common.severity import Severity
from jointaudit.library.packs.format import Pack, PersonDaysSpec, RuleMeta
from jointaudit.library.packs.importer import import_pack_file
from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.store.models import Requirement, SchemeVersion

PACKS = resource_path("packs")
SHIPPED = {
    "rjc-cop-2019.yaml": "rjc-cop",
    "rjc-coc-2017.yaml": "rjc-coc",
    "fairmined-2.0.yaml": "fairmined",
    "irma-1.0.yaml": "irma",
    "lbma-rgg-9.yaml": "lbma-rgg",
    "rmi-rmap.yaml": "rmi-rmap",
    "asi-ps-3.yaml": "asi-ps",
}
PACK_FILES = sorted(p.name for p in PACKS.glob("*.yaml"))
LANGUAGES = ("en", "es", "fr")
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # safe either way, C is faster
MAX_TITLE = 90  # a short title of our own, never a pasted clause


@functools.cache
def load(name: str) -> Pack:
    text = (PACKS / name).read_text(encoding="utf-8")
    return Pack.model_validate(yaml.load(text, Loader=SAFE_LOADER))


def vocabulary() -> tuple[list[str], list[str]]:
    """Topic ids and applicability tags, as documented in VOCABULARY.md."""
    text = (PACKS / "VOCABULARY.md").read_text(encoding="utf-8")
    topics_part, tags_part = text.split("## Applicability tags")
    tags_part = tags_part.split("## Other shared values")[0]
    row = re.compile(r"^\| `([a-z0-9-]+)` \|", re.M)
    return row.findall(topics_part), row.findall(tags_part)


def rules(pack: Pack) -> list[tuple[str, RuleMeta | PersonDaysSpec]]:
    """Every rule of a pack that carries verified/source, with a readable place name."""
    c = pack.cycle
    out = [("rating_scale", pack.rating_scale), ("cycle", c), ("assurance", pack.assurance),
           ("report_profile", pack.report_profile)]
    out += [(f"cycle.audits[{a.kind}]", a) for a in c.audits]
    out += [(f"cycle.validity_events[{i}]", e) for i, e in enumerate(c.validity_events)]
    out += [(f"cycle.deadlines[{d.id}]", d) for d in c.deadlines]
    out += [(f"cycle.escalations[{i}]", e) for i, e in enumerate(c.escalations)]
    if c.multi_facility:
        out.append(("cycle.multi_facility", c.multi_facility))
    out += [(f"assurance.person_days[{i}]", row)
            for i, row in enumerate(pack.assurance.person_days)]
    return out


URL = re.compile(r"https?://|\b[a-z0-9-]+\.(?:org|com|net|uk|cn)/")


def cites_a_source(source: str, pack: Pack) -> bool:
    """A reader can open it: an address, a source document of the pack that has one, or a
    numbered source of the project's research notes (RESEARCH.md / FIDELITY.md list each
    number with its address)."""
    docs = {d.id for d in pack.version.source_documents if d.url}
    return bool(URL.search(source) or any(d in source for d in docs)
                or re.search(r"(RESEARCH|FIDELITY)\.md.*\[S?\d+", source))


def children(pack: Pack) -> dict[str | None, list]:
    tree: dict[str | None, list] = {}
    for r in pack.requirements:
        tree.setdefault(r.parent, []).append(r)
    return tree


def window(pack: Pack, kind: str, **anchors: date) -> tuple[date, date]:
    audit = next(a for a in pack.cycle.audits if a.kind == kind)
    ends = [DateRule(s.anchor, Offset(**s.offset.model_dump())).evaluate(anchors)
            for s in (audit.window.earliest, audit.window.latest)]
    return ends[0], ends[1]


# --- every pack -------------------------------------------------------------------------

def test_all_seven_schemes_are_shipped_under_their_contract_names():
    assert set(SHIPPED) <= set(PACK_FILES)
    for name, scheme in SHIPPED.items():
        assert load(name).scheme.id == scheme


@pytest.mark.parametrize("name", PACK_FILES)
def test_pack_passes_the_validator_with_its_semantic_checks(name):
    assert validate_pack_file(PACKS / name).version_key == load(name).version_key


def test_all_shipped_packs_import_together_into_one_workspace(workspace):
    results = [import_pack_file(workspace, PACKS / name) for name in PACK_FILES]
    assert {r.status for r in results} == {"imported"}
    with workspace.session() as session:
        assert session.exec(select(func.count()).select_from(SchemeVersion)).one() == len(
            PACK_FILES)
        for result, name in zip(results, PACK_FILES, strict=True):
            stored = session.exec(select(func.count()).select_from(Requirement).where(
                Requirement.version_id == result.version_id)).one()
            assert stored == len(load(name).requirements)
    again = [import_pack_file(workspace, PACKS / name) for name in PACK_FILES]
    assert {r.status for r in again} == {"unchanged"}


@pytest.mark.parametrize("name", PACK_FILES)
def test_pack_matches_the_format_and_has_unique_clause_ids(name):
    pack = load(name)
    ids = [r.id for r in pack.requirements]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    known = set(ids)
    assert all(r.parent in known for r in pack.requirements if r.parent is not None)


@pytest.mark.parametrize("name", PACK_FILES)
def test_pack_uses_exactly_the_shared_vocabulary(name):
    topics, tags = vocabulary()
    pack = load(name)
    assert [t.id for t in pack.topics] == topics
    assert pack.applicability_tags == tags
    for r in pack.requirements:
        assert set(r.topics) <= set(topics), r.id
        assert set(r.applies_to) <= set(tags), r.id


@pytest.mark.parametrize("name", PACK_FILES)
def test_every_assessable_requirement_has_a_topic_and_headings_are_not_rated(name):
    pack = load(name)
    tree = children(pack)
    for r in pack.requirements:
        if r.assessable:
            assert r.topics, f"{name}: {r.id} has no topic"
        if r.id in tree:
            assert not r.assessable, f"{name}: {r.id} has sub-clauses but is rated itself"
        else:
            assert r.assessable, f"{name}: leaf {r.id} cannot be rated"


@pytest.mark.parametrize("name", PACK_FILES)
def test_requirements_hold_short_titles_of_our_own_and_no_scheme_text(name):
    for r in load(name).requirements:
        assert r.text == "" and r.guidance == "", r.id
        assert len(r.title) <= MAX_TITLE, r.id
        assert r.source, f"{name}: {r.id} has no source"


@pytest.mark.parametrize("name", PACK_FILES)
def test_every_assessable_requirement_suggests_what_evidence_to_look_at(name):
    for r in load(name).requirements:
        if r.assessable:
            assert r.typical_evidence, f"{name}: {r.id}"
            assert all(0 < len(e) <= MAX_TITLE for e in r.typical_evidence), r.id


@pytest.mark.parametrize("name", PACK_FILES)
def test_nothing_unconfirmed_is_passed_off_as_verified(name):
    pack = load(name)
    said_why = re.compile(r"UNVERIFIED|INFERRED")
    for place, rule in rules(pack):
        if not rule.verified:
            assert said_why.search(rule.source), f"{name}: {place} does not say why"
        else:
            assert cites_a_source(rule.source, pack), f"{name}: {place} cites no source"
    for r in pack.requirements:
        if not r.verified:
            assert said_why.search(r.source), f"{name}: {r.id} does not say why"
        else:
            assert cites_a_source(r.source, pack), f"{name}: {r.id} is verified on no source"


def test_ids_and_verified_flags_per_pack_every_verified_entry_sourced(capsys):
    table = []
    for name in PACK_FILES:
        pack = load(name)
        ids = [r.id for r in pack.requirements]
        verified = [r for r in pack.requirements if r.verified]
        unsourced = [r.id for r in verified if not cites_a_source(r.source, pack)]
        unsourced += [place for place, rule in rules(pack)
                      if rule.verified and not cites_a_source(rule.source, pack)]
        assert unsourced == [], f"{name}: verified on no source a reader can open: {unsourced}"
        assert len(set(ids)) == len(ids)
        table.append((name, len(ids), len(verified),
                      sum(rule.verified for _, rule in rules(pack)), len(rules(pack))))
    with capsys.disabled():
        print("\npack | ids | verified ids | verified rules | rules")
        for row in table:
            print(" | ".join(str(c) for c in row))
    assert len(table) == len(PACK_FILES)


@pytest.mark.parametrize("name", PACK_FILES)
def test_ratings_translate_both_ways_in_three_languages(name):
    scale = load(name).rating_scale
    levels = {lv.id: lv for lv in scale.levels}
    assert set(scale.from_severity) == set(Severity)
    assert set(scale.from_severity.values()) <= set(levels)
    for lv in scale.levels:
        # a rating translated out and back in keeps its meaning
        assert levels[scale.from_severity[lv.severity]].severity == lv.severity, lv.id
        assert set(LANGUAGES) <= set(lv.words), lv.id


@pytest.mark.parametrize("name", PACK_FILES)
def test_labels_and_report_titles_exist_in_three_languages(name):
    pack = load(name)
    worded = [a.label for a in pack.cycle.audits] + [d.label for d in pack.cycle.deadlines]
    profile = pack.report_profile
    worded += [profile.title, *profile.parts.values(), *(s.title for s in profile.sections)]
    for words in worded:
        assert set(LANGUAGES) <= set(words), words


@pytest.mark.parametrize("name", PACK_FILES)
def test_report_profile_has_the_mandatory_fields_and_both_parts(name):
    profile = load(name).report_profile
    fields = {s.field for s in profile.sections if s.kind == "field"}
    for needed in ("scope_statement", "methodology", "sampling", "conclusion",
                   "recommendation"):
        assert needed in profile.mandatory_fields and needed in fields
    kinds = {s.kind for s in profile.sections}
    assert {"cover", "team", "findings_table", "signoff"} <= kinds
    # LBMA adds the independent assurance report as a part of its own
    expected = {"public", "confidential"} | ({"assurance"} if name.startswith("lbma") else set())
    assert {s.part for s in profile.sections} == expected
    assert set(profile.parts) == expected
    assert not profile.verified  # none was checked against an official template


# --- RJC Code of Practices 2019 ---------------------------------------------------------

def test_rjc_cop_has_42_provisions_in_six_unrated_sections():
    pack = load("rjc-cop-2019.yaml")
    tree = children(pack)
    sections = tree[None]
    assert [s.id for s in sections] == list("ABCDEF")
    assert not any(s.assessable for s in sections)
    provisions = [r for s in sections for r in tree[s.id]]
    assert [p.id for p in provisions] == [str(n) for n in range(1, 43)]
    by_id = {r.id: r for r in pack.requirements}
    assert [r.id for r in tree["6.1"]] == ["6.1a", "6.1b", "6.1c", "6.1d"]
    assert [r.id for r in tree["7"]] == ["7.1", "7.2", "7.3"]
    assert by_id["7.3"].applies_to == ["refiner"]
    assert by_id["6.1a"].verified and by_id["7.2"].verified and by_id["12"].verified


def test_rjc_cop_opening_provisions_are_confirmed_by_a_published_copy():
    """Provisions 1-5 are verified on sources a reader can open (4 and 5 on a published copy
    of the COP 2019 opening); the section letters are the pack's own labels and the four
    doubtful ids of sections B, E and F stay unverified and say why."""
    pack = load("rjc-cop-2019.yaml")
    by_id = {r.id: r for r in pack.requirements}
    assert all(by_id[i].verified for i in ("1", "2", "3", "4", "5"))
    copy = next(d for d in pack.version.source_documents if d.id == "rjc-member-cop-2019-copy")
    assert copy.url and URL.search(copy.url)
    assert "rjc-member-cop-2019-copy" in by_id["4"].source
    assert "rjc-member-cop-2019-copy" in by_id["5"].source
    assert not any(by_id[s].verified for s in "ABCDEF")
    for doubtful in ("13", "30", "31", "41"):
        assert not by_id[doubtful].verified and "DOUBT" in by_id[doubtful].source, doubtful


def test_rjc_cop_certification_cycle_on_real_dates():
    pack = load("rjc-cop-2019.yaml")
    assert pack.cycle.validity.years == 3
    assert pack.cycle.next_validity_starts == "previous_expiry"
    assert pack.cycle.decision_lag.weeks == 2
    assert window(pack, "certification", membership_start=date(2024, 2, 29)) == (
        date(2024, 2, 29), date(2026, 2, 28))
    assert window(pack, "recertification", certificate_expiry=date(2027, 6, 30)) == (
        date(2027, 2, 28), date(2027, 6, 30))
    mtr = next(a for a in pack.cycle.audits if a.kind == "mid_term_review")
    assert mtr.condition == "mid_term_required" and not mtr.verified
    assert window(pack, "mid_term_review", certificate_start=date(2025, 7, 1)) == (
        date(2026, 7, 1), date(2027, 7, 1))


def test_rjc_cop_majors_shorten_validity_until_2024_and_bar_certification_from_2025():
    events = load("rjc-cop-2019.yaml").cycle.validity_events
    shorten = next(e for e in events if e.event == "major_nc" and e.effect == "shorten")
    bar = next(e for e in events if e.event == "major_nc" and e.effect == "no_certificate")
    assert shorten.validity.years == 1 and shorten.effective_to == date(2024, 12, 31)
    assert bar.effective_from == date(2025, 1, 1)
    assert shorten.verified and bar.verified


def test_rjc_cop_caps_escalation_and_multi_facility_rules():
    cycle = load("rjc-cop-2019.yaml").cycle
    cap = next(d for d in cycle.deadlines if d.id == "cap_submission")
    assert DateRule(cap.due.anchor, Offset(**cap.due.offset.model_dump())).evaluate(
        {"audit_end": date(2027, 1, 31)}) == date(2027, 2, 28)
    assert Severity.MINOR_GAP in cap.applies_to
    (esc,) = cycle.escalations
    assert (esc.from_severity, esc.to_severity, esc.when) == (
        Severity.MINOR_GAP, Severity.MAJOR_GAP, "open_at_recertification")
    assert cycle.multi_facility.all_within.months == 4


# --- IRMA 1.0 ---------------------------------------------------------------------------

def test_irma_has_4_principles_and_26_chapters():
    pack = load("irma-1.0.yaml")
    tree = children(pack)
    principles = tree[None]
    assert [p.id for p in principles] == ["1", "2", "3", "4"]
    chapters = [c for p in principles for c in tree[p.id]]
    assert len(chapters) == 26
    assert [len(tree[p.id]) for p in principles] == [5, 6, 7, 8]
    requirement_level = [r for r in pack.requirements if r.id.count(".") == 3]
    assert {r.id for r in requirement_level} >= {"1.1.1.1", "1.3.1.1", "1.3.3.3"}
    assert all(r.critical for r in requirement_level)


def test_irma_audits_start_within_a_year_of_joining_with_a_desk_stage():
    pack = load("irma-1.0.yaml")
    stage1 = next(a for a in pack.cycle.audits if a.kind == "initial_stage1")
    assert stage1.mode == "desk" and stage1.verified
    assert window(pack, "initial_stage1", membership_start=date(2026, 3, 15))[1] == date(
        2027, 3, 15)
    surveillance = next(a for a in pack.cycle.audits if a.kind == "surveillance")
    assert not surveillance.verified and "INFERRED" in surveillance.source
    # IRMA: within 18 months of the report's publication, never the old 21
    assert window(pack, "surveillance", certificate_start=date(2026, 2, 28))[1] == date(
        2027, 8, 28)


# --- Fairmined 2.0 ----------------------------------------------------------------------

def test_fairmined_is_annual_with_entry_and_progress_requirements():
    pack = load("fairmined-2.0.yaml")
    assert pack.version.language == "es"
    assert pack.cycle.validity.years == 1
    assessable = [r for r in pack.requirements if r.assessable]
    assert {r.level for r in assessable} == {"entry", "progress", "voluntary"}
    assert window(pack, "recertification", certificate_expiry=date(2027, 5, 31)) == (
        date(2027, 2, 28), date(2027, 5, 31))
    assert any(d.id.startswith("fairmined-2.0") for d in pack.version.source_documents)


def test_fairmined_clause_ids_stay_placeholders_until_the_printed_numbers_are_read():
    """No source read gives Fairmined 2.0's printed numbers, so no requirement below chapter
    level is verified, each says so, and the notes record what was searched."""
    pack = load("fairmined-2.0.yaml")
    requirements = [r for r in pack.requirements if r.id.count(".") == 2]
    assert len(requirements) == 34
    assert not any(r.verified for r in requirements)
    assert all("UNVERIFIED" in r.source for r in requirements)
    assert "Numbering search" in pack.version.notes and "placeholder" in pack.version.notes
    documents = {d.id: d.url for d in pack.version.source_documents}
    assert documents["fairmined-2.0-cetem"] and documents["fairtrade-fairmined-2010-section-b"]


def test_pack_files_are_utf8_and_small():
    for name in PACK_FILES:
        raw = (PACKS / name).read_bytes()
        raw.decode("utf-8")
        assert len(raw) < 200_000, name


# --- RJC Chain of Custody ---------------------------------------------------------------

def test_rjc_coc_2012_stays_with_the_numbering_recognition_decisions_cite():
    pack = load("rjc-coc-2012.yaml")
    by_id = {r.id: r for r in pack.requirements}
    # RJC recognises LBMA/RMAP/DMCC under 10.4 and Fairmined under 4.1c (CoC 2012 numbers)
    assert by_id["10.4"].verified and by_id["10.4"].applies_to == ["refiner"]
    assert by_id["4.1c"].verified and by_id["4.1c"].parent == "4.1"
    assert pack.version.id == "2012"
    assert "2017" in pack.version.notes and "10.4" in pack.version.notes
    assert pack.cycle.validity.years == 3
    surveillance = next(a for a in pack.cycle.audits if a.kind == "surveillance")
    assert surveillance.condition == "mid_term_required"


def test_rjc_coc_2017_numbering_ships_with_its_mapping_from_2012():
    """The current edition's numbering (2017) is shipped beside the retired 2012 one; only
    the ids a source confirms are verified, and every 2012 provision that is rated maps to a
    2017 one, the due-diligence and KYC provisions to 2017 provisions 1 and 2."""
    from jointaudit.library.crosswalk.importer import read_crosswalk

    new, old = load("rjc-coc-2017.yaml"), load("rjc-coc-2012.yaml")
    assert (new.scheme.id, new.version.id, old.version.id) == ("rjc-coc", "2017", "2012")
    verified = {r.id for r in new.requirements if r.verified}
    assert verified == {"1", "2"}
    for r in new.requirements:
        if r.verified:
            assert cites_a_source(r.source, new), r.id
    cw, _ = read_crosswalk(resource_path("crosswalks", "rjc-coc-2012--rjc-coc-2017.yaml"))
    assert (cw.source_version, cw.target_version) == ("rjc-coc@2012", "rjc-coc@2017")
    target = {link.source: (link.target, link.relationship.value) for link in cw.links}
    assert target["10.4"] == ("1", "subset") and target["11"] == ("2", "equal")
    assert target["4.1c"] == ("5", "subset")
    rated_2012 = {r.id for r in old.requirements if r.assessable}
    ids_2017 = {r.id for r in new.requirements}
    assert rated_2012 <= set(target) and {t for t, _ in target.values()} <= ids_2017
    # recognitions under 2017 are evidence only until RJC's 2017 wording is read
    rec, _ = read_crosswalk(resource_path("crosswalks", "recognitions-rjc-coc-2017.yaml"))
    assert {(r.effect, r.verified) for r in rec.recognitions} == {("evidence", False)}


def test_rjc_coc_2017_is_the_latest_version_by_its_effective_date_whatever_the_import_order(
        workspace):
    """Certification against CoC 2017 began on 1 April 2018 (sourced); with that date a
    workspace that imports 2017 before 2012 still takes 2017 as the current version."""
    from jointaudit.library.packs.loader import latest_version_id

    pack = load("rjc-coc-2017.yaml")
    assert pack.version.effective_from == date(2018, 4, 1)
    assert "rjc-coc-launch-2018-bhrrc" in pack.version.notes
    assert cites_a_source("rjc-coc-launch-2018-bhrrc", pack)
    assert load("rjc-coc-2012.yaml").version.effective_from is None
    import_pack_file(workspace, PACKS / "rjc-coc-2017.yaml")
    import_pack_file(workspace, PACKS / "rjc-coc-2012.yaml")
    with workspace.session() as session:
        assert latest_version_id(session, "rjc-coc") == "rjc-coc@2017"


# --- LBMA Responsible Gold Guidance v9 --------------------------------------------------

def test_lbma_has_five_steps_in_step_style():
    tree = children(load("lbma-rgg-9.yaml"))
    assert [s.id for s in tree[None]] == [f"Step {n}" for n in range(1, 6)]
    assert {"Step 1.1", "Step 3.1", "Step 4.1"} <= {r.id for s in tree[None] for r in
                                                      tree[s.id]}


def test_lbma_assurance_falls_in_the_three_months_after_financial_year_end():
    pack = load("lbma-rgg-9.yaml")
    assert pack.cycle.period_anchor == "financial_year_end"
    (annual,) = pack.cycle.audits
    assert annual.applies == "periodic"
    assert window(pack, "annual_assurance", financial_year_end=date(2027, 11, 30)) == (
        date(2027, 12, 1), date(2028, 2, 29))
    assert window(pack, "annual_assurance", financial_year_end=date(2026, 12, 31)) == (
        date(2027, 1, 1), date(2027, 3, 31))


def test_lbma_independence_and_rotation_are_confirmed_rules():
    assurance = load("lbma-rgg-9.yaml").assurance
    assert assurance.verified
    assert assurance.coi_cooling_off.months == 24
    assert (assurance.rotation_max_years, assurance.rotation_applies_to) == (10, "firm")
    assert not any(row.verified for row in assurance.person_days)


def test_lbma_zero_tolerance_is_the_critical_level():
    scale = load("lbma-rgg-9.yaml").rating_scale
    assert scale.from_severity[Severity.CRITICAL] == "zero_tolerance"
    assert scale.from_severity[Severity.MINOR_GAP] == "low_risk_nc"


# --- RMI RMAP ---------------------------------------------------------------------------

def test_rmap_is_yes_no_annual_with_90_day_corrective_actions():
    pack = load("rmi-rmap.yaml")
    assert all(r.answer == "yes_no" for r in pack.requirements if r.assessable)
    assert pack.cycle.validity.years == 1
    (cap,) = pack.cycle.deadlines
    due = DateRule(cap.due.anchor, Offset(**cap.due.offset.model_dump()))
    assert due.evaluate({"nc_letter": date(2027, 11, 15)}) == date(2028, 2, 13)
    assert cap.verified
    gaps = {pack.rating_scale.from_severity[s] for s in
            (Severity.MINOR_GAP, Severity.MAJOR_GAP, Severity.CRITICAL)}
    assert gaps == {"non_conformant"}
    assert {row.days for row in pack.assurance.person_days} <= {1, 2, 3, 4, 5}


# --- ASI Performance Standard V3 --------------------------------------------------------

def test_asi_criteria_are_principle_dot_criterion():
    pack = load("asi-ps-3.yaml")
    tree = children(pack)
    assert [p.id for p in tree[None]] == [str(n) for n in range(1, 12)]
    by_id = {r.id: r for r in pack.requirements}
    for cited in ("2.4", "5.3", "8.7", "10.3"):
        assert by_id[cited].verified and by_id[cited].assessable
    assert all(re.fullmatch(r"\d+\.\d+", r.id) for p in tree[None] for r in tree[p.id])


def test_asi_majors_give_a_provisional_year_and_more_than_three_no_certificate():
    cycle = load("asi-ps-3.yaml").cycle
    assert cycle.validity.years == 3
    provisional = next(e for e in cycle.validity_events if e.effect == "provisional")
    assert (provisional.event, provisional.threshold, provisional.validity.years) == (
        "major_nc", 1, 1)
    too_many = next(e for e in cycle.validity_events if e.event == "too_many_majors")
    assert (too_many.effect, too_many.threshold) == ("no_certificate", 4)
    deadlines = {d.id: d for d in cycle.deadlines}
    assert deadlines["cap_submission"].due.offset.months == 1
    assert deadlines["major_closure"].due.offset.months == 12
    surveillance = next(a for a in cycle.audits if a.kind == "surveillance")
    assert surveillance.due.offset.months == 18


@pytest.mark.parametrize("name", PACK_FILES)
def test_schemes_that_approve_joint_checklists_show_the_approval_in_their_report(name):
    pack = load(name)
    kinds = {s.kind for s in pack.report_profile.sections}
    assert ("approvals" in kinds) == pack.assurance.template_approval_required
    assert pack.assurance.note, "the choice of template_approval_required is explained"


def test_rjc_majors_from_2025_call_for_a_follow_up_before_certification():
    pack = load("rjc-cop-2019.yaml")
    follow_up = next(a for a in pack.cycle.audits if a.kind == "follow_up")
    assert (follow_up.applies, follow_up.condition) == ("after_audit", "major_nc")
    assert follow_up.effective_from == date(2025, 1, 1) and not follow_up.verified
    assert window(pack, "follow_up", previous_audit_end=date(2025, 8, 29)) == (
        date(2025, 9, 29), date(2026, 2, 28))


def test_fairmined_checks_a_refiner_only_on_the_buyer_requirements():
    def applies(r, tags):
        return not r.applies_to or bool(set(r.applies_to) & tags)

    rated = [r for r in load("fairmined-2.0.yaml").requirements if r.assessable]
    refiner = {r.id for r in rated if applies(r, {"refiner", "gold"})}
    cooperative = {r.id for r in rated if applies(r, {"asm", "mine", "gold"})}
    assert refiner == {"6.2.2", "6.2.3"}
    assert "3.1.1" in cooperative and "2.1.1" in cooperative
    assert not refiner & cooperative


def test_irma_reassessment_desk_stage_comes_before_the_on_site_stage():
    pack = load("irma-1.0.yaml")
    expiry = date(2028, 8, 31)
    stage1 = window(pack, "reassessment_stage1", certificate_expiry=expiry)
    stage2 = window(pack, "reassessment", certificate_expiry=expiry)
    assert stage1 == (date(2027, 11, 30), date(2028, 3, 31))
    assert stage1[1] <= stage2[0] and stage2[1] == expiry


def test_rjc_recertification_started_too_early_restarts_validity_at_the_decision():
    from jointaudit.planning.cycles import AuditOutcome, SchemeHistory, project

    pack = load("rjc-cop-2019.yaml")
    cert = dict(certificate_start=date(2024, 6, 15), certificate_expiry=date(2027, 6, 14))

    def next_recertification(audit_start: date, audit_end: date):
        h = SchemeHistory(pack, **cert, audits=(
            AuditOutcome("recertification", audit_start, audit_end),))
        p = project(h, date(2026, 1, 1), date(2031, 12, 31))
        return next((w.earliest, w.latest) for w in p.windows if w.kind == "recertification")

    # in the 4-month window: continuous, the new 3 years run from the old expiry
    assert next_recertification(date(2027, 3, 1), date(2027, 3, 3)) == (
        date(2030, 2, 14), date(2030, 6, 14))
    # begun 6 months early: the new certificate runs from RJC's decision (3 Dec + 2 weeks
    # = 17 Dec 2026) for 3 years, so it expires 16 Dec 2029
    assert next_recertification(date(2026, 12, 1), date(2026, 12, 3)) == (
        date(2029, 8, 16), date(2029, 12, 16))


def test_rmap_three_year_interval_recorded_on_the_audit_plans_the_re_audit_three_years_on():
    """RMAP's risk-based programme lets RMI grant an eligible facility a three-year interval
    (rmap-faq-frequency). Whether it is granted is known only from the decision, so it is
    recorded on the audit (valid_until three years on); the planner then plans the next
    re-audit in the three months before that day, annual ones after it (a later grant is not
    assumed), and offers the risk-based re-audit 33-36 months after each audit as possible."""
    from jointaudit.planning.cycles import AuditOutcome, SchemeHistory, start_chain
    from jointaudit.planning.effort import EffortContext
    from jointaudit.planning.visits import PlanInput, plan_greedy
    from jointaudit.planning.windows import SiteCalendar

    rmap = load("rmi-rmap.yaml")
    pack = validate_pack_file(PACKS / "rmi-rmap.yaml")
    spec = next(a for a in rmap.cycle.audits if a.kind == "risk_based_re_audit")
    assert spec.verified and spec.condition == "requested" and cites_a_source(spec.source, rmap)
    granted = AuditOutcome("re_audit", date(2026, 3, 2), date(2026, 3, 4),
                           valid_from=date(2026, 3, 5), valid_until=date(2029, 3, 4),
                           decision="conformant")
    h = SchemeHistory(pack, member_since=date(2022, 1, 10), audits=(granted,))
    h0, h1 = date(2027, 1, 1), date(2031, 12, 31)
    plan = plan_greedy(PlanInput((start_chain(h, h0, h1),), (), {pack.version_key: pack},
                                 SiteCalendar(), EffortContext("refinery", "medium"), h0, h1))
    re_audits = [v.start for v in plan.visits if v.start <= h1]
    # nothing in 2027 or 2028: the first re-audit on the last days before 2029-03-04
    assert re_audits == [date(2029, 3, 2), date(2030, 3, 2), date(2031, 3, 2)]
    offered = [(w.earliest, w.latest) for w in plan.possible if w.kind == spec.kind]
    assert (date(2028, 12, 4), date(2029, 3, 4)) in offered  # 33-36 months after 2026-03-04
