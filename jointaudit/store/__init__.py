"""The workspace store: engine and sessions (``db``), tables (``models``), Alembic
migrations, the writer lock, the hash-chained audit trail and the integrity check."""
