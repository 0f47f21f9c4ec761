"""overlay words per language: a requirement's title, text and guidance in each language

Revision ID: 0009
Revises: 0008

A new table keyed by (scheme version, clause id, language) rather than title_es/title_fr
columns on ``requirement``: a further language is more rows, never another migration, and a
requirement row that a pack re-import deletes and re-adds keeps its overlay's words.
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('requirement_text',
    sa.Column('version_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('clause_id', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('guidance', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['version_id'], ['scheme_version.id'], ),
    sa.PrimaryKeyConstraint('version_id', 'clause_id', 'language')
    )


def downgrade() -> None:
    op.drop_table('requirement_text')
