"""corrective actions: who at the site carries each out, and how urgent it is

Revision ID: 0007
Revises: 0006
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite and PostgreSQL both have it): no table is rebuilt. Existing
    # actions get no owner and no priority (""), as the model's defaults.
    op.add_column('corrective_action', sa.Column('owner', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                                 server_default=sa.text("''")))
    op.add_column('corrective_action', sa.Column('priority', sqlmodel.sql.sqltypes.AutoString(), nullable=False,
                                                 server_default=sa.text("''")))


def downgrade() -> None:
    with op.batch_alter_table('corrective_action', schema=None) as batch_op:
        batch_op.drop_column('priority')
        batch_op.drop_column('owner')
