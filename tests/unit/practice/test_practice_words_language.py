"""The practice sentences the core writes for the views follow the language too.

Numbers take the language's marks (12.345 and 4,5 in German and Spanish), counts their
plural forms, and quotations the language's quotation marks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest

from kindspace import i18n
from kindspace.practice.checkin import feelings_sentence
from kindspace.practice.definitions import ExerciseCatalog
from kindspace.practice.focus import closing_words
from kindspace.practice.insights import NOTES_LABEL, ExerciseRatings, ExerciseUse, RatingPair
from kindspace.practice.insights_words import ratings_line, times, use_label
from kindspace.practice.suggest import suggest

TODAY = date(2024, 6, 1)


@pytest.fixture
def speak() -> Iterator[Callable[[str], None]]:
    try:
        yield i18n.use_language
    finally:
        i18n.use_language("en")


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "1 entry", "12,345 entries"),
        ("de", "1 Eintrag", "12.345 Einträge"),
        ("es", "1 entrada", "12.345 entradas"),
    ],
)
def test_counts_take_the_languages_plural_and_thousands_mark(
    speak: Callable[[str], None], language: str, one: str, many: str
) -> None:
    speak(language)
    assert times(1, "entry", "entries") == one
    assert times(12_345, "entry", "entries") == many


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "8.0 before and 6.5 after"),
        ("de", "8,0 vorher und 6,5 nachher"),
        ("es", "8,0 antes y 6,5 después"),
    ],
)
def test_ratings_averages_take_the_languages_decimal_mark(
    speak: Callable[[str], None], language: str, words: str
) -> None:
    pairs = (
        RatingPair("a", TODAY, datetime(2024, 6, 1, tzinfo=UTC), 8, 8),
        RatingPair("b", TODAY, datetime(2024, 6, 1, 9, tzinfo=UTC), 8, 5),
    )
    speak(language)
    line = ratings_line(ExerciseRatings("rain", "RAIN", "distress", pairs))
    assert line.startswith("RAIN: ") and words in line


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "2024 hast du „müde“ am häufigsten genannt (3-mal), danach „ruhig“ (einmal)."),
        (
            "es",
            "En 2024 nombraste «cansancio» con más frecuencia (3 veces), "
            "y después «calma» (una vez).",
        ),
    ],
)
def test_the_feelings_sentence_counts_and_quotes_as_the_language_does(
    speak: Callable[[str], None], language: str, sentence: str
) -> None:
    speak(language)
    assert feelings_sentence([("tired", 3), ("calm", 1)], 2024).startswith(sentence)
    assert closing_words("Sé amable.") in ("„Sé amable.“", "«Sé amable.»")


def test_a_suggestion_gives_its_reason_in_the_language(
    speak: Callable[[str], None], catalog: ExerciseCatalog
) -> None:
    morning = datetime(2024, 6, 1, 8, 0, tzinfo=UTC)
    english = suggest(catalog, morning)
    speak("de")
    german = suggest(catalog, morning)
    assert english is not None and german is not None
    assert german.exercise == english.exercise
    assert german.reason == "Etwas Kurzes für den Start in den Tag."


@pytest.mark.parametrize(
    ("language", "label", "duration", "body"),
    [
        ("de", "Notizen: 40 Notizen", "etwa 3 Minuten", "müde, einsam (sehr)"),
        ("es", "Notas: 40 notas", "unos 3 minutos", "cansancio, soledad (mucho)"),
    ],
)
def test_the_core_s_own_words_follow_the_language(
    speak: Callable[[str], None],
    catalog: ExerciseCatalog,
    language: str,
    label: str,
    duration: str,
    body: str,
) -> None:
    """Words kept as English keys (a feeling, notes' bar, a duration) are shown translated,
    and a check-in's body is written in the person's language."""
    from kindspace.practice.checkin import make_checkin

    speak(language)
    assert use_label(ExerciseUse("note", NOTES_LABEL, 40)) == label
    critic = catalog["critic_to_friend"]
    assert critic.duration_label == duration
    checkin = make_checkin(["lonely", "tired"], 3)
    assert checkin.feelings == ("tired", "lonely")  # the journal keeps the English keys
    assert checkin.describe() == body
