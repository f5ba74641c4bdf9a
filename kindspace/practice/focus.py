"""The words around an exercise in focus mode: what is coming, and a quiet close.

Why say it first: people often start an exercise when they are hurting, and not knowing how
long something takes or what it asks is one more thing to carry. The opening line says the
length and the number of steps, and that nothing is required. The closing moment thanks the
person and gives back the one sentence they kept, before the app talks about saving.
"""

from __future__ import annotations

from kindspace.practice.definitions import Exercise

_COUNTS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

CLOSING_TITLE = "Thank you for taking this time for yourself."
CLOSING_NO_WORDS = "However it went, it counted."


def count_words(number: int) -> str:
    return _COUNTS[number] if 0 <= number < len(_COUNTS) else str(number)


def opening_line(exercise: Exercise) -> str:
    """ "About 3 minutes, in three short steps. Nothing is required; ..." """
    steps = len(exercise.steps)
    duration = exercise.duration_label
    duration = duration[0].upper() + duration[1:]
    step_words = "one step" if steps == 1 else f"{count_words(steps)} short steps"
    return (
        f"{duration}, in {step_words}. Nothing is required: leave any step empty, "
        "and stop whenever you like. Your words are kept as you go."
    )


def closing_words(takeaway: str) -> str:
    """The sentence the person kept, quoted back gently (or a kind line when there is none)."""
    kept = takeaway.strip()
    return f"“{kept}”" if kept else CLOSING_NO_WORDS


def saved_note(day_text: str) -> str:
    return f"It is kept in your journal, on {day_text}."
