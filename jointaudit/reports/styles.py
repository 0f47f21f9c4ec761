"""Fonts and paragraph styles of every report.

Only bundled TrueType fonts are used (never the PDF base-14 fonts, which cannot print most
non-Latin-1 text): DejaVu Sans for Latin, Greek and Cyrillic, and Droid Sans Fallback for
the characters DejaVu lacks (Chinese, Japanese, Korean names …), switched per run of
characters by ``with_fallback`` so a name never prints as empty boxes.
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jointaudit.common.resources import resource_path

REGULAR = "JA-Sans"
BOLD = "JA-Sans-Bold"
ITALIC = "JA-Sans-Oblique"
BOLD_ITALIC = "JA-Sans-BoldOblique"
FALLBACK = "JA-Fallback"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
}

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
HEAD_FILL = colors.HexColor("#e4e7eb")
NOTICE_FILL = colors.HexColor("#fff3c4")
NOTICE_EDGE = colors.HexColor("#c99a06")


@cache
def register_fonts() -> str:
    """Register the bundled fonts once per process; returns the family name."""
    for name, filename in _FILES.items():
        path = resource_path("fonts", filename)
        if not path.is_file():
            from jointaudit.common.errors import JointAuditError

            raise JointAuditError(f"{path}: bundled report font missing; reinstall jointaudit",
                                  code="report.font-missing")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC,
                                  boldItalic=BOLD_ITALIC)
    return REGULAR


@cache
def _covered() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


def with_fallback(text: str) -> str:
    """``text`` escaped for a paragraph, runs DejaVu cannot print set in the fallback font."""
    covered = _covered()
    out: list[str] = []
    run: list[str] = []
    for ch in text:
        if ord(ch) in covered or ch in "\n\t" or ord(ch) < 32:
            if run:
                out.append(f'<font name="{FALLBACK}">{escape("".join(run))}</font>')
                run = []
            out.append(escape(ch))
        else:
            run.append(ch)
    if run:
        out.append(f'<font name="{FALLBACK}">{escape("".join(run))}</font>')
    return "".join(out)


class Styles:
    """The paragraph styles, built on the bundled fonts."""

    def __init__(self) -> None:
        register_fonts()
        base = dict(fontName=REGULAR, textColor=INK)
        self.body = ParagraphStyle("body", fontSize=9.5, leading=12.5, spaceAfter=4, **base)
        self.small = ParagraphStyle("small", fontSize=7.5, leading=9.5, **base)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.title = ParagraphStyle("title", fontName=BOLD, fontSize=20, leading=25,
                                    spaceAfter=10, textColor=INK)
        self.subtitle = ParagraphStyle("subtitle", fontName=REGULAR, fontSize=12.5,
                                       leading=16, spaceAfter=6, textColor=MUTED)
        self.h1 = ParagraphStyle("h1", fontName=BOLD, fontSize=13, leading=17,
                                 spaceBefore=12, spaceAfter=6, textColor=INK,
                                 keepWithNext=1)
        # A heading followed by a long table: kept with it by a conditional page break
        # instead, so the table may start on the heading's page.
        self.h1_flow = ParagraphStyle("h1_flow", parent=self.h1, keepWithNext=0)
        self.h2 = ParagraphStyle("h2", fontName=BOLD, fontSize=10.5, leading=14,
                                 spaceBefore=8, spaceAfter=4, textColor=INK, keepWithNext=1)
        self.part = ParagraphStyle("part", fontName=BOLD, fontSize=11, leading=15,
                                   spaceBefore=14, spaceAfter=6, textColor=colors.white,
                                   backColor=MUTED, borderPadding=(3, 4, 3, 4))
        self.cell = ParagraphStyle("cell", fontSize=8, leading=10, **base)
        self.cell_bold = ParagraphStyle("cell_bold", parent=self.cell, fontName=BOLD)
        self.head = ParagraphStyle("head", fontName=BOLD, fontSize=8, leading=10,
                                   textColor=INK)
        self.notice = ParagraphStyle("notice", fontSize=8.5, leading=11, textColor=INK,
                                     fontName=REGULAR, backColor=NOTICE_FILL,
                                     borderColor=NOTICE_EDGE, borderWidth=0.8,
                                     borderPadding=5, spaceBefore=6, spaceAfter=10)
        self.box = ParagraphStyle("box", fontName=REGULAR, fontSize=11, leading=13,
                                  alignment=TA_CENTER, textColor=INK)


@cache
def styles() -> Styles:
    return Styles()
