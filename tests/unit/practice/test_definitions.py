"""Exercise content: every shipped file is complete, and a bad file names itself and its field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kindspace.paths import resource_path
from kindspace.practice.content import ContentError
from kindspace.practice.definitions import (
    ExerciseCatalog,
    StepKind,
    load_exercises,
    parse_exercise_text,
)

#: The seven exercises issue 4 asks for.
EXPECTED = {
    "reverse_golden_rule",
    "compassionate_letter",
    "rain",
    "self_compassion_break",
    "self_compassion_journal",
    "critic_to_friend",
    "small_moments",
}

MINIMAL = """
id = "tiny"
title = "Tiny"
summary = "A tiny exercise."
minutes = 1
layout = "stepper"
order = 5

[[steps]]
id = "first"
kind = "text"
title = "First"
prompt = "Write something."
help = "Anything at all."

[[steps]]
id = "takeaway"
kind = "takeaway"
title = "Keep"
prompt = "One line?"
help = "Only if you like."
"""


def test_every_exercise_of_the_issue_ships_and_loads(catalog: ExerciseCatalog) -> None:
    assert set(catalog) == EXPECTED
    assert catalog.problems == ()


def test_every_step_has_a_title_prompt_and_help(catalog: ExerciseCatalog) -> None:
    for exercise in catalog.values():
        assert exercise.summary and exercise.credit, exercise.id
        for step in exercise.steps:
            assert step.title and step.prompt and step.help, f"{exercise.id}.{step.id}"
            if step.kind in (StepKind.CHOICE, StepKind.MULTI_CHOICE, StepKind.PHRASES):
                assert len(step.options) >= 2, f"{exercise.id}.{step.id}"


def test_every_exercise_rates_intensity_and_ends_with_a_takeaway(
    catalog: ExerciseCatalog,
) -> None:
    for exercise in catalog.values():
        assert exercise.intensity is not None, exercise.id
        assert exercise.intensity.measures in ("distress", "self-criticism")
        assert exercise.takeaway_step.kind is StepKind.TAKEAWAY


def test_exercises_come_in_their_stated_order(catalog: ExerciseCatalog) -> None:
    orders = [exercise.order for exercise in catalog.values()]
    assert orders == sorted(orders)
    assert next(iter(catalog)) == "reverse_golden_rule"


def test_the_issue_specific_details_are_in_the_content(catalog: ExerciseCatalog) -> None:
    letter = catalog["compassionate_letter"]
    assert letter.reread_step is not None
    assert letter.reread_step.shows == "letter"
    assert letter.reread_step.offer_reminder_days == 2
    feelings = catalog["rain"].step("recognize")
    assert feelings.kind is StepKind.MULTI_CHOICE and "Ashamed" in feelings.options
    assert catalog["critic_to_friend"].critic_log is not None
    assert catalog["small_moments"].duration_label == "about 30 seconds"
    assert catalog["self_compassion_break"].duration_label == "2 to 5 minutes"
    assert {e.id for e in catalog.for_reminders()} >= {"small_moments"}
    assert "rain" not in {e.id for e in catalog.for_reminders()}


def test_a_new_content_file_adds_an_exercise_without_code(tmp_path: Path) -> None:
    folder = tmp_path / "exercises"
    shutil.copytree(resource_path("exercises"), folder)
    (folder / "tiny.toml").write_text(MINIMAL, encoding="utf-8")
    catalog = load_exercises(folder)
    assert next(iter(catalog)) == "tiny"  # order 5 comes before the shipped ones
    assert len(catalog) == len(EXPECTED) + 1
    assert [step.id for step in catalog["tiny"].steps] == ["first", "takeaway"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('prompt = "Write something."\n', ""), "steps[1].prompt is missing"),
        (('help = "Anything at all."\n', ""), "steps[1].help is missing"),
        (('kind = "text"', 'kind = "essay"'), "steps[1].kind should be one of"),
        (("minutes = 1", 'minutes = "one"'), "minutes should be a number"),
        (('layout = "stepper"', 'layuot = "stepper"'), "layout is missing"),
        (("order = 5", "order = 5\nrate_intensty = true"), "unknown key 'rate_intensty'"),
        (('id = "first"', 'id = "takeaway"'), "use the id 'takeaway' more than once"),
        (('kind = "takeaway"', 'kind = "text"'), "end with exactly one 'takeaway' step"),
        (('id = "tiny"', 'id = "Tiny Thing"'), "id should use only lowercase"),
        (('title = "First"', 'title = "First"\noptions = ["a", "b"]'), "unknown key 'options'"),
    ],
)
def test_a_malformed_file_names_the_file_and_the_field(
    change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in MINIMAL
    with pytest.raises(ContentError) as raised:
        parse_exercise_text(MINIMAL.replace(old, new, 1), "tiny.toml")
    assert str(raised.value).startswith("tiny.toml: ")
    assert message in str(raised.value)


def test_broken_toml_and_a_mismatched_file_name_are_explained(tmp_path: Path) -> None:
    (tmp_path / "broken.toml").write_text('id = "broken\n', encoding="utf-8")
    with pytest.raises(ContentError, match=r"broken\.toml is not valid TOML"):
        load_exercises(tmp_path)
    (tmp_path / "broken.toml").unlink()
    (tmp_path / "other.toml").write_text(MINIMAL, encoding="utf-8")
    with pytest.raises(ContentError, match=r"other\.toml: id is 'tiny'.*match the file name"):
        load_exercises(tmp_path)


def test_a_bad_file_leaves_the_others_usable_when_not_strict(tmp_path: Path) -> None:
    (tmp_path / "tiny.toml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "bad.toml").write_text(MINIMAL.replace('id = "tiny"', 'id = "bad"\nx = 1'))
    catalog = load_exercises(tmp_path, strict=False)
    assert list(catalog) == ["tiny"]
    assert len(catalog.problems) == 1
    assert "bad.toml" in str(catalog.problems[0])


def test_a_reread_step_must_show_an_earlier_text_step() -> None:
    reread = MINIMAL.replace(
        '[[steps]]\nid = "takeaway"',
        '[[steps]]\nid = "again"\nkind = "reread"\nshows = "later"\ntitle = "Again"\n'
        'prompt = "Read it."\nhelp = "Slowly."\n\n[[steps]]\nid = "takeaway"',
    )
    with pytest.raises(ContentError, match=r"steps\[2\]\.shows should name an earlier"):
        parse_exercise_text(reread, "tiny.toml")
    parse_exercise_text(reread.replace('shows = "later"', 'shows = "first"'), "tiny.toml")
