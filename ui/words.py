"""The words the UI shows for the core's codes (statuses, relationships), in the UI language.

The core speaks in codes ("plan_submitted", "not_related"); a view never shows a code with
its underscores replaced: it asks here. An unknown code is shown as it is (a newer core)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _code(value) -> str:
    return str(getattr(value, "value", value))  # the core's str enums as their code


def action_status(code: str) -> str:
    """A corrective action's status."""
    return {"open": QCoreApplication.translate("Words", "open"), "plan_submitted": QCoreApplication.translate("Words", "plan submitted"),
            "plan_accepted": QCoreApplication.translate("Words", "plan accepted"), "closed": QCoreApplication.translate("Words", "closed"),
            "verified": QCoreApplication.translate("Words", "verified")}.get(_code(code), _code(code))


def priority(code: str) -> str:
    """A corrective action's priority ("" = not set)."""
    return {"": QCoreApplication.translate("Words", "not set"),
            "high": QCoreApplication.translate("Words", "high"),
            "medium": QCoreApplication.translate("Words", "medium"),
            "low": QCoreApplication.translate("Words", "low")}.get(_code(code), _code(code))


def approval_status(code: str) -> str:
    """A joint template's approval status for one scheme."""
    return {"draft": QCoreApplication.translate("Words", "draft"), "submitted": QCoreApplication.translate("Words", "submitted"), "approved": QCoreApplication.translate("Words", "approved"),
            "untrusted": QCoreApplication.translate("Words", "untrusted"), "invalidated": QCoreApplication.translate("Words", "invalidated"),
            "withdrawn": QCoreApplication.translate("Words", "withdrawn"),
            "changes requested": QCoreApplication.translate("Words", "changes requested")}.get(_code(code), _code(code))


def relationship(code: str) -> str:
    """How two linked requirements relate (crosswalks)."""
    return {"equal": QCoreApplication.translate("Words", "equal"), "subset": QCoreApplication.translate("Words", "subset"), "superset": QCoreApplication.translate("Words", "superset"),
            "intersects": QCoreApplication.translate("Words", "intersects"), "not_related": QCoreApplication.translate("Words", "not related")}.get(_code(code), _code(code))


def link_status(code: str) -> str:
    """A crosswalk link's review status."""
    return {"proposed": QCoreApplication.translate("Words", "proposed"), "accepted": QCoreApplication.translate("Words", "accepted"),
            "rejected": QCoreApplication.translate("Words", "rejected")}.get(_code(code), _code(code))


def approval_reason(text: str) -> str:
    """Why an approval has its status: the core's fixed reasons in words of the UI language
    (a reason naming a key or a scheme is shown as the core wrote it)."""
    return {
        "not submitted for approval": QCoreApplication.translate(
            "Words", "not submitted for approval"),
        "awaiting signature": QCoreApplication.translate("Words", "awaiting signature"),
        "changed after it was submitted": QCoreApplication.translate(
            "Words", "changed after it was submitted"),
        "changed since approval": QCoreApplication.translate("Words", "changed since approval"),
        "changes requested": QCoreApplication.translate("Words", "changes requested"),
        "changed since the request": QCoreApplication.translate(
            "Words", "changed since the request"),
        "the stored approved content does not match its signed hash": QCoreApplication.translate(
            "Words", "the stored approved content does not match its signed hash"),
    }.get(text, text)


# --- texts the core writes, said in the UI language through the reports' own catalogue
# (jointaudit.reports.labels), so that one translation serves a report and the app --------

def _language() -> str:
    from ui.i18n import current_language

    return current_language()


def team_role(role: str) -> str:
    """A visit team member's role ("lead" → auditor principal)."""
    from jointaudit.reports.labels import role_label

    return role_label(role, _language())


def audit_label(label: str, words=()) -> str:
    """An audit kind's name ("Mid-term review") in the pack's words for the UI language."""
    from jointaudit.reports.labels import pick

    return pick(dict(words), _language(), default=label) or label


def visit_audits(visit) -> tuple[str, ...]:
    """A planned visit's audits, each "scheme audit-kind", in the UI language."""
    from jointaudit.reports.labels import audit_name

    refs = getattr(visit, "audit_refs", ())
    if not refs:
        return tuple(visit.audits)
    return tuple(audit_name(r, _language()) for r in refs)


def visit_why(visit) -> str:
    """Why the visit is on its day, in the UI language (the core's sentence in English)."""
    from jointaudit.reports.labels import visit_why as said

    lang = _language()
    parts = getattr(visit, "why_parts", ())
    if lang == "en" or not parts:
        return visit.why
    return said(parts, lang, visit.why)


def window_reason(window) -> str:
    """Why an audit window runs where it does, in the UI language (the core's sentence in
    English)."""
    from jointaudit.reports.labels import window_reason as said

    lang = _language()
    parts = getattr(window, "reason_parts", ())
    if lang == "en" or not parts:
        return window.reason
    return said(parts, lang, window.reason)


def window_planned(window) -> str:
    """Where a window is planned ("visit 2", "desk on …"), in the UI language."""
    from jointaudit.reports.labels import planned

    lang = _language()
    parts = getattr(window, "planned_parts", ())
    if lang == "en" or not parts:
        return window.planned
    return planned(parts, lang, window.planned)


def review_code(prefix: str, code: str) -> str:
    """A code of a joint template under review in words: an item's kind ("item_kind"), a
    clause's role ("clause_role"), a link's origin ("origin")."""
    from jointaudit.reports.labels import code_words

    return code_words(prefix, code, _language())


def review_links(item) -> tuple[str, ...]:
    """The accepted links that merged a reviewed item, in the UI language (the core's lines
    in English)."""
    from jointaudit.reports.labels import code_words, colon

    lang = _language()
    parts = getattr(item, "link_parts", ())
    if lang == "en" or len(parts) != len(item.links):
        return tuple(item.links)
    out = []
    for source, rel, target, origin, rationale, extras in parts:
        said = f"{source} {relationship(rel)} {target} — {code_words('origin', origin, lang)}"
        said += f"{colon(lang)}{rationale}" if rationale else ""
        out.append("; ".join([said, *(f"{code_words('link', name, lang)}{colon(lang)}{value}"
                                      for name, value in extras)]))
    return tuple(out)


def template_changes(obj) -> tuple[str, ...]:
    """What changed in a joint template (a review item's or an approval's ``changes``), in
    the UI language."""
    from jointaudit.reports.labels import change_words

    lang = _language()
    parts = getattr(obj, "change_parts", None)
    changes = tuple(obj.changes or ())
    if lang == "en" or parts is None or len(parts) != len(changes):
        return changes
    return tuple(change_words(p, lang) for p in parts)


def problem(prob) -> tuple[str, tuple[str, ...]]:
    """Why something cannot be planned and what would work instead (a planning problem's
    message and alternatives), in the UI language; an alternative the core gives no parts
    for stays as the core wrote it."""
    from jointaudit.reports.labels import sentence

    lang = _language()
    alternatives = tuple(prob.alternatives)
    if lang == "en":
        return prob.message, alternatives
    parts = getattr(prob, "alternative_parts", ())
    if len(parts) == len(alternatives):
        alternatives = tuple(sentence(p, lang, a) for p, a in zip(parts, alternatives,
                                                                  strict=True))
    return sentence(getattr(prob, "parts", ()), lang, prob.message), alternatives


def plan_warnings(plan) -> list[str]:
    """A plan's approval warnings in the UI language."""
    from jointaudit.reports.labels import sentence

    parts = getattr(plan, "warning_parts", ())
    if _language() == "en" or len(parts) != len(plan.warnings):
        return list(plan.warnings)
    return [sentence(p, _language(), w) for p, w in zip(parts, plan.warnings, strict=True)]


def day(value) -> str:
    """A date in the UI language's long form (Babel); in English as the core gives it."""
    from jointaudit.reports.labels import fmt_date

    if value is None or _language() == "en":
        return "" if value is None else str(value)
    return fmt_date(value, _language())


def due_what(row) -> str:
    """What falls due at a site (services.site_overview.DueRow): an audit in the pack's words
    with its window in the UI language's dates; in English as the core wrote it."""
    from jointaudit.reports.labels import fmt_range

    lang = _language()
    if lang == "en" or row.earliest is None or row.latest is None:
        return row.what
    return f"{audit_label(row.label, row.words)} ({fmt_range(row.earliest, row.latest, lang)})"


def reduction(template) -> str:
    """How far a merge reduced the checklist (a services.checklist.TemplateView), in the UI
    language; in English as the core wrote it."""
    from jointaudit.reports.labels import fmt_number, label

    lang = _language()
    if lang == "en" or not getattr(template, "joint_items", 0):
        return template.reduction
    return label("merge_reduction", lang, assessable=fmt_number(template.assessable, lang),
                 items=fmt_number(template.joint_items, lang))


def crosswalk_import(result, english: str) -> str:
    """What importing a crosswalk did (importer.CrosswalkImport), naming the schemes it joins
    instead of the file's id, in the UI language; ``english`` (the core's line) in English."""
    from jointaudit.reports.labels import fmt_list, fmt_number, label

    lang = _language()
    if lang == "en" or not getattr(result, "schemes", ()):
        return english
    schemes = " ↔ ".join(result.schemes) if result.linked else fmt_list(result.schemes, lang)
    return label("crosswalk_imported", lang, schemes=schemes,
                 added=fmt_number(result.links_added, lang),
                 updated=fmt_number(result.links_updated, lang),
                 recognitions=fmt_number(result.recognitions, lang))
