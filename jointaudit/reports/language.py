"""The language a report is printed in when the user does not choose one.

A scheme's report profile names the languages it is written in by default at sites that
work in them (``site_languages``: Fairmined says ``[es]``, so a Colombian or Peruvian
cooperative gets its report in Spanish). A site works in a language when its record lists
it among the site's languages, or when it is an official language of the site's country
(Unicode CLDR territory data, through Babel). Anything else is printed in English. A report
covering several schemes (joint summary, checklist, obligations register) takes the
language they all agree on, else English. The user can always choose another.
"""

from __future__ import annotations

from collections.abc import Iterable

from babel.languages import get_official_languages

from jointaudit.library.packs.format import ReportProfileSpec
from jointaudit.reports.labels import LANGUAGES

FALLBACK = "en"


def site_working_languages(languages: Iterable[str], country: str) -> list[str]:
    """The site's own languages first, then its country's official ones (de facto too)."""
    out = [str(x).lower() for x in languages if str(x).strip()]
    if country and len(country.strip()) == 2:
        out += get_official_languages(country.strip().upper(), de_facto=True)
    return list(dict.fromkeys(out))


def default_language(profiles: Iterable[ReportProfileSpec], languages: Iterable[str],
                     country: str) -> str:
    """The default report language for a site: see the module's docstring."""
    working = site_working_languages(languages, country)
    choices = set()
    for profile in profiles:
        wanted = {x for x in profile.site_languages if x in LANGUAGES}
        choices.add(next((x for x in working if x in wanted), FALLBACK))
    return choices.pop() if len(choices) == 1 else FALLBACK
