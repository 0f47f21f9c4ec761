"""The Library's further tabs (crosswalk editor, records), each present once its core
service is in the build."""

from __future__ import annotations


def optional_tabs(view) -> list:
    return []
