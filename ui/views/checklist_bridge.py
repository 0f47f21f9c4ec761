"""The checklist screens' calls to the core services, and the read models mapped to the rows
the views show. Runs in the worker only (every function takes the open workspace)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from jointaudit.common.severity import Severity
from jointaudit.fieldwork.action_states import STATUSES, TRANSITIONS
from jointaudit.reports.labels import basis_words, evidence_words, label
from jointaudit.services import checklist as cl
from jointaudit.services import fieldwork, library
from ui import words
from ui.models.checklist import ChecklistRow, Clause
from ui.widgets.heatmap import CoverageCell, CoverageData

CLOSED = {"closed", "verified"}  # a CAP in these states no longer needs work


@dataclass(frozen=True)
class SchemeRating:
    scheme: str
    version_id: str
    clause_id: str
    words: str
    basis: str
    overridden: bool
    level_id: str | None
    levels: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class EvidenceRow:
    uid: str
    label: str
    filename: str = ""
    media_type: str = ""


@dataclass(frozen=True)
class ActionRow:
    id: int
    scheme: str
    status: str
    plan_due: date | None
    close_due: date | None
    next_statuses: tuple[str, ...] = ()
    description: str = ""
    owner: str = ""
    priority: str = ""  # high / medium / low, "" = not set


@dataclass(frozen=True)
class ItemDetail:
    key: str
    severity: str
    observation: str
    confidential: bool
    needs_rerating: bool
    rerating_reason: str
    revision: int
    clauses: list[SchemeRating] = field(default_factory=list)
    evidence: list[EvidenceRow] = field(default_factory=list)
    actions: list[ActionRow] = field(default_factory=list)
    # the item's title and requirement text in the UI's language (overlay, pack titles,
    # pack); None when the call did not ask (an edit's answer keeps what the panel shows)
    words: cl.ItemWords | None = None
    owners: tuple[str, ...] = ()  # owners already named at this site, to pick again


def _labels(ws) -> dict[str, str]:
    """Short scheme labels for narrow columns: "IRMA 1.0", "RJC-COP 2019"."""
    return {v.id: f"{v.scheme_id.upper()} {v.version}" for v in library.list_versions(ws)}


def visits(ws) -> list[fieldwork.VisitRow]:
    """Every planned visit: those without a checklist yet are offered a merge of their own
    schemes."""
    return fieldwork.list_visits(ws)


def visit_merge_start(ws, visit_id: int) -> tuple[int, list[str], str]:
    """(plan id, the visit's own scheme versions, a template name) to merge from."""
    visit = next(v for v in fieldwork.list_visits(ws) if v.id == visit_id)
    return (visit.plan_id, fieldwork.visit_versions(ws, visit_id),
            f"{visit.site} {visit.start:%Y-%m-%d} joint checklist")


def merge_for_visit(ws, visit_id: int, name: str, version_ids: list[str]):
    """Merge exactly ``version_ids`` (the visit's schemes, as ticked) and use it for the
    visit's plan; the visit as it now is."""
    fieldwork.import_shipped_crosswalks(ws)
    visit = next(v for v in fieldwork.list_visits(ws) if v.id == visit_id)
    fieldwork.use_template(ws, visit.plan_id, fieldwork.template_for(ws, version_ids, name))
    return next(v for v in fieldwork.list_visits(ws) if v.id == visit_id)


def templates(ws):
    versions = [(v.id, f"{v.id} — {v.title}") for v in library.list_versions(ws)]
    return versions, cl.templates(ws), fieldwork.list_visits(ws)


def use_template(ws, plan_id: int, template_id: int):
    return fieldwork.use_template(ws, plan_id, template_id)


def merge(ws, name: str, version_ids: list[str]) -> str:
    """Import the shipped crosswalks, merge, and say what was done in the UI language (in
    English the core's own lines)."""
    results, _skipped = fieldwork.import_shipped_crosswalk_results(ws)
    template = cl.create_template(ws, name, version_ids)
    crosswalks = "; ".join(words.crosswalk_import(r, line) for r, line in zip(
        results, fieldwork.crosswalk_lines(results), strict=True))
    return f"{template.name}: {words.reduction(template)}" + (f" ({crosswalks})" if crosswalks
                                                               else "")


def _said(language: str | None) -> str:
    """The language the scheme's rating words are shown in: the one asked, else the UI's
    (a rating saved from the panel comes back in the words the panel showed)."""
    from ui.i18n import current_language

    return language or current_language()


def checklist_rows(ws, visit_id: int, language: str | None = None):
    language = _said(language)
    labels = _labels(ws)
    open_actions: dict[str, int] = {}
    for a in cl.actions(ws, visit_id):
        if a["status"] not in CLOSED:
            open_actions[a["item_key"]] = open_actions.get(a["item_key"], 0) + 1
    rows = []
    versions: set[str] = set()
    for it in cl.items(ws, visit_id, language=language):
        clauses = tuple(Clause(labels.get(v, v), v, c) for v, cs in it.clauses.items()
                        for c in cs)
        versions.update(it.clauses)
        rows.append(ChecklistRow(
            key=it.key, position=it.position, title=it.title, kind=it.kind,
            topics=tuple(it.topics), topic_names=it.topic_names, clauses=clauses,
            severity=it.severity or Severity.NOT_ASSESSED, needs_rerating=it.needs_rerating,
            observation=it.observation, confidential=it.confidential, evidence=it.evidence,
            open_actions=open_actions.get(it.key, 0), revision=it.revision,
            scheme_words=tuple((labels.get(v, v), f"{w} ({it.provenance[v]})"
                                if it.provenance.get(v) else w)
                               for v, w in it.scheme_words.items())
            + tuple(("→", f"still to rate: item {k}" if language == "en" else
                     label("still_to_rate_item", language, key=k)) for k in it.to_rate)))
    return rows, [(labels.get(v, v), v) for v in sorted(versions)]


def item_detail(ws, visit_id: int, key: str, language: str | None = None) -> ItemDetail:
    labels = _labels(ws)
    said = _said(language)
    ratings = cl.clause_ratings(ws, visit_id, key, said)
    levels: dict[str, tuple] = {}
    rows = []
    for c in ratings:
        if c.version_id not in levels:
            levels[c.version_id] = tuple(fieldwork.rating_levels(ws, c.version_id, said))
        rows.append(SchemeRating(labels.get(c.version_id, c.version_id), c.version_id,
                                 c.clause_id, c.words,
                                 c.basis if said == "en" else
                                 basis_words(c.basis_parts, said, c.basis),
                                 c.overridden, c.level_id,
                                 levels[c.version_id]))
    item = next((r for r in cl.items(ws, visit_id) if r.key == key), None)
    evidence = [EvidenceRow(e.uid, f"{e.filename} ({e.size:,} B"
                            + (f", expires {e.expires_on}" if e.expires_on else "") + ")"
                            if said == "en" else
                            evidence_words(e.filename, e.size, e.expires_on, said),
                            e.filename, e.media_type)
                for e in cl.evidence(ws, visit_id, key)]
    actions = [ActionRow(a["id"], labels.get(a["version_id"], a["version_id"] or ""),
                         a["status"], a["plan_due"], a["close_due"],
                         tuple(s for s in STATUSES if s in TRANSITIONS[a["status"]]),
                         a["description"], a["owner"], a["priority"])
               for a in cl.actions(ws, visit_id) if a["item_key"] == key]
    history = cl.rating_history(ws, visit_id, key)
    reason = next((h[2] for h in reversed(history) if h[2]), "")
    return ItemDetail(
        key=key, severity=(item.severity if item else None) or Severity.NOT_ASSESSED,
        observation=item.observation if item else "",
        confidential=bool(item and item.confidential),
        needs_rerating=bool(item and item.needs_rerating), rerating_reason=reason,
        revision=item.revision if item else 0,
        clauses=rows, evidence=evidence, actions=actions,
        words=cl.item_words(ws, visit_id, key, language) if language else None,
        owners=tuple(cl.action_owners(ws, visit_id)) if actions else ())


def rate(ws, visit_id: int, key: str, severity: str, base: int | None = None) -> ItemDetail:
    """``base``: the revision the screen showed; a finding saved since by someone else is
    refused (StaleEdit) and the view offers keep mine / theirs / both."""
    cl.rate(ws, visit_id, key, severity, base_revision=base)
    return item_detail(ws, visit_id, key)


def override(ws, visit_id: int, key: str, version_id: str, level_id: str | None) -> ItemDetail:
    cl.override(ws, visit_id, key, version_id, level_id)
    return item_detail(ws, visit_id, key)


def observe(ws, visit_id: int, key: str, text: str, confidential: bool,
            base: int | None = None) -> ItemDetail:
    cl.annotate(ws, visit_id, key, observation=text, confidential=confidential,
                base_revision=base)
    return item_detail(ws, visit_id, key)


def refused(ws, refusal, severity: str, observation: str, confidential: bool):
    """A refused save beside what is saved now (who, when, theirs and mine)."""
    return cl.refused_edit(ws, refusal, severity=severity, observation=observation,
                           confidential=confidential)


def keep(ws, refused_edit, choice: str) -> ItemDetail:
    """Keep mine / theirs / both after a refused save (the bundle merge's rules)."""
    cl.keep_after_refusal(ws, refused_edit, choice)
    return item_detail(ws, refused_edit.visit_id, refused_edit.item_key)


def attach(ws, visit_id: int, key: str, path: Path, effective: date | None,
           expires: date | None) -> ItemDetail:
    import mimetypes

    data = path.read_bytes()
    media = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    cl.attach_evidence(ws, visit_id, key, path.name, data, media_type=media,
                       effective_from=effective, expires_on=expires)
    return item_detail(ws, visit_id, key)


def evidence_file(ws, uid: str, filename: str, folder: Path) -> Path:
    """The evidence file's bytes written out under its own name, to open or preview."""
    out = Path(folder) / uid / Path(filename).name
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(cl.evidence_bytes(ws, uid))
    return out


def remove_evidence(ws, visit_id: int, key: str, uid: str) -> ItemDetail:
    """Take a file off the item (a wrong attachment); the audit trail keeps that it was."""
    cl.remove_evidence(ws, uid)
    return item_detail(ws, visit_id, key)


def raise_actions(ws, visit_id: int, key: str | None) -> ItemDetail | None:
    cl.raise_actions(ws, visit_id)
    return item_detail(ws, visit_id, key) if key else None


def advance(ws, visit_id: int, key: str | None, action_id: int, status: str
            ) -> ItemDetail | None:
    cl.advance_action(ws, action_id, status)
    return item_detail(ws, visit_id, key) if key else None


def edit_actions(ws, visit_id: int, key: str, action_ids: list[int], description: str,
                 owner: str, priority: str) -> ItemDetail:
    """What the site will do, who does it and how urgent, for the item's actions chosen."""
    cl.edit_actions(ws, action_ids, description=description, owner=owner, priority=priority)
    return item_detail(ws, visit_id, key)


def coverage(ws, template_id: int) -> CoverageData:
    labels = _labels(ws)
    template = next(t for t in cl.templates(ws) if t.id == template_id)
    m = cl.coverage(ws, list(template.version_ids))
    schemes = tuple(labels.get(v, v) for v in m.version_ids)
    topics = tuple(title for _t, title in m.topics)
    cells = {}
    for (topic_id, version_id), cell in m.cells.items():
        title = dict(m.topics).get(topic_id, topic_id)
        cells[(title, labels.get(version_id, version_id))] = CoverageCell(
            len(cell.clauses), cell.shared)
    return CoverageData(topics, schemes, cells)


def restore(ws, visit_id: int, key: str, before: ItemDetail, base: int | None = None
            ) -> ItemDetail:
    """Put an item's finding back as ``before`` held it (undo, redo): the common rating, the
    observation and its confidential flag, and each scheme's own override. ``base``: the
    revision this edit left; refused (StaleEdit) if someone else saved the item since."""
    cl.rate(ws, visit_id, key, before.severity, observation=before.observation,
            confidential=before.confidential, base_revision=base)
    now = {c.version_id: c for c in item_detail(ws, visit_id, key).clauses}
    for c in before.clauses:
        current = now.get(c.version_id)
        if c.overridden and (current is None or current.level_id != c.level_id
                             or not current.overridden):
            cl.override(ws, visit_id, key, c.version_id, c.level_id)
        elif not c.overridden and current is not None and current.overridden:
            cl.override(ws, visit_id, key, c.version_id, None)
    return item_detail(ws, visit_id, key)
