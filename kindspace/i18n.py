"""Words of the Qt-free core and the command line, in the person's language (gettext).

Why gettext and not Qt: the core must not import Qt, and its messages (errors, CLI help,
Markdown export headings) reach both faces. The GUI calls :func:`use_language` with the same
answer it gives Qt's translator, so a kind message from the journal store appears in the same
language as the window around it. English is the source language: with no catalogue, or a
message not yet translated, the English text is shown rather than nothing.
"""

from __future__ import annotations

import gettext

from kindspace.language import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES
from kindspace.paths import resource_path

DOMAIN = "kindspace"

_catalogue: gettext.NullTranslations = gettext.NullTranslations()
_language = SOURCE_LANGUAGE


def locale_dir() -> str:
    """Where compiled catalogues live: ``resources/locale/<lang>/LC_MESSAGES/kindspace.mo``."""
    return str(resource_path("locale"))


def use_language(language: str) -> None:
    """Speak ``language`` from now on; an unknown or missing catalogue falls back to English."""
    global _catalogue, _language
    if language not in SUPPORTED_LANGUAGES or language == SOURCE_LANGUAGE:
        _catalogue, _language = gettext.NullTranslations(), SOURCE_LANGUAGE
        return
    _catalogue = gettext.translation(DOMAIN, locale_dir(), languages=[language], fallback=True)
    _language = language


def current_language() -> str:
    return _language


def _(message: str) -> str:
    """The message in the current language (marked for extraction by its name)."""
    return _catalogue.gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The right plural form for ``count`` in the current language."""
    return _catalogue.ngettext(singular, plural, count)
