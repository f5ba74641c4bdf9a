"""What a step shows from before: an earlier answer it builds on, and earlier rewrites.

Why: "Now say those same words to yourself" is hard when the words are two pages back.
A step that names an earlier one (``shows`` in the exercise file) shows what was written
there, and the critic-to-friend steps show what the person answered last time to a
similar critic. Nothing else from the journal is shown unasked.
"""

from __future__ import annotations

from kindspace.gui.dates import day_month_year
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.journal import Journal
from kindspace.practice.critic_log import earlier_rewrites
from kindspace.practice.definitions import ExerciseCatalog, StepKind
from kindspace.practice.session import ExerciseSession

NOTHING_YET = QT_TRANSLATE_NOOP("EarlierWords", "(Nothing was written in that step yet.)")


def earlier_words(
    session: ExerciseSession, journal: Journal | None, catalog: ExerciseCatalog | None
) -> str:
    """The text to show above the current step's field ("" for none)."""
    step = session.current_step
    parts: list[str] = []
    if step.shows:
        written = session.text_answer(step.shows)
        if step.kind is StepKind.REREAD:
            parts.append(written or translate("EarlierWords", NOTHING_YET))
        elif written:
            title = session.exercise.step(step.shows).title
            heading = translate("EarlierWords", "What you wrote in “{step}”:").format(step=title)
            parts.append(f"{heading}\n{written}")
    log = session.exercise.critic_log
    if log is not None and step.id == log.rewrite_step and journal is not None and catalog:
        rewrite = _earlier_rewrites(session, journal, catalog, session.text_answer(log.phrase_step))
        if rewrite:
            parts.append(rewrite)
    return "\n\n".join(parts)


def _earlier_rewrites(
    session: ExerciseSession, journal: Journal, catalog: ExerciseCatalog, phrase: str
) -> str:
    if not phrase:
        return ""
    found = earlier_rewrites(journal, catalog.values(), phrase, exclude_entry_id=session.entry_id)
    if not found:
        return ""
    lines = [
        translate(
            "EarlierWords", "On {day}, the critic said “{critic}”, and you answered: “{kinder}”"
        ).format(day=day_month_year(item.day), critic=item.phrase, kinder=item.rewrite)
        for item in found
    ]
    return translate("EarlierWords", "Last time something similar came up:\n") + "\n".join(lines)
