"""integrity: a finding's history keeps `confidential`; approvals sign the audit trail's head

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('finding_history', schema=None) as batch_op:
        batch_op.add_column(sa.Column('confidential', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table('template_approval', schema=None) as batch_op:
        batch_op.add_column(sa.Column('trail_entries', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('trail_head', sa.String(), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('template_approval', schema=None) as batch_op:
        batch_op.drop_column('trail_head')
        batch_op.drop_column('trail_entries')
    with op.batch_alter_table('finding_history', schema=None) as batch_op:
        batch_op.drop_column('confidential')
