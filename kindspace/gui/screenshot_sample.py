"""The sample journal the screenshots are taken of: gentle example words written for this
purpose, notes and practice spread over a year, and one practice of the person's own.

It is made in a temporary folder that the screenshots command removes afterwards; nothing
touches the person's own journal.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal

#: Protects only the throw-away sample journal, which is deleted after rendering.
SAMPLE_PASSPHRASE = "sample journal passphrase"  # noqa: S105
SAMPLE_NOTES = (
    ("Slow morning", "Coffee on the balcony. I noticed I was rushing and let myself slow down."),
    ("", "Hard meeting today. I was sharp with myself afterwards; a friend would have said "
     "*it was a tough room, you did fine*."),
    ("Walk", "Twenty minutes by the river. The light on the water helped."),
    ("A small win", "I asked for help instead of struggling alone."),
    ("", "Tired. Going to bed early is a kind thing to do tonight."),
)  # fmt: skip
#: The critic's words and a kinder rewrite, for the critic-to-friend exercises of the sample.
SAMPLE_REWRITES = (
    ("You always mess things up.",
     "One thing went wrong today. I can mend some of it tomorrow and let the rest be."),
    ("Nobody wants to hear from you.",
     "The people who care about me are glad when I get in touch."),
    ("You're so lazy.",
     "I'm tired after a long week. Resting is part of doing things well."),
    ("You should be further along by now.",
     "I'm moving at the pace my life allows, and that is enough for today."),
    ("That was a stupid thing to say.",
     "It came out clumsily. I can say what I meant next time."),
    ("You can't handle anything.",
     "This is a lot to carry. I've carried hard things before, one step at a time."),
)  # fmt: skip
#: (exercise, rating before, rating after) in turn; mostly lighter afterwards, not always.
SAMPLE_PRACTICE = (
    ("rain", 7, 4), ("critic_to_friend", 8, 5), ("self_compassion_break", 6, 4),
    ("critic_to_friend", 7, 7), ("rain", 8, 6), ("reverse_golden_rule", 7, 4),
    ("self_compassion_break", 5, 5), ("critic_to_friend", 6, 3), ("rain", 6, 7),
    ("self_compassion_break", 7, 3), ("critic_to_friend", 9, 6), ("rain", 5, 3),
)  # fmt: skip


def _sample_answers(kind: str, index: int) -> dict[str, str]:
    phrase, rewrite = SAMPLE_REWRITES[index % len(SAMPLE_REWRITES)]
    if kind == "critic_to_friend":
        return {"critic": phrase, "rewrite": rewrite, "takeaway": "Talk to myself like a friend."}
    if kind == "reverse_golden_rule":
        return {"critic": phrase, "to_self": rewrite, "takeaway": "The words I'd give a friend."}
    return {"takeaway": "A hand on my heart helped a little."}


def _sample_practice(journal: Journal, now: datetime) -> None:
    """Exercises with ratings across the last year, saved the way the exercise view saves
    them (title, take-away as the body), so Insights and the day list show real content."""
    from kindspace.practice.definitions import load_exercises

    titles = {exercise.id: exercise.title for exercise in load_exercises().values()}
    for index in range(30):
        kind, before, after = SAMPLE_PRACTICE[index % len(SAMPLE_PRACTICE)]
        answers = _sample_answers(kind, index)
        when = now - timedelta(days=index * 11 + index % 4 + 1, hours=index % 3)
        rated = index % 7 != 6  # now and then a rating is skipped, as people do
        journal.entries.create(
            kind=kind,
            title=titles.get(kind, ""),
            body=answers["takeaway"],
            answers=answers,
            intensity_before=before if rated else None,
            intensity_after=after if rated else None,
            written_at=when,
        )


def sample_journal(data_dir: Path, now: datetime) -> None:
    from kindspace.journal import vault
    from kindspace.journal.journal import JournalLocation, create_journal

    journal, _recovery = create_journal(
        JournalLocation(data_dir),
        passphrase=SAMPLE_PASSPHRASE,
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    with journal:
        for index in range(40):
            title, body = SAMPLE_NOTES[index % len(SAMPLE_NOTES)]
            when = now - timedelta(days=index * 2 + index % 3, hours=index % 5)
            journal.entries.create(
                title=title, body=body, tags=["rest"] if index % 2 else ["work"], written_at=when
            )
        _sample_practice(journal, now)
        _sample_own_exercise(journal)


#: A practice of the sample person's own, for the editor's and the stepper's shots.
SAMPLE_OWN = (
    "A kind pause after work",
    (
        "What did today ask of me?",
        "What would I say to a friend who had this day?",
        "What is one small, kind thing I can do tonight?",
    ),
)


def _sample_own_exercise(journal: Journal) -> None:
    from kindspace.practice.own_exercises import OwnExerciseForm, save_own_exercise

    title, steps = SAMPLE_OWN
    form = OwnExerciseForm(title, steps, "Three questions to end the day gently.", 4, rate=True)
    save_own_exercise(journal, form)
