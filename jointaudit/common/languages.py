"""Language codes users write in files (overlay columns, crosswalk words): two-letter ISO 639-1
codes that Babel (CLDR) knows."""

from __future__ import annotations

import re

from babel import Locale, UnknownLocaleError


def language_problem(code: str) -> str | None:
    """Why ``code`` is not a language code we accept, or None when it is one."""
    if not re.fullmatch(r"[a-z]{2}", code):
        return f"'{code}' is not a two-letter language code (ISO 639-1, e.g. es, fr)"
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return f"'{code}' is not a known language code (ISO 639-1, e.g. es, fr)"
    return None
