"""The one document template every report is built with.

A4 pages; a first-page template with a title band and a later-page template with a thin
running header (scheme, site, audit dates); a footer with the short report number and
"Page X of Y" (the content hash goes into the PDF's metadata, not onto the page). The total Y is known only after layout, so a report is laid out twice:
the first pass counts pages, the second prints them (the same flowables serve both passes,
reset between them as ReportLab's own multiBuild does). Output is deterministic: ``invariant=1`` fixes the
creation date and document id, and the metadata depends only on the report's content.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from jointaudit.reports import styles as st
from jointaudit.reports.data import BuildOptions
from jointaudit.reports.labels import label

PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
FIRST_BAND = 26 * mm  # title band on page 1
HEADER = 14 * mm  # running header on later pages
FOOTER = 14 * mm
# A layout that changes between passes (it should not: the footer is outside the frame)
# is tried again this many times before giving up with the last count.
MAX_PASSES = 3


@dataclass(frozen=True)
class Masthead:
    """What every page says about the report it belongs to."""

    title: str
    scheme: str  # e.g. "RJC COP 2019" or "RJC COP 2019 · IRMA 1.0"
    site: str
    dates: str
    report_id: str
    content_hash: str
    lang: str
    draft: bool = False
    subject: str = ""


class ReportDocument(BaseDocTemplate):
    def __init__(self, out, masthead: Masthead, total_pages: int | None,
                 options: BuildOptions, pass_index: int, story: list):
        self.masthead = masthead
        self.total_pages = total_pages
        self.options = options
        self._pass_index = pass_index
        self._story_len = max(len(story), 1)
        self._index = {id(f): n for n, f in enumerate(story)}
        self._done = 0
        # Layout marks flowables (keep-with-next groups, postponed ones); ReportLab records
        # these edits through this hook so they can be undone before the next pass.
        self.layout_edits: list[tuple] = []
        self._multiBuildEdits = self.layout_edits.append
        super().__init__(
            out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN + HEADER, bottomMargin=MARGIN + FOOTER,
            title=masthead.title, author="jointaudit", subject=masthead.subject,
            creator="jointaudit", keywords=f"{masthead.report_id} sha256:{masthead.content_hash}",
            invariant=1, lang=masthead.lang, initialFontName=st.REGULAR,
            initialFontSize=9,
        )
        width = PAGE_W - 2 * MARGIN
        first = Frame(MARGIN, MARGIN + FOOTER, width,
                      PAGE_H - 2 * MARGIN - FOOTER - FIRST_BAND, id="first")
        later = Frame(MARGIN, MARGIN + FOOTER, width,
                      PAGE_H - 2 * MARGIN - FOOTER - HEADER, id="later")
        self.addPageTemplates([
            PageTemplate("first", frames=[first], onPage=self._first_page,
                         autoNextPageTemplate="later"),
            PageTemplate("later", frames=[later], onPage=self._later_page),
        ])

    # --- progress and cancellation -------------------------------------------------------
    def handle_flowable(self, flowables):
        # Progress counts the story's own flowables as each comes up (split fragments and
        # keep-together groups ReportLab makes on the way are not in the index).
        position = self._index.get(id(flowables[0])) if flowables else None
        if position is not None and position > self._done:
            self._report(position)
        self.options.check_cancelled()
        super().handle_flowable(flowables)

    def _report(self, done: int) -> None:
        self._done = done
        if self.options.progress:
            n = self._story_len
            self.options.progress(self._pass_index * n + done, 2 * n)

    # --- page decoration ------------------------------------------------------------------
    def _first_page(self, canvas, doc) -> None:
        self.options.check_cancelled()
        m = self.masthead
        canvas.saveState()
        top = PAGE_H - MARGIN
        canvas.setFillColor(st.HEAD_FILL)
        canvas.rect(MARGIN, top - FIRST_BAND + 4 * mm, PAGE_W - 2 * MARGIN, FIRST_BAND - 4 * mm,
                    stroke=0, fill=1)
        canvas.setFillColor(st.INK)
        canvas.setFont(st.BOLD, 9)
        canvas.drawString(MARGIN + 3 * mm, top - 8 * mm, m.scheme)
        canvas.setFont(st.REGULAR, 9)
        canvas.drawString(MARGIN + 3 * mm, top - 13 * mm, m.site)
        canvas.drawString(MARGIN + 3 * mm, top - 18 * mm, m.dates)
        canvas.setFont(st.REGULAR, 7.5)
        canvas.setFillColor(st.MUTED)
        canvas.drawRightString(PAGE_W - MARGIN - 3 * mm, top - 8 * mm,
                               f"{label('report_id', m.lang)} {m.report_id}")
        canvas.restoreState()
        self._footer_and_watermark(canvas)

    def _later_page(self, canvas, doc) -> None:
        self.options.check_cancelled()
        m = self.masthead
        canvas.saveState()
        y = PAGE_H - MARGIN - 5 * mm
        right = f"{m.site} · {m.dates}" if m.dates else m.site
        canvas.setFont(st.REGULAR, 7.5)
        canvas.setFillColor(st.INK)
        canvas.drawRightString(PAGE_W - MARGIN, y, right)
        # The scheme list (several schemes on joint documents) gets what room is left.
        room = PAGE_W - 2 * MARGIN - canvas.stringWidth(right, st.REGULAR, 7.5) - 6 * mm
        size = 7.5
        while size > 5.5 and canvas.stringWidth(m.scheme, st.BOLD, size) > room:
            size -= 0.5
        text = m.scheme
        while len(text) > 1 and canvas.stringWidth(text, st.BOLD, size) > room:
            text = text[:-2] + "…"
        canvas.setFont(st.BOLD, size)
        canvas.drawString(MARGIN, y, text)
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y - 2.5 * mm, PAGE_W - MARGIN, y - 2.5 * mm)
        canvas.restoreState()
        self._footer_and_watermark(canvas)

    def _footer_and_watermark(self, canvas) -> None:
        m = self.masthead
        canvas.saveState()
        y = MARGIN + 4 * mm
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + 5 * mm, PAGE_W - MARGIN, y + 5 * mm)
        canvas.setFont(st.REGULAR, 7)
        canvas.setFillColor(st.MUTED)
        canvas.drawString(MARGIN, y, f"{label('report_id', m.lang)} {m.report_id}")
        total = self.total_pages if self.total_pages is not None else canvas.getPageNumber()
        canvas.setFont(st.BOLD, 8)
        canvas.setFillColor(st.INK)
        canvas.drawRightString(PAGE_W - MARGIN, y,
                               label("page_of", m.lang, x=canvas.getPageNumber(), y=total))
        if m.draft:
            canvas.setFont(st.BOLD, 96)
            canvas.setFillColor(st.NOTICE_EDGE, alpha=0.18)
            canvas.translate(PAGE_W / 2, PAGE_H / 2)
            canvas.rotate(50)
            canvas.drawCentredString(0, -30, label("draft", m.lang))
        canvas.restoreState()


def render(story: list, masthead: Masthead, options: BuildOptions) -> bytes:
    """Lay the story out twice ("Page X of Y" needs Y) and return the PDF bytes."""
    st.register_fonts()
    total: int | None = None
    for n in range(MAX_PASSES):
        out = io.BytesIO()
        doc = ReportDocument(out, masthead, total, options, pass_index=min(n, 1), story=story)
        doc.build(list(story))
        doc._report(doc._story_len)
        for fn, *args in doc.layout_edits:
            fn(*args)
        if total == doc.page:
            break
        total = doc.page
    return out.getvalue()
