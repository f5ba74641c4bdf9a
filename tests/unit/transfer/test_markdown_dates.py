"""A Markdown export reads in the person's language: the day under the title and the headings.

The front matter stays ISO and English on purpose: it is for programs (Obsidian, scripts),
which must read every export the same way whatever language wrote it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace import i18n
from kindspace.journal import vault
from kindspace.journal.journal import Journal, JournalLocation, create_journal
from kindspace.transfer.markdown_export import export_markdown

MADRID = timezone(timedelta(hours=2))


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened, _ = create_journal(
        JournalLocation(tmp_path / "journal"),
        passphrase="correct horse battery",
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def speak() -> Iterator[object]:
    """Switch the core's language for one test and always return to English."""
    try:
        yield i18n.use_language
    finally:
        i18n.use_language("en")


def exported(journal: Journal, folder: Path) -> str:
    assert export_markdown(journal, folder) == 1
    (path,) = folder.iterdir()
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("language", "day_line"),
    [
        ("en", "*Wednesday 1 May 2024, 21:14*"),
        ("de", "*Mittwoch, 1. Mai 2024, 21:14*"),
        ("es", "*Miércoles, 1 de mayo de 2024, 21:14*"),
    ],
)
def test_the_day_under_the_title_is_written_in_the_language(
    journal: Journal, tmp_path: Path, speak, language: str, day_line: str
) -> None:
    journal.entries.create(
        title="Evening",
        body="Rain on the window.",
        written_at=datetime(2024, 5, 1, 21, 14, tzinfo=MADRID),
    )
    speak(language)
    text = exported(journal, tmp_path / "out")
    assert f"# Evening\n\n{day_line}\n\nRain on the window.\n" in text
    # What programs read does not change with the language.
    assert "\ndate: 2024-05-01\n" in text and '\ntime: "21:14+02:00"\n' in text


@pytest.mark.parametrize(
    ("language", "months"),
    [
        ("de", ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                "September", "Oktober", "November", "Dezember"]),
        ("es", ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                "septiembre", "octubre", "noviembre", "diciembre"]),
    ],
)  # fmt: skip
def test_every_month_and_weekday_has_its_own_name(speak, language: str, months: list[str]) -> None:
    speak(language)
    assert [i18n.month_name(date(2024, month, 1)) for month in range(1, 13)] == months
    week = [i18n.weekday_name(date(2024, 4, 29) + timedelta(days=n)) for n in range(7)]
    english = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    assert len(set(week)) == 7 and not set(week) & set(english)


def test_a_note_filed_under_another_day_shows_the_day_alone(
    journal: Journal, tmp_path: Path, speak
) -> None:
    """The time it was written belongs to another day, so it is left out, as in English."""
    journal.entries.create(
        body="Remembering Sunday.",
        day=date(2024, 5, 5),
        written_at=datetime(2024, 5, 7, 8, 0, tzinfo=MADRID),
    )
    speak("es")
    text = exported(journal, tmp_path / "out")
    assert "\n*Domingo, 5 de mayo de 2024*\n" in text


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("en", "## Something to keep"),
        ("de", "## Etwas zum Mitnehmen"),
        ("es", "## Algo para quedarte"),
    ],
)
def test_the_closing_words_of_an_unknown_exercise_are_headed_in_the_language(
    journal: Journal, tmp_path: Path, speak, language: str, heading: str
) -> None:
    journal.entries.create(
        kind="an_exercise_from_elsewhere",
        body="I was kinder than I thought.",
        written_at=datetime(2024, 5, 1, 9, 0, tzinfo=MADRID),
    )
    speak(language)
    text = exported(journal, tmp_path / "out")
    assert f"{heading}\n\nI was kinder than I thought.\n" in text


def test_inside_a_sentence_a_spanish_day_keeps_its_small_letter(speak) -> None:
    speak("es")
    wednesday = date(2024, 5, 1)
    assert i18n.long_day(wednesday) == "Miércoles, 1 de mayo de 2024"
    assert i18n.long_day(wednesday, starts_sentence=False) == "miércoles, 1 de mayo de 2024"
    assert i18n.medium_day(wednesday) == "1 de mayo de 2024"
