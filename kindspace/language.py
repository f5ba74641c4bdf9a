"""Which language kindspace speaks: the person's choice, else the system's, else English.

One answer for every face. The GUI loads its Qt catalogue, the CLI its gettext catalogue and
both read content files from the same language, so a person never meets half German, half
English. It lives outside Qt and outside the journal because the lock screen and ``--help``
need it before any key exists.
"""

from __future__ import annotations

import locale
import os
from collections.abc import Mapping

#: Languages with complete translations, English first as the source language.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "de", "es")
SOURCE_LANGUAGE = "en"
#: The preference value that means "follow the system".
FOLLOW_SYSTEM = "system"

#: Each language's own name, shown in Settings so a person can find theirs without English.
LANGUAGE_NAMES: Mapping[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}

#: Environment variables in the order POSIX consults them for messages.
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def language_of_tag(tag: str) -> str | None:
    """The supported language a locale tag names ("de_AT.UTF-8" -> "de"), or None."""
    base = tag.strip().replace("-", "_").split(".", 1)[0].split("@", 1)[0]
    code = base.split("_", 1)[0].lower()
    return code if code in SUPPORTED_LANGUAGES else None


def system_languages(environ: Mapping[str, str] | None = None) -> list[str]:
    """The system's preferred locale tags, most preferred first (may be empty).

    ``LANGUAGE`` may list several ("de:en"); a "C" or "POSIX" locale says nothing about the
    person, so it is skipped rather than read as English.
    """
    env = os.environ if environ is None else environ
    tags: list[str] = []
    for variable in _LOCALE_VARIABLES:
        value = env.get(variable, "")
        tags.extend(part for part in value.split(":") if part)
    if environ is None:
        try:
            found = locale.getlocale(locale.LC_CTYPE)[0]
        except ValueError:
            found = None
        if found:
            tags.append(found)
    return [tag for tag in tags if tag.split(".", 1)[0] not in ("C", "POSIX")]


def resolve_language(
    preference: str = FOLLOW_SYSTEM,
    system_tags: list[str] | None = None,
) -> str:
    """The language to use: a supported choice wins, then the first supported system tag.

    ``system_tags`` lets the GUI pass Qt's ``QLocale.system().uiLanguages()`` (what Windows
    and macOS report) while the CLI reads the environment.
    """
    if preference in SUPPORTED_LANGUAGES:
        return preference
    for tag in system_languages() if system_tags is None else system_tags:
        language = language_of_tag(tag)
        if language is not None:
            return language
    return SOURCE_LANGUAGE
