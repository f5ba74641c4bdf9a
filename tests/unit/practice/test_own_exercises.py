"""Your own exercises: written in a form, kept encrypted in the journal, run as exercises,
and carried by the JSON export (an additive, optional part of format version 1)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace.errors import InvalidInput
from kindspace.journal import vault
from kindspace.journal.journal import Journal, JournalLocation, create_journal
from kindspace.journal.own_exercises import is_own_id
from kindspace.practice.definitions import ExerciseCatalog, StepKind
from kindspace.practice.own_exercises import (
    OwnExerciseForm,
    definition_of,
    exercise_of,
    form_of,
    save_own_exercise,
    with_own_exercises,
)
from kindspace.practice.session import ExerciseSession
from kindspace.transfer import export_json, import_json
from kindspace.transfer.selection import EntrySelection
from tests.helpers.clocks import StepClock

FORM = OwnExerciseForm(
    title="Evening kindness",
    steps=("What went well today, however small?", "  ", "What would a friend say to you?"),
    summary="Two questions before bed.",
    minutes=3,
    rate=True,
)


@pytest.fixture
def make_journal(tmp_path: Path) -> Iterator[Callable[[str], Journal]]:
    opened: list[Journal] = []

    def make(name: str) -> Journal:
        journal, _ = create_journal(
            JournalLocation(tmp_path / name),
            passphrase="correct horse battery",
            use_keyring=False,
            kdf_params=vault.FAST_TEST_KDF,
            clock=StepClock(datetime(2024, 5, 31, 21, 0, tzinfo=timezone(timedelta(hours=1)))),
        )
        opened.append(journal)
        return journal

    yield make
    for journal in opened:
        journal.close()


def test_a_form_becomes_an_exercise_the_stepper_runs(journal: Journal) -> None:
    own_id = save_own_exercise(journal, FORM)
    assert is_own_id(own_id)
    record = journal.own_exercises.get(own_id)
    assert record is not None
    exercise = exercise_of(record.definition)
    assert [step.kind for step in exercise.steps] == [
        StepKind.TEXT,
        StepKind.TEXT,
        StepKind.TAKEAWAY,
    ]  # the empty line is no step
    assert exercise.intensity is not None and exercise.duration_label == "about 3 minutes"
    session = ExerciseSession(exercise)
    session.set_answer("step1", "the soup was good")
    session.next()
    session.next()
    session.set_answer("takeaway", "small things count")
    entry = session.save(journal)
    assert entry.kind == own_id and entry.title == "Evening kindness"
    assert form_of(record.definition) == OwnExerciseForm(
        title=FORM.title,
        steps=(FORM.steps[0], FORM.steps[2]),
        summary=FORM.summary,
        minutes=3,
        rate=True,
    )


def test_editing_keeps_the_id_so_entries_still_find_their_exercise(journal: Journal) -> None:
    own_id = save_own_exercise(journal, FORM)
    first = journal.own_exercises.get(own_id)
    save_own_exercise(journal, OwnExerciseForm("Evening kindness, again", ("One?",)), own_id)
    again = journal.own_exercises.get(own_id)
    assert first is not None and again is not None
    assert again.created == first.created and again.updated > first.updated
    assert again.definition["title"] == "Evening kindness, again"
    assert len(journal.own_exercises.all()) == 1


@pytest.mark.parametrize(
    ("form", "words"),
    [
        (OwnExerciseForm("", ("a",)), "title"),
        (OwnExerciseForm("T", ("", " ")), "at least one step"),
        (OwnExerciseForm("T", tuple("abcdefghijklm")), "up to 12 steps"),
        (OwnExerciseForm("T", ("a",), minutes=0), "between 1 and 120"),
    ],
)
def test_an_unfinished_form_gets_one_kind_sentence(
    journal: Journal, form: OwnExerciseForm, words: str
) -> None:
    with pytest.raises(InvalidInput, match=words):
        save_own_exercise(journal, form)
    assert journal.own_exercises.all() == []


def test_own_exercises_join_the_catalog_after_the_shipped_ones(
    journal: Journal, catalog: ExerciseCatalog
) -> None:
    own_id = save_own_exercise(journal, FORM)
    record = journal.own_exercises.get(own_id)
    assert record is not None
    broken = type(record)("own_broken", {"id": "own_broken", "title": "x"}, record.created,
                          record.updated)  # fmt: skip
    merged = with_own_exercises(catalog, [record, broken])
    assert list(merged)[: len(catalog)] == list(catalog)
    assert list(merged)[-1] == own_id
    assert any("your exercise" in str(problem) for problem in merged.problems)
    with pytest.raises(InvalidInput, match="own_"):
        exercise_of({**record.definition, "id": "rain"})  # never a shipped id


def test_own_exercises_travel_with_the_json_export(
    make_journal: Callable[[str], Journal], tmp_path: Path
) -> None:
    source = make_journal("source")
    own_id = save_own_exercise(source, FORM)
    source.entries.create(kind=own_id, title="Evening kindness", body="kept")
    source.entries.create(body="a note")
    path = tmp_path / "export.json"
    export_json(source, path)
    document = json.loads(path.read_text("utf-8"))
    assert list(document)[-2:] == ["entries", "own_exercises"]
    assert document["own_exercises"][0]["id"] == own_id
    target = make_journal("target")
    import_json(target, path)
    copied = target.own_exercises.get(own_id)
    original = source.own_exercises.get(own_id)
    assert copied is not None and original is not None
    assert copied.definition == original.definition and copied.updated == original.updated
    # Lossless both ways: exporting the copy gives the same document.
    again = tmp_path / "again.json"
    export_json(target, again)
    first, second = (json.loads(p.read_text("utf-8")) for p in (path, again))
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second
    import_json(target, path)  # again: nothing doubles
    assert len(target.own_exercises.all()) == 1


def test_a_journal_without_own_exercises_exports_as_before(
    make_journal: Callable[[str], Journal], tmp_path: Path
) -> None:
    journal = make_journal("plain")
    journal.entries.create(body="a note")
    path = tmp_path / "plain.json"
    export_json(journal, path)
    assert "own_exercises" not in json.loads(path.read_text("utf-8"))
    # A partial export carries only the own exercises its entries use.
    own_id = save_own_exercise(journal, FORM)
    note = journal.entries.on_day(journal.clock().date())[0]
    export_json(journal, path, EntrySelection(entry_ids=(note.id,)))
    assert "own_exercises" not in json.loads(path.read_text("utf-8"))
    used = journal.entries.create(kind=own_id, body="kept")
    export_json(journal, path, EntrySelection(entry_ids=(used.id,)))
    assert [item["id"] for item in json.loads(path.read_text("utf-8"))["own_exercises"]] == [own_id]


def test_a_damaged_own_exercise_in_a_file_imports_nothing(
    make_journal: Callable[[str], Journal], tmp_path: Path
) -> None:
    source = make_journal("source")
    save_own_exercise(source, FORM)
    source.entries.create(body="a note")
    path = tmp_path / "export.json"
    export_json(source, path)
    document = json.loads(path.read_text("utf-8"))
    del document["own_exercises"][0]["definition"]["steps"]
    path.write_text(json.dumps(document), "utf-8")
    target = make_journal("target")
    with pytest.raises(InvalidInput, match=r"Your own exercise 1.*Nothing was imported"):
        import_json(target, path)
    assert target.entries.count() == 0 and target.own_exercises.all() == []


def test_the_definition_is_the_shipped_format(journal: Journal) -> None:
    definition = definition_of(FORM, "own_abc")
    assert definition["layout"] == "stepper" and definition["steps"][-1]["kind"] == "takeaway"


def test_the_import_preview_and_plan_carry_own_exercises(
    make_journal: Callable[[str], Journal], tmp_path: Path
) -> None:
    """The way the app and the CLI import (read, preview, apply) brings them across too."""
    from kindspace.transfer.importing import apply_import
    from kindspace.transfer.readers import read_import

    source = make_journal("source")
    own_id = save_own_exercise(source, FORM)
    source.entries.create(kind=own_id, title="Evening kindness", body="kept")
    path = tmp_path / "export.json"
    export_json(source, path)
    plan = read_import(path)
    assert [record.id for record in plan.own_exercises] == [own_id]
    assert "1 exercise you wrote yourself" in plan.preview()
    target = make_journal("target")
    report = apply_import(target, plan)
    assert report.added == 1
    assert target.own_exercises.get(own_id) is not None
