"""A saved exercise entry as one readable whole: what was asked, and what was answered.

Reopening an exercise shows it as a short document, not as the stepper again. The order
follows the exercise's steps, with the ratings around them; answers to steps this version
no longer knows (or entries of an exercise it does not have) are still shown, under a
heading made from their key, because nothing a person wrote should become invisible.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kindspace.i18n import _
from kindspace.journal.models import Entry
from kindspace.practice.definitions import Exercise, StepKind
from kindspace.practice.session import META_KEYS
from kindspace.transfer.entry_sections import TAGS_HEADING, TAKEAWAY_HEADING


@dataclass(frozen=True)
class ReadablePart:
    heading: str
    text: str
    #: The step this part answers, or None for ratings, the take-away and tags.
    step_id: str | None = None


def read_entry(entry: Entry, exercise: Exercise | None) -> list[ReadablePart]:
    """The parts of an entry in reading order; empty answers and pauses are left out."""
    answers = {key: value for key, value in entry.answers.items() if key not in META_KEYS}
    measure = _(exercise.intensity.measures if exercise and exercise.intensity else "intensity")
    parts: list[ReadablePart] = []
    if entry.intensity_before is not None:
        parts.append(_rating(measure, "before", entry.intensity_before))
    takeaway_heading = _(TAKEAWAY_HEADING)
    if exercise is not None:
        for step in exercise.steps:
            if step.kind is StepKind.TAKEAWAY:
                takeaway_heading = step.title
                if _as_text(answers.get(step.id)) == entry.body.strip():
                    answers.pop(step.id, None)  # the same sentence, shown as the body below
            if step.kind is StepKind.PAUSE or step.id not in answers:
                continue
            text = _as_text(answers.pop(step.id))
            if text:
                parts.append(ReadablePart(step.title, text, step.id))
    for key, value in answers.items():
        text = _as_text(value)
        if text:
            parts.append(ReadablePart(_heading_from_key(key), text, key))
    if entry.intensity_after is not None:
        parts.append(_rating(measure, "after", entry.intensity_after))
    if entry.body.strip():
        parts.append(ReadablePart(takeaway_heading, entry.body.strip()))
    if entry.tags:
        parts.append(ReadablePart(_(TAGS_HEADING), ", ".join(entry.tags)))
    return parts


def as_plain_text(title: str, parts: list[ReadablePart]) -> str:
    """The parts as plain text (copying, printing, a Markdown-like export)."""
    blocks = [title] + [f"{part.heading}\n{part.text}" for part in parts]
    return "\n\n".join(blocks) + "\n"


def _rating(measure: str, moment: str, value: int) -> ReadablePart:
    # The same words as an exported entry's (``transfer/entry_sections.py``).
    heading = (_("{measure} before") if moment == "before" else _("{measure} after")).format(
        measure=measure
    )
    text = _("{value} out of 10").format(value=value)
    return ReadablePart(heading[:1].upper() + heading[1:], text)


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):
        return ", ".join(text for item in value if (text := _as_text(item)))
    if isinstance(value, dict):
        return "\n".join(text for item in value.values() if (text := _as_text(item)))
    if value is None or isinstance(value, bool):
        return ""
    return str(value)


def _heading_from_key(key: str) -> str:
    words = key.replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else _("Answer")
