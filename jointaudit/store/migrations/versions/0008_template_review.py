"""template review: reviewers' comments per joint item and scheme; a request for changes
keeps the comments it was signed over

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('template_review_comment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('scheme_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('item_key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('author', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text', sa.Text(), server_default='', nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['scheme_id'], ['scheme.id'], ),
    sa.ForeignKeyConstraint(['template_id'], ['joint_template.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('template_id', 'scheme_id', 'item_key', 'author')
    )
    op.create_index(op.f('ix_template_review_comment_template_id'), 'template_review_comment',
                    ['template_id'], unique=False)
    # A plain ADD COLUMN (no table rebuild, as in 0006).
    op.add_column('template_approval', sa.Column('review_json', sa.Text(),
                                                 server_default='{}', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('template_approval', schema=None) as batch_op:
        batch_op.drop_column('review_json')
    op.drop_index(op.f('ix_template_review_comment_template_id'),
                  table_name='template_review_comment')
    op.drop_table('template_review_comment')
