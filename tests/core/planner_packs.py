"""Small scheme packs for the planner's unit tests, built from the pack format itself.

The table-driven tests of shipped schemes read the real packs in resources/packs; these
minimal ones isolate one rule at a time (a 3-year cycle with a conditional mid-term, an
annual cycle, a financial-year assurance) with round, readable dates.
"""

from __future__ import annotations

from jointaudit.library.packs.format import Pack


def _meta(verified=True):
    return {"verified": verified, "source": "test rule book §1"}


def make_pack(scheme: str, cycle: dict, *, version: str = "1", assurance: dict | None = None,
              requirements: int = 4) -> Pack:
    return Pack.model_validate({
        "format": "jointaudit-pack/1",
        "scheme": {"id": scheme, "name": scheme.upper(), "publisher": "test"},
        "version": {"id": version, "title": f"{scheme} {version}", "language": "en",
                    "source_documents": [{"id": "doc", "title": "test rule book"}],
                    "licence_note": "test"},
        "requirements": [{"id": f"{i}", "title": f"req {i}", "assessable": True}
                         for i in range(1, requirements + 1)],
        "rating_scale": {**_meta(), "levels": [
            {"id": "c", "words": {"en": "C"}, "severity": "conforms"},
            {"id": "nc", "words": {"en": "NC"}, "severity": "major_gap"}],
            "from_severity": {"conforms": "c", "minor_gap": "nc", "major_gap": "nc",
                              "critical": "nc", "not_applicable": "c", "not_assessed": "nc"}},
        "cycle": {**_meta(), **cycle},
        "assurance": {**_meta(), "person_days": [{"days": 4}], **(assurance or {})},
        "report_profile": {**_meta(), "title": {"en": "Report"},
                           "sections": [{"id": "cover", "kind": "cover", "title": {"en": "C"}}]},
    })


def d(anchor, **offset):
    return {"anchor": anchor, "offset": offset}


def kind(kind, applies, earliest, latest, *, mode="on_site", renews=False, condition="always",
         due=None, days=2.0, verified=True):
    spec = {**_meta(verified), "kind": kind, "label": {"en": kind.replace("_", " ")},
            "mode": mode, "applies": applies, "condition": condition,
            "renews_certificate": renews, "window": {"earliest": earliest, "latest": latest},
            "on_site_days": days}
    if due:
        spec["due"] = due
    return spec


def three_year_pack(scheme="tri", *, starts="previous_expiry", verified=True,
                    mid_term_verified=False, multi_facility=False, **assurance) -> Pack:
    """Certification within 2 years of joining; 3-year validity; conditional mid-term in
    year 2; recertification within 4 months before expiry; a major NC gives 1 year."""
    cycle = {
        "validity": {"years": 3}, "next_validity_starts": starts,
        "report_lag": {"months": 1}, "decision_lag": {"weeks": 2},
        "audits": [
            kind("certification", "first", d("membership_start"),
                 d("membership_start", years=2), renews=True, days=3, verified=verified),
            kind("mid_term_review", "cycle", d("certificate_start", years=1),
                 d("certificate_start", years=2), condition="mid_term_required",
                 verified=mid_term_verified),
            kind("recertification", "cycle", d("certificate_expiry", months=-4),
                 d("certificate_expiry"), renews=True, days=3, verified=verified),
            kind("follow_up", "after_audit", d("audit_end", months=1),
                 d("audit_end", months=6), condition="major_nc", days=1),
        ],
        "validity_events": [{**_meta(), "event": "major_nc", "effect": "shorten",
                             "validity": {"years": 1}}],
        "deadlines": [{**_meta(), "id": "cap_plan", "label": {"en": "corrective action plan"},
                       "applies_to": ["minor_gap", "major_gap"], "due": d("audit_end", months=1)}],
    }
    if multi_facility:
        cycle["multi_facility"] = {**_meta(False), "all_within": {"months": 4}}
    return make_pack(scheme, cycle, assurance=assurance or None)


def annual_pack(scheme="ann", **assurance) -> Pack:
    """A one-year certificate renewed every year within 3 months before expiry."""
    return make_pack(scheme, {
        "validity": {"years": 1}, "next_validity_starts": "previous_expiry",
        "audits": [
            kind("certification", "first", d("membership_start"), d("membership_start", years=1),
                 renews=True),
            kind("recertification", "cycle", d("certificate_expiry", months=-3),
                 d("certificate_expiry"), renews=True),
        ],
    }, assurance=assurance or None)


def fy_pack(scheme="fy", **assurance) -> Pack:
    """Annual assurance within 3 months after each financial-year end (a desk report plus an
    on-site assurance visit)."""
    return make_pack(scheme, {
        "validity": {"years": 1}, "next_validity_starts": "previous_expiry",
        "period_anchor": "financial_year_end",
        "audits": [kind("annual_assurance", "periodic", d("financial_year_end", days=1),
                        d("financial_year_end", months=3))],
    }, assurance=assurance or None)


def store_pack(session, pack: Pack) -> str:
    """Put a pack in a workspace the way an import leaves it (scheme + verbatim pack)."""
    from datetime import UTC, datetime

    from jointaudit.store.models import Scheme, SchemeVersion

    if session.get(Scheme, pack.scheme.id) is None:
        session.add(Scheme(id=pack.scheme.id, name=pack.scheme.name,
                           publisher=pack.scheme.publisher))
    session.add(SchemeVersion(id=pack.version_key, scheme_id=pack.scheme.id,
                              version=pack.version.id, title=pack.version.title,
                              pack_json=pack.model_dump_json(),
                              imported_at=datetime.now(UTC)))
    session.flush()
    return pack.version_key
