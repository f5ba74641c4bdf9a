"""Crisis lines by country: emergency numbers first, then the lines people can call or text.

Why by country: a number only helps where it works. The person's country comes from their
system locale (``de_AT`` means Austria); the GUI passes Qt's answer, the CLI reads the
environment. When no country is known, the lines of every country that speaks the person's
language are offered, and the support page lets the person look at any other country.

Every shipped line records where its number was checked and on which day
(``source``, ``checked``), because numbers change and someone has to check them again at each
release (docs/translating.md). The file exists once per language
(``resources/support/crisis_lines.toml`` and ``resources/l10n/<lang>/support/…``): names and
details are translated, while ids, numbers, sources and dates are the same in every language
(a test compares them).
"""

from __future__ import annotations

import datetime
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from kindspace.language import system_languages
from kindspace.localized import content_language, localized_path
from kindspace.practice.content import ContentError, Fields, read_toml_file

#: The country choice that shows every country's lines.
ALL_COUNTRIES = "*"
_COUNTRY = re.compile(r"[A-Z]{2}\Z")
_LINE_ID = re.compile(r"[a-z][a-z0-9_]*\Z")


@dataclass(frozen=True)
class CrisisLine:
    """One row of the support page's list (also what the person may edit and keep)."""

    region: str
    name: str
    contact: str  # the number, text code or address
    details: str = ""


@dataclass(frozen=True)
class CrisisLines:
    #: Says plainly that numbers change and the list can be edited; always shown.
    note: str
    lines: tuple[CrisisLine, ...]
    #: True when the person's own edited list is shown instead of the shipped one.
    edited: bool = False


@dataclass(frozen=True)
class CheckedLine:
    """A shipped number with where and when it was last checked."""

    id: str
    name: str
    contact: str
    details: str
    source: str  # the public page the number was checked against
    checked: datetime.date

    def row(self, region: str) -> CrisisLine:
        return CrisisLine(region, self.name, self.contact, self.details)


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 alpha-2, as in a locale's territory ("AT" in "de_AT")
    name: str
    languages: tuple[str, ...]
    emergency: tuple[CheckedLine, ...]
    lines: tuple[CheckedLine, ...]

    def rows(self, *, with_emergency: bool = True) -> tuple[CrisisLine, ...]:
        shown = (*self.emergency, *self.lines) if with_emergency else self.lines
        return tuple(line.row(self.name) for line in shown)


@dataclass(frozen=True)
class CrisisDirectory:
    """Every shipped country, and the lines that help from anywhere."""

    note: str
    countries: tuple[Country, ...]
    everywhere_label: str
    everywhere: tuple[CheckedLine, ...]

    def country(self, code: str | None) -> Country | None:
        wanted = (code or "").upper()
        return next((country for country in self.countries if country.code == wanted), None)

    def lines_for(self, country: str | None, language: str | None = None) -> tuple[CrisisLine, ...]:
        """What the support page lists for ``country``, emergency numbers first.

        With no known country: the crisis lines of every country speaking ``language`` (the
        page's own text names the common emergency numbers). ``ALL_COUNTRIES`` lists them all.
        """
        anywhere = tuple(line.row(self.everywhere_label) for line in self.everywhere)
        if country == ALL_COUNTRIES:
            return tuple(row for place in self.countries for row in place.rows()) + anywhere
        found = self.country(country)
        if found is not None:
            return found.rows() + anywhere
        spoken = content_language(language)
        return (
            tuple(
                row
                for place in self.countries
                if spoken in place.languages
                for row in place.rows(with_emergency=False)
            )
            + anywhere
        )

    def all_lines(self) -> tuple[CheckedLine, ...]:
        every = [line for c in self.countries for line in (*c.emergency, *c.lines)]
        return (*every, *self.everywhere)


def crisis_lines_path(folder: Path | None = None, language: str | None = None) -> Path:
    if folder is not None:
        return folder / "crisis_lines.toml"
    return localized_path("support", "crisis_lines.toml", language=language)


def load_crisis_directory(
    folder: Path | None = None, language: str | None = None
) -> CrisisDirectory:
    path = crisis_lines_path(folder, language)
    fields = Fields(read_toml_file(path), path.name)
    countries = []
    for table in fields.tables("countries"):
        code = table.text("code")
        if not _COUNTRY.match(code):
            raise table.fail("code", "should be two capital letters, like 'AT'")
        country = Country(
            code=code,
            name=table.text("name"),
            languages=table.text_list("languages"),
            emergency=tuple(_line(line) for line in table.tables("emergency")),
            lines=tuple(_line(line) for line in table.tables("lines")),
        )
        if not country.emergency:
            raise table.fail("emergency", "should give at least the emergency number")
        table.done()
        countries.append(country)
    directory = CrisisDirectory(
        note=fields.text("note"),
        countries=tuple(countries),
        everywhere_label=fields.text("everywhere_label"),
        everywhere=tuple(_line(line) for line in fields.tables("everywhere")),
    )
    fields.done()
    codes = [country.code for country in directory.countries]
    ids = [line.id for line in directory.all_lines()]
    for what, values in (("country", codes), ("line id", ids)):
        twice = sorted({value for value in values if values.count(value) > 1})
        if twice:
            raise ContentError(f"{path.name}: the {what} {twice[0]!r} is listed twice.")
    return directory


def _line(fields: Fields) -> CheckedLine:
    line_id = fields.text("id")
    if not _LINE_ID.match(line_id):
        raise fields.fail("id", "should use only lowercase letters, digits and _")
    checked = fields.text("checked")
    try:
        day = datetime.date.fromisoformat(checked)
    except ValueError:
        raise fields.fail("checked", "should be the day it was checked, like 2026-12-06") from None
    line = CheckedLine(
        id=line_id,
        name=fields.text("name"),
        contact=fields.text("contact"),
        details=fields.optional_text("details"),
        source=fields.text("source"),
        checked=day,
    )
    fields.done()
    return line


# -- which country ------------------------------------------------------------------------


def country_of_tag(tag: str) -> str | None:
    """The country a locale tag names: "de_AT.UTF-8" -> "AT", "es-MX" -> "MX", "de" -> None."""
    base = tag.strip().replace("-", "_").split(".", 1)[0].split("@", 1)[0]
    parts = base.split("_")
    for part in parts[1:]:
        if _COUNTRY.match(part.upper()) and len(part) == 2:
            return part.upper()
    return None


def system_country(environ: Mapping[str, str] | None = None) -> str | None:
    """The person's country from the environment (the CLI's way; the GUI asks Qt).

    ``LC_ALL``/``LC_MESSAGES``/``LANG`` usually carry it ("es_AR.UTF-8"); ``LANGUAGE`` often
    names only languages, which say nothing about where someone lives.
    """
    env = os.environ if environ is None else environ
    for tag in system_languages(env):
        country = country_of_tag(tag)
        if country is not None:
            return country
    return None
