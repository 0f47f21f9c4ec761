"""Which anchor dates each kind of audit can use, as the cycle engine knows them.

An audit that applies ``first`` happens before any certificate, so only the membership start
is known; a ``cycle`` or ``after_audit`` audit also knows the certificate and the last audit;
a ``periodic`` audit counted on the financial year knows only that year's end. A window on
an anchor its audit cannot have is never computed: the planner would drop the audit
without a word. The validator refuses such a pair instead, naming what the mode can use.
"""

from __future__ import annotations

from collections.abc import Callable

# Known once the last audit of the scheme is on record.
LAST_AUDIT = ("previous_audit_end", "audit_start", "audit_end", "report_date", "decision_date",
              "nc_letter", "finding_date")
WITH_CERTIFICATE = ("membership_start", "certificate_start", "certificate_expiry", *LAST_AUDIT)

ALLOWED: dict[str, tuple[str, ...]] = {
    "first": ("membership_start",),
    "cycle": WITH_CERTIFICATE,
    "after_audit": WITH_CERTIFICATE,
    "periodic/financial_year_end": ("financial_year_end",),
    "periodic/certificate_start": WITH_CERTIFICATE,
}


def allowed_anchors(applies: str, period_anchor: str | None) -> tuple[str, ...] | None:
    key = f"periodic/{period_anchor}" if applies == "periodic" else applies
    return ALLOWED.get(key)


def check_audit_anchors(add: Callable[[str, str, tuple], None], data: dict) -> None:
    cycle = data.get("cycle")
    if not isinstance(cycle, dict):
        return
    period = cycle.get("period_anchor")
    audits = cycle.get("audits")
    if not isinstance(audits, list):
        return
    for i, audit in enumerate(audits):
        if not isinstance(audit, dict) or not isinstance(audit.get("applies"), str):
            continue
        applies = audit["applies"]
        allowed = allowed_anchors(applies, period if isinstance(period, str) else None)
        if allowed is None:
            continue  # an unknown mode or a missing period anchor is reported elsewhere
        rules = dict(audit.get("window") or {}) if isinstance(audit.get("window"), dict) else {}
        if isinstance(audit.get("due"), dict):
            rules["due"] = audit["due"]
        for name, rule in rules.items():
            anchor = rule.get("anchor") if isinstance(rule, dict) else None
            if isinstance(anchor, str) and anchor not in allowed:
                where = ("cycle", "audits", i, "window", name, "anchor") if name != "due" else (
                    "cycle", "audits", i, "due", "anchor")
                mode = applies if applies != "periodic" else f"periodic ({period})"
                add("anchor-not-for-mode",
                    f"an audit that applies '{mode}' cannot be placed from '{anchor}' (it is"
                    " not known then, so the audit would never be planned); use one of: "
                    + ", ".join(allowed), where)
