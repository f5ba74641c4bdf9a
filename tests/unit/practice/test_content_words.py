"""Every shipped text is checked for pressure and guilt words (the project's rule on words).

kindspace never counts broken streaks, never scolds and never tells people what they
"should" do. This reads the real content files, so a new text with such words fails here.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from typing import Any

import pytest

from kindspace.localized import translation_root
from kindspace.paths import resource_path

PRESSURE_WORDS = (
    "streak",
    "failed",
    "you should",
    "you must",
    "you need to",
    "you have to",
    "don't forget",
    "missed a day",
    "you forgot",
    "falling behind",
    "no excuse",
    "lazy",
)


def strings_in(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def shipped_texts() -> Iterator[tuple[str, str]]:
    for folder in ("exercises", "support"):
        for path in sorted(resource_path(folder).glob("*.toml")):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            for text in strings_in(data):
                yield f"{folder}/{path.name}", text
    for path in sorted(resource_path("learn").glob("*.md")):
        yield f"learn/{path.name}", path.read_text(encoding="utf-8")
    yield "credits.md", resource_path("credits.md").read_text(encoding="utf-8")


def pressure_words_in(text: str) -> list[str]:
    text = text.replace("’", "'")
    return [
        word
        for word in PRESSURE_WORDS
        if re.search(rf"\b{re.escape(word)}\b", text, flags=re.IGNORECASE)
    ]


def test_there_are_texts_to_check() -> None:
    sources = {source.partition("/")[0] for source, _ in shipped_texts()}
    assert sources == {"exercises", "support", "learn", "credits.md"}


def test_no_shipped_text_uses_pressure_or_guilt_words() -> None:
    found = [
        (source, words) for source, text in shipped_texts() if (words := pressure_words_in(text))
    ]
    assert found == []


@pytest.mark.parametrize(
    "text",
    ["Keep your streak alive!", "You FAILED again.", "You should practise daily.", "You’re lazy"],
)
def test_the_check_would_catch_them(text: str) -> None:
    assert pressure_words_in(text)


def test_the_check_leaves_kind_words_alone() -> None:
    assert pressure_words_in("You don't need to be in an emergency to call.") == []
    assert pressure_words_in("Small slips happen to everyone; you can start again.") == []


#: The same rule in the translations: pressure and blame, but not their kind negations
#: ("du musst nicht", "no tienes que" are how "you don't have to" is said).
TRANSLATED_PRESSURE = {
    "de": (
        r"\bdu (musst|solltest)\b(?![^.;:]{0,40}\b(nicht|weder|kein\w*)\b)",
        r"\bversagt", r"\bfaul\b", r"keine ausrede", r"vergiss nicht", r"\bserie\b",
    ),
    "es": (
        r"(?<!\bno )\b(tienes que|debes)\b",
        r"\bfracasaste", r"\bperezos", r"\bvago\b", r"no olvides", r"\bracha\b", r"sin excusa",
    ),
}  # fmt: skip


def translated_texts(language: str) -> Iterator[tuple[str, str]]:
    root = translation_root(language)
    for path in sorted(root.rglob("*")):
        if path.suffix == ".toml":
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            for text in strings_in(data):
                yield str(path.relative_to(root)), text
        elif path.suffix == ".md":
            yield str(path.relative_to(root)), path.read_text(encoding="utf-8")


def translated_pressure_in(language: str, text: str) -> list[str]:
    return [
        pattern
        for pattern in TRANSLATED_PRESSURE[language]
        if re.search(pattern, text, flags=re.IGNORECASE)
    ]


@pytest.mark.parametrize("language", sorted(TRANSLATED_PRESSURE))
def test_no_translated_text_uses_pressure_or_guilt_words(language: str) -> None:
    texts = list(translated_texts(language))
    assert len(texts) > 100
    found = [
        (source, words)
        for source, text in texts
        if (words := translated_pressure_in(language, text))
    ]
    assert found == []


@pytest.mark.parametrize(
    ("language", "text", "caught"),
    [
        ("de", "Du musst jeden Tag üben.", True),
        ("de", "Du musst es weder mögen noch ändern.", False),
        ("es", "Debes practicar cada día.", True),
        ("es", "No tienes que discutir con ella.", False),
    ],
)
def test_the_translated_check_tells_pressure_from_kindness(
    language: str, text: str, caught: bool
) -> None:
    assert bool(translated_pressure_in(language, text)) is caught
