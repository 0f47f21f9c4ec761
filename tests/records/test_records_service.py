"""Records service: each record type is listed, created, edited and deleted on a real
workspace; a reversed period, a missing field or a reference to a record that does not exist
is refused with a problem naming the field, and nothing is saved."""

from __future__ import annotations

from datetime import date

import pytest

from jointaudit.common.errors import InvalidInput
from jointaudit.demo.seed import create_and_seed
from jointaudit.services import records

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ws, _ = create_and_seed(tmp_path_factory.mktemp("records") / "demo.jaworkspace")
    yield ws
    ws.close()


def ids(ws, kind):
    return [r.id for r in records.list_records(ws, kind)]


def first(ws, kind):
    return records.list_records(ws, kind)[0]


def valid_inputs(ws) -> dict[str, dict]:
    """One valid new record of every type, pointing at demo records."""
    site, cb, auditor = first(ws, "sites").id, first(ws, "cbs").id, first(ws, "auditors").id
    version = first(ws, "audit_records").values["scheme_version_id"]
    return {
        "sites": {"name": "Mina Nueva", "country": "CO", "languages": "es, en"},
        "facilities": {"site_id": site, "name": "Plant 2", "country": "CO"},
        "blackouts": {"site_id": site, "start": "2027-12-20", "end": "2028-01-05",
                      "reason": "holidays"},
        "certificates": {"site_id": site, "scheme_id": "irma", "number": "IRMA-77",
                         "issued_on": date(2026, 1, 1), "expires_on": date(2029, 1, 1)},
        "audit_records": {"site_id": site, "scheme_version_id": version, "kind": "initial",
                          "start": "2026-03-02", "end": "2026-03-06", "decision": "certified",
                          "cb_id": cb, "lead_auditor_id": auditor},
        "cbs": {"name": "Nordic Verify", "country": "SE"},
        "cb_approvals": {"cb_id": cb, "scheme_id": "irma", "valid_from": "2026-01-01",
                         "valid_to": "2027-01-31", "regions": "CO, PE"},
        "auditors": {"name": "Lena Berg", "cb_id": cb, "languages": "sv, en"},
        "qualifications": {"auditor_id": auditor, "scheme_id": "irma", "role": "lead",
                           "valid_from": "2025-01-01", "valid_to": "2026-10-31"},
        "unavailability": {"auditor_id": auditor, "start": "2027-02-01", "end": "2027-02-14"},
        "conflicts": {"site_id": site, "auditor_id": auditor, "kind": "advisory",
                      "start": "2025-05-01", "end": "2027-05-01"},
    }


def test_every_record_type_is_created_listed_updated_and_deleted(demo):
    inputs = valid_inputs(demo)
    assert set(inputs) == set(records.KINDS)
    for kind, data in inputs.items():
        before = ids(demo, kind)
        row = records.create_record(demo, kind, data)
        assert row.id not in before and ids(demo, kind) == before + [row.id]
        listed = {r.id: r for r in records.list_records(demo, kind)}[row.id]
        assert listed == row
        first_text = next(s.name for s in records.KINDS[kind].fields
                          if s.type == "text" and not s.required)
        edited = records.update_record(demo, kind, row.id, {first_text: "edited"})
        assert edited.values[first_text] == "edited"
        assert {k: v for k, v in edited.values.items() if k != first_text} == \
            {k: v for k, v in row.values.items() if k != first_text}
        records.delete_record(demo, kind, row.id)
        assert ids(demo, kind) == before


def test_typed_values_come_back_typed(demo):
    site = records.create_record(demo, "sites", {"name": "Mina Typed", "languages": "es, qu",
                                                 "max_visit_days": "4"})
    assert site.values["languages"] == ["es", "qu"] and site.values["max_visit_days"] == 4
    off = records.create_record(demo, "blackouts", {"site_id": site.id, "start": "2027-04-01",
                                                    "end": "2027-04-03"})
    assert off.values["start"] == date(2027, 4, 1)
    records.delete_record(demo, "blackouts", off.id)
    records.delete_record(demo, "sites", site.id)


@pytest.mark.parametrize("kind, start, end", [
    ("blackouts", "start", "end"), ("unavailability", "start", "end"),
    ("cb_approvals", "valid_from", "valid_to"), ("qualifications", "valid_from", "valid_to"),
    ("conflicts", "start", "end"), ("certificates", "issued_on", "expires_on"),
    ("audit_records", "start", "end")])
def test_a_reversed_period_is_refused_naming_the_field_and_nothing_is_saved(demo, kind,
                                                                            start, end):
    data = dict(valid_inputs(demo)[kind])
    data[start], data[end] = date(2027, 5, 10), date(2027, 5, 1)
    before = records.list_records(demo, kind)
    with pytest.raises(InvalidInput) as caught:
        records.create_record(demo, kind, data)
    assert [(p.code, p.path) for p in caught.value.problems] == \
        [("record.reversed-dates", end)]
    assert "2027-05-10" in caught.value.problems[0].message
    assert records.list_records(demo, kind) == before


def test_an_edit_that_reverses_the_period_is_refused_and_the_record_kept(demo):
    row = first(demo, "cb_approvals")
    with pytest.raises(InvalidInput) as caught:
        records.update_record(demo, "cb_approvals", row.id, {"valid_to": "2001-01-01"})
    assert [p.path for p in caught.value.problems] == ["valid_to"]
    assert first(demo, "cb_approvals") == row


def test_unknown_references_are_named_field_by_field(demo):
    data = dict(valid_inputs(demo)["conflicts"], site_id=9999, auditor_id=8888, cb_id=7777)
    with pytest.raises(InvalidInput) as caught:
        records.create_record(demo, "conflicts", data)
    found = {p.path: p.message for p in caught.value.problems}
    assert found == {"site_id": "no site with id 9999", "auditor_id": "no auditor with id 8888",
                     "cb_id": "no cb with id 7777"}
    approval = dict(valid_inputs(demo)["cb_approvals"], scheme_id="no-such-scheme")
    with pytest.raises(InvalidInput) as caught:
        records.create_record(demo, "cb_approvals", approval)
    assert [(p.path, p.code) for p in caught.value.problems] == \
        [("scheme_id", "record.unknown-reference")]


def test_missing_and_malformed_fields_are_all_listed(demo):
    before = ids(demo, "unavailability")
    with pytest.raises(InvalidInput) as caught:
        records.create_record(demo, "unavailability", {"auditor_id": "", "start": "31/02/2027",
                                                       "end": ""})
    found = {p.path: p.code for p in caught.value.problems}
    assert found["auditor_id"] == "record.required" and found["end"] == "record.required"
    assert found["start"].startswith("record.date")
    with pytest.raises(InvalidInput) as caught:
        records.create_record(demo, "sites", {"name": "   "})
    assert [(p.path, p.message) for p in caught.value.problems] == \
        [("name", "this field is required")]
    assert ids(demo, "unavailability") == before


def test_a_record_still_referred_to_is_not_deleted(demo):
    site = first(demo, "sites")
    with pytest.raises(InvalidInput) as caught:
        records.delete_record(demo, "sites", site.id)
    assert caught.value.problems[0].code == "record.in-use"
    assert first(demo, "sites") == site


def test_expiring_approvals_on_the_demo(demo):
    soon = records.expiring_approvals(demo, TODAY)
    assert [(e.kind, e.holder, e.scheme_id, e.expires_on, e.expired) for e in soon] == \
        [("cb_approvals", "Alpine Assurance AG", "lbma-rgg", date(2026, 12, 31), False)]
    half_year = records.expiring_approvals(demo, TODAY, within_days=180)
    assert ("rjc-cop", date(2027, 3, 31)) in {(e.scheme_id, e.expires_on) for e in half_year}
    later = records.expiring_approvals(demo, date(2027, 4, 15))
    lapsed = {(e.scheme_id, e.expires_on): e.expired for e in later}
    assert lapsed[("lbma-rgg", date(2026, 12, 31))] is True
    assert lapsed[("rjc-cop", date(2027, 3, 31))] is True
