"""An entry laid out as headed sections: the exercise's order and titles, nothing lost."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from kindspace.journal.models import Entry
from kindspace.practice.definitions import ExerciseCatalog, load_exercises
from kindspace.transfer.entry_sections import EntrySection, lay_out_entry
from kindspace.transfer.selection import ALL_PARTS, EntryPart

WHEN = datetime(2024, 5, 1, 21, 14, tzinfo=UTC)


@pytest.fixture(scope="module")
def catalog() -> ExerciseCatalog:
    return load_exercises()


def entry(**fields: Any) -> Entry:
    return Entry(id="e1", day=WHEN.date(), created=WHEN, updated=WHEN, **fields)


def test_an_exercise_follows_its_steps_with_ratings_around_them(catalog: ExerciseCatalog) -> None:
    rain = catalog["rain"]
    layout = lay_out_entry(
        entry(
            kind="rain",
            body="Breathe.",
            # Given out of order and with an empty one: the layout uses the exercise's order.
            answers={"nurture": "May I be kind.", "recognize": ["worry", " "], "allow": ""},
            intensity_before=8,
            intensity_after=5,
            tags=("evening",),
        ),
        catalog,
    )
    assert layout.title == layout.kind_title == rain.title
    assert layout.sections == (
        EntrySection("Distress before", EntryPart.RATINGS, text="8 out of 10"),
        EntrySection(
            rain.step("recognize").title, EntryPart.ANSWERS, items=("worry",), step_id="recognize"
        ),
        EntrySection(
            rain.step("nurture").title, EntryPart.ANSWERS, text="May I be kind.", step_id="nurture"
        ),
        EntrySection("Distress after", EntryPart.RATINGS, text="5 out of 10"),
        EntrySection(rain.takeaway_step.title, EntryPart.BODY, text="Breathe."),
        EntrySection("Tags", EntryPart.TAGS, items=("evening",)),
    )


def test_a_note_is_its_body_without_a_heading(catalog: ExerciseCatalog) -> None:
    layout = lay_out_entry(entry(body="  Rain on the roof.\n"), catalog)
    assert layout.title == "Rain on the roof."
    assert layout.kind_title == "Note"
    assert layout.sections == (EntrySection("", EntryPart.BODY, text="Rain on the roof."),)


def test_a_long_first_line_makes_a_short_title() -> None:
    layout = lay_out_entry(entry(body="word " * 60))
    assert len(layout.title) <= 80 and layout.title.endswith("…")


def test_choosing_parts_keeps_only_those_sections(catalog: ExerciseCatalog) -> None:
    layout = lay_out_entry(
        entry(kind="critic_to_friend", answers={"critic": "Lazy."}, intensity_before=3),
        catalog,
    )
    assert [section.part for section in layout.chosen(ALL_PARTS)] == [
        EntryPart.RATINGS,
        EntryPart.ANSWERS,
    ]
    assert [section.text for section in layout.chosen(frozenset({EntryPart.ANSWERS}))] == ["Lazy."]
    assert layout.chosen(frozenset({EntryPart.BODY})) == ()


def test_without_a_catalog_headings_come_from_the_keys() -> None:
    layout = lay_out_entry(entry(kind="self_compassion_break", answers={"kind_words": "Ease."}))
    assert layout.kind_title == "Self compassion break"
    assert [section.heading for section in layout.sections] == ["Kind words"]
