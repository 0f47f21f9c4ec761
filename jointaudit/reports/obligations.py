"""The site obligations register as PDF (the register itself is ``jointaudit.checklist.obligations``):
upcoming deadlines first, then everything the site must comply with, asked once and grouped
by topic, with which scheme requires it (clause ids), what a recognition covers and the open
corrective actions. Confidential observations never appear."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak

from jointaudit.reports import blocks as b
from jointaudit.reports import styles as st
from jointaudit.reports.data import (
    BuildOptions,
    ObligationsInput,
    UpcomingRow,
    content_hash,
    report_number,
)
from jointaudit.reports.document import Masthead, render
from jointaudit.reports.labels import (
    action_extras,
    check_language,
    fmt_date,
    fmt_range,
    has_label,
    label,
    pick,
    place,
)


def build_obligations(data: ObligationsInput, options: BuildOptions | None = None) -> bytes:
    options = options or BuildOptions()
    lang = check_language(options.lang)
    options.check_cancelled()
    digest = content_hash(data)
    s = st.styles()
    title = label("obligations", lang)
    pairs = [(label("site", lang), data.site.name), (label("country", lang),
                                                      place(data.site.country, "", lang)),
             (label("scheme", lang), ", ".join(data.schemes)),
             (label("generated_on", lang), fmt_date(data.generated_on, lang))]
    if any(data.counts):
        pairs.append((label("obligation", lang), label("reduction", lang, applicable=data.counts[0],
                                                       obligations=data.counts[1])))
    story: list = [b.para(title, s.title), b.key_values(pairs)]
    if data.upcoming:
        story += [CondPageBreak(40 * mm), b.para(label("upcoming", lang), s.h1_flow), b.table(
            [label("due", lang), label("obligation", lang), label("scheme", lang)],
            [[_when(u, lang), upcoming_text(u, lang), u.scheme] for u in data.upcoming],
            [0.2, 0.56, 0.24])]
    else:
        story += [b.para(label("upcoming", lang), s.h1), b.para(label("none", lang))]
    head = [label("obligation", lang), label("required_by", lang), label("recognition", lang),
            label("open_actions", lang)]
    for group in data.groups:
        options.check_cancelled()
        rows = [[row.titles.get(lang) or row.title,
                 "\n".join(f"{name} {_pick(row.requires_titles, n, lang) or ref}"
                           for n, (name, ref) in enumerate(row.requires)),
                 "\n".join(r if isinstance(r, str) else pick(r, lang)
                           for r in row.recognition),
                 "\n".join(_action(a, lang) for a in row.open_actions)]
                for row in group.rows]
        story += [CondPageBreak(40 * mm), b.para(group.titles.get(lang) or group.topic, s.h1_flow),
                  b.table(head, rows, [0.26, 0.34, 0.2, 0.2])]
    masthead = Masthead(
        title=f"{title} — {data.site.name}", scheme=" · ".join(data.schemes) or title,
        site=data.site.name, dates=f"{label('generated_on', lang)} "
                                   f"{fmt_date(data.generated_on, lang)}",
        report_id=report_number("reg", data.generated_on, digest), content_hash=digest,
        lang=lang, draft=options.draft, subject=f"obligations register for {data.site.name}")
    return render(story, masthead, options)


def _pick(words: tuple[dict[str, str], ...], n: int, lang: str) -> str:
    return words[n].get(lang, "") if n < len(words) else ""


def _when(u: UpcomingRow, lang: str) -> str:
    if u.until and u.until != u.due and u.kind == "visit":
        return fmt_range(u.due, u.until, lang)
    return fmt_date(u.due, lang)


def upcoming_text(u: UpcomingRow, lang: str) -> str:
    """One dated obligation in the register's language, with the clauses it concerns."""
    clauses = ", ".join(u.clauses)
    if u.kind == "certificate_expires":
        return label("ob_cert_expires", lang, number=u.detail).strip()
    if u.kind in ("cap_plan", "cap_close"):
        return label(f"ob_{u.kind}", lang, clauses=clauses)
    if u.kind == "visit":
        key = "ob_joint_visit" if "," in u.scheme else "ob_visit"
        return label(key, lang, audits=u.words.get(lang) or u.detail)
    if u.kind == "desk":
        return label("ob_desk", lang, what=u.words.get(lang) or u.detail)
    return u.what


def _action(a, lang: str) -> str:
    if isinstance(a, str):
        return a
    scheme, status, plan_due, close_due, escalated, *more = a
    owner, priority = (list(more) + ["", ""])[:2]
    key = f"cap_{status}"
    parts = [label(key, lang) if has_label(key) else status.replace("_", " ")]
    if plan_due:
        parts.append(label("plan_due", lang, day=fmt_date(plan_due, lang)))
    if close_due:
        parts.append(label("close_by", lang, day=fmt_date(close_due, lang)))
    if escalated:
        parts.append(label("escalated_to", lang, what=escalated))
    parts += action_extras(owner, priority, lang)
    return f"{scheme}: " + ", ".join(parts)
