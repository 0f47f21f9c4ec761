"""Shared column helpers for the workspace tables.

JSON columns hold small structured values (lists of tags, per-language words, rule bodies
as the pack states them). Everything stays portable SQL: SQLAlchemy's generic JSON type
maps to TEXT on SQLite and to json on PostgreSQL.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy import JSON, Column, Integer, Table, inspect, text
from sqlmodel import Field, SQLModel


def json_list():
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


def json_dict():
    return Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


def new_uid() -> str:
    """Ids of things that travel between machines in bundles (templates, visits, findings)."""
    return uuid.uuid4().hex


def utcnow() -> datetime:
    # Aware: SQLModel's UTCDateTime columns refuse naive datetimes.
    return datetime.now(UTC)


def table_of(model: type[SQLModel]) -> Table:
    """The Core table of a table model, for bulk inserts and selects on a connection
    (SQLModel does not declare ``__table__`` on its classes, so type checkers miss it)."""
    table = inspect(model).local_table
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not a table model")
    return table


class _Row(Protocol):
    id: int | None


def saved_id(row: _Row) -> int:
    """The id of a row read from the store or flushed to it (SQLModel types every primary key
    as optional because a new row has none yet)."""
    if row.id is None:
        raise ValueError(f"{type(row).__name__} has no id yet: flush it first")
    return row.id


def version_column() -> Column:
    """The row version of an editable row: SQLAlchemy's ``version_id_col`` adds
    ``WHERE version = <the version read>`` to every UPDATE and DELETE and bumps it, so a save
    based on a stale read is refused instead of silently overwriting a colleague's change
    (:mod:`jointaudit.store.versions`). One column object per table."""
    return Column("version", Integer, nullable=False, server_default=text("1"))
