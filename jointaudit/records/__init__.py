"""What is on record about the audited world: sites, CBs, auditors and their imports, and
the audit outcomes (what each past audit produced)."""
