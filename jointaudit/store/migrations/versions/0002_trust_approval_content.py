"""trust: keep the signed canonical content and the signer's public key on approvals

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('template_approval', schema=None) as batch_op:
        batch_op.add_column(sa.Column('content_json', sa.Text(), nullable=False,
                                      server_default='{}'))
        batch_op.add_column(sa.Column('public_key', sa.String(), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('template_approval', schema=None) as batch_op:
        batch_op.drop_column('public_key')
        batch_op.drop_column('content_json')
