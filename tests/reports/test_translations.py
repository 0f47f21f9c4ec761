"""Every string a report prints is translated: each label the builders and the validator
use exists in English, Spanish and French with the same placeholders; every report-profile
text of every shipped pack has the three languages; the shipped title files name only
clauses and topics their pack has, and a broken title file is refused with its name."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
import yaml

from jointaudit.common.errors import InvalidInput
from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.reports.labels import LANGUAGES, all_labels, fmt_date, fmt_list, fmt_range
from jointaudit.reports.titles import read_titles_file, shipped_titles

ROOT = Path(__file__).resolve().parents[2]
PACKS = sorted((ROOT / "resources" / "packs").glob("*.yaml"))
# label("key", …), label(f"prefix_{…}", …) and add("report.code", …) in the report code
USED = re.compile(r"""(?:label|has_label)\(\s*["']([a-z_.\-]+)["']|add\(\s*["'](report\.[a-z\-]+)["']""")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_label_has_all_three_languages_with_the_same_placeholders():
    for key, words in all_labels().items():
        assert set(words) == set(LANGUAGES), key
        assert all(w.strip() for w in words.values()), key
        assert len({frozenset(placeholders(w)) for w in words.values()}) == 1, key


def test_every_label_the_report_code_uses_exists():
    used = set()
    for path in (ROOT / "jointaudit" / "reports").glob("*.py"):
        for m in USED.finditer(path.read_text(encoding="utf-8")):
            used.add(m.group(1) or m.group(2))
    assert len(used) > 80
    missing = used - set(all_labels())
    assert not missing, sorted(missing)


@pytest.mark.parametrize("path", PACKS, ids=[p.stem for p in PACKS])
def test_every_report_profile_text_of_a_shipped_pack_is_in_three_languages(path):
    profile = validate_pack_file(path).report_profile
    texts = [profile.title, *profile.parts.values()]
    for section in profile.sections:
        texts.append(section.title)
        if section.text:
            texts.append(section.text)
    for audit in validate_pack_file(path).cycle.audits:
        texts.append(audit.label)
    for words in texts:
        assert set(LANGUAGES) <= set(words), words


def test_dates_numbers_and_lists_follow_the_language():
    from datetime import date

    assert fmt_date(date(2027, 3, 9), "en") == "9 March 2027"
    assert fmt_date(date(2027, 3, 9), "es") == "9 de marzo de 2027"
    assert fmt_date(date(2027, 3, 9), "fr") == "9 mars 2027"
    assert fmt_range(date(2027, 3, 9), date(2027, 3, 12), "es") == "9–12 mar 2027"
    assert fmt_list(["RJC", "IRMA", "ASI"], "fr") == "RJC, IRMA et ASI"


def test_shipped_title_files_name_only_what_their_pack_has():
    titles = shipped_titles()
    packs = {p.version_key: p for p in map(validate_pack_file, PACKS)}
    for (version, clause), words in titles.requirements.items():
        assert version in packs, version
        assert clause in {r.id for r in packs[version].requirements}, (version, clause)
        assert set(words) <= set(LANGUAGES)
    topics = {t.id for p in packs.values() for t in p.topics}
    assert set(titles.topics) == topics  # the whole shared vocabulary, in es and fr
    assert all(set(w) == {"es", "fr"} for w in titles.topics.values())
    fairmined = packs["fairmined@2.0"]
    assert all(titles.requirement("fairmined@2.0", r.id).get("es")
               for r in fairmined.requirements)  # Fairmined's Spanish first


@pytest.mark.parametrize("body, message", [
    (b"format: jointaudit-titles/1\nlanguage: es\npack: x@1\nrequirements: {\"1\": ''}\n",
     "requirements.1: expected a title"),
    (b"format: other\n", "expected a mapping with format: jointaudit-titles/1"),
    (b"format: jointaudit-titles/1\nlanguage: es\npack: x@1\nrequirements: [: \n",
     "not valid YAML"),
    (b"\xff\xfe bad", "not UTF-8 text"),
])
def test_a_broken_title_file_is_refused_naming_the_file(tmp_path, body, message):
    path = tmp_path / "bad.es.yaml"
    path.write_bytes(body)
    with pytest.raises(InvalidInput) as err:
        read_titles_file(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_a_title_file_is_read_whole_or_not_at_all(tmp_path):
    path = tmp_path / "half.es.yaml"
    path.write_text(yaml.safe_dump({"format": "jointaudit-titles/1", "language": "es",
                                    "pack": "x@1", "requirements": {"1": "Uno", "2": 5}}),
                    encoding="utf-8")
    titles = shipped_titles().__class__()
    with pytest.raises(InvalidInput):
        read_titles_file(path, titles)
    assert titles.requirements == {}
