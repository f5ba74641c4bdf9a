"""Sessions: every exercise is walked, saved to a real journal, found, reopened and resumed."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from kindspace.journal.journal import Journal, JournalLocation, open_journal
from kindspace.journal.search import SearchFilters
from kindspace.practice.definitions import Exercise, ExerciseCatalog, Step, StepKind
from kindspace.practice.reading import as_plain_text, read_entry
from kindspace.practice.session import REREAD_KEY, Answer, ExerciseSession, ExerciseUnavailable
from kindspace.transfer.json_export import export_json
from kindspace.transfer.json_import import import_json
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal


def answer_for(exercise: Exercise, step: Step) -> Answer:
    """A distinct answer per step, with a word search can look for."""
    marker = f"word{exercise.order}{step.id.replace('_', '')}"
    if step.kind is StepKind.MULTI_CHOICE:
        return [step.options[0], step.options[-1]]
    if step.kind is StepKind.CHOICE:
        return step.options[1]
    return f"{step.title} answered with {marker}"


def walk(exercise: Exercise) -> ExerciseSession:
    """Go through every step as a person would: answer, then Next."""
    session = ExerciseSession(exercise)
    session.set_intensity_before(7)
    while True:
        step = session.current_step
        if step.takes_answer:
            session.set_answer(step.id, answer_for(exercise, step))
        if session.is_last:
            break
        session.next()
    session.set_intensity_after(4)
    session.set_tags(["evening", " #Evening ", "kind"])
    return session


def test_every_exercise_is_saved_found_and_read_as_a_whole(
    catalog: ExerciseCatalog, journal: Journal
) -> None:
    for exercise in catalog.values():
        session = walk(exercise)
        entry = session.save(journal)
        stored = journal.entries.get(entry.id)
        assert stored.kind == exercise.id
        assert stored.title == exercise.title
        assert (stored.intensity_before, stored.intensity_after) == (7, 4)
        assert stored.tags == ("evening", "kind")
        assert stored.body == answer_for(exercise, exercise.takeaway_step)
        answered = [s for s in exercise.steps if s.takes_answer and s.kind != StepKind.TAKEAWAY]
        assert set(stored.answers) == {step.id for step in answered}
        for step in answered:
            assert stored.answers[step.id] == answer_for(exercise, step)
            if step.kind not in (StepKind.CHOICE, StepKind.MULTI_CHOICE):
                word = f"word{exercise.order}{step.id.replace('_', '')}"
                hits = journal.search(word, SearchFilters(kind=exercise.id))
                assert [hit.entry_id for hit in hits] == [entry.id], word
        parts = read_entry(stored, exercise)
        headings = [part.heading for part in parts]
        expected_steps = [step.title for step in answered]
        assert headings[1 : 1 + len(expected_steps)] == expected_steps
        assert headings[0].endswith(" before") and parts[0].text == "7 out of 10"
        assert parts[-1].heading == "Tags" and parts[-1].text == "evening, kind"
        assert parts[-2].text == stored.body
        pauses = {step.id for step in exercise.steps if step.kind is StepKind.PAUSE}
        assert not pauses & {part.step_id for part in parts}
    assert journal.entries.count() == len(catalog)


def test_answers_survive_a_json_export_and_import(
    catalog: ExerciseCatalog, journal: Journal, tmp_path: Path
) -> None:
    originals = {e.id: walk(e).save(journal) for e in catalog.values()}
    export = tmp_path / "export.json"
    export_json(journal, export)
    other = JournalLocation(tmp_path / "other")
    make_passphrase_journal(other.data_dir)
    with open_journal(other, passphrase=PASSPHRASE, daily_backup=False) as second:
        import_json(second, export)
        for exercise_id, original in originals.items():
            copy = second.entries.get(original.id)
            exercise = catalog[exercise_id]
            assert copy.answers == original.answers
            assert read_entry(copy, exercise) == read_entry(original, exercise)


def test_a_draft_round_trips_through_the_encrypted_journal(
    catalog: ExerciseCatalog, journal: Journal
) -> None:
    session = ExerciseSession(catalog["rain"])
    session.set_intensity_before(8)
    session.set_answer("recognize", ["Anxious", "Tense", "A bit of both"])
    session.next()
    session.next()
    session.set_answer("investigate_body", "A knot in my stomach.\n\nAnd my jaw.")
    session.set_tags(["work"])
    assert session.save_draft(journal) is not None

    draft = journal.drafts.load("exercise:rain")
    assert draft is not None
    resumed = ExerciseSession.from_draft(catalog, draft)
    assert resumed.to_draft_payload() == session.to_draft_payload()
    assert resumed.current_step.id == "investigate_body"
    assert resumed.answer("recognize") == ["Anxious", "Tense", "A bit of both"]
    assert resumed.intensity_before == 8
    resumed.save(journal)
    assert journal.drafts.load("exercise:rain") is None


def test_a_blank_session_keeps_no_draft(catalog: ExerciseCatalog, journal: Journal) -> None:
    session = ExerciseSession(catalog["small_moments"])
    session.set_answer("slip", "Snoozed again")
    session.save_draft(journal)
    session.set_answer("slip", "   ")
    assert session.is_blank
    assert session.save_draft(journal) is None
    assert journal.drafts.all() == []


def test_a_draft_from_older_content_keeps_every_answer(
    catalog: ExerciseCatalog, journal: Journal
) -> None:
    payload = {
        "format": 1,
        "exercise": "critic_to_friend",
        "step": "a_step_that_was_removed",
        "answers": {"critic": "You're hopeless.", "old_step": "still mine", "rewrite": ["x"]},
        "intensity_before": 42,
        "tags": ["money", 3],
    }
    session = ExerciseSession.from_draft_payload(catalog, payload)
    assert session.current_step.id == "critic"
    assert session.answers == {"critic": "You're hopeless."}
    assert session.kept_answers == {"old_step": "still mine", "rewrite": ["x"]}
    assert session.intensity_before is None  # out of range: not a rating, not kept
    assert session.tags == ["money"]
    entry = session.save(journal)
    assert journal.entries.get(entry.id).answers["old_step"] == "still mine"
    headings = [part.heading for part in read_entry(entry, catalog["critic_to_friend"])]
    # Shown in step order, then answers this version has no step for, then the tags.
    assert headings == ["The critic's phrase", "A friend's rewrite", "Old step", "Tags"]


def test_a_draft_of_an_exercise_that_is_gone_is_refused_kindly(catalog: ExerciseCatalog) -> None:
    with pytest.raises(ExerciseUnavailable, match="still kept safely"):
        ExerciseSession.from_draft_payload(catalog, {"exercise": "no_such_exercise"})


def test_continuing_a_saved_letter_updates_it_and_schedules_the_reread(
    catalog: ExerciseCatalog, journal: Journal
) -> None:
    letter = catalog["compassionate_letter"]
    session = ExerciseSession(letter)
    session.set_answer("letter", "Dear me, you were carrying a lot.")
    session.go_to("set_aside")
    session.reread_reminder = True
    first = session.save(journal)
    assert first.answers[REREAD_KEY] is True
    assert session.reread_due(first.day) == first.day + timedelta(days=2)

    later = ExerciseSession.from_entry(letter, journal.entries.get(first.id), at_step="reread")
    assert later.reread_reminder and later.current_step.kind is StepKind.REREAD
    assert later.text_answer(later.current_step.shows or "") == "Dear me, you were carrying a lot."
    later.set_answer("reread", "It sounds like my grandmother.")
    later.set_answer("takeaway", "You were carrying a lot.")
    later.save_draft(journal)
    assert journal.drafts.load(f"exercise:compassionate_letter:{first.id}") is not None
    updated = later.save(journal)
    assert updated.id == first.id and journal.entries.count() == 1
    assert updated.body == "You were carrying a lot."
    assert journal.drafts.all() == []
    text = as_plain_text(letter.title, read_entry(updated, letter))
    assert "It sounds like my grandmother." in text and "_reread" not in text


def test_saving_a_continued_entry_that_was_deleted_keeps_the_writing(
    catalog: ExerciseCatalog, journal: Journal
) -> None:
    session = ExerciseSession(catalog["self_compassion_break"])
    session.set_answer("situation", "A tense call")
    first = session.save(journal)
    journal.entries.delete(first.id)
    session.set_answer("kindness", "May I be patient with myself.")
    again = session.save(journal)
    assert again.id != first.id
    assert again.answers["kindness"] == "May I be patient with myself."


def test_answers_that_do_not_fit_their_step_are_refused(catalog: ExerciseCatalog) -> None:
    rain = ExerciseSession(catalog["rain"])
    with pytest.raises(ValueError, match="pause"):
        rain.set_answer("allow", "anything")
    with pytest.raises(ValueError, match="list of choices"):
        rain.set_answer("recognize", "Sad")
    rain.set_answer("recognize", ["Sad", " Sad ", "my own word"])
    assert rain.answer("recognize") == ["Sad", "my own word"]
    golden = ExerciseSession(catalog["reverse_golden_rule"])
    golden.set_answer("tone", "Soft, like to a child")  # this choice allows own words
    with pytest.raises(KeyError):
        golden.set_answer("no_such_step", "x")


def test_moving_through_steps_stays_in_bounds(catalog: ExerciseCatalog) -> None:
    session = ExerciseSession(catalog["small_moments"])
    assert session.is_first and session.back().id == "slip"
    assert session.progress == (1, 3)
    session.next()
    session.next()
    assert session.is_last and session.next().id == "takeaway"
    assert session.progress == (3, 3)


def test_an_entry_of_an_unknown_exercise_is_still_readable(journal: Journal) -> None:
    entry = journal.entries.create(
        kind="gratitude_walk",
        title="Gratitude walk",
        body="Notice more.",
        answers={"three_things": ["tea", "sun"], "note": "slow"},
        day=date(2024, 5, 1),
    )
    parts = read_entry(entry, None)
    assert [(p.heading, p.text) for p in parts] == [
        ("Note", "slow"),
        ("Three things", "tea, sun"),
        ("Something to keep", "Notice more."),
    ]
