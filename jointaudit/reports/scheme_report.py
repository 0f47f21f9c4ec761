"""A scheme's own audit report, laid out entirely from the pack's report profile.

The profile lists the sections in order (cover, free-text fields, team, activities,
summary counts, findings table, NC details, sign-off, distribution, approvals, notices),
which are public or confidential, the numbering and the sign-off roles. Nothing here
knows any particular scheme: a new scheme's report needs only a profile in its pack.
Findings print in the scheme's clause numbering and only with the scheme's rating words.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak

from jointaudit.common.date_rules import DateRule, MissingAnchor
from jointaudit.common.errors import Problem
from jointaudit.common.severity import is_gap
from jointaudit.library.packs.format import ReportSectionSpec
from jointaudit.reports import blocks as b
from jointaudit.reports import styles as st
from jointaudit.reports.data import BuildOptions, FindingRow, SchemeReportInput, content_hash
from jointaudit.reports.document import Masthead, render
from jointaudit.reports.labels import check_language, label, pick
from jointaudit.reports.validation import ReportRefused, validate_scheme_report


def report_id(data: SchemeReportInput, digest: str) -> str:
    return f"{data.scheme_id}-{data.visit.uid[:8]}-{digest[:8]}"


def build_scheme_report(data: SchemeReportInput, options: BuildOptions | None = None) -> bytes:
    """The scheme's report as PDF bytes; refused (ReportRefused) unless complete or draft."""
    options = options or BuildOptions()
    check_language(options.lang)
    options.check_cancelled()
    problems = validate_scheme_report(data)
    if problems and not options.draft:
        raise ReportRefused(
            f"the {data.scheme_name} report for visit {data.visit.uid} is not complete;"
            " fix these or export a draft", problems=problems)
    digest = content_hash(data)
    story, masthead = scheme_story(data, options, problems, digest)
    return render(story, masthead, options)


def scheme_story(data: SchemeReportInput, options: BuildOptions, problems: list[Problem],
                 digest: str) -> tuple[list, Masthead]:
    """The report's flowables and page masthead (separate so benchmarks can lay out the
    very same tables without the engine)."""
    lang = options.lang
    rid = report_id(data, digest)
    story = _SchemeStory(data, lang, options, problems, rid, digest).story()
    masthead = Masthead(
        title=pick(data.profile.title, lang, data.pack_language),
        scheme=f"{data.scheme_name} {data.version_label}",
        site=data.site.name,
        dates=f"{label('audit_dates', lang)}: {b.fmt_range(data.visit.start, data.visit.end)}",
        report_id=rid, content_hash=digest, lang=lang, draft=options.draft,
        subject=f"{data.version_key} report for {data.site.name}")
    return story, masthead


class _SchemeStory:
    def __init__(self, data: SchemeReportInput, lang: str, options: BuildOptions,
                 problems: list[Problem], rid: str, digest: str):
        self.d = data
        self.lang = lang
        self.options = options
        self.problems = problems
        self.rid = rid
        self.digest = digest
        self.s = st.styles()
        self.words = {lv.level_id: pick(lv.words, lang, data.pack_language, default=lv.level_id)
                      for lv in data.rating_levels}

    def t(self, words: dict[str, str]) -> str:
        return pick(words, self.lang, self.d.pack_language)

    def story(self) -> list:
        out: list = []
        if self.options.draft:
            lines = ([label("draft_notice", self.lang)]
                     + [f"• {p.path}: {p.message}" for p in self.problems]
                     if self.problems else [label("draft_complete", self.lang)])
            out.append(b.notice("\n".join(lines)))
        if not self.d.profile.verified:
            out.append(b.notice(label("not_verified", self.lang, source=self.d.profile.source)))
        # Each part (public report, confidential annex) is printed whole, in the order the
        # profile first names it; within a part, sections keep the profile's order.
        parts = list(dict.fromkeys(sec.part for sec in self.d.profile.sections))
        first = True
        for part in parts:
            if part not in self.options.parts:
                continue
            part_title = self.d.profile.parts.get(part)
            if part_title:
                if not first:
                    out.append(PageBreak())
                out.append(b.para(self.t(part_title), self.s.part))
            first = False
            for section in self.d.profile.sections:
                if section.part == part:
                    self.options.check_cancelled()
                    out.extend(getattr(self, f"_{section.kind}")(section))
        return out

    def block(self, section: ReportSectionSpec, body) -> list:
        """The section's heading kept on the same page as (the start of) its body."""
        return [CondPageBreak(30), KeepTogether([b.para(self.t(section.title), self.s.h1), body])]

    # --- sections --------------------------------------------------------------------------
    def _cover(self, section: ReportSectionSpec) -> list:
        d, lang = self.d, self.lang
        pairs = [
            (label("scheme", lang), f"{d.scheme_name} ({d.version_key})"),
            (label("version", lang), d.version_label),
            (label("site", lang), d.site.name),
            (label("country", lang), " / ".join(x for x in (d.site.country, d.site.region) if x)),
            (label("commodity", lang), d.site.commodity),
            (label("audit_dates", lang), b.fmt_range(d.visit.start, d.visit.end)),
            (label("visit", lang), " · ".join(x for x in (d.visit.plan_name, d.visit.uid) if x)),
            (label("report_date", lang), b.fmt_date(d.report_date)),
            (label("report_id", lang), self.rid),
            (label("content_hash", lang), self.digest),
        ]
        return [b.para(self.t(d.profile.title), self.s.title),
                b.para(self.t(section.title), self.s.subtitle),
                b.key_values(pairs), b.gap(4)]

    def _field(self, section: ReportSectionSpec) -> list:
        text = _text(self.d.fields.get(section.field or ""))
        body = b.para(text) if text else b.para(label("not_provided", self.lang), self.s.muted)
        return self.block(section, body)

    def _notice(self, section: ReportSectionSpec) -> list:
        text = _text(self.d.fields.get(section.field or "")) or self.d.profile.note
        return self.block(section, b.notice(text or label("none", self.lang)))

    def _team(self, section: ReportSectionSpec) -> list:
        lang = self.lang
        rows = [[m.name, _role(m.role, lang), m.organisation, "\n".join(m.qualifications)]
                for m in self.d.team]
        if not rows:
            return self.block(section, b.para(label("not_provided", lang), self.s.muted))
        head = [label("name", lang), label("role", lang), label("organisation", lang),
                label("qualifications", lang)]
        return self.block(section, b.table(head, rows, [0.24, 0.18, 0.22, 0.36]))

    def _activities(self, section: ReportSectionSpec) -> list:
        lang = self.lang
        rows = [[a.day.isoformat(), a.place, a.description] for a in self.d.activities]
        if not rows:
            return self.block(section, b.para(label("not_provided", lang), self.s.muted))
        head = [label("date", lang), label("place", lang), label("activity", lang)]
        return self.block(section, b.table(head, rows, [0.16, 0.3, 0.54]))

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
        head = [label("rating", self.lang), label("count", self.lang)]
        return self.block(section, b.table(head, rows, [0.5, 0.15], zebra=False))

    def _findings_table(self, section: ReportSectionSpec) -> list:
        lang = self.lang
        public = section.part == "public"
        sequential = self.d.profile.numbering == "sequential"
        head = [label("clause", lang), label("requirement", lang), label("rating", lang),
                label("observation", lang)]
        widths = [0.1, 0.3, 0.16, 0.44]
        if sequential:
            head = [label("number", lang), *head]
            widths = [0.06, 0.09, 0.28, 0.15, 0.42]
        rows = []
        for n, row in enumerate(self.d.findings, 1):
            observation = "" if (public and row.confidential) else row.observation
            cells = [row.clause_id, row.title, self.rating(row), observation]
            rows.append([str(n), *cells] if sequential else cells)
        # Not kept together with its heading: the table may run over many pages.
        return [CondPageBreak(45 * mm), b.para(self.t(section.title), self.s.h1),
                b.table(head, rows, widths)]

    def rating(self, row: FindingRow) -> str:
        """The scheme's word, and where it came from when the auditor did not rate it on
        site: a reader must see a rating nobody found on this visit for what it is."""
        word = self.words.get(row.level_id or "", "–")
        note = ""
        if row.provenance == "recognition":
            note = label("met_by_recognition", self.lang, certificate=row.certificate)
        elif row.provenance == "override" and row.reason:
            note = label("overridden_because", self.lang, reason=row.reason)
        elif row.provenance == "not_applicable" and row.reason:
            note = row.reason
        return f"{word}\n{note}" if note else word

    def _nc_details(self, section: ReportSectionSpec) -> list:
        out = [CondPageBreak(45 * mm), b.para(self.t(section.title), self.s.h1)]
        ncs = [row for row in self.d.findings if is_gap(row.severity)]
        if not ncs:
            return [*out, b.para(label("none", self.lang))]
        anchors = {"audit_start": self.d.visit.start, "audit_end": self.d.visit.end}
        if self.d.report_date:
            anchors["report_date"] = self.d.report_date
        for row in ncs:
            self.options.check_cancelled()
            pairs = [(label("rating", self.lang), self.rating(row)),
                     (label("observation", self.lang), row.observation or "–")]
            pairs += self.deadlines(row, anchors)
            if row.cap_status:
                pairs.append((label("cap_status", self.lang), row.cap_status))
            out.append(KeepTogether([
                b.para(f"{row.clause_id} — {row.title}", self.s.h2), b.key_values(pairs)]))
        return out

    def deadlines(self, row: FindingRow, anchors: dict) -> list[tuple[str, str]]:
        anchors = dict(anchors, finding_date=row.finding_date or self.d.visit.end)
        out = []
        for spec in self.d.deadlines:
            if row.severity not in spec.applies_to:
                continue
            rule = DateRule.from_mapping(spec.due.model_dump())
            try:
                when = rule.evaluate(anchors).isoformat()
            except MissingAnchor:
                when = label("to_be_set", self.lang, rule=rule.describe())
            if not spec.verified:
                when += f" ({label('unverified_rule', self.lang)}: {spec.source})"
            out.append((f"{label('deadline', self.lang)}: {self.t(spec.label)}", when))
        return out

    def _signoff(self, section: ReportSectionSpec) -> list:
        lang = self.lang
        lead = next((m.name for m in self.d.team if m.role == "lead"), "")
        rows = []
        for role in self.d.profile.sign_off_roles:
            name = lead if role in ("lead_auditor", "lead") else ""
            rows.append([_role(role, lang), name, "", ""])
        head = [label("role", lang), label("name", lang), label("signature", lang),
                label("date", lang)]
        t = b.table(head, rows, [0.25, 0.27, 0.3, 0.18],
                    extra=[("BOTTOMPADDING", (0, 1), (-1, -1), 22)])
        return self.block(section, KeepTogether(t))

    def _distribution(self, section: ReportSectionSpec) -> list:
        text = _text(self.d.fields.get(section.field or "distribution"))
        rows = [[line.strip()] for line in text.splitlines() if line.strip()]
        if not rows:
            return self.block(section, b.para(label("not_provided", self.lang), self.s.muted))
        return self.block(section, b.table([label("recipient", self.lang)], rows, [1.0]))

    def _approvals(self, section: ReportSectionSpec) -> list:
        lang, a = self.lang, self.d.approval
        required = label("yes" if self.d.template_approval_required else "no", lang)
        if a is None:
            row = ["–", required, label("not_approved", lang), "", ""]
        else:
            status = label("approved" if a.approved else "not_approved", lang)
            if a.detail:
                status += f" ({a.detail})"
            row = [a.template_name, required, status, a.signer,
                   a.signed_at.date().isoformat() if a.signed_at else ""]
        head = [label("template", lang), label("approval_required", lang),
                label("status", lang), label("signer", lang), label("date", lang)]
        body = b.table(head, [row], [0.3, 0.14, 0.24, 0.2, 0.12])
        if a is not None and a.fingerprint:
            key = b.para(f"{label('key_fingerprint', lang)}: {a.fingerprint}", self.s.muted)
            body = KeepTogether([body, key])
        return self.block(section, body)


def _role(role: str, lang: str) -> str:
    key = {"lead_auditor": "lead"}.get(role, role)
    try:
        return label(key, lang)
    except KeyError:
        return role.replace("_", " ")


def _text(value) -> str:
    """A report field as text; a list (e.g. a distribution list) becomes one line each."""
    if isinstance(value, list | tuple):
        return "\n".join(str(v) for v in value).strip()
    return str(value or "").strip()
