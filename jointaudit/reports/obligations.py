"""The site obligations register as PDF (the register itself is ``jointaudit.checklist.obligations``):
upcoming deadlines first, then everything the site must comply with, asked once and grouped
by topic, with which scheme requires it (clause ids), what a recognition covers and the open
corrective actions. Confidential observations never appear."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak

from jointaudit.reports import blocks as b
from jointaudit.reports import styles as st
from jointaudit.reports.data import BuildOptions, ObligationsInput, content_hash
from jointaudit.reports.document import Masthead, render
from jointaudit.reports.labels import check_language, label


def build_obligations(data: ObligationsInput, options: BuildOptions | None = None) -> bytes:
    options = options or BuildOptions()
    lang = check_language(options.lang)
    options.check_cancelled()
    digest = content_hash(data)
    s = st.styles()
    title = label("obligations", lang)
    pairs = [(label("site", lang), data.site.name), (label("country", lang), data.site.country),
             (label("scheme", lang), ", ".join(data.schemes)),
             (label("generated_on", lang), data.generated_on.isoformat())]
    if data.reduction:
        pairs.append((label("obligation", lang), data.reduction))
    story: list = [b.para(title, s.title), b.key_values(pairs),
                   b.para(label("upcoming", lang), s.h1)]
    if data.upcoming:
        story.append(b.table(
            [label("due", lang), label("obligation", lang), label("scheme", lang)],
            [[u.due.isoformat(), u.what, u.scheme] for u in data.upcoming], [0.14, 0.56, 0.3]))
    else:
        story.append(b.para(label("none", lang)))
    head = [label("obligation", lang), label("required_by", lang), label("recognition", lang),
            label("open_actions", lang)]
    for group in data.groups:
        options.check_cancelled()
        rows = [[row.title, "\n".join(f"{name} {ref}" for name, ref in row.requires),
                 "\n".join(row.recognition), "\n".join(row.open_actions)]
                for row in group.rows]
        story += [CondPageBreak(40), b.para(group.topic, s.h1),
                  b.table(head, rows, [0.26, 0.34, 0.2, 0.2])]
    masthead = Masthead(
        title=f"{title} — {data.site.name}", scheme=" · ".join(data.schemes) or title,
        site=data.site.name, dates=f"{label('generated_on', lang)} {data.generated_on}",
        report_id=f"obligations-{digest[:8]}", content_hash=digest, lang=lang,
        draft=options.draft, subject=f"obligations register for {data.site.name}")
    return render(story, masthead, options)
