"""Building blocks shared by the report builders: escaped paragraphs, tables with a
repeated header row and wrapped cells, key/value blocks and notices."""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph, Spacer, TableStyle

from jointaudit.reports import labels
from jointaudit.reports import styles as st
from jointaudit.reports.document import MARGIN, PAGE_W

CONTENT_W = PAGE_W - 2 * MARGIN
CELL_PAD = 3  # left and right padding of every cell, points
SMALLEST_HEAD = 6.0  # a column head is set no smaller than this to keep its words whole
# A table otherwise sets Helvetica (a base-14 font) on every cell, even paragraph cells.
BASE_CELL = [("FONTNAME", (0, 0), (-1, -1), st.REGULAR), ("FONTSIZE", (0, 0), (-1, -1), 8)]


def para(text: str, style=None) -> Paragraph:
    """A paragraph of user text: markup characters are escaped, line breaks kept, scripts
    the main font lacks set in the fallback font."""
    s = style or st.styles().body
    return Paragraph(st.with_fallback(text or "").replace("\n", "<br/>"), s)


def cell(text: str, style=None) -> Paragraph:
    return para(text, style or st.styles().cell)


def fmt_date(day: date | None, lang: str = "en") -> str:
    return labels.fmt_date(day, lang)


def fmt_range(start: date, end: date, lang: str = "en") -> str:
    return labels.fmt_range(start, end, lang)


def table(head: list[str], rows: list[list], widths: list[float], *,
          zebra: bool = True, extra: list | None = None) -> LongTable:
    """A table whose header row repeats on every page and whose cells wrap.

    ``widths`` are fractions of the content width. Cells may be strings (wrapped in a
    paragraph here) or flowables.
    """
    col_widths = [w * CONTENT_W for w in widths]
    data = [[cell(h, _head_style(h, width)) for h, width in zip(head, col_widths, strict=False)]]
    for row in rows:
        data.append([c if not isinstance(c, str) else cell(c) for c in row])
    t = LongTable(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    commands = [
        *BASE_CELL,
        ("BACKGROUND", (0, 0), (-1, 0), st.HEAD_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, st.INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, st.RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    t.setStyle(TableStyle(commands + (extra or [])))
    return t


def _head_style(text: str, width: float) -> ParagraphStyle:
    """The head style, set smaller where a word of the head would not fit its column whole
    (a narrow column headed "Substantially meets" would otherwise break the word)."""
    head = st.styles().head
    room = width - 2 * CELL_PAD
    longest = max((stringWidth(w, head.fontName, head.fontSize) for w in str(text).split()),
                  default=0.0)
    if longest <= room or room <= 0:
        return head
    size = max(SMALLEST_HEAD, head.fontSize * room / longest)
    return ParagraphStyle(f"head-{size:.2f}", parent=head, fontSize=size,
                          leading=size * head.leading / head.fontSize)


def key_values(pairs: list[tuple[str, str]], key_width: float = 0.28) -> LongTable:
    s = st.styles()
    rows = [[cell(k, s.cell_bold), cell(v)] for k, v in pairs]
    t = LongTable(rows, colWidths=[key_width * CONTENT_W, (1 - key_width) * CONTENT_W],
                  hAlign="LEFT")
    t.setStyle(TableStyle([
        *BASE_CELL,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, st.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def notice(text: str) -> Paragraph:
    return para(text, st.styles().notice)


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)
