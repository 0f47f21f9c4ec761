"""Who may see and change what on a server workspace, enforced by PostgreSQL itself.

Four group roles (cluster-wide, NOLOGIN) and one membership table say it:

* ``jointaudit_admin`` — everything (the audit trail only appended to, never rewritten);
* ``jointaudit_auditor`` — the sites and visits of their certification body: sites the CB
  audited (an audit record) or staffs (a visit's team member), every visit, finding,
  corrective action, evidence and report text of those sites; plan, merge and rate there;
* ``jointaudit_site_user`` — read only their own site's obligations, findings and reports;
* ``jointaudit_scheme_staff`` — their scheme's templates, approvals and review comments.

Every role reads the library (scheme packs, crosswalks, settings). A login is given a role and
its scope with :func:`grant_sql` (``jointaudit server grant``); ``ja_member`` records the
scope, and the SECURITY DEFINER functions below read it for the policies. The SQL is here,
whole, so an administrator can read exactly what ``server init`` does.
"""

from __future__ import annotations

ROLES = {
    "admin": "jointaudit_admin",
    "auditor": "jointaudit_auditor",
    "site-user": "jointaudit_site_user",
    "scheme-staff": "jointaudit_scheme_staff",
}

# Tables whose rows belong to one site (through the visit or the plan), and how to get there.
SITE_OF = {
    "site": "id",
    "visit": "site_id",
    "joint_plan": "site_id",
    "certificate": "site_id",
    "facility": "site_id",
    "blackout_period": "site_id",
    "audit_record": "site_id",
    "conflict_of_interest": "site_id",
    "visit_window": "(SELECT v.site_id FROM visit v WHERE v.id = visit_id)",
    "visit_team_member": "(SELECT v.site_id FROM visit v WHERE v.id = visit_id)",
    "report_fields": "(SELECT v.site_id FROM visit v WHERE v.id = visit_id)",
    "finding": "(SELECT v.site_id FROM visit v WHERE v.id = visit_id)",
    "evidence": "(SELECT v.site_id FROM visit v WHERE v.id = visit_id)",
    "finding_history": ("(SELECT v.site_id FROM visit v JOIN finding f ON f.visit_id = v.id"
                        " WHERE f.id = finding_id)"),
    "corrective_action": ("(SELECT v.site_id FROM visit v JOIN finding f ON f.visit_id = v.id"
                          " WHERE f.id = finding_id)"),
}
# What auditors write (their CB's rows only, by the policies); and what site users read.
AUDITOR_WRITES = ["site", "visit", "joint_plan", "visit_window", "visit_team_member",
                  "report_fields", "finding", "evidence", "finding_history",
                  "corrective_action", "certificate", "audit_record", "joint_template",
                  "joint_item", "joint_item_source"]
SITE_USER_READS = ["site", "visit", "joint_plan", "certificate", "facility", "finding",
                   "corrective_action", "report_fields", "audit_record", "visit_window",
                   "visit_team_member", "evidence", "finding_history", "blackout_period",
                   # who audits them (names on their reports), not the others' data
                   "auditor", "certification_body", "cb_approval", "auditor_qualification",
                   "auditor_unavailability", "conflict_of_interest"]
SCHEME_STAFF_WRITES = ["joint_template", "template_approval", "template_review_comment"]

SETUP = r"""
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['jointaudit_admin', 'jointaudit_auditor', 'jointaudit_site_user',
                           'jointaudit_scheme_staff'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END $$;

CREATE TABLE IF NOT EXISTS ja_member (
  role_name text PRIMARY KEY,
  kind      text NOT NULL CHECK (kind IN ('admin', 'auditor', 'site-user', 'scheme-staff')),
  cb_id     integer REFERENCES certification_body(id) ON DELETE CASCADE,
  site_id   integer REFERENCES site(id) ON DELETE CASCADE,
  scheme_id varchar REFERENCES scheme(id) ON DELETE CASCADE
);

-- The helpers run as their owner (SECURITY DEFINER: they read ja_member and the visits
-- whatever the caller may read); a policy passes them the caller, current_user, because
-- inside them current_user is the owner.
CREATE OR REPLACE FUNCTION ja_is_admin(who name) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT pg_has_role(who, 'jointaudit_admin', 'member')
$$;

CREATE OR REPLACE FUNCTION ja_cb_sites(who name) RETURNS SETOF integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT ar.site_id FROM audit_record ar JOIN ja_member m ON m.cb_id = ar.cb_id
   WHERE m.role_name = who AND m.kind = 'auditor'
  UNION
  SELECT v.site_id FROM visit v JOIN visit_team_member t ON t.visit_id = v.id
   JOIN ja_member m ON m.cb_id = t.cb_id
   WHERE m.role_name = who AND m.kind = 'auditor'
$$;

CREATE OR REPLACE FUNCTION ja_own_site(who name) RETURNS integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT site_id FROM ja_member WHERE role_name = who AND kind = 'site-user'
$$;

CREATE OR REPLACE FUNCTION ja_own_scheme(who name) RETURNS varchar
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT scheme_id FROM ja_member WHERE role_name = who AND kind = 'scheme-staff'
$$;

CREATE OR REPLACE FUNCTION ja_scheme_templates(who name) RETURNS SETOF integer
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT t.id FROM joint_template t, json_array_elements_text(t.version_ids) AS v(vid)
   JOIN scheme_version sv ON sv.id = v.vid
   WHERE sv.scheme_id = ja_own_scheme(who)
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO jointaudit_admin, jointaudit_auditor, jointaudit_site_user,
  jointaudit_scheme_staff;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO jointaudit_admin, jointaudit_auditor,
  jointaudit_scheme_staff;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO jointaudit_admin;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO jointaudit_admin, jointaudit_auditor,
  jointaudit_scheme_staff;
-- The audit trail is appended to by every writer and rewritten by no one.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log_entry FROM jointaudit_admin;
GRANT INSERT ON audit_log_entry TO jointaudit_auditor, jointaudit_scheme_staff;
GRANT SELECT ON alembic_version, ja_member TO jointaudit_site_user;
"""


def _policies() -> list[str]:
    out = []
    for table, site in SITE_OF.items():
        out += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
                f"DROP POLICY IF EXISTS ja_admin ON {table}",
                f"CREATE POLICY ja_admin ON {table} USING (ja_is_admin(current_user)) "
                "WITH CHECK (ja_is_admin(current_user))",
                f"DROP POLICY IF EXISTS ja_auditor ON {table}",
                f"CREATE POLICY ja_auditor ON {table} TO jointaudit_auditor "
                f"USING ({site} IN (SELECT ja_cb_sites(current_user))) "
                f"WITH CHECK ({site} IN (SELECT ja_cb_sites(current_user)))",
                f"DROP POLICY IF EXISTS ja_site_user ON {table}",
                f"CREATE POLICY ja_site_user ON {table} FOR SELECT TO jointaudit_site_user "
                f"USING ({site} = ja_own_site(current_user))",
                ]  # scheme staff: no policy, so no row of any site
    # A portfolio plan (no site) is seen by every auditor; its visits still are not.
    out += ["DROP POLICY IF EXISTS ja_auditor_portfolio ON joint_plan",
            "CREATE POLICY ja_auditor_portfolio ON joint_plan TO jointaudit_auditor "
            "USING (site_id IS NULL) WITH CHECK (site_id IS NULL)"]
    # Joint templates: everyone reads them and auditors merge them; scheme staff change only
    # the templates that merge their scheme.
    out += ["ALTER TABLE joint_template ENABLE ROW LEVEL SECURITY",
            *(f"DROP POLICY IF EXISTS {p} ON joint_template"
              for p in ("ja_admin", "ja_read", "ja_auditor", "ja_scheme_staff")),
            "CREATE POLICY ja_admin ON joint_template USING (ja_is_admin(current_user)) "
            "WITH CHECK (ja_is_admin(current_user))",
            "CREATE POLICY ja_read ON joint_template FOR SELECT USING (true)",
            "CREATE POLICY ja_auditor ON joint_template TO jointaudit_auditor USING (true) "
            "WITH CHECK (true)",
            "CREATE POLICY ja_scheme_staff ON joint_template TO jointaudit_scheme_staff "
            "USING (id IN (SELECT ja_scheme_templates(current_user))) WITH CHECK (true)"]
    for table in ("template_approval", "template_review_comment"):
        out += [f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
                f"DROP POLICY IF EXISTS ja_admin ON {table}",
                f"CREATE POLICY ja_admin ON {table} USING (ja_is_admin(current_user)) "
                "WITH CHECK (ja_is_admin(current_user))",
                f"DROP POLICY IF EXISTS ja_read ON {table}",
                f"CREATE POLICY ja_read ON {table} FOR SELECT USING (true)",
                f"DROP POLICY IF EXISTS ja_scheme_staff ON {table}",
                f"CREATE POLICY ja_scheme_staff ON {table} TO jointaudit_scheme_staff "
                "USING (scheme_id = ja_own_scheme(current_user)) WITH CHECK (scheme_id = ja_own_scheme(current_user))"]
    out += [f"GRANT INSERT, UPDATE, DELETE ON {', '.join(AUDITOR_WRITES)} TO jointaudit_auditor",
            f"GRANT SELECT ON {', '.join(SITE_USER_READS)} TO jointaudit_site_user",
            # what a site user needs to read its obligations: the library, never the parties
            "GRANT SELECT ON scheme, scheme_version, requirement, requirement_text, rating_level, "
            "severity_mapping, cycle_rule, report_profile, joint_template, joint_item, "
            "joint_item_source, crosswalk_link, recognition_rule, workspace_setting, "
            "template_approval, trusted_key TO jointaudit_site_user",
            f"GRANT INSERT, UPDATE ON {', '.join(SCHEME_STAFF_WRITES)} TO "
            "jointaudit_scheme_staff"]
    return out


def setup_statements() -> list[str]:
    """Every statement ``server init`` (and ``server upgrade``) runs, in order; each one can
    run again (an upgrade re-applies them to the tables a migration added)."""
    return [SETUP, *(_policies())]


def grant_statements(login: str, kind: str) -> list[str]:
    """Give the login ``login`` the role of ``kind`` (one of :data:`ROLES`)."""
    group = ROLES[kind]
    others = [r for k, r in ROLES.items() if k != kind]
    return [*(f'REVOKE {r} FROM "{login}"' for r in others), f'GRANT {group} TO "{login}"']
