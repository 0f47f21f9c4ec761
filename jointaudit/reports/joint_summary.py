"""The joint summary: every scheme of one visit side by side — coverage, findings per
scheme in each scheme's own words, shared versus scheme-specific effort, visit and team."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether

from jointaudit.common.severity import is_gap
from jointaudit.reports import blocks as b
from jointaudit.reports import styles as st
from jointaudit.reports.data import BuildOptions, JointSummaryInput, content_hash, report_number
from jointaudit.reports.document import Masthead, render
from jointaudit.reports.labels import (
    capitalised,
    check_language,
    colon,
    fmt_number,
    fmt_range,
    label,
    pick,
    place,
    role_label,
    severity_label,
)
from jointaudit.reports.scheme_report import qualification


def build_joint_summary(data: JointSummaryInput, options: BuildOptions | None = None) -> bytes:
    options = options or BuildOptions()
    lang = check_language(options.lang)
    options.check_cancelled()
    digest = content_hash(data)
    s = st.styles()
    title = label("joint_summary", lang)
    story: list = [
        b.para(title, s.title),
        b.para(data.template_name, s.subtitle),
        b.key_values([
            (label("site", lang), data.site.name),
            (label("country", lang), place(data.site.country, data.site.region, lang)),
            (label("audit_dates", lang), fmt_range(data.visit.start, data.visit.end, lang)),
            (label("scheme", lang), ", ".join(x.label for x in data.schemes)),
        ]),
    ]
    if data.team:
        rows = [[m.name, _roles(m, lang), m.organisation,
                 "\n".join(qualification(q, lang) for q in m.qualifications)]
                for m in data.team]
        story.append(KeepTogether([b.para(label("team_heading", lang), s.h1), b.table(
            [label("name", lang), label("role", lang), label("organisation", lang),
             label("qualifications", lang)], rows, [0.24, 0.18, 0.22, 0.36])]))

    coverage = []
    for x in data.schemes:
        approval = "–" if x.approved is None else label(
            "approved" if x.approved else "not_approved", lang)
        coverage.append([x.label, str(x.applicable), str(x.rated), str(x.gaps), approval])
    story.append(KeepTogether([b.para(label("coverage", lang), s.h1), b.table(
        [label("scheme", lang), label("applicable", lang), label("rated", lang),
         label("gaps", lang), label("template", lang)],
        coverage, [0.34, 0.14, 0.14, 0.14, 0.24])]))

    counts = [[x.label, "\n".join(f"{_word(word, lang)}: {n}" for word, n in x.counts)]
              for x in data.schemes]
    story.append(KeepTogether([b.para(label("findings_per_scheme", lang), s.h1), b.table(
        [label("scheme", lang), label("count", lang)], counts, [0.34, 0.66])]))

    effort = [[label("shared_items", lang), str(data.shared_items)]]
    effort += [[f"{label('specific_items', lang)}{colon(lang)}{name}", str(n)]
               for name, n in data.specific_items]
    if data.person_days:
        effort.append([label("person_days", lang), fmt_number(data.person_days, lang)])
    story.append(KeepTogether([b.para(label("effort", lang), s.h1), b.table(
        [label("item", lang), label("count", lang)], effort, [0.7, 0.3])]))

    gaps = [item for item in data.items if is_gap(item.severity)]
    options.check_cancelled()
    story += [CondPageBreak(40 * mm), b.para(label("gap_findings", lang), s.h1_flow)]
    if gaps:
        rows = [[item.titles.get(lang) or item.title, "\n".join(f"{lab}: {ids}" for lab, ids in item.refs),
                 severity_label(item.severity, lang),
                 "\n".join(f"{lab}: {_word(word, lang)}" for lab, word in item.ratings)] for item in gaps]
        story.append(b.table([label("item", lang), label("clause", lang),
                              label("rating", lang), label("scheme_words", lang)],
                             rows, [0.3, 0.22, 0.14, 0.34]))
    else:
        story.append(b.para(label("none", lang)))
    masthead = Masthead(
        title=title, scheme=" · ".join(x.label for x in data.schemes), site=data.site.name,
        dates=f"{label('audit_dates', lang)}{colon(lang)}{fmt_range(data.visit.start, data.visit.end, lang)}",
        report_id=report_number("joint", data.visit.start, digest), content_hash=digest, lang=lang,
        draft=options.draft, subject=f"joint summary for {data.site.name}")
    return render(story, masthead, options)


def _word(words, lang: str) -> str:
    return pick(words, lang) if isinstance(words, dict) else str(words)


def _roles(member, lang: str) -> str:
    """The role in words; a person holding several on the visit: each with its schemes."""
    if not member.roles:
        return capitalised(role_label(member.role, lang))
    return "\n".join(capitalised(role_label(role, lang))
                     + (f" ({', '.join(schemes)})" if schemes else "")
                     for role, schemes in member.roles)
