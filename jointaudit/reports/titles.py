"""Pack titles in other languages: requirement and topic titles per language, from the pack
itself (``titles: {es: …, fr: …}`` beside a requirement's or topic's ``title``) and from
title files shipped beside the packs (``resources/packs/titles/<pack>.<lang>.yaml``, format
``jointaudit-titles/1``).

A title file adds a language to a shipped pack without touching the pack (so the rooms
correcting requirements and the ones translating them never edit the same lines); a pack's
own ``titles`` win over a file's. An overlay the user imported into the workspace (the
scheme's own wording, ``jointaudit.library.packs.overlay``) wins over both. Reports print the
title in the report's language when one is known, else the pack's ``title``: overlay, then
the pack's ``titles``, then the title file, then the pack's own title. A title file may also
give the hub's node titles (``hub_nodes``, for links derived through the hub) and a
requirement's ``typical_evidence`` in its language (clause id -> list); reports print
it in their language and the pack's English list otherwise. A broken file is refused with its
name and the place, never half-read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml
from sqlmodel import Session, col, select

from jointaudit.checklist.clusters import ADDON_JOINER
from jointaudit.common.errors import InvalidInput
from jointaudit.common.resources import resource_path
from jointaudit.library.crosswalk.derived import OWN_ADDON
from jointaudit.library.crosswalk.hub import HUB_CORE_PREFIX
from jointaudit.library.packs.format import Pack
from jointaudit.library.packs.hub_pack import shipped_hub
from jointaudit.library.packs.overlay import overlay_words
from jointaudit.reports.labels import LANGUAGES, label
from jointaudit.store.models import CrosswalkLink

FORMAT = "jointaudit-titles/1"
MAX_BYTES = 2 * 1024 * 1024


@dataclass
class Titles:
    # (version key, clause id) -> language -> title; "*" as version key: every pack
    requirements: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    topics: dict[str, dict[str, str]] = field(default_factory=dict)  # topic id -> lang -> …
    # (version key, clause id) -> language -> the requirement's typical evidence, in order
    evidence: dict[tuple[str, str], dict[str, tuple[str, ...]]] = field(default_factory=dict)
    hub_nodes: dict[str, dict[str, str]] = field(default_factory=dict)  # node id -> lang -> …

    def requirement(self, version_key: str, clause_id: str) -> dict[str, str]:
        return self.requirements.get((version_key, clause_id), {})

    def topic(self, topic_id: str) -> dict[str, str]:
        return self.topics.get(topic_id, {})

    def typical_evidence(self, version_key: str, clause_id: str) -> dict[str, tuple[str, ...]]:
        return self.evidence.get((version_key, clause_id), {})


def read_titles_file(path: Path, into: Titles | None = None) -> Titles:
    """Read one title file into ``into`` (a new Titles if None); all or nothing."""
    into = into if into is not None else Titles()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read the title file ({exc.strerror})",
                           code="titles.unreadable") from None
    if len(raw) > MAX_BYTES:
        raise InvalidInput(f"{path}: a title file may hold at most {MAX_BYTES // 1024} KiB",
                           code="titles.too-big")
    try:
        doc = yaml.safe_load(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{path}: not UTF-8 text (byte {exc.start})",
                           code="titles.encoding") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise InvalidInput(f"{path}{where}: not valid YAML", code="titles.yaml") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise InvalidInput(f"{path}: expected a mapping with format: {FORMAT}",
                           code="titles.format")
    lang, pack = doc.get("language"), doc.get("pack")
    if not (isinstance(lang, str) and len(lang) == 2 and isinstance(pack, str) and pack):
        raise InvalidInput(f"{path}: 'language' (two letters) and 'pack' (a version key such"
                           " as fairmined@2.0, or \"*\") are required", code="titles.header")
    sections = {key: _section(path, doc, key) for key in ("requirements", "topics",
                                                          "hub_nodes")}
    evidence = _evidence_section(path, doc)
    for clause_id, title in sections["requirements"].items():
        into.requirements.setdefault((pack, clause_id), {})[lang] = title
    for topic_id, title in sections["topics"].items():
        into.topics.setdefault(topic_id, {})[lang] = title
    for node_id, title in sections["hub_nodes"].items():
        into.hub_nodes.setdefault(node_id, {})[lang] = title
    for clause_id, items in evidence.items():
        into.evidence.setdefault((pack, clause_id), {})[lang] = items
    return into


def _evidence_section(path: Path, doc: dict) -> dict[str, tuple[str, ...]]:
    """The ``typical_evidence`` section: clause id -> the requirement's typical evidence in
    the file's language, a list in the pack's order (checked whole before anything is kept)."""
    section = doc.get("typical_evidence") or {}
    if not isinstance(section, dict):
        raise InvalidInput(f"{path}: 'typical_evidence' must map clause ids to lists of"
                           " documents or records", code="titles.section")
    out = {}
    for clause_id, items in section.items():
        if not isinstance(items, list) or not items or not all(
                isinstance(x, str) and x.strip() for x in items):
            raise InvalidInput(f"{path}: typical_evidence.{clause_id}: expected a list of"
                               " documents or records (text), e.g. [registro de quejas]",
                               code="titles.value")
        out[str(clause_id)] = tuple(x.strip() for x in items)
    return out


def _section(path: Path, doc: dict, key: str) -> dict[str, str]:
    """One section of a title file, checked whole before anything is kept."""
    section = doc.get(key) or {}
    if not isinstance(section, dict):
        raise InvalidInput(f"{path}: '{key}' must map ids to titles", code="titles.section")
    out = {}
    for item_id, title in section.items():
        if not isinstance(title, str) or not title.strip():
            raise InvalidInput(f"{path}: {key}.{item_id}: expected a title (text)",
                               code="titles.value")
        out[str(item_id)] = title.strip()
    return out


@cache
def shipped_titles() -> Titles:
    """The title files shipped with jointaudit."""
    out = Titles()
    folder = resource_path("packs", "titles")
    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            read_titles_file(path, out)
    return out


class PackTitles:
    """The titles of one pack per language: an overlay's over the pack's own ``titles`` over
    the shipped files'. ``overlay`` maps clause ids to {language: title}."""

    def __init__(self, pack: Pack, files: Titles | None = None,
                 overlay: dict[str, dict[str, str]] | None = None):
        files = files if files is not None else shipped_titles()
        overlay = overlay or {}
        key = pack.version_key
        self._requirements = {
            r.id: {**files.requirement("*", r.id), **files.requirement(key, r.id), **r.titles,
                   **overlay.get(r.id, {})}
            for r in pack.requirements}
        self._topics = {t.id: {**files.topic(t.id), **t.titles} for t in pack.topics}
        self._by_title: dict[str, dict[str, str]] = {}
        for r in pack.requirements:
            self._by_title.setdefault(r.title, self._requirements[r.id])
        self._evidence = {
            r.id: {**files.typical_evidence("*", r.id), **files.typical_evidence(key, r.id)}
            for r in pack.requirements if r.typical_evidence}
        self._files = files

    def requirement(self, clause_id: str) -> dict[str, str]:
        return dict(self._requirements.get(clause_id, {}))

    def by_title(self, title: str) -> dict[str, str]:
        """The titles per language of the pack's requirement titled ``title`` (in the pack's
        language), e.g. the one an add-on item is phrased on."""
        return dict(self._by_title.get(title, {}))

    def typical_evidence(self, clause_id: str) -> dict[str, tuple[str, ...]]:
        """The requirement's typical evidence per language, from the title files (the
        pack's own ``typical_evidence`` is in the pack's language)."""
        return dict(self._evidence.get(clause_id, {}))

    def topic(self, topic_id: str) -> dict[str, str]:
        if topic_id in self._topics:
            return dict(self._topics[topic_id])
        return self._files.topic(topic_id)


def workspace_titles(session, pack: Pack) -> PackTitles:
    """A pack's titles per language with the workspace's overlays over them."""
    words = overlay_words(session, pack.version_key)
    return PackTitles(pack, overlay={c: w.titles for c, w in words.items() if w.titles})


def item_titles(sources, titles: dict[str, PackTitles], title: str) -> dict[str, str]:
    """A merged item's title per language: those of the source clause whose title it has
    (an item the merge titled itself, e.g. an add-on part, keeps its one title). ``sources``
    have ``version_id``, ``clause_id`` and ``title``; ``titles`` is per version id."""
    for src in sources:
        own = titles[src.version_id].requirement(src.clause_id) \
            if src.version_id in titles and src.title == title else {}
        if own:
            return own
    return {}


def topic_titles(packs: list[Pack], topic_id: str) -> dict[str, str]:
    """A shared topic's titles over several packs (the first pack naming a language wins)."""
    out: dict[str, str] = {}
    for pack in packs:
        for topic in pack.topics:
            if topic.id == topic_id:
                for lang, title in topic.titles.items():
                    out.setdefault(lang, title)
    for lang, title in shipped_titles().topic(topic_id).items():
        out.setdefault(lang, title)
    return out


def crosswalk_words(session: Session) -> dict[str, dict[str, str]]:
    """The accepted links' shared cores and add-ons in other languages, by their English
    words (the words a merge puts into an item's title): phrase -> language -> phrase."""
    out: dict[str, dict[str, str]] = {}
    for row in session.exec(select(CrosswalkLink).where(col(CrosswalkLink.status) == "accepted")):
        for lang, words in (row.words or {}).items():
            for name in ("shared_core", "source_addon", "target_addon"):
                english, own = getattr(row, name), (words or {}).get(name)
                if english and own:
                    out.setdefault(english, {}).setdefault(lang, own)
    return out


def _phrase(words: dict[str, dict[str, str]], text: str, lang: str) -> str | None:
    """``text`` (a shared core or an add-on as the merge wrote it) in ``lang``, if known."""
    if own := words.get(text, {}).get(lang):
        return own
    if text == OWN_ADDON:
        return label("rest_of_clause", lang)
    if text.startswith(HUB_CORE_PREFIX):
        return label("shared_through_hub", lang) + "; ".join(
            hub_node_titles().get(title, {}).get(lang) or title
            for title in text[len(HUB_CORE_PREFIX):].split("; "))
    return None


@cache
def hub_node_titles() -> dict[str, dict[str, str]]:
    """The shipped hub's node titles in other languages, by their English title (the words
    a derived link's shared core is made of), from the title files' ``hub_nodes``."""
    hub = shipped_hub()
    files = shipped_titles().hub_nodes
    return {n.title: files[n.id] for n in (hub.nodes if hub else ()) if n.id in files}


def _named(sources, titles: dict[str, PackTitles], title: str) -> dict[str, str]:
    """The titles of the clause an item is phrased on. That clause may not apply to the site
    (a Fairmined mine clause on a refinery's item), so it is not among the item's sources:
    then its title is looked up in the packs."""
    return item_titles(sources, titles, title) or next(
        (t for pt in titles.values() if (t := pt.by_title(title))), {})


def merged_titles(sources, titles: dict[str, PackTitles], title: str,
                  words: dict[str, dict[str, str]]) -> dict[str, str]:
    """A merged item's title per language, also where the merge titled the item itself: a
    shared core (a link's ``shared_core``), or "<clause> — beyond the shared part: <add-on>"
    with the clause's title, the joiner and each add-on in that language. A part without
    words in a language keeps its English; a title with none at all gives no entry."""
    own = _named(sources, titles, title)
    if own:
        return own
    base, *addons = title.split(ADDON_JOINER)
    named = _named(sources, titles, base) if addons else {}
    out: dict[str, str] = {}
    for lang in LANGUAGES:
        if lang == "en":
            continue
        head = (named.get(lang) if addons else None) or _phrase(words, base, lang)
        parts = [_phrase(words, a, lang) for a in addons]
        if head is None and not any(parts):
            continue
        out[lang] = (head or base) + "".join(
            label("beyond_shared_part", lang) + (p or a) for p, a in zip(parts, addons,
                                                                          strict=True))
    return out
