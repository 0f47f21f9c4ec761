"""records in the audit trail: a baseline entry for each record already there

From this revision on, sites, certificates (memberships), audit records, certification bodies
and auditors are logged in the audit trail like fieldwork (jointaudit.store.audit_trail
TRACKED). The rows a workspace holds when it is upgraded were never logged: each is written
to the trail once, as it is now, as a ``baseline`` entry (actor "jointaudit upgrade (…)"),
so that `jointaudit check` compares them with the trail from here on (an older workspace does
not read as tampered, and an older record edited behind the application's back afterwards
does show). No schema change.

Revision ID: 0011
Revises: 0010
"""
from alembic import op
import sqlalchemy as sa

from jointaudit.store import audit_trail
from jointaudit.store.models import table_of


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    log = sa.table('audit_log_entry', sa.column('entity'))
    for model, entity in audit_trail.TRACKED.items():
        if entity not in audit_trail.RECORD_ENTITIES:
            continue
        table = table_of(model)
        if conn.execute(sa.select(sa.func.count()).select_from(log)
                        .where(log.c.entity == entity)).scalar():
            continue  # already logged (the baseline is written once)
        # the columns this table has at this revision, read with the model's types (lists
        # as lists, dates as dates), as a creation entry would record them
        present = {c['name'] for c in sa.inspect(conn).get_columns(table.name)}
        columns = [c for c in table.columns if c.name in present]
        rows = [dict(r._mapping) for r in conn.execute(sa.select(*columns)
                                                       .order_by(table.c.id))]
        audit_trail.baseline_rows(conn, entity, rows)


def downgrade() -> None:
    pass  # the trail is append-only: the baseline entries stay (they are true)
