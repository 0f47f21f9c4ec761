"""many writers: a row version on every editable row (stale saves are refused)

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# The tables whose rows people edit; jointaudit.store.versions.VERSIONED names the same.
TABLES = ['finding', 'corrective_action', 'joint_plan', 'visit', 'visit_team_member',
          'report_fields', 'joint_template', 'site', 'certificate', 'audit_record',
          'certification_body', 'auditor', 'crosswalk_link']


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite and PostgreSQL both have it): no table is rebuilt, so the
    # foreign keys pointing at these tables never see them dropped.
    for table in TABLES:
        op.add_column(table, sa.Column('version', sa.Integer(), nullable=False,
                                       server_default=sa.text('1')))


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column('version')
