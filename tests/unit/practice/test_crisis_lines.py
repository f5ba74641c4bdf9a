"""Crisis lines by country: emergency numbers first, checked against a source on a known day."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from kindspace.errors import KindspaceError
from kindspace.language import SUPPORTED_LANGUAGES
from kindspace.practice.crisis_lines import (
    ALL_COUNTRIES,
    CrisisDirectory,
    country_of_tag,
    load_crisis_directory,
    system_country,
)
from kindspace.practice.support import shipped_crisis_lines

ASKED_FOR = {"DE", "AT", "CH", "ES", "MX", "AR", "CO", "US", "CA", "GB", "IE", "AU", "NZ"}


def directories() -> dict[str, CrisisDirectory]:
    return {language: load_crisis_directory(language=language) for language in SUPPORTED_LANGUAGES}


def test_every_country_asked_for_is_there_with_emergency_numbers_and_a_line() -> None:
    directory = load_crisis_directory(language="en")
    assert {country.code for country in directory.countries} >= ASKED_FOR
    for country in directory.countries:
        assert country.emergency, country.code
        assert country.lines, country.code
        for line in (*country.emergency, *country.lines):
            assert line.contact and line.source.startswith("http"), line.id
            assert isinstance(line.checked, datetime.date), line.id


def test_well_known_numbers_are_where_they_belong() -> None:
    directory = load_crisis_directory(language="en")

    def numbers(code: str) -> str:
        country = directory.country(code)
        assert country is not None
        return " ".join(line.contact for line in (*country.emergency, *country.lines))

    expected = {
        "DE": ["112", "0800 111 0 111", "0800 111 0 222", "116 123"],
        "AT": ["112", "142", "147"],
        "CH": ["112", "143", "147"],
        "ES": ["112", "024", "717 003 717"],
        "MX": ["911", "800 911 2000"],
        "AR": ["911", "135", "0800 345 1435"],
        "CO": ["123", "106", "192"],
        "US": ["911", "988"],
        "GB": ["999", "116 123"],
    }
    for code, wanted in expected.items():
        for number in wanted:
            assert number in numbers(code), (code, number)


def test_numbers_sources_and_dates_are_the_same_in_every_language() -> None:
    def facts(directory: CrisisDirectory) -> list[tuple[object, ...]]:
        return [
            (country.code, country.languages, line.id, line.contact, line.source, line.checked)
            for country in directory.countries
            for line in (*country.emergency, *country.lines)
        ] + [(line.id, line.contact, line.source, line.checked) for line in directory.everywhere]

    found = directories()
    for language, directory in found.items():
        assert facts(directory) == facts(found["en"]), language
        assert directory.note and directory.everywhere_label
    assert len({directory.note for directory in found.values()}) == len(found)  # translated


def test_a_country_shows_its_emergency_number_first() -> None:
    lines = shipped_crisis_lines(country="AT", language="de").lines
    assert lines[0].contact == "112" and lines[0].region == "Österreich"
    assert [line.contact for line in lines[1:3]] == ["142", "147"]
    assert lines[-1].contact == "findahelpline.com"  # help from anywhere comes last


def test_with_no_country_the_lines_of_the_language_are_offered() -> None:
    spanish = {line.region for line in shipped_crisis_lines(language="es").lines}
    assert {"España", "México", "Argentina", "Colombia"} <= spanish
    assert "Deutschland" not in spanish
    every = shipped_crisis_lines(country=ALL_COUNTRIES, language="en").lines
    assert {"Germany", "Mexico", "Australia"} <= {line.region for line in every}


def test_the_note_says_numbers_change_in_every_language() -> None:
    words = {"en": "out of date", "de": "veraltet", "es": "desactualizad"}
    for language, directory in directories().items():
        assert words[language] in directory.note


@pytest.mark.parametrize(
    ("tag", "country"),
    [
        ("de_AT.UTF-8", "AT"),
        ("es-MX", "MX"),
        ("es_AR@euro", "AR"),
        ("en_GB", "GB"),
        ("de", None),
        ("es_419", None),
        ("C.UTF-8", None),
    ],
)
def test_a_locale_tag_names_its_country(tag: str, country: str | None) -> None:
    assert country_of_tag(tag) == country


def test_the_country_comes_from_the_environment_in_posix_order() -> None:
    assert system_country({"LANGUAGE": "de:en", "LANG": "de_CH.UTF-8"}) == "CH"
    assert system_country({"LC_ALL": "es_CO.UTF-8", "LANG": "en_US.UTF-8"}) == "CO"
    assert system_country({"LANG": "C.UTF-8"}) is None


def test_a_line_without_its_checked_date_is_refused(tmp_path: Path) -> None:
    (tmp_path / "crisis_lines.toml").write_text(
        'note = "n"\neverywhere_label = "e"\n'
        '[[countries]]\ncode = "AT"\nname = "Austria"\nlanguages = ["de"]\n'
        '[[countries.emergency]]\nid = "at_emergency"\nname = "Emergency"\ncontact = "112"\n'
        'source = "https://example.org"\n',
        encoding="utf-8",
    )
    with pytest.raises(KindspaceError, match="checked"):
        load_crisis_directory(tmp_path)
