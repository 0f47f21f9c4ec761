"""The site obligations register as PDF: every audit window, report and corrective-action
deadline the site owes each scheme, with the rule it comes from and whether that rule is
verified."""

from __future__ import annotations

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
    story: list = [
        b.para(title, s.title),
        b.key_values([(label("site", lang), data.site.name),
                      (label("country", lang), data.site.country),
                      (label("generated_on", lang), data.generated_on.isoformat())]),
        b.gap(4),
    ]
    rows = []
    for ob in data.obligations:
        window = (f"{b.fmt_date(ob.earliest)} – {b.fmt_date(ob.latest)}"
                  if ob.earliest or ob.latest else "–")
        basis = ob.basis if ob.verified else f"{ob.basis} ({label('unverified_rule', lang)})"
        rows.append([ob.scheme, ob.what, window, b.fmt_date(ob.due), basis, ob.status])
    if rows:
        story.append(b.table(
            [label("scheme", lang), label("obligation", lang), label("window", lang),
             label("due", lang), label("basis", lang), label("status", lang)],
            rows, [0.13, 0.22, 0.21, 0.11, 0.22, 0.11]))
    else:
        story.append(b.para(label("none", lang)))
    masthead = Masthead(
        title=f"{title} — {data.site.name}",
        scheme=" · ".join(sorted({ob.scheme for ob in data.obligations})) or title,
        site=data.site.name, dates=f"{label('generated_on', lang)} {data.generated_on}",
        report_id=f"obligations-{digest[:8]}", content_hash=digest, lang=lang,
        draft=options.draft, subject=f"obligations register for {data.site.name}")
    return render(story, masthead, options)
