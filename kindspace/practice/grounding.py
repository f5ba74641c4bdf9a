""" "This feels like too much": grounding first, a way to support, and a choice only later.

The button is within reach on every step. It never ends an exercise by itself and asks
nothing at first: the page breathes with the person and lists a few grounding steps. Only
when they choose to stop is the question asked (keep it for later, the default; save it as
it is; or let it go). Only that last, explicit choice drops anything, and an entry saved
earlier is never deleted from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from kindspace.journal.journal import Journal
from kindspace.journal.models import Entry
from kindspace.practice.content import Fields, read_toml_file
from kindspace.practice.session import ExerciseSession
from kindspace.practice.support import support_file


class TooMuchChoice(StrEnum):
    BACK = "back"  # return to the step the person left
    KEEP = "keep"  # save what is written as an entry, as it is
    LATER = "later"  # keep it as a draft to finish another time
    DISCARD = "discard"  # let go of the unsaved writing


@dataclass(frozen=True)
class Grounding:
    title: str
    intro: str
    steps: tuple[str, ...]
    support_note: str  # Markdown; links to kindspace://support
    question: str
    choices: dict[TooMuchChoice, str]  # the button labels

    def choices_for(self, session: ExerciseSession) -> list[tuple[TooMuchChoice, str]]:
        """What to do with the writing when stopping, the gentlest (keep it for later) first.

        With nothing written there is nothing to keep, so none is offered.
        """
        if session.is_blank:
            return []
        offered = [TooMuchChoice.LATER, TooMuchChoice.KEEP, TooMuchChoice.DISCARD]
        return [(choice, self.choices[choice]) for choice in offered]


def load_grounding(folder: Path | None = None, language: str | None = None) -> Grounding:
    path = support_file("grounding.toml", folder, language)
    fields = Fields(read_toml_file(path), path.name)
    labels = fields.table("choices")
    if labels is None:
        raise fields.fail("choices", "is missing")
    choices = {choice: labels.text(choice.value) for choice in TooMuchChoice}
    labels.done()
    steps = fields.text_list("steps")
    if not steps:
        raise fields.fail("steps", "should list at least one grounding step")
    grounding = Grounding(
        title=fields.text("title"),
        intro=fields.text("intro"),
        steps=steps,
        support_note=fields.text("support_note"),
        question=fields.text("question"),
        choices=choices,
    )
    fields.done()
    return grounding


def settle(session: ExerciseSession, choice: TooMuchChoice, journal: Journal) -> Entry | None:
    """Carry out the person's choice; returns the entry when one was saved."""
    if choice is TooMuchChoice.KEEP and not session.is_blank:
        return session.save(journal, finished=False)
    if choice is TooMuchChoice.LATER:
        session.save_draft(journal)
    elif choice is TooMuchChoice.DISCARD:
        session.discard_draft(journal)
    return None
