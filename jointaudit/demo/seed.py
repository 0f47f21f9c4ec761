"""The demo workspace: every shipped pack plus four sites, four CBs and eight auditors
whose certificates and audit histories make 2027 a year worth planning jointly.

Today in the story is late November 2026. The Swiss refiner's RJC COP, RJC CoC, LBMA and
Fairmined authorisation all fall due between February and August 2027; the Ghanaian mine
owes an IRMA surveillance audit and an RJC mid-term review in 2027 and shuts for the rainy
season; the Colombian cooperative's annual Fairmined audit runs into its own rains. One CB's
RJC approval and another's LBMA approval expire in the middle of it, and one auditor
advised the cooperative recently. The Norwegian smelter holds ASI and RMAP: its ASI
surveillance and RMAP re-audit windows overlap in spring 2027, and its lead auditor writes
his name in Chinese. Names are fictional.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import Session

from jointaudit.common.errors import InvalidInput
from jointaudit.common.resources import resource_path
from jointaudit.library.crosswalk.derived import derive_through_hub
from jointaudit.library.crosswalk.importer import import_shipped
from jointaudit.library.packs.importer import import_pack
from jointaudit.library.packs.loader import latest_version_id
from jointaudit.library.packs.validate import validate_pack_file
from jointaudit.store.db import Workspace, create_workspace
from jointaudit.store.models import (
    Auditor,
    AuditorQualification,
    AuditorUnavailability,
    AuditRecord,
    BlackoutPeriod,
    CBApproval,
    Certificate,
    CertificationBody,
    ConflictOfInterest,
    Facility,
    Site,
    saved_id,
)

# Demo roles → scheme ids the shipped packs may use (first one present wins).
SCHEMES = {
    "rjc-cop": ("rjc-cop",),
    "rjc-coc": ("rjc-coc",),
    "fairmined": ("fairmined",),
    "irma": ("irma",),
    "lbma": ("lbma-rgg", "lbma"),
    "rmap": ("rmi-rmap",),
    "asi": ("asi-ps",),
}


@dataclass
class DemoSummary:
    packs: list[str] = field(default_factory=list)
    skipped_packs: list[str] = field(default_factory=list)  # "file: reason"
    crosswalks: list[str] = field(default_factory=list)
    skipped_crosswalks: list[str] = field(default_factory=list)  # "file: reason"
    hub: str = ""  # what deriving links through the hub gave
    missing_schemes: list[str] = field(default_factory=list)
    sites: int = 0
    certificates: int = 0
    audit_records: int = 0


def shipped_pack_files() -> list[Path]:
    folder = resource_path("packs")
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def create_and_seed(path: str | Path) -> tuple[Workspace, DemoSummary]:
    """Create ``path`` (it must not exist) and seed it; nothing is left behind on failure."""
    workspace = create_workspace(path)
    try:
        summary = seed_demo(workspace)
    except BaseException:
        workspace.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return workspace, summary


def create_demo_workspace(path: str | Path) -> Workspace:
    """Create and seed the demo workspace at ``path``; returns it open."""
    return create_and_seed(path)[0]


def ensure_demo_workspace(path: str | Path) -> Path:
    """The demo workspace at ``path``, created and seeded on first use. An existing file is
    left as it is: whoever opens it next migrates it (after a backup)."""
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        create_demo_workspace(path).close()
    return path


def seed_demo(workspace: Workspace) -> DemoSummary:
    """Import the shipped packs, then the demo records; each part all or nothing."""
    summary = DemoSummary()
    for pack_file in shipped_pack_files():
        try:
            pack = validate_pack_file(pack_file)
        except InvalidInput as exc:
            summary.skipped_packs.append(f"{pack_file.name}: {exc.message}")
            continue
        with workspace.session() as s:
            summary.packs.append(import_pack(s, pack, source_name=pack_file.name).version_id)
    with workspace.session() as s:
        done, skipped = import_shipped(s)
        summary.crosswalks = [c.crosswalk_id for c in done]
        summary.skipped_crosswalks = skipped
        summary.hub = derive_through_hub(s).describe()
    with workspace.session() as s:
        _Seeder(s, summary).run()
    return summary


class _Seeder:
    def __init__(self, session: Session, summary: DemoSummary):
        self.s = session
        self.summary = summary
        self.version: dict[str, str] = {}
        for role, candidates in SCHEMES.items():
            for scheme_id in candidates:
                vid = latest_version_id(session, scheme_id)
                if vid:
                    self.version[role] = vid
                    break
            else:
                summary.missing_schemes.append(role)

    def scheme(self, role: str) -> str | None:
        vid = self.version.get(role)
        return vid.split("@", 1)[0] if vid else None

    def add(self, row):
        self.s.add(row)
        self.s.flush()
        return row

    def run(self) -> None:
        cbs = self.certification_bodies()
        auditors = self.auditors(cbs)
        refiner, mine, coop = self.sites()
        self.refiner_history(refiner, cbs, auditors)
        self.mine_history(mine, cbs, auditors)
        self.coop_history(coop, cbs, auditors)
        self.smelter(cbs, auditors)
        self.add(ConflictOfInterest(site_id=saved_id(coop), auditor_id=auditors["Diego Herrera"].id,
                                    kind="advisory", start=date(2025, 3, 1),
                                    end=date(2025, 12, 31),
                                    note="Helped the cooperative write its mercury plan"))
        self.add(ConflictOfInterest(site_id=saved_id(refiner), cb_id=cbs["Meridian"].id,
                                    kind="advisory", start=date(2024, 1, 15),
                                    end=date(2024, 11, 30),
                                    note="Meridian's consulting arm ran a supply-chain gap"
                                         " assessment for the refiner"))

    # --- parties -------------------------------------------------------------------------

    def approval(self, cb, role, valid_from, valid_to, *, commodities=(), regions=(), ref=""):
        scheme = self.scheme(role)
        if scheme:
            self.add(CBApproval(cb_id=cb.id, scheme_id=scheme, scheme_version_id=self.version[role],
                                commodities=list(commodities), regions=list(regions),
                                valid_from=valid_from, valid_to=valid_to, reference=ref))

    def certification_bodies(self) -> dict[str, CertificationBody]:
        alpine = self.add(CertificationBody(name="Alpine Assurance AG", country="CH",
                                            notes="Precious-metals specialist, Zug"))
        meridian = self.add(CertificationBody(name="Meridian Certification Ltd", country="GB",
                                              notes="Mining and supply-chain audits worldwide"))
        andes = self.add(CertificationBody(name="Andes Certificadora SAS", country="CO",
                                           notes="ASM certification in the Andean region"))
        # Alpine's RJC approval ends before the refiner's recertification window closes.
        self.approval(alpine, "rjc-cop", date(2023, 1, 1), date(2027, 3, 31), ref="RJC-AF-031")
        self.approval(alpine, "rjc-coc", date(2023, 1, 1), date(2028, 12, 31), ref="RJC-AF-031")
        self.approval(alpine, "lbma", date(2024, 1, 1), date(2026, 12, 31),
                      commodities=["gold", "silver"], ref="LBMA-ASP-12")
        self.approval(meridian, "rjc-cop", date(2025, 7, 1), date(2028, 6, 30), ref="RJC-AF-077")
        self.approval(meridian, "rjc-coc", date(2025, 7, 1), date(2028, 6, 30), ref="RJC-AF-077")
        self.approval(meridian, "irma", date(2024, 1, 1), date(2027, 9, 30),
                      regions=["GH", "ZA", "ZW", "TZ", "CA"], ref="IRMA-CB-05")
        self.approval(meridian, "lbma", date(2025, 1, 1), date(2027, 12, 31),
                      commodities=["gold"], ref="LBMA-ASP-20")
        self.approval(andes, "fairmined", date(2022, 1, 1), date(2027, 6, 30),
                      commodities=["gold"], regions=["CO", "PE", "BO", "CH"], ref="ARM-C-03")
        self.approval(andes, "rjc-cop", date(2026, 9, 1), date(2029, 8, 31),
                      regions=["CO", "PE", "CH"], ref="RJC-AF-102")
        nordic = self.add(CertificationBody(name="Nordic Responsible Assurance AS",
                                            country="NO",
                                            notes="Metals supply-chain audits, Bergen"))
        self.approval(nordic, "rmap", date(2024, 1, 1), date(2028, 12, 31), ref="RMI-AF-044")
        self.approval(nordic, "asi", date(2024, 1, 1), date(2028, 12, 31), ref="ASI-AB-019")
        return {"Alpine": alpine, "Meridian": meridian, "Andes": andes, "Nordic": nordic}

    def qualify(self, auditor, role_scheme, role, valid_to=date(2028, 12, 31),
                commodities=("gold",)):
        scheme = self.scheme(role_scheme)
        if scheme:
            self.add(AuditorQualification(auditor_id=auditor.id, scheme_id=scheme, role=role,
                                          commodities=list(commodities),
                                          valid_from=date(2022, 1, 1), valid_to=valid_to))

    def auditors(self, cbs) -> dict[str, Auditor]:
        people = [
            ("Anna Keller", "Alpine", ["de", "en", "fr"],
             [("rjc-cop", "lead"), ("rjc-coc", "lead"), ("lbma", "lead")]),
            ("Marc Dubois", "Alpine", ["fr", "en"],
             [("rjc-cop", "team"), ("rjc-coc", "team"), ("lbma", "team")]),
            ("Kwame Mensah", "Meridian", ["en", "ak"], [("irma", "lead"), ("rjc-cop", "lead")]),
            ("Sarah Okafor", "Meridian", ["en", "fr"],
             [("irma", "team"), ("rjc-cop", "team"), ("lbma", "lead")]),
            ("Lucía Restrepo", "Andes", ["es", "en"],
             [("fairmined", "lead"), ("rjc-cop", "team")]),
            ("Diego Herrera", "Andes", ["es", "pt"], [("fairmined", "team")]),
            ("陈伟 (Chen Wei)", "Nordic", ["zh", "en"], [("rmap", "lead"), ("asi", "lead")]),
            ("Ingrid Solberg", "Nordic", ["no", "en"], [("rmap", "team"), ("asi", "team")]),
        ]
        out = {}
        for name, cb, languages, quals in people:
            slug = {"陈伟 (Chen Wei)": "chen"}.get(name) or name.split()[0].lower().replace(
                "í", "i")
            a = self.add(Auditor(name=name, cb_id=cbs[cb].id, languages=languages,
                                 email=f"{slug}@{cb.lower()}.example"))
            for role_scheme, role in quals:
                # Sarah's LBMA lead qualification lapses before the 2027 refinery audit.
                until = date(2027, 2, 28) if (name, role_scheme) == ("Sarah Okafor",
                                                                    "lbma") else date(2028, 12, 31)
                self.qualify(a, role_scheme, role, until,
                             ("aluminium", "gold") if cb == "Nordic" else ("gold",))
            out[name] = a
        self.add(AuditorUnavailability(auditor_id=out["Marc Dubois"].id, start=date(2027, 5, 3),
                                       end=date(2027, 5, 28), reason="parental leave"))
        self.add(AuditorUnavailability(auditor_id=out["Kwame Mensah"].id,
                                       start=date(2027, 4, 5), end=date(2027, 4, 23),
                                       reason="booked on another client's audit"))
        return out

    # --- sites ---------------------------------------------------------------------------

    def sites(self) -> tuple[Site, Site, Site]:
        refiner = self.add(Site(
            name="Helvetia Gold Refining SA", country="CH", region="Ticino", commodity="gold",
            site_type="refinery", size="large", languages=["en", "fr", "it"],
            applicability_tags=["refiner", "manufacturer", "gold", "silver"],
            financial_year_end="03-31", notes="Refiner with an in-house jewellery workshop"))
        mine = self.add(Site(
            name="Nkwanta Ridge Gold Mine", country="GH", region="Western Region",
            commodity="gold", site_type="mine", scale="lsm", size="large", languages=["en"],
            applicability_tags=["lsm", "mine", "gold"], financial_year_end="12-31",
            notes="Open pit with carbon-in-leach plant and tailings storage facility"))
        coop = self.add(Site(
            name="Cooperativa Minera La Esperanza", country="CO", region="Antioquia",
            commodity="gold", site_type="cooperative", scale="asm", size="small",
            languages=["es"], applicability_tags=["asm", "mine", "gold"], max_visit_days=3,
            notes="Underground ASM cooperative, 140 members, mercury-free since 2024"))
        for site, name, country, kind in [
            (refiner, "Mendrisio refinery", "CH", "refinery"),
            (refiner, "Geneva jewellery workshop", "CH", "manufacturing"),
            (mine, "Nkwanta open pit", "GH", "mine"),
            (mine, "CIL processing plant", "GH", "processing"),
            (mine, "Tailings storage facility", "GH", "tailings"),
            (mine, "Accra head office", "GH", "office"),
            (coop, "Mina La Esperanza", "CO", "mine"),
            (coop, "Planta de beneficio", "CO", "processing"),
        ]:
            self.add(Facility(site_id=site.id, name=name, country=country, kind=kind))
        for site, start, end, reason in [
            (mine, date(2027, 5, 1), date(2027, 7, 15), "major rainy season: haul roads shut"),
            (mine, date(2028, 5, 1), date(2028, 7, 15), "major rainy season: haul roads shut"),
            (mine, date(2027, 12, 20), date(2028, 1, 5), "year-end shutdown"),
            (coop, date(2027, 3, 22), date(2027, 3, 28), "Semana Santa"),
            (coop, date(2027, 4, 1), date(2027, 5, 31), "first rainy season: access road"),
            (coop, date(2027, 10, 1), date(2027, 11, 30), "second rainy season: access road"),
            (refiner, date(2027, 3, 25), date(2027, 4, 9), "year-end stock take"),
            (refiner, date(2027, 7, 26), date(2027, 8, 13), "summer shutdown"),
        ]:
            self.add(BlackoutPeriod(site_id=site.id, start=start, end=end, reason=reason))
        self.summary.sites = 3
        return refiner, mine, coop

    # --- histories -----------------------------------------------------------------------

    def certificate(self, site, role, **kw) -> Certificate | None:
        scheme = self.scheme(role)
        if not scheme:
            return None
        self.summary.certificates += 1
        return self.add(Certificate(site_id=site.id, scheme_id=scheme,
                                    scheme_version_id=self.version[role], **kw))

    def audit(self, site, role, cert, **kw) -> None:
        if not self.scheme(role):
            return
        self.summary.audit_records += 1
        self.add(AuditRecord(site_id=site.id, scheme_version_id=self.version[role],
                             certificate_id=cert.id if cert else None, **kw))

    def refiner_history(self, site, cbs, people) -> None:
        alpine, anna = cbs["Alpine"].id, people["Anna Keller"].id
        cop = self.certificate(site, "rjc-cop", number="RJC-COP-0421", member_since=date(2016,
                               5, 2), issued_on=date(2024, 6, 15), expires_on=date(2027, 6, 14),
                               open_minor_ncs=1)
        self.audit(site, "rjc-cop", cop, kind="recertification", start=date(2024, 4, 22),
                   end=date(2024, 4, 25), decision="certified", decision_date=date(2024, 6, 14),
                   valid_from=date(2024, 6, 15), valid_until=date(2027, 6, 14), minor_ncs=3,
                   cb_id=alpine, lead_auditor_id=anna)
        coc = self.certificate(site, "rjc-coc", number="RJC-COC-0188",
                               member_since=date(2016, 5, 2), issued_on=date(2024, 9, 1),
                               expires_on=date(2027, 8, 31))
        self.audit(site, "rjc-coc", coc, kind="recertification", start=date(2024, 7, 8),
                   end=date(2024, 7, 10), decision="certified", decision_date=date(2024, 8, 29),
                   valid_from=date(2024, 9, 1), valid_until=date(2027, 8, 31), minor_ncs=1,
                   cb_id=alpine, lead_auditor_id=anna)
        lbma = self.certificate(site, "lbma", kind="membership", number="GDL-CH-07",
                                member_since=date(2012, 1, 1))
        self.audit(site, "lbma", lbma, kind="annual_assurance", start=date(2026, 5, 11),
                   end=date(2026, 5, 14), decision="conformant", decision_date=date(2026, 6, 26),
                   cb_id=alpine, lead_auditor_id=anna,
                   notes="Reasonable assurance over FY ending 2026-03-31")
        fm = self.certificate(site, "fairmined", kind="authorisation", number="FM-SA-0034",
                              issued_on=date(2026, 7, 1), expires_on=date(2027, 6, 30))
        self.audit(site, "fairmined", fm, kind="certification", start=date(2026, 5, 19),
                   end=date(2026, 5, 20), decision="certified", decision_date=date(2026, 6, 24),
                   valid_from=date(2026, 7, 1), valid_until=date(2027, 6, 30),
                   cb_id=cbs["Andes"].id, lead_auditor_id=people["Lucía Restrepo"].id,
                   notes="Supplier authorisation to buy and refine Fairmined gold")

    def mine_history(self, site, cbs, people) -> None:
        meridian, kwame = cbs["Meridian"].id, people["Kwame Mensah"].id
        first = self.certificate(site, "rjc-cop", status="expired", number="RJC-COP-0977",
                                 member_since=date(2023, 2, 1), issued_on=date(2025, 3, 1),
                                 expires_on=date(2026, 2, 28))
        self.audit(site, "rjc-cop", first, kind="certification", start=date(2025, 1, 13),
                   end=date(2025, 1, 17), decision="certified", decision_date=date(2025, 2, 27),
                   valid_from=date(2025, 3, 1), valid_until=date(2026, 2, 28), minor_ncs=4,
                   major_ncs=1, cb_id=meridian, lead_auditor_id=kwame,
                   notes="Major NC on tailings emergency preparedness: one-year certificate")
        cop = self.certificate(site, "rjc-cop", number="RJC-COP-0977-2",
                               member_since=date(2023, 2, 1), issued_on=date(2026, 3, 1),
                               expires_on=date(2029, 2, 28), open_minor_ncs=2)
        self.audit(site, "rjc-cop", cop, kind="recertification", start=date(2026, 1, 12),
                   end=date(2026, 1, 16), decision="certified", decision_date=date(2026, 2, 26),
                   valid_from=date(2026, 3, 1), valid_until=date(2029, 2, 28), minor_ncs=2,
                   mid_term_required=True, cb_id=meridian, lead_auditor_id=kwame,
                   notes="Major closed; auditor requires a mid-term review (new TSF raise)")
        # The mine timed its IRMA initial audit so that IRMA's cycle ends with its RJC
        # certificate: from 2028 on, both re-audits can share one visit.
        irma = self.certificate(site, "irma", kind="certificate", number="IRMA-50-GH-02",
                                issued_on=date(2026, 3, 1), expires_on=date(2029, 2, 28),
                                open_minor_ncs=0)
        self.audit(site, "irma", irma, kind="initial", start=date(2025, 11, 3),
                   end=date(2025, 11, 14), decision="IRMA 50", decision_date=date(2026, 2, 20),
                   valid_from=date(2026, 3, 1), valid_until=date(2029, 2, 28), minor_ncs=11,
                   cb_id=meridian, lead_auditor_id=kwame,
                   notes="Achievement level IRMA 50; surveillance audit due mid-cycle")

    def coop_history(self, site, cbs, people) -> None:
        andes, lucia = cbs["Andes"].id, people["Lucía Restrepo"].id
        fm = self.certificate(site, "fairmined", number="FM-CO-0112",
                              member_since=date(2019, 3, 1), issued_on=date(2026, 4, 1),
                              expires_on=date(2027, 3, 31), open_minor_ncs=1)
        self.audit(site, "fairmined", None, kind="certification", start=date(2025, 2, 17),
                   end=date(2025, 2, 19), decision="certified", decision_date=date(2025, 3, 20),
                   valid_from=date(2025, 4, 1), valid_until=date(2026, 3, 31), minor_ncs=2,
                   cb_id=andes, lead_auditor_id=lucia)
        self.audit(site, "fairmined", fm, kind="recertification", start=date(2026, 2, 16),
                   end=date(2026, 2, 18), decision="certified", decision_date=date(2026, 3, 19),
                   valid_from=date(2026, 4, 1), valid_until=date(2027, 3, 31), minor_ncs=1,
                   cb_id=andes, lead_auditor_id=lucia,
                   notes="Progress requirements on mercury reduction met")

    def smelter(self, cbs, people) -> None:
        """A fourth site, apart from the three above (whose stories other tests rely on)."""
        if not (self.scheme("rmap") and self.scheme("asi")):
            return
        site = self.add(Site(
            name="Nordfjord Metals AS", country="NO", region="Vestland", commodity="aluminium",
            site_type="smelter", size="medium", languages=["en"],
            applicability_tags=["smelter", "refiner", "aluminium", "gold"],
            financial_year_end="12-31",
            notes="Aluminium smelter and casthouse with a precious-metals recovery refinery"))
        self.summary.sites += 1
        for name, kind in [("Potline and casthouse", "smelter"),
                           ("Precious-metals recovery refinery", "refinery")]:
            self.add(Facility(site_id=site.id, name=name, country="NO", kind=kind))
        self.add(BlackoutPeriod(site_id=site.id, start=date(2027, 7, 5), end=date(2027, 7, 30),
                                reason="fellesferie: plant on minimum staffing"))
        nordic, lead = cbs["Nordic"].id, people["陈伟 (Chen Wei)"].id
        asi = self.certificate(site, "asi", number="ASI-PS-0291", member_since=date(2023, 3, 1),
                               issued_on=date(2025, 9, 1), expires_on=date(2028, 8, 31))
        self.audit(site, "asi", asi, kind="certification", start=date(2025, 6, 2),
                   end=date(2025, 6, 5), decision="certified", decision_date=date(2025, 8, 20),
                   valid_from=date(2025, 9, 1), valid_until=date(2028, 8, 31), minor_ncs=2,
                   cb_id=nordic, lead_auditor_id=lead)
        rmap = self.certificate(site, "rmap", kind="membership", number="RMAP-CID-004512",
                                member_since=date(2021, 1, 1), issued_on=date(2026, 6, 15),
                                expires_on=date(2027, 6, 14))
        self.audit(site, "rmap", rmap, kind="re_audit", start=date(2026, 4, 20),
                   end=date(2026, 4, 22), decision="conformant", decision_date=date(2026, 6, 12),
                   valid_from=date(2026, 6, 15), valid_until=date(2027, 6, 14),
                   cb_id=nordic, lead_auditor_id=lead)
