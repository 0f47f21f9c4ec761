"""The demo workspace: every shipped pack, four sites, four CBs, eight auditors, histories
that make 2027 worth planning jointly."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from jointaudit.cli import main as cli_main
from jointaudit.demo.seed import SCHEMES, create_and_seed, ensure_demo_workspace, shipped_pack_files
from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.store.db import open_workspace
from jointaudit.store.models import (
    Auditor,
    AuditorQualification,
    AuditRecord,
    BlackoutPeriod,
    CBApproval,
    Certificate,
    CertificationBody,
    ConflictOfInterest,
    Facility,
    SchemeVersion,
    Site,
)


def _seeded(tmp_path):
    return create_and_seed(tmp_path / "demo.jaworkspace")


def test_every_shipped_pack_is_imported(tmp_path):
    ws, summary = _seeded(tmp_path)
    with ws:
        assert summary.skipped_packs == []
        expected = sorted(validate_pack_file(p).version_key for p in shipped_pack_files())
        with ws.session() as s:
            assert sorted(s.exec(select(SchemeVersion.id))) == expected
        assert sorted(summary.packs) == expected


def test_sites_parties_and_constraints(tmp_path):
    ws, summary = _seeded(tmp_path)
    with ws, ws.session() as s:
        sites = {x.name: x for x in s.exec(select(Site))}
        assert sorted((x.country, x.site_type, x.scale) for x in sites.values()) == [
            ("CH", "refinery", ""), ("CO", "cooperative", "asm"), ("GH", "mine", "lsm"),
            ("NO", "smelter", "")]
        refiner = sites["Helvetia Gold Refining SA"]
        assert refiner.financial_year_end == "03-31"
        coop = sites["Cooperativa Minera La Esperanza"]
        assert coop.languages == ["es"]
        mine = sites["Nkwanta Ridge Gold Mine"]
        facilities = s.exec(select(Facility).where(Facility.site_id == mine.id)).all()
        assert len(facilities) == 4
        rains = [b for b in s.exec(select(BlackoutPeriod)) if "rainy" in b.reason]
        assert {b.site_id for b in rains} == {mine.id, coop.id}
        assert len(s.exec(select(CertificationBody)).all()) == 4
        auditors = s.exec(select(Auditor)).all()
        assert len(auditors) == 8
        smelter = sites["Nordfjord Metals AS"]  # the site holding RMAP and ASI
        held = {c.scheme_id for c in s.exec(select(Certificate)
                                            .where(Certificate.site_id == smelter.id))}
        assert held == {"rmi-rmap", "asi-ps"}
        assert {lang for a in auditors for lang in a.languages} >= {"en", "es", "fr"}
        assert len(s.exec(select(ConflictOfInterest)).all()) == 2


def test_histories_for_each_present_scheme(tmp_path):
    ws, summary = _seeded(tmp_path)
    with ws, ws.session() as s:
        present = {v.scheme_id for v in s.exec(select(SchemeVersion))}
        certs = s.exec(select(Certificate)).all()
        records = s.exec(select(AuditRecord)).all()
        assert {c.scheme_id for c in certs} == present & {
            sid for ids in SCHEMES.values() for sid in ids}
        assert len(certs) == summary.certificates and len(records) == summary.audit_records
        if "rjc-cop" in present:
            cop = [r for r in records if r.scheme_version_id.startswith("rjc-cop@")]
            assert any(r.major_ncs == 1 and r.valid_until == date(2026, 2, 28) for r in cop)
            assert any(r.mid_term_required for r in cop)
            # Overlapping approvals: one RJC approval expires inside the 2027 windows.
            ends = sorted(a.valid_to for a in s.exec(
                select(CBApproval).where(CBApproval.scheme_id == "rjc-cop")))
            assert ends[0] == date(2027, 3, 31) and ends[-1] > date(2028, 1, 1)
            leads = s.exec(select(AuditorQualification).where(
                AuditorQualification.scheme_id == "rjc-cop",
                AuditorQualification.role == "lead")).all()
            assert len(leads) == 2
        # Certificates still running on "today" (2026-11-22) expire in 2027 for planning.
        running = [c for c in certs if c.expires_on and c.expires_on > date(2026, 11, 22)]
        assert all(c.expires_on.year in (2027, 2028, 2029) for c in running)


def test_cli_demo_and_first_run_helper(tmp_path, capsys):
    path = tmp_path / "cli.jaworkspace"
    assert cli_main(["demo", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"created {path}" in out and "4 sites" in out
    assert cli_main(["demo", str(path)]) == 2  # never seeds twice over existing data
    target = tmp_path / "data" / "demo.jaworkspace"
    assert ensure_demo_workspace(target) == target
    with open_workspace(target) as ws, ws.session() as s:
        n_sites = len(s.exec(select(Site)).all())
    ensure_demo_workspace(target)  # second start: opened, not seeded again
    with open_workspace(target) as ws, ws.session() as s:
        assert len(s.exec(select(Site)).all()) == n_sites == 4


def test_the_demo_shows_joint_visits_where_a_site_holds_several_schemes(tmp_path):
    """The demo exists to show the merger: every multi-scheme site gets at least one visit
    that covers audits of two schemes, and the shipped crosswalks are in place."""
    from datetime import date

    from jointaudit.planning.inputs import PlanOptions
    from jointaudit.services.planning import plan_sites
    from jointaudit.store.models import CrosswalkLink

    ws, summary = _seeded(tmp_path)
    assert summary.skipped_crosswalks == []
    with ws:
        with ws.session() as s:
            assert s.exec(select(CrosswalkLink)).first() is not None
        views = {v.site: v for v in plan_sites(ws, None, PlanOptions(date(2026, 11, 22)))}
        for name in ("Helvetia Gold Refining SA", "Nkwanta Ridge Gold Mine"):
            schemes_per_visit: dict[str, set[str]] = {}
            for w in views[name].windows:
                if w.planned.startswith("visit"):
                    schemes_per_visit.setdefault(w.planned, set()).add(w.scheme)
            assert max(map(len, schemes_per_visit.values())) >= 2, (
                f"{name}: no visit covers two schemes")
        assert views["Nkwanta Ridge Gold Mine"].saving.visits_saved >= 1
