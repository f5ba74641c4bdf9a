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
