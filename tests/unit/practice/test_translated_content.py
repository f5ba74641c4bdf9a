"""Every language has every content file, every step and every key, in its own words.

Saved journal entries refer to exercise ids, step ids and Learn slugs, so a translation may
change every word a person reads but none of the structure the journal relies on. These tests
read the real shipped files in every supported language.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kindspace.language import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES
from kindspace.localized import translation_root
from kindspace.paths import resource_path
from kindspace.practice.definitions import Exercise, load_exercises
from kindspace.practice.grounding import load_grounding
from kindspace.practice.learn import broken_links, load_articles, parse_app_link
from kindspace.practice.support import load_support_page
from kindspace.reminders.phrases import MAX_PHRASE_LENGTH, default_phrases

TRANSLATIONS = [language for language in SUPPORTED_LANGUAGES if language != SOURCE_LANGUAGE]
#: Every kind of content file, as (folder below resources/, pattern).
CONTENT = [
    ("exercises", "*.toml"),
    ("learn", "*.md"),
    ("support", "*.toml"),
    ("reminders", "*.toml"),
    (".", "credits.md"),
]
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(?\w*\)?[sd]")
#: Keys whose values are ids, numbers or addresses: the same in every language by design.
SAME_EVERYWHERE = {
    "id", "kind", "layout", "shows", "size", "measures", "phrase_step", "rewrite_step",
    "opens", "section", "code", "contact", "source", "checked", "languages",
    "name",  # crisis lines' own names (TelefonSeelsorge, Centro de Asistencia al Suicida)
}  # fmt: skip


def english_files() -> list[Path]:
    files = []
    for folder, pattern in CONTENT:
        files += sorted(resource_path(folder).glob(pattern))
    return files


def relative(path: Path) -> Path:
    return path.relative_to(resource_path())


def test_there_are_translations_and_content_to_compare() -> None:
    assert TRANSLATIONS == ["de", "es"]
    kinds = {relative(path).parts[0] for path in english_files()}
    assert kinds == {"exercises", "learn", "support", "reminders", "credits.md"}


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_language_has_every_content_file(language: str) -> None:
    missing = [
        str(relative(path))
        for path in english_files()
        if not (translation_root(language) / relative(path)).is_file()
    ]
    assert missing == []


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_no_translation_without_an_english_original(language: str) -> None:
    originals = {relative(path) for path in english_files()}
    root = translation_root(language)
    extra = [
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file() and path.relative_to(root) not in originals
    ]
    assert extra == []


def step_shape(exercise: Exercise) -> list[tuple[object, ...]]:
    return [
        (
            step.id,
            step.kind,
            len(step.options),
            step.allow_own,
            step.size,
            step.seconds,
            step.shows,
            step.offer_reminder_days,
            sorted(_PLACEHOLDER.findall(step.prompt + step.help)),
        )
        for step in exercise.steps
    ]


def exercise_shape(exercise: Exercise) -> tuple[object, ...]:
    intensity = exercise.intensity.measures if exercise.intensity else None
    return (
        exercise.minutes,
        exercise.max_minutes,
        exercise.layout,
        exercise.order,
        exercise.suited_to_reminder,
        intensity,
        exercise.critic_log,
        bool(exercise.credit),
        step_shape(exercise),
    )


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_exercise_has_the_same_steps_kinds_and_options(language: str) -> None:
    english = load_exercises(language=SOURCE_LANGUAGE)
    translated = load_exercises(language=language)
    assert list(translated) == list(english)  # the same ids, in the same order
    for exercise_id, exercise in english.items():
        other = translated[exercise_id]
        assert other.source.endswith(f"{exercise_id}.toml")
        assert exercise_shape(other) == exercise_shape(exercise), exercise_id
        assert other.summary != exercise.summary, f"{language}/{exercise_id} is not translated"


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_every_learn_page_exists_with_the_same_links(language: str) -> None:
    english = load_articles(language=SOURCE_LANGUAGE)
    translated = load_articles(language=language)

    def shape(article: Any) -> tuple[object, ...]:
        links = sorted((link.target, link.name or "") for link in article.app_links())
        return (article.slug, article.section, article.order, article.opens, links)

    assert sorted(map(shape, translated)) == sorted(map(shape, english))
    exercise_ids = list(load_exercises(language=language))
    assert broken_links(translated, exercise_ids) == []


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_support_and_grounding_keep_their_keys(language: str) -> None:
    english, page = (
        load_support_page(language=SOURCE_LANGUAGE),
        load_support_page(language=language),
    )
    shape = [(section.id, section.shows) for section in english.sections]
    assert [(section.id, section.shows) for section in page.sections] == shape
    calm, grounding = load_grounding(language=SOURCE_LANGUAGE), load_grounding(language=language)
    assert grounding.choices.keys() == calm.choices.keys()
    assert len(grounding.steps) == len(calm.steps)
    assert parse_app_link("kindspace://support") is not None
    assert "kindspace://support" in grounding.support_note
    assert page.title != english.title and grounding.title != calm.title


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_reminder_phrases_are_there_and_fit_the_card(language: str) -> None:
    phrases = default_phrases(language)
    assert len(phrases) >= 3
    assert all(0 < len(phrase) <= MAX_PHRASE_LENGTH for phrase in phrases)
    if language != SOURCE_LANGUAGE:
        assert not set(phrases) & set(default_phrases(SOURCE_LANGUAGE))


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_the_credits_keep_neff_brach_and_msc(language: str) -> None:
    credits = (translation_root(language) / "credits.md").read_text(encoding="utf-8")
    for name in ("Kristin Neff", "Tara Brach", "Christopher Germer", "RAIN"):
        assert name in credits
    assert "MSC" in credits or "Mindful Self-Compassion" in credits


# -- written anew, not copied -----------------------------------------------------------


def paired_texts(english: Any, translated: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """The translated text beside its English original, walking both files in step."""
    if key in SAME_EVERYWHERE:
        return
    if isinstance(english, str) and isinstance(translated, str):
        yield english, translated
    elif isinstance(english, dict) and isinstance(translated, dict):
        for name, value in english.items():
            if name in translated:
                yield from paired_texts(value, translated[name], name)
    elif isinstance(english, list) and isinstance(translated, list):
        for first, second in zip(english, translated, strict=False):
            yield from paired_texts(first, second, key)


def copied_lines(english: str, translated: str, longer_than: int) -> list[str]:
    originals = {line.strip() for line in english.splitlines() if len(line.strip()) > longer_than}
    return [line.strip() for line in translated.splitlines() if line.strip() in originals]


#: Lines a translation may keep as they are: front matter (ids and numbers) and the
#: credits' table of software licences.
def kept_on_purpose(line: str) -> bool:
    return line.startswith("|") or re.match(r"[a-z_]+ = ", line) is not None


@pytest.mark.parametrize("language", TRANSLATIONS)
def test_translations_are_not_the_english_text_copied(language: str) -> None:
    copied: list[str] = []
    for path in english_files():
        other = translation_root(language) / relative(path)
        if path.suffix == ".toml":
            pairs = paired_texts(
                tomllib.loads(path.read_text(encoding="utf-8")),
                tomllib.loads(other.read_text(encoding="utf-8")),
            )
            copied += [f"{relative(path)}: {first}" for first, second in pairs
                       if first == second and len(first) > 25]  # fmt: skip
        else:
            english, translated = (p.read_text(encoding="utf-8") for p in (path, other))
            copied += [
                f"{relative(path)}: {line}"
                for line in copied_lines(english, translated, 30)
                if not kept_on_purpose(line)
            ]
    assert copied == []


def test_the_copy_check_would_notice_a_copied_text() -> None:
    english = {"title": "Let's pause for a moment", "steps": ["Feel your feet on the floor."]}
    lazy = {"title": "Lass uns kurz innehalten", "steps": ["Feel your feet on the floor."]}
    assert [pair for pair in paired_texts(english, lazy) if pair[0] == pair[1]] == [
        ("Feel your feet on the floor.", "Feel your feet on the floor.")
    ]
    line = "A long English line that is the same."
    assert copied_lines(line + "\n", line + "\n", 30) == [line]
