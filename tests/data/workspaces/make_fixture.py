"""Write rev0001.jaworkspace: a workspace at schema revision 0001 with representative rows.

Run from the repository root: ``python -m tests.data.workspaces.make_fixture``. Rows are
written with plain SQL against the 0001 tables (not the current models, which may have
moved on), so the file stays what a jointaudit of revision 0001 would have written.
tests/migrations/test_upgrade.py opens a copy and checks the upgrade keeps every row.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from sqlalchemy import text

from jointaudit.store.db import make_engine, migrate

HERE = Path(__file__).resolve().parent
TARGET = HERE / "rev0001.jaworkspace"
EVIDENCE = "Payroll sample, March 2026 — 12 workers, all over 18.\n".encode()
PACK_JSON = json.dumps({"format": "jointaudit-pack/1", "scheme": {"id": "example-mining"}},
                       sort_keys=True)
STAMP = "2026-11-01 10:00:00.000000"

ROWS = [
    ("scheme", dict(id="example-mining", name="Example Mining Standard",
                    publisher="Example Standards Association")),
    ("scheme_version", dict(id="example-mining@1.0", scheme_id="example-mining", version="1.0",
                            title="Example Mining Standard 1.0", language="en",
                            effective_from="2024-01-01", licence_note="ids only",
                            source_documents="[]", format="jointaudit-pack/1",
                            pack_sha256=hashlib.sha256(PACK_JSON.encode()).hexdigest(),
                            pack_json=PACK_JSON, imported_from="minimal_pack.yaml",
                            imported_at=STAMP)),
    ("requirement", dict(id=1, version_id="example-mining@1.0", clause_id="1", position=0,
                         title="Workers", text="", guidance="", text_source="pack",
                         typical_evidence="[]", topics="[]", applies_to="[]", assessable=0,
                         critical=0, answer="graded", source_ref="", verified=0)),
    ("requirement", dict(id=2, version_id="example-mining@1.0", clause_id="1.1",
                         parent_clause_id="1", position=1, title="No child labour",
                         text="Official text the user imported", guidance="",
                         text_source="texts.csv", typical_evidence='["payroll"]',
                         topics='["labour"]', applies_to="[]", assessable=1, critical=1,
                         level="entry", answer="graded", source_ref="§1.1", verified=1)),
    ("rating_level", dict(id=1, version_id="example-mining@1.0", level_id="MIN", position=1,
                          severity="minor_gap", words='{"en": "Minor NC", "es": "NC menor"}')),
    ("severity_mapping", dict(version_id="example-mining@1.0", severity="minor_gap",
                              level_id="MIN")),
    ("cycle_rule", dict(id=1, version_id="example-mining@1.0", kind="recertification",
                        mode="on_site", body='{"window": {"earliest": {"anchor": '
                        '"certificate_expiry", "offset": {"months": -4}}}}', verified=1,
                        source="manual §2.4")),
    ("report_profile", dict(id=1, version_id="example-mining@1.0", body='{"sections": []}',
                            verified=0, source="template")),
    ("site", dict(id=1, name="Cooperativa Minera La Esperanza", country="CO",
                  region="Antioquia", commodity="gold", site_type="cooperative", scale="asm",
                  size="small", languages='["es"]', applicability_tags='["asm"]',
                  max_visit_days=3, financial_year_end="12-31", notes="")),
    ("facility", dict(id=1, site_id=1, name="Mina La Esperanza", country="CO", kind="mine")),
    ("blackout_period", dict(id=1, site_id=1, start="2027-04-01", end="2027-05-31",
                             reason="rainy season")),
    ("certification_body", dict(id=1, name="Andes Certificadora SAS", country="CO", notes="")),
    ("cb_approval", dict(id=1, cb_id=1, scheme_id="example-mining",
                         scheme_version_id="example-mining@1.0", commodities='["gold"]',
                         regions='["CO"]', valid_from="2022-01-01", valid_to="2027-06-30",
                         reference="ARM-C-03")),
    ("auditor", dict(id=1, name="Lucía Restrepo", cb_id=1, languages='["es", "en"]',
                     email="lucia@andes.example")),
    ("auditor_qualification", dict(id=1, auditor_id=1, scheme_id="example-mining", role="lead",
                                   commodities="[]", valid_from="2023-01-01", reference="")),
    ("certificate", dict(id=1, site_id=1, scheme_id="example-mining",
                         scheme_version_id="example-mining@1.0", kind="certificate",
                         status="active", number="EMS-0112", issued_on="2026-04-01",
                         expires_on="2027-03-31", facility_ids="[1]", open_minor_ncs=1,
                         open_major_ncs=0)),
    ("audit_record", dict(id=1, site_id=1, scheme_version_id="example-mining@1.0",
                          certificate_id=1, kind="recertification", start="2026-02-16",
                          end="2026-02-18", decision="certified", decision_date="2026-03-19",
                          valid_from="2026-04-01", valid_until="2027-03-31", minor_ncs=1,
                          major_ncs=0, critical_ncs=0, mid_term_required=1, cb_id=1,
                          lead_auditor_id=1, notes="")),
    ("joint_template", dict(id=1, uid="t" * 32, name="EMS + ASM joint", version_ids='["example-mining@1.0"]',
                            merge_options="{}", content_hash="abc", created_at=STAMP,
                            updated_at=STAMP)),
    ("template_approval", dict(id=1, template_id=1, scheme_id="example-mining",
                               content_hash="abc", signer_name="Scheme staff",
                               signer_fingerprint="ff", signature="c2ln", signed_at=STAMP,
                               status="approved")),
    ("joint_plan", dict(id=1, uid="p" * 32, name="2027 plan", site_id=1,
                        horizon_start="2026-11-22", horizon_years=5, options="{}",
                        status="draft", created_at=STAMP)),
    ("visit", dict(id=1, uid="v" * 32, plan_id=1, site_id=1, start="2027-02-08",
                   end="2027-02-10", status="planned", person_days=4.5, explanation="")),
    ("evidence", dict(id=1, uid="e" * 32, visit_id=1, filename="payroll.txt",
                      media_type="text/plain", sha256=hashlib.sha256(EVIDENCE).hexdigest(),
                      size=len(EVIDENCE), data=EVIDENCE, added_at=STAMP)),
]


def build(target: Path = TARGET) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    engine = make_engine(target)
    migrate(engine, to="0001")
    with engine.begin() as conn:
        for table, values in ROWS:
            cols = ", ".join(values)
            params = ", ".join(f":{k}" for k in values)
            conn.execute(text(f"INSERT INTO {table} ({cols}) VALUES ({params})"), values)
    engine.dispose()
    plain = sqlite3.connect(target)  # one self-contained file in git, no -wal beside it
    try:
        plain.execute("PRAGMA journal_mode=DELETE")
    finally:
        plain.close()
    return target


if __name__ == "__main__":
    print(f"wrote {build()}")
