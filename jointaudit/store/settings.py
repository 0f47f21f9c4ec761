"""Reading and changing workspace settings (``WorkspaceSetting`` rows) by name.

Known settings, with their default when never set:
- ``recognition.unverified_rules`` (false): whether recognition rules marked unverified
  may offer ratings in this workspace.
"""

from __future__ import annotations

from sqlmodel import Session

from jointaudit.common.errors import InvalidInput
from jointaudit.store.models import WorkspaceSetting
from jointaudit.store.models._base import utcnow

UNVERIFIED_RECOGNITIONS = "recognition.unverified_rules"
DEFAULTS: dict[str, bool] = {UNVERIFIED_RECOGNITIONS: False}


def get_setting(session: Session, key: str):
    if key not in DEFAULTS:
        raise InvalidInput(f"no workspace setting '{key}'; known: {', '.join(DEFAULTS)}")
    row = session.get(WorkspaceSetting, key)
    return DEFAULTS[key] if row is None else row.value.get("value", DEFAULTS[key])


def set_setting(session: Session, key: str, value, changed_by: str = "") -> None:
    if key not in DEFAULTS:
        raise InvalidInput(f"no workspace setting '{key}'; known: {', '.join(DEFAULTS)}")
    if not isinstance(value, type(DEFAULTS[key])):
        raise InvalidInput(f"workspace setting '{key}' takes"
                           f" {type(DEFAULTS[key]).__name__}, not {value!r}")
    row = session.get(WorkspaceSetting, key) or WorkspaceSetting(key=key)
    row.value, row.changed_by, row.changed_at = {"value": value}, changed_by, utcnow()
    session.add(row)
    session.flush()
