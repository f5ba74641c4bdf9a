"""A day's rows name each entry once: the kind on the first line, its own words on the second."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kindspace.gui.day_list import preview_line
from kindspace.journal.models import Entry

WHEN = datetime(2024, 5, 1, 20, 15, tzinfo=UTC)


def _entry(kind: str, title: str, body: str) -> Entry:
    return Entry(
        id="e1", day=date(2024, 5, 1), created=WHEN, updated=WHEN, kind=kind, title=title,
        body=body,
    )  # fmt: skip


def test_an_exercise_shows_its_take_away_rather_than_its_name_again() -> None:
    letter = _entry("compassionate_letter", "Compassionate letter", "\nBe gentle tonight.\nMore")
    assert preview_line(letter, "Compassionate letter") == "Be gentle tonight."


def test_an_exercise_without_a_take_away_says_so_calmly() -> None:
    letter = _entry("compassionate_letter", "Compassionate letter", "  ")
    assert preview_line(letter, "Compassionate letter") == "(no take-away noted)"


def test_notes_and_retitled_exercises_show_their_first_line() -> None:
    assert preview_line(_entry("note", "", "\nSlow morning\n"), "Note") == "Slow morning"
    assert preview_line(_entry("note", "", ""), "Note") == "(no words yet)"
    renamed = _entry("compassionate_letter", "To me, at twelve", "Dear you")
    assert preview_line(renamed, "Compassionate letter") == "To me, at twelve"
