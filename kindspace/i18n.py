"""Words of the Qt-free core and the command line, in the person's language (gettext).

Why gettext and not Qt: the core must not import Qt, and its messages (errors, CLI help,
Markdown export headings) reach both faces. The GUI calls :func:`use_language` with the same
answer it gives Qt's translator, so a kind message from the journal store appears in the same
language as the window around it. English is the source language: with no catalogue, or a
message not yet translated, the English text is shown rather than nothing.
"""

from __future__ import annotations

import gettext
from datetime import date

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


def N_(message: str) -> str:  # noqa: N802 (the name gettext tools know)
    """Marks a message for the catalogue without translating it yet.

    For module constants: they are made at import, before any language is chosen, so they
    stay English in code and are translated where they are shown, with ``_(CONSTANT)``.
    """
    return message


_WEEKDAYS = (
    N_("Monday"),
    N_("Tuesday"),
    N_("Wednesday"),
    N_("Thursday"),
    N_("Friday"),
    N_("Saturday"),
    N_("Sunday"),
)
_MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def weekday_name(day: date) -> str:
    """The day's weekday in the current language ("Mittwoch"), never the C locale's."""
    return _(_WEEKDAYS[day.weekday()])


def month_name(day: date) -> str:
    """The day's month in the current language ("mayo")."""
    return _(_MONTHS[day.month - 1])


def number(value: int) -> str:
    """A whole number with the language's thousands separator ("12,345", "12.345")."""
    # Translators: the thousands separator, as in 12,345 (German and Spanish: ".").
    return f"{value:,}".replace(",", _(","))


def decimal(value: float, places: int = 1) -> str:
    """A number with the language's decimal mark ("4.5", "4,5")."""
    # Translators: the decimal mark, as in 4.5 (German and Spanish: ",").
    return f"{value:.{places}f}".replace(".", _("."))


def medium_day(day: date) -> str:
    """A day without its weekday: "1 May 2024", "1. Mai 2024", "1 de mayo de 2024"."""
    # Translators: a date without the weekday; reorder and add words as your language does.
    return _("{day} {month} {year}").format(day=day.day, month=month_name(day), year=day.year)


def long_day(day: date, *, starts_sentence: bool = True) -> str:
    """A day written out as people of the language write it.

    Capitalised when it starts a line or sentence (Spanish writes "miércoles" inside one).

    "Wednesday 1 May 2024", "Mittwoch, 1. Mai 2024", "Miércoles, 1 de mayo de 2024". Why not
    ``strftime("%A")``: it follows the process's C locale, which is English in most
    terminals and services and can't be switched per thread.
    """
    # Translators: a long date; reorder the fields and add words ("de", ".") as your language does.
    text = _("{weekday} {day} {month} {year}").format(
        weekday=weekday_name(day), day=day.day, month=month_name(day), year=day.year
    )
    return text[:1].upper() + text[1:] if starts_sentence else text


#: argparse's own words that kindspace's parser can show (Python 3.11 to 3.13), so that
#: "usage:" and "the following arguments are required" speak the language too. argparse
#: looks them up through gettext's global domain, which would follow the environment and
#: not the person's setting; :func:`speak_argparse` points it at this catalogue instead.
ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"),
    N_("ignored explicit argument %r"),
    N_("one of the arguments %s is required"),
)


def speak_argparse() -> None:
    """Let argparse's standard words go through this catalogue (the current language).

    argparse binds ``gettext.gettext`` to its module-level ``_`` when imported and calls it
    each time it formats usage, help or an error; swapping that one name is the only hook
    it offers. Words a newer Python adds and this catalogue lacks stay English.
    """
    import argparse

    vars(argparse)["_"] = _
    vars(argparse)["ngettext"] = ngettext
