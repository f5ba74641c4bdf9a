"""Content in the person's language, falling back to English one file at a time.

The fallback cases build a small resources tree of their own and point kindspace at it the
way a PyInstaller bundle does (``sys._MEIPASS``), so the real lookup code runs unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kindspace.i18n import current_language, use_language
from kindspace.localized import content_language, localized_files, localized_path
from kindspace.practice.definitions import load_exercises
from kindspace.practice.learn import load_articles
from kindspace.reminders.phrases import default_phrases, pick_phrase

EXERCISE = """
id = "{id}"
title = "{title}"
summary = "A summary."
minutes = 1
layout = "stepper"
order = 1

[[steps]]
id = "notice"
kind = "text"
title = "Notice"
prompt = "What is here?"
help = "Anything."

[[steps]]
id = "takeaway"
kind = "takeaway"
title = "Keep"
prompt = "One line."
help = "If you like."
"""


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A resources tree with two English exercises and a German translation of one."""
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    english = tmp_path / "resources" / "exercises"
    german = tmp_path / "resources" / "l10n" / "de" / "exercises"
    for folder in (english, german):
        folder.mkdir(parents=True)
    for exercise_id, title in (("breath", "One breath"), ("pause", "A pause")):
        (english / f"{exercise_id}.toml").write_text(
            EXERCISE.format(id=exercise_id, title=title), encoding="utf-8"
        )
    (german / "breath.toml").write_text(
        EXERCISE.format(id="breath", title="Ein Atemzug"), encoding="utf-8"
    )
    (german / "orphan.toml").write_text(EXERCISE.format(id="orphan", title="X"), encoding="utf-8")
    return tmp_path


def test_a_missing_translation_falls_back_to_english_file_by_file(bundle: Path) -> None:
    catalog = load_exercises(language="de")
    assert {exercise.id: exercise.title for exercise in catalog.values()} == {
        "breath": "Ein Atemzug",
        "pause": "A pause",  # not translated yet: shown in English, never left out
    }
    assert "orphan" not in catalog  # only English decides which exercises exist


def test_an_unsupported_language_reads_english(bundle: Path) -> None:
    assert content_language("fr") == "en"
    paths = localized_files("exercises", "*.toml", "fr")
    assert paths == [
        bundle / "resources" / "exercises" / "breath.toml",
        bundle / "resources" / "exercises" / "pause.toml",
    ]
    assert localized_path("exercises", "breath.toml", language="xx").parent.name == "exercises"


def test_the_current_language_is_the_default() -> None:
    before = current_language()
    try:
        use_language("es")
        assert content_language() == "es"
        spanish = {exercise.title for exercise in load_exercises().values()}
        assert spanish == {exercise.title for exercise in load_exercises(language="es").values()}
        english = {exercise.title for exercise in load_exercises(language="en").values()}
        assert spanish - {"RAIN"} and spanish.isdisjoint(english - {"RAIN"})
        assert pick_phrase((), 0, generic=True) in default_phrases("es")
    finally:
        use_language(before)


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_each_language_loads_in_full(language: str) -> None:
    catalog = load_exercises(language=language, strict=True)
    assert len(catalog) == len(load_exercises(language="en"))
    assert len(load_articles(language=language)) == len(load_articles(language="en"))
    assert localized_path("credits.md", language=language).is_file()
