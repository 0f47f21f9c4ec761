"""Property: whatever is done to a valid pack, validation and import end in either a pack or
InvalidInput with located problems — never another exception, never a half import."""

from __future__ import annotations

import copy

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jointaudit.common.errors import InvalidInput
from jointaudit.library.packs.importer import import_pack
from jointaudit.library.packs.validate import validate_pack_bytes
from tests.packs.conftest import MINIMAL

BASE_BYTES = MINIMAL.read_bytes()
BASE = yaml.safe_load(BASE_BYTES)

junk = st.one_of(st.none(), st.booleans(), st.integers(-10**12, 10**12),
                 st.floats(allow_nan=True), st.text(max_size=30),
                 st.lists(st.text(max_size=5), max_size=3),
                 st.dictionaries(st.text(max_size=5), st.integers(), max_size=3))


def _paths(node, path=()):
    yield path
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, path + (i,))


ALL_PATHS = [p for p in _paths(BASE) if p]


def _parent(data, path):
    for part in path[:-1]:
        data = data[part]
    return data


@st.composite
def mutated(draw):
    data = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(ALL_PATHS))
        try:
            parent = _parent(data, path)
            key = path[-1]
            parent[key]  # noqa: B018  (path may be gone after an earlier mutation)
        except (KeyError, IndexError, TypeError):
            continue
        if not isinstance(parent, dict | list):  # an earlier mutation put junk above the path
            continue
        action = draw(st.sampled_from(["drop", "junk", "dup", "swap"]))
        if action == "drop":
            del parent[key]
        elif action == "junk":
            parent[key] = draw(junk)
        elif action == "dup" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[key]))
        elif action == "swap" and isinstance(parent, dict) and {"earliest", "latest"} <= parent.keys():
            parent["earliest"], parent["latest"] = parent["latest"], parent["earliest"]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8")


def _check(raw: bytes, workspace=None) -> None:
    try:
        pack = validate_pack_bytes(raw, "fuzz.yaml")
    except InvalidInput as exc:
        assert exc.problems, "InvalidInput must list its problems"
        for p in exc.problems:
            assert p.file == "fuzz.yaml" and p.message and p.code
        return
    if workspace is not None:
        with workspace.session() as s:
            import_pack(s, pack, source_name="fuzz.yaml", replace=True)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_packs_yield_only_clear_errors(raw):
    _check(raw)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200), st.integers(0, len(BASE_BYTES)))
def test_random_bytes_spliced_into_a_pack_yield_only_clear_errors(noise, at):
    _check(BASE_BYTES[:at] + noise + BASE_BYTES[at:])


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_yields_only_clear_errors(text):
    _check(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=40, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(mutated())
def test_mutated_packs_that_pass_also_import(workspace, raw):
    _check(raw, workspace)


def test_huge_input_is_refused_with_its_size():
    try:
        validate_pack_bytes(b"a: b\n" * 2_000_000, "fuzz.yaml")
    except InvalidInput as exc:
        assert exc.problems[0].code == "input.too-large"
    else:  # pragma: no cover
        raise AssertionError("a 10 MB pack was accepted")
