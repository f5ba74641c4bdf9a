""" "This feels like too much": grounding, then the person's own choice about their writing."""

from __future__ import annotations

from kindspace.journal.journal import Journal
from kindspace.practice.definitions import ExerciseCatalog
from kindspace.practice.grounding import TooMuchChoice, load_grounding, settle
from kindspace.practice.session import ExerciseSession


def started(catalog: ExerciseCatalog, journal: Journal) -> ExerciseSession:
    session = ExerciseSession(catalog["rain"])
    session.set_answer("recognize", ["Overwhelmed"])
    session.save_draft(journal)
    return session


def test_stopping_offers_keep_for_later_first_and_nothing_to_decide_when_blank(
    catalog: ExerciseCatalog,
) -> None:
    grounding = load_grounding()
    assert len(grounding.steps) >= 3
    assert "kindspace://support" in grounding.support_note
    session = ExerciseSession(catalog["rain"])
    assert grounding.choices_for(session) == []
    session.set_answer("recognize", ["Sad"])
    offered = grounding.choices_for(session)
    assert [choice for choice, _ in offered] == [
        TooMuchChoice.LATER,
        TooMuchChoice.KEEP,
        TooMuchChoice.DISCARD,
    ]
    assert all(label for _, label in offered)


def test_keeping_saves_the_entry_as_it_is(catalog: ExerciseCatalog, journal: Journal) -> None:
    session = started(catalog, journal)
    entry = settle(session, TooMuchChoice.KEEP, journal)
    assert entry is not None
    # Marked unfinished, so reading it back offers to continue.
    assert journal.entries.get(entry.id).answers == {
        "recognize": ["Overwhelmed"],
        "_unfinished": True,
    }
    assert journal.drafts.all() == []


def test_later_keeps_the_draft_and_back_changes_nothing(
    catalog: ExerciseCatalog, journal: Journal
) -> None:
    session = started(catalog, journal)
    session.set_answer("investigate_body", "tight chest")
    assert settle(session, TooMuchChoice.LATER, journal) is None
    draft = journal.drafts.load(session.draft_slot)
    assert draft is not None and draft.payload["answers"]["investigate_body"] == "tight chest"
    assert settle(session, TooMuchChoice.BACK, journal) is None
    assert journal.drafts.load(session.draft_slot) == draft
    assert journal.entries.count() == 0


def test_letting_go_drops_only_unsaved_writing(catalog: ExerciseCatalog, journal: Journal) -> None:
    session = started(catalog, journal)
    saved = session.save(journal)
    session.set_answer("investigate_belief", "that I can't cope")
    session.save_draft(journal)
    assert settle(session, TooMuchChoice.DISCARD, journal) is None
    assert journal.drafts.all() == []
    assert journal.entries.get(saved.id).answers == {"recognize": ["Overwhelmed"]}
