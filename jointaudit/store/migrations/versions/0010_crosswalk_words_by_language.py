"""crosswalk links: the shared core and add-ons in other languages

Revision ID: 0010
Revises: 0009

One JSON column on ``crosswalk_link`` ({"es": {"shared_core": …, "source_addon": …,
"target_addon": …}, …}) rather than shared_core_es/… columns: a further language is more
keys, never another migration, and the words travel with the link's row (a link is one row,
so no table of its own is needed to keep them across re-imports).
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite and PostgreSQL both have it): no table is rebuilt. Existing
    # links get no words in other languages ('{}'), as the model's default.
    op.add_column('crosswalk_link', sa.Column('words', sa.JSON(), nullable=False,
                                              server_default=sa.text("'{}'")))


def downgrade() -> None:
    with op.batch_alter_table('crosswalk_link', schema=None) as batch_op:
        batch_op.drop_column('words')
