"""The words around an exercise in focus mode: what is coming, and a quiet close.

Why say it first: people often start an exercise when they are hurting, and not knowing how
long something takes or what it asks is one more thing to carry. The opening line says the
length and the number of steps, and that nothing is required. The closing moment thanks the
person and gives back the one sentence they kept, before the app talks about saving.
"""

from __future__ import annotations

from kindspace.i18n import N_, _, ngettext
from kindspace.practice.definitions import Exercise

_COUNTS = (
    N_("no"),
    N_("one"),
    N_("two"),
    N_("three"),
    N_("four"),
    N_("five"),
    N_("six"),
    N_("seven"),
    N_("eight"),
    N_("nine"),
    N_("ten"),
)

CLOSING_TITLE = N_("Thank you for taking this time for yourself.")
CLOSING_NO_WORDS = N_("However it went, it counted.")


def count_words(number: int) -> str:
    """ "three" for 3 (up to ten), in the current language; digits beyond."""
    return _(_COUNTS[number]) if 0 <= number < len(_COUNTS) else str(number)


def opening_line(exercise: Exercise) -> str:
    """ "About 3 minutes, in three short steps. Nothing is required; ..." """
    steps = len(exercise.steps)
    duration = exercise.duration_label
    duration = duration[0].upper() + duration[1:]
    # Translators: {duration} is like "About 3 minutes"; {count} is a number in words.
    text = ngettext(
        "{duration}, in one step. Nothing is required: leave any step empty, "
        "and stop whenever you like. Your words are kept as you go.",
        "{duration}, in {count} short steps. Nothing is required: leave any step empty, "
        "and stop whenever you like. Your words are kept as you go.",
        steps,
    )
    return text.format(duration=duration, count=count_words(steps))


def closing_words(takeaway: str) -> str:
    """The sentence the person kept, quoted back gently (or a kind line when there is none)."""
    kept = takeaway.strip()
    # Translators: the person's own sentence in quotation marks; use your language's marks.
    return _("“{text}”").format(text=kept) if kept else _(CLOSING_NO_WORDS)


def saved_note(day_text: str) -> str:
    return _("It is kept in your journal, on {day}.").format(day=day_text)
