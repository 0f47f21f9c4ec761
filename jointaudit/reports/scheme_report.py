"""A scheme's own audit report, laid out entirely from the pack's report profile.

The profile lists the sections in order (cover, free-text fields, standard statements, team,
activities, summary counts, results by chapter, findings table, NC details, sign-off,
distribution, approvals, notices), which part each belongs to (public report, independent
assurance report, confidential annex), the numbering and the sign-off roles. Nothing here
knows any particular scheme: a new scheme's report needs only a profile in its pack.
Findings print in the scheme's clause numbering and only with the scheme's rating words.

Layout: a heading is kept with the start of its body, never with the whole of a long table
(which would push the table to the next page and leave a near-blank one); optional sections
with nothing to say are left out rather than printed as "None.".
"""

from __future__ import annotations

from collections import defaultdict

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak

from jointaudit.common.date_rules import DateRule, MissingAnchor
from jointaudit.common.errors import Problem
from jointaudit.common.severity import is_gap
from jointaudit.library.packs.format import ReportSectionSpec
from jointaudit.reports import blocks as b
from jointaudit.reports import styles as st
from jointaudit.reports.data import (
    BuildOptions,
    ReportedFinding,
    SchemeReportInput,
    content_hash,
    report_number,
)
from jointaudit.reports.document import Masthead, render
from jointaudit.reports.labels import (
    action_extras,
    capitalised,
    check_language,
    colon,
    commodity_label,
    fmt_date,
    fmt_list,
    fmt_percent,
    fmt_range,
    has_label,
    label,
    pick,
    place,
    role_label,
)
from jointaudit.reports.validation import (
    ReportRefused,
    deadline_anchors,
    validate_scheme_report,
)

# Room a table heading needs with the first rows of its table: less than this left on the
# page and the heading starts the next one.
TABLE_START = 40 * mm
SIGNING_ROLES = {"lead_auditor", "lead", "assurance_partner"}


def report_id(data: SchemeReportInput, digest: str) -> str:
    return report_number(data.scheme_id, data.visit.start, digest)


def build_scheme_report(data: SchemeReportInput, options: BuildOptions | None = None) -> bytes:
    """The scheme's report as PDF bytes; refused (ReportRefused) unless complete or draft."""
    options = options or BuildOptions()
    check_language(options.lang)
    options.check_cancelled()
    problems = validate_scheme_report(data, options.lang)
    if problems and not options.draft:
        raise ReportRefused(
            f"the {data.scheme_name} report for the visit of"
            f" {data.visit.start.isoformat()} is not complete; fix these or export a draft",
            problems=problems)
    digest = content_hash(data)
    story, masthead = scheme_story(data, options, problems, digest)
    return render(story, masthead, options)


def scheme_story(data: SchemeReportInput, options: BuildOptions, problems: list[Problem],
                 digest: str) -> tuple[list, Masthead]:
    """The report's flowables and page masthead (separate so benchmarks can lay out the
    very same tables without the engine)."""
    lang = options.lang
    rid = report_id(data, digest)
    story = _SchemeStory(data, lang, options, problems).story()
    masthead = Masthead(
        title=pick(data.profile.title, lang, data.pack_language),
        scheme=f"{data.scheme_name} {data.version_label}",
        site=data.site.name,
        dates=f"{label('audit_dates', lang)}{colon(lang)}{fmt_range(data.visit.start, data.visit.end, lang)}",
        report_id=rid, content_hash=digest, lang=lang, draft=options.draft,
        subject=f"{data.version_key} report for {data.site.name}")
    return story, masthead


class _SchemeStory:
    def __init__(self, data: SchemeReportInput, lang: str, options: BuildOptions,
                 problems: list[Problem]):
        self.d = data
        self.lang = lang
        self.options = options
        self.problems = problems
        self.s = st.styles()
        self.words = {lv.level_id: pick(lv.words, lang, data.pack_language, default=lv.level_id)
                      for lv in data.rating_levels}

    def t(self, words: dict[str, str]) -> str:
        return pick(words, self.lang, self.d.pack_language)

    def story(self) -> list:
        out: list = []
        if self.options.draft:
            lines = ([label("draft_notice", self.lang)]
                     + [f"• {p.message}" for p in self.problems]
                     if self.problems else [label("draft_complete", self.lang)])
            if not self.d.profile.verified:
                lines.append(label("layout_unconfirmed", self.lang))
            out.append(b.notice("\n".join(lines)))
        # Each part (public report, assurance report, confidential annex) is printed whole,
        # from a new page, in the order the profile first names it; within a part,
        # sections keep the profile's order.
        parts = list(dict.fromkeys(sec.part for sec in self.d.profile.sections))
        first = True
        for part in parts:
            if part not in self.options.parts:
                continue
            if not first:
                out.append(PageBreak())
            part_title = self.d.profile.parts.get(part)
            if part_title:
                out.append(b.para(self.t(part_title), self.s.part))
            first = False
            for section in self.d.profile.sections:
                if section.part == part:
                    self.options.check_cancelled()
                    out.extend(getattr(self, f"_{section.kind}")(section))
        return out

    def heading(self, section: ReportSectionSpec):
        return b.para(self.t(section.title), self.s.h1)

    def block(self, section: ReportSectionSpec, body) -> list:
        """A short section: its heading and body (one flowable or a list) kept on one page."""
        return [KeepTogether([self.heading(section),
                              *(body if isinstance(body, list) else [body])])]

    def table_block(self, section: ReportSectionSpec, table) -> list:
        """A section whose table may run over pages: the heading needs only the room for
        the first rows, the table then flows (its header row repeats)."""
        return [CondPageBreak(TABLE_START), b.para(self.t(section.title), self.s.h1_flow),
                table]

    def fill(self, text: str) -> str:
        d = self.d
        values = defaultdict(str, site=d.site.name, scheme=f"{d.scheme_name} {d.version_label}",
                             cb=d.firm.name if d.firm else "",
                             period=str(d.fields.get("assessment_period") or ""),
                             dates=fmt_range(d.visit.start, d.visit.end, self.lang),
                             report_date=fmt_date(d.report_date, self.lang))
        return text.format_map(values)

    # --- sections --------------------------------------------------------------------------
    def _cover(self, section: ReportSectionSpec) -> list:
        d, lang = self.d, self.lang
        pairs = [
            (label("scheme", lang), f"{d.scheme_name} {d.version_label}"),
            (label("audit_type", lang), fmt_list((self.t(w) for w in d.audit_types), lang)
             or "–"),
            (label("site", lang), d.site.name),
            (label("country", lang), place(d.site.country, d.site.region, lang)),
            (label("commodity", lang), commodity_label(d.site.commodity, lang)),
            (label("audit_dates", lang), fmt_range(d.visit.start, d.visit.end, lang)),
        ]
        if d.certificate is not None:
            c = d.certificate
            valid = (fmt_range(c.issued_on, c.expires_on, lang)
                     if c.issued_on and c.expires_on else "")
            pairs.append((label("certificate", lang),
                          label("certificate_valid", lang, number=c.number, range=valid)
                          if valid else c.number or "–"))
        if d.firm is not None:
            f = d.firm
            if f.approved_on_dates:
                approval = label("cb_approved", lang, scheme=d.scheme_owner or d.scheme_name,
                                 ref=f.approval_ref,
                                 range=fmt_range(f.approved_from, f.approved_to, lang)
                                 if f.approved_from and f.approved_to else
                                 fmt_date(f.approved_from, lang))
            else:
                approval = label("cb_not_approved", lang,
                                 scheme=d.scheme_owner or d.scheme_name)
            pairs.append((label("certification_body", lang), f"{f.name}, {approval}"))
        pairs += [(label("report_date", lang), fmt_date(d.report_date, lang)),
                  (label("revision", lang), str(d.fields.get("revision") or "–"))]
        return [b.para(self.t(d.profile.title), self.s.title),
                b.para(self.t(section.title), self.s.subtitle),
                b.key_values(pairs), b.gap(4)]

    def _field(self, section: ReportSectionSpec) -> list:
        text = _text(self.d.fields.get(section.field or ""))
        if not text and not section.mandatory:
            return []
        body = b.para(text) if text else b.para(label("not_provided", self.lang), self.s.muted)
        return self.block(section, body)

    def _statement(self, section: ReportSectionSpec) -> list:
        given = _text(self.d.fields.get(section.field or "")) if section.field else ""
        text = given or self.fill(self.t(section.text))
        return self.block(section, b.para(text)) if text else []

    def _notice(self, section: ReportSectionSpec) -> list:
        text = _text(self.d.fields.get(section.field or "")) or self.fill(self.t(section.text))
        if not text:
            return [] if not section.mandatory else self.block(
                section, b.para(label("not_provided", self.lang), self.s.muted))
        return self.block(section, b.notice(text))

    def _team(self, section: ReportSectionSpec) -> list:
        lang = self.lang
        rows = [[m.name, capitalised(role_label(m.role, lang)), m.organisation,
                 "\n".join(qualification(q, lang) for q in m.qualifications)]
                for m in self.d.team]
        if not rows:
            return self.block(section, b.para(label("not_provided", lang), self.s.muted))
        head = [label("name", lang), label("role", lang), label("organisation", lang),
                label("qualifications", lang)]
        return self.table_block(section, b.table(head, rows, [0.22, 0.18, 0.24, 0.36]))

    def _activities(self, section: ReportSectionSpec) -> list:
        lang = self.lang
        rows = [[fmt_date(a.day, lang), a.place, a.description or label("on_site_audit", lang)]
                for a in self.d.activities]
        if not rows:
            return self.block(section, b.para(label("not_provided", lang), self.s.muted))
        head = [label("date", lang), label("place", lang), label("activity", lang)]
        return self.table_block(section, b.table(head, rows, [0.2, 0.32, 0.48]))

    def _summary_counts(self, section: ReportSectionSpec) -> list:
        counts = {lv.level_id: 0 for lv in self.d.rating_levels}
        unrated = 0
        for row in self.d.findings:
            if row.level_id in counts:
                counts[row.level_id] += 1
            else:
                unrated += 1
        rows = [[self.words[level], str(n)] for level, n in counts.items()]
        if unrated:
            rows.append(["–", str(unrated)])
        rows.append([label("total", self.lang), str(len(self.d.findings))])
        critical = [r for r in self.d.findings if r.critical]
        if critical:
            rows.append([label("critical_with_gap", self.lang),
                         label("n_of_m", self.lang, n=sum(1 for r in critical
                                                           if is_gap(r.severity)),
                               m=len(critical))])
        head = [label("rating", self.lang), label("count", self.lang)]
        out = self.block(section, b.table(head, rows, [0.5, 0.15], zebra=False))
        if self.d.results:  # the pack's own aggregation: scores, grades, achievement
            out.append(b.key_values([(pick(line.label, self.lang), self._result_text(line))
                                     for line in self.d.results]))
        return out

    def _result_text(self, line) -> str:
        """One aggregation rule's results in words: "1 Business integrity: 85.7 %; …"."""
        lang = self.lang
        parts = []
        for v in line.values:
            value = fmt_percent(v.score, lang) if v.score is not None else (
                pick(v.words, lang) or "–")
            where = f"{v.section} {_in(v.title, lang)}{colon(lang)}" if v.section else ""
            provisional = f" ({label('provisional_open', lang, n=v.open)})" if v.open else ""
            parts.append(where + value + provisional)
        return "; ".join(parts)

    def _chapter_scores(self) -> tuple[str, dict[str, str]] | None:
        """The pack's score per top-level chapter, when a score rule gives one."""
        for line in self.d.results:
            if line.kind == "score" and any(v.section for v in line.values):
                return pick(line.label, self.lang), {
                    v.section: fmt_percent(v.score, self.lang) if v.score is not None
                    else "–" for v in line.values}
        return None

    def _chapter_summary(self, section: ReportSectionSpec) -> list:
        """Per chapter, how many of its requirements got each level of the scale (levels no
        chapter got are left out: the summary of ratings lists every level), and the pack's
        chapter score when it has a score rule."""
        levels = [lv.level_id for lv in self.d.rating_levels]
        by: dict[str, dict[str, int]] = {}
        for row in self.d.findings:
            counts = by.setdefault(_in(row.chapter, self.lang) or "–", dict.fromkeys(levels, 0))
            if row.level_id in counts:
                counts[row.level_id] += 1
        levels = [lv for lv in levels if any(c[lv] for c in by.values())] or levels
        rows = [[chapter, *(str(counts[lv]) for lv in levels), str(sum(counts.values()))]
                for chapter, counts in by.items()]
        head = [label("chapter", self.lang), *(self.words[lv] for lv in levels),
                label("total", self.lang)]
        scores = self._chapter_scores()
        if scores:
            title, by_section = scores
            head.append(title)
            for cells in rows:
                cells.append(next((v for k, v in by_section.items()
                                   if str(cells[0]).startswith(f"{k} ")), "–"))
        n = len(head) - 1
        return self.table_block(section, b.table(head, rows, [0.26] + [0.74 / n] * n))

    def _findings_table(self, section: ReportSectionSpec) -> list:
        lang = self.lang
        public = section.part != "confidential"
        sequential = self.d.profile.numbering == "sequential"
        head = [label("clause", lang), label("requirement", lang), label("rating", lang),
                label("observation", lang)]
        widths = [0.1, 0.3, 0.16, 0.44]
        if sequential:
            head = [label("number", lang), *head]
            widths = [0.06, 0.09, 0.28, 0.15, 0.42]
        rows: list[list] = []
        spans: list[int] = []
        chapter = None
        for n, row in enumerate(self.d.findings, 1):
            here = _in(row.chapter, lang)
            if here and here != chapter:
                chapter = here
                spans.append(len(rows) + 1)
                rows.append([b.cell(chapter, self.s.cell_bold)] + [""] * (len(head) - 1))
            observation = "" if (public and row.confidential) else row.observation
            reason = pick(row.na_reason, lang) if isinstance(row.na_reason, dict) \
                else row.na_reason
            if reason == row.reason:
                reason = ""  # already under the rating word
            if row.severity == "not_applicable" and reason:
                observation = f"{label('na_reason', lang)}{colon(lang)}{reason}" + (
                    f"\n{observation}" if observation and observation != reason else "")
            title = self.title(row) + "".join(f"\n({flag})" for flag in self.flags(row))
            cells = [row.clause_id, title, self.rating(row), observation]
            rows.append([str(n), *cells] if sequential else cells)
        extra = [cmd for r in spans for cmd in (("SPAN", (0, r), (-1, r)),
                                                 ("BACKGROUND", (0, r), (-1, r), st.HEAD_FILL))]
        return self.table_block(section, b.table(head, rows, widths, extra=extra))

    def flags(self, row: ReportedFinding) -> list[str]:
        out = []
        if row.critical:
            out.append(label("critical_flag", self.lang))
        if row.level:
            key = f"level_{row.level}"
            out.append(label(key, self.lang) if has_label(key) else row.level)
        return out

    def title(self, row: ReportedFinding) -> str:
        return row.titles.get(self.lang) or row.title

    def rating(self, row: ReportedFinding) -> str:
        """The scheme's word, and where it came from when the auditor did not rate it on
        site: a reader must see a rating nobody found on this visit for what it is."""
        word = self.words.get(row.level_id or "", "–")
        note = ""
        if row.provenance == "recognition":
            certificate = row.certificate if isinstance(row.certificate, str) \
                else pick(row.certificate, self.lang)
            note = label("met_by_recognition", self.lang, certificate=certificate)
        elif row.provenance == "override" and row.reason:
            note = label("overridden_because", self.lang, reason=row.reason)
        elif row.provenance == "not_applicable" and row.reason:
            note = row.reason
        return f"{word}\n{note}" if note else word

    def _nc_details(self, section: ReportSectionSpec) -> list:
        ncs = [row for row in self.d.findings if is_gap(row.severity)]
        if not ncs:
            return self.block(section, b.para(label("none", self.lang)))
        out = [CondPageBreak(TABLE_START), b.para(self.t(section.title), self.s.h1_flow)]
        for row in ncs:
            self.options.check_cancelled()
            pairs = [(label("rating", self.lang), self.rating(row))]
            pairs += [(label("requirement", self.lang), flag) for flag in self.flags(row)]
            pairs.append((label("observation", self.lang), row.observation or "–"))
            evidence = row.evidence_words.get(self.lang) or row.typical_evidence
            if evidence:
                pairs.append((label("typical_evidence", self.lang), "; ".join(evidence)))
            pairs += self.deadlines(row)
            if row.cap_status:
                pairs.append((label("cap_status", self.lang), self.cap(row.cap_status)))
            out.append(KeepTogether([
                b.para(f"{row.clause_id} — {self.title(row)}", self.s.h2),
                b.key_values(pairs)]))
        return out

    def cap(self, status) -> str:
        """A corrective action's state in words: (status, plan due, close by)."""
        if isinstance(status, str):
            return status
        state, plan_due, close_due, *more = status
        owner, priority = (list(more) + ["", ""])[:2]
        key = f"cap_{state}"
        parts = [label(key, self.lang) if has_label(key) else state.replace("_", " ")]
        if plan_due:
            parts.append(label("plan_due", self.lang, day=fmt_date(plan_due, self.lang)))
        if close_due:
            parts.append(label("close_by", self.lang, day=fmt_date(close_due, self.lang)))
        parts += action_extras(owner, priority, self.lang)
        return ", ".join(parts)

    def deadlines(self, row: ReportedFinding) -> list[tuple[str, str]]:
        anchors = deadline_anchors(self.d, row.finding_date)
        out = []
        for spec in self.d.deadlines:
            if row.severity not in spec.applies_to:
                continue
            rule = DateRule.from_mapping(spec.due.model_dump())
            try:
                when = fmt_date(rule.evaluate(anchors), self.lang)
            except MissingAnchor:
                when = label("set_with_report_date", self.lang)
            out.append((f"{label('deadline', self.lang)}{colon(self.lang)}{self.t(spec.label)}",
                        when))
        return out

    def _signoff(self, section: ReportSectionSpec) -> list:
        lang = self.lang
        lead = next((m for m in self.d.team if m.role == "lead"), None)
        rows = []
        for role in section.roles or self.d.profile.sign_off_roles:
            name = ""
            if lead is not None and role in SIGNING_ROLES:
                name = lead.name
                firm = self.d.firm.name if self.d.firm else lead.organisation
                if firm:
                    name += f"\n{firm}"
                if role == "assurance_partner" and self.d.firm and self.d.firm.approval_ref:
                    name += f" ({self.d.firm.approval_ref})"
            elif role == "site_representative":
                name = self.d.site.name
            rows.append([capitalised(role_label(role, lang)), name, "", ""])
        head = [label("role", lang), label("name", lang), label("signature", lang),
                label("date", lang)]
        t = b.table(head, rows, [0.25, 0.31, 0.28, 0.16],
                    extra=[("BOTTOMPADDING", (0, 1), (-1, -1), 22)])
        return self.block(section, t)

    def _distribution(self, section: ReportSectionSpec) -> list:
        text = _text(self.d.fields.get(section.field or "distribution"))
        rows = [[line.strip()] for line in text.splitlines() if line.strip()]
        if not rows:
            if not section.mandatory:
                return []
            return self.block(section, b.para(label("not_provided", self.lang), self.s.muted))
        return self.block(section, b.table([label("recipient", self.lang)], rows, [1.0]))

    def _approvals(self, section: ReportSectionSpec) -> list:
        lang, a = self.lang, self.d.approval
        if a is None and not self.d.template_approval_required and not section.mandatory:
            return []
        required = label("yes" if self.d.template_approval_required else "no", lang)
        if a is None:
            row = ["–", required, label("not_approved", lang), "", ""]
        else:
            status = label("approved" if a.approved else "changes_requested"
                           if a.changes_requested else "not_approved", lang)
            row = [a.template_name, required, status, a.signer,
                   fmt_date(a.signed_at.date(), lang) if a.signed_at else ""]
        head = [label("template", lang), label("approval_required", lang),
                label("status", lang), label("signer", lang), label("date", lang)]
        body = b.table(head, [row], [0.3, 0.14, 0.2, 0.2, 0.16])
        if a is not None and a.fingerprint:
            key = b.para(f"{label('key_fingerprint', lang)}{colon(lang)}{a.fingerprint}",
                         self.s.muted)
            body = [body, key]
        return self.block(section, body)


def _in(words, lang: str) -> str:
    """Text given once or per language, in ``lang`` (falling back to English)."""
    if isinstance(words, dict):
        return words.get(lang) or words.get("en") or ""
    return words or ""


def qualification(q, lang: str) -> str:
    """A qualification in words: (scheme, role, valid to) or text as recorded."""
    if isinstance(q, str):
        return q
    scheme, role, valid_to = q
    text = f"{scheme}: {role_label(role, lang)}"
    if valid_to:
        text += ", " + label("valid_to", lang, day=fmt_date(valid_to, lang))
    return text


def _text(value) -> str:
    """A report field as text; a list (e.g. a distribution list) becomes one line each."""
    if isinstance(value, list | tuple):
        return "\n".join(str(v) for v in value).strip()
    return str(value or "").strip()
