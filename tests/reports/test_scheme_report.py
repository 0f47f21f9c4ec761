"""A scheme's report, parsed back from the PDF: its own clause numbering and rating words,
its profile's sections in order, "Page X of Y", accents, byte-identical output."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import threading
from dataclasses import replace

import pytest
from pypdf import PdfReader

from jointaudit.reports import BuildOptions, Cancelled, build_scheme_report
from tests.reports.samples import (
    IRMA_LEVELS,
    RJC_LEVELS,
    ROOT,
    irma_input,
    pdf_pages,
    rjc_input,
)


def words_of(levels, lang="en"):
    return {lv.words.get(lang, lv.words["en"]) for lv in levels}


def text_of(pdf: bytes) -> str:
    return "\n".join(pdf_pages(pdf))


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_clause_appears_with_the_schemes_own_rating_word():
    data = rjc_input()
    text = flat(text_of(build_scheme_report(data)))
    words = {lv.level_id: lv.words["en"] for lv in RJC_LEVELS}
    for row in data.findings:
        # clause id, short title and the scheme's word, in that order in the findings table
        assert re.search(re.escape(f"{row.clause_id} {row.title} {words[row.level_id]}"), text), \
            row.clause_id


def test_only_the_schemes_own_rating_words_appear():
    rjc_text = text_of(build_scheme_report(rjc_input()))
    irma_text = text_of(build_scheme_report(irma_input()))
    for word in words_of(IRMA_LEVELS):
        assert word not in rjc_text
    for word in words_of(RJC_LEVELS):
        assert word not in irma_text
    for word in ("Minor NC", "Major NC", "Conformance"):
        assert word in rjc_text
    for word in ("Fully meets", "Partially meets", "Substantially meets"):
        assert word in irma_text


def test_findings_table_rating_column_holds_only_scale_words():
    data = irma_input()
    text = text_of(build_scheme_report(data))
    table = text.split("Ratings by requirement", 1)[1].split("Template approval", 1)[0]
    allowed = words_of(IRMA_LEVELS)
    for n, row in enumerate(data.findings, 1):
        word = next(lv.words["en"] for lv in IRMA_LEVELS if lv.level_id == row.level_id)
        assert re.search(rf"{n}\s+{re.escape(row.clause_id)}\s", table)  # sequential numbering
        assert word in allowed and word in flat(table)


def test_page_x_of_y_counts_the_real_number_of_pages():
    many = rjc_input(findings=rjc_input().findings * 40)
    pdf = build_scheme_report(many)
    pages = pdf_pages(pdf)
    assert len(pages) > 3
    for n, page in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in page


def test_every_section_of_the_profile_is_present_in_order():
    data = rjc_input(fields=dict(rjc_input().fields, sampling="12 of 40 files."))
    text = flat(text_of(build_scheme_report(data)))
    positions = [text.find(s.title["en"]) for s in data.profile.sections]
    assert all(p >= 0 for p in positions), positions
    assert positions == sorted(positions)
    for field in ("scope", "methodology", "conclusion"):
        assert flat(data.fields[field]) in text


def test_an_optional_section_with_nothing_to_say_is_left_out():
    text = flat(text_of(build_scheme_report(rjc_input())))  # no sampling text given
    assert "Sampling" not in text and "None." not in text


def test_spanish_and_french_accents_extract_intact():
    fr = flat(text_of(build_scheme_report(rjc_input(), BuildOptions(lang="fr"))))
    for phrase in ("Conformité", "Méthodologie", "Échéance", "NC mineure", "Page 1 sur",
                   "Señalización incompleta", "Léa Dubois", "Audit Éthique SARL"):
        assert phrase in fr, phrase
    es = flat(text_of(build_scheme_report(rjc_input(), BuildOptions(lang="es"))))
    for phrase in ("Metodología", "Página 1 de", "Señalización y seguridad", "Conformidad",
                   "Frente de explotación Norte", "Informe de auditoría"):
        assert phrase in es, phrase
    assert "Conformance" not in es  # rating words follow the report language


def test_fonts_are_the_bundled_truetype_fonts_embedded():
    reader = PdfReader(io.BytesIO(build_scheme_report(rjc_input())))
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts and all("DejaVuSans" in name for name in fonts), list(fonts)
    for font in fonts.values():  # embedded subsets, never a base-14 font
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
            else font
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object()


def test_identical_input_gives_byte_identical_output():
    assert build_scheme_report(rjc_input()) == build_scheme_report(rjc_input())
    changed = rjc_input(fields=dict(rjc_input().fields, scope="Processing plant only."))
    assert build_scheme_report(changed) != build_scheme_report(rjc_input())


def test_identical_input_gives_identical_bytes_in_another_process(tmp_path):
    here = build_scheme_report(rjc_input(), BuildOptions(lang="fr"))
    code = ("import sys; from tests.reports.samples import rjc_input;"
            "from jointaudit.reports import BuildOptions, build_scheme_report;"
            "sys.stdout.buffer.write(build_scheme_report(rjc_input(), BuildOptions(lang='fr')))")
    there = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                           check=True).stdout
    assert there == here


def test_a_short_report_number_on_every_page_and_the_hash_in_the_metadata():
    pdf = build_scheme_report(irma_input())
    pages = pdf_pages(pdf)
    number = re.search(r"Report (IRMA-20260309-\d{6})", pages[0]).group(1)
    for page in pages:
        assert f"Report {number}" in page
        assert not re.search(r"\b[0-9a-f]{12,}\b", page)  # no hex ids on the page
    digest = re.search(r"sha256:([0-9a-f]{64})", PdfReader(io.BytesIO(pdf)).metadata["/Keywords"])
    assert digest and number.endswith(f"{int(digest.group(1)[:12], 16) % 1_000_000:06d}")


def test_an_unverified_profile_gets_one_neutral_notice_on_drafts_only():
    draft = flat(text_of(build_scheme_report(rjc_input(), BuildOptions(draft=True))))
    assert draft.count("Layout not yet confirmed by the scheme.") == 1
    assert "RJC sample COP audit report" not in draft  # the profile's source stays internal
    final = text_of(build_scheme_report(rjc_input()))
    assert "confirmed" not in final and "UNVERIFIED" not in final
    assert "not yet confirmed" not in flat(text_of(build_scheme_report(
        irma_input(), BuildOptions(draft=True))))  # a verified profile says nothing


def test_public_and_confidential_parts():
    data = irma_input(findings=tuple(
        replace(r, confidential=True, observation=f"secret {r.clause_id}")
        if r.clause_id == "1.2.2" else r for r in irma_input().findings))
    full = flat(text_of(build_scheme_report(data)))
    assert full.index("Public report") < full.index("Confidential annex")
    public_part = full.split("Confidential annex", 1)[0]
    assert "secret 1.2.2" not in public_part  # hidden in the public findings table
    assert "secret 1.2.2" in full.split("Confidential annex", 1)[1]  # shown in NC details
    public_only = flat(text_of(build_scheme_report(data, BuildOptions(parts=("public",)))))
    assert "Confidential annex" not in public_only
    assert "Gaps and corrective actions" not in public_only
    assert "secret" not in public_only


def test_nc_details_carry_cap_deadlines_from_the_packs_rules():
    text = flat(text_of(build_scheme_report(rjc_input())))
    ncs = text.split("Non-conformities", 1)[1]
    # audit ends 2026-03-12: plan due +1 month for every NC, majors closed within 3 months
    assert "1.2 — Due diligence on sourcing" in ncs
    assert ncs.count("Deadline: Corrective action plan 12 April 2026") == 2
    assert "Deadline: Close major NC 12 June 2026" in ncs
    assert "UNVERIFIED" not in ncs and "RJC Assessment Manual" not in ncs
    assert "2.1 — Legal compliance" not in ncs  # conforming clauses have no NC details


def test_summary_counts_per_rating_level_in_the_schemes_words():
    text = flat(text_of(build_scheme_report(rjc_input())))
    counts = text.split("Summary of findings", 1)[1].split("Findings", 1)[0]
    assert "Conformance 2" in counts
    assert "Minor NC 1" in counts and "Major NC 1" in counts
    assert "Not Applicable 1" in counts and "Total 5" in counts


def test_signoff_roles_and_distribution_from_profile_and_fields():
    text = flat(text_of(build_scheme_report(rjc_input())))
    signoff = text.split("Sign-off", 1)[1]
    assert "Lead auditor Ana Quispe" in signoff  # roles in words, not ids
    assert "Member representative" in signoff
    assert "RJC Secretariat" in text.split("Distribution list", 1)[1]


def test_cancelling_raises_cancelled_and_progress_reaches_the_end():
    seen = []
    build_scheme_report(rjc_input(), BuildOptions(progress=lambda d, t: seen.append((d, t))))
    assert seen and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    stop = threading.Event()

    def cancel_half_way(done, total):
        if done * 2 >= total:
            stop.set()

    with pytest.raises(Cancelled):
        build_scheme_report(rjc_input(findings=rjc_input().findings * 20),
                            BuildOptions(progress=cancel_half_way, cancel=stop))


def test_unknown_language_is_a_clear_error():
    from jointaudit.common.errors import InvalidInput

    with pytest.raises(InvalidInput, match="choose one of en, es, fr"):
        build_scheme_report(rjc_input(), BuildOptions(lang="de"))
