"""The printable field checklist: the merged checklist with every scheme's clause ids per
item, the requirement's text and typical evidence, tick boxes per rating level and room to
write. Topics flow one after another (a topic heading is kept with its first item only), so
a short topic never takes a page of its own."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, TableStyle

from jointaudit.common.severity import RATED_ORDER, Severity
from jointaudit.reports import blocks as b
from jointaudit.reports import styles as st
from jointaudit.reports.data import (
    BuildOptions,
    ChecklistInput,
    ChecklistItem,
    content_hash,
    report_number,
)
from jointaudit.reports.document import Masthead, render
from jointaudit.reports.labels import check_language, colon, label, pick, severity_label

BOX = "\u2610"  # ☐, in DejaVu Sans
TICK_LEVELS = [*RATED_ORDER, Severity.NOT_APPLICABLE]
NOTES_HEIGHT = 24 * mm
SPACE = "\u00a0" * 5  # paragraphs collapse ordinary spaces; boxes need room to tick


def build_checklist(data: ChecklistInput, options: BuildOptions | None = None) -> bytes:
    options = options or BuildOptions()
    lang = check_language(options.lang)
    options.check_cancelled()
    digest = content_hash(data)
    s = st.styles()
    title = label("checklist", lang)
    pairs = [(label("template", lang), data.template_name), (label("site", lang), data.site.name)]
    if data.visit:
        pairs.append((label("audit_dates", lang),
                      b.fmt_range(data.visit.start, data.visit.end, lang)))
    story: list = [b.para(title, s.title), b.para(data.template_name, s.subtitle),
                   b.key_values(pairs), b.para(label("scheme_words", lang), s.h1),
                   _legend(data, lang)]
    for topic in data.topics:
        options.check_cancelled()
        blocks = [_item_block(item, data, lang) for item in topic.items]
        heading = topic.titles.get(lang) or topic.title or label("untitled_topic", lang)
        # One level of keep-together only: ReportLab moves a nested one to the next page
        # even where it fits, which left pages with two items on them.
        if blocks:
            story.append(KeepTogether([b.para(heading, s.h1), *blocks[0]]))
            story += [KeepTogether(block) for block in blocks[1:]]
    dates = (f"{label('audit_dates', lang)}{colon(lang)}"
             f"{b.fmt_range(data.visit.start, data.visit.end, lang)}" if data.visit else "")
    masthead = Masthead(
        title=f"{title} — {data.template_name}", scheme=" · ".join(x for x, _ in data.scales),
        site=data.site.name, dates=dates, report_id=report_number("list", data.visit.start if data.visit
                                 else date(2000, 1, 1), digest),
        content_hash=digest, lang=lang, draft=options.draft,
        subject=f"field checklist for {data.site.name}")
    return render(story, masthead, options)


def _legend(data: ChecklistInput, lang: str):
    """What each tick box means in every scheme's own words."""
    head = [label("rating", lang)] + [name for name, _ in data.scales]
    rows = []
    for sev in TICK_LEVELS:
        row = [severity_label(sev, lang)]
        for _, levels in data.scales:
            words = [pick(lv.words, lang) for lv in levels if lv.severity == sev]
            row.append(" / ".join(words) or "–")
        rows.append(row)
    n = len(data.scales)
    return b.table(head, rows, [0.2] + [0.8 / max(n, 1)] * n)


def _item_block(item: ChecklistItem, data: ChecklistInput, lang: str):
    s = st.styles()
    refs = " · ".join(f"{name} {ids}" for name, ids in item.refs)
    head = b.para(item.titles.get(lang) or item.title, s.cell_bold)
    lines = [[head], [b.cell(refs, s.muted)]]
    text = item.texts.get(lang) or item.text
    if text:
        lines.append([b.cell(text, s.cell)])
    # The scheme's guidance (an overlay's, in this language first) is its own line, above
    # our typical evidence: the two are different things and both are printed.
    guidance = item.guidance_words.get(lang) or item.guidance
    if guidance:
        lines.append([b.cell(guidance, s.muted)])
    evidence = item.evidence_words.get(lang) or item.evidence
    if evidence:
        lines.append([b.cell(f"{label('typical_evidence', lang)}{colon(lang)}"
                             + "; ".join(evidence), s.muted)])
    boxes = SPACE.join(f"{BOX} {severity_label(sev, lang)}" for sev in TICK_LEVELS)
    lines.append([b.cell(boxes, s.box)])
    for scheme in item.own_rating:
        levels = dict(data.scales).get(scheme, ())
        own = SPACE.join(f"{BOX} {pick(lv.words, lang)}" for lv in levels)
        lines.append([b.cell(f"{label('own_rating', lang)} {scheme}{colon(lang).rstrip()}"
                             f"{SPACE}{own}", s.cell)])
    lines.append([b.cell(label("notes", lang) + colon(lang).rstrip(), s.muted)])
    t = LongTable(lines, colWidths=[b.CONTENT_W],
                  rowHeights=[None] * (len(lines) - 1) + [NOTES_HEIGHT])
    t.setStyle(TableStyle([
        *b.BASE_CELL,
        ("BOX", (0, 0), (-1, -1), 0.6, st.INK),
        ("BACKGROUND", (0, 0), (-1, 1), st.HEAD_FILL),
        ("LINEABOVE", (0, -1), (-1, -1), 0.25, st.RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return [t, b.gap(3)]
