"""Use cases the desktop app and the CLI call. One module per room; each returns plain
read data (dataclasses / Pydantic models), never live ORM rows."""
