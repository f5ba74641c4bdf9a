"""An entry laid out as a titled document with headed sections, for Markdown and PDF.

Both printable exports show the same entry the same way: the exercise's own step titles as
headings, in the exercise's order, lists kept as lists, empty answers and quiet pauses left
out. Keeping that layout here (and Qt-free) means the Markdown file and the PDF never drift
apart, and each section says which :class:`EntryPart` it belongs to, so a PDF can show only
the parts a person chose.

Answers to steps this version of kindspace no longer knows (or whole exercises it does not
have) still get a section, headed from their key: nothing a person wrote may go missing
from their own copy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kindspace.i18n import N_, _, long_day
from kindspace.journal.models import NOTE_KIND, Entry
from kindspace.practice.definitions import Exercise, ExerciseCatalog, StepKind
from kindspace.practice.session import META_KEYS
from kindspace.transfer.selection import EntryPart

NOTE_TITLE = N_("Note")
#: The heading of an exercise's closing words when the exercise itself is unknown.
TAKEAWAY_HEADING = N_("Something to keep")
TAGS_HEADING = N_("Tags")
#: How long a first line may be before it is cut to make a title.
TITLE_LENGTH = 80


@dataclass(frozen=True)
class EntrySection:
    """One headed part of an entry: a text, a list, or both are never mixed."""

    heading: str
    part: EntryPart
    text: str = ""
    items: tuple[str, ...] = ()
    #: The answer key (step id) this section shows, or None for body, ratings and tags.
    step_id: str | None = None


@dataclass(frozen=True)
class EntryLayout:
    entry: Entry
    #: What the entry is called: its own title, the exercise's title, or its first line.
    title: str
    #: "Note" or the exercise's title (the entry's ``kind`` when the exercise is unknown).
    kind_title: str
    sections: tuple[EntrySection, ...]

    def chosen(self, parts: frozenset[EntryPart]) -> tuple[EntrySection, ...]:
        return tuple(section for section in self.sections if section.part in parts)


def lay_out_entry(entry: Entry, catalog: ExerciseCatalog | None = None) -> EntryLayout:
    """The entry as title plus sections, in reading order."""
    exercise = _exercise_of(entry, catalog)
    kind_title = _kind_title(entry, exercise)
    if entry.kind == NOTE_KIND:
        sections = _note_sections(entry)
    else:
        sections = _exercise_sections(entry, exercise)
    if entry.tags:
        sections.append(EntrySection(_(TAGS_HEADING), EntryPart.TAGS, items=entry.tags))
    return EntryLayout(entry, entry_title(entry, kind_title), kind_title, tuple(sections))


def entry_title(entry: Entry, kind_title: str) -> str:
    """A title that is never empty; a note without one is named after its first line."""
    if entry.title.strip():
        return " ".join(entry.title.split())
    if entry.kind != NOTE_KIND:
        return kind_title
    first = " ".join(entry.first_line.split())
    if len(first) > TITLE_LENGTH:
        first = first[: TITLE_LENGTH - 1].rstrip() + "…"
    return first or _(NOTE_TITLE)


def kind_title_of(entry: Entry, catalog: ExerciseCatalog | None) -> str:
    return _kind_title(entry, _exercise_of(entry, catalog))


def long_when(entry: Entry, *, starts_sentence: bool = True) -> str:
    """ "Wednesday 1 May 2024, 09:12" in the current language, with the time when it is known.

    For people reading an export or ``kindspace show``; files and front matter keep ISO
    dates, which every program reads the same way."""
    text = long_day(entry.day, starts_sentence=starts_sentence)
    when = entry.time_of_day
    return f"{text}, {when:%H:%M}" if when is not None else text


def answer_heading(step_id: str, exercise: Exercise | None) -> str:
    """The step's title, or a heading made from the key when the step is unknown."""
    if exercise is not None:
        for step in exercise.steps:
            if step.id == step_id:
                return step.title
    words = step_id.replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else _("Answer")


def _exercise_of(entry: Entry, catalog: ExerciseCatalog | None) -> Exercise | None:
    if catalog is None or entry.kind == NOTE_KIND:
        return None
    return catalog.get(entry.kind)


def _kind_title(entry: Entry, exercise: Exercise | None) -> str:
    if entry.kind == NOTE_KIND:
        return _(NOTE_TITLE)
    if exercise is not None:
        return exercise.title
    return answer_heading(entry.kind, None)


def _note_sections(entry: Entry) -> list[EntrySection]:
    sections: list[EntrySection] = []
    sections.extend(_ratings(entry, None, before=True))
    if entry.body.strip():
        sections.append(EntrySection("", EntryPart.BODY, text=entry.body.strip()))
    if entry.answers:
        # Notes carry no answers today, but an imported one might: show them, never drop.
        sections.extend(_answer_sections(dict(entry.answers), None))
    sections.extend(_ratings(entry, None, before=False))
    return sections


def _exercise_sections(entry: Entry, exercise: Exercise | None) -> list[EntrySection]:
    answers = {key: value for key, value in entry.answers.items() if key not in META_KEYS}
    sections: list[EntrySection] = []
    sections.extend(_ratings(entry, exercise, before=True))
    takeaway_heading = _(TAKEAWAY_HEADING)
    if exercise is not None:
        for step in exercise.steps:
            if step.kind is StepKind.TAKEAWAY:
                takeaway_heading = step.title
            if step.kind is StepKind.PAUSE or step.id not in answers:
                continue
            section = _answer_section(step.id, answers.pop(step.id), step.title)
            if section is not None:
                sections.append(section)
    sections.extend(_answer_sections(answers, exercise))
    sections.extend(_ratings(entry, exercise, before=False))
    if entry.body.strip():
        # An exercise keeps its closing sentence (the take-away step) as the entry's body.
        sections.append(EntrySection(takeaway_heading, EntryPart.BODY, text=entry.body.strip()))
    return sections


def _answer_sections(answers: Mapping[str, Any], exercise: Exercise | None) -> list[EntrySection]:
    sections = []
    for key, value in answers.items():
        section = _answer_section(key, value, answer_heading(key, exercise))
        if section is not None:
            sections.append(section)
    return sections


def _answer_section(step_id: str, value: Any, heading: str) -> EntrySection | None:
    if isinstance(value, list | tuple):
        items = tuple(text for item in value if (text := _as_text(item)))
        if not items:
            return None
        return EntrySection(heading, EntryPart.ANSWERS, items=items, step_id=step_id)
    text = _as_text(value)
    if not text:
        return None
    return EntrySection(heading, EntryPart.ANSWERS, text=text, step_id=step_id)


def _ratings(entry: Entry, exercise: Exercise | None, *, before: bool) -> list[EntrySection]:
    value = entry.intensity_before if before else entry.intensity_after
    if value is None:
        return []
    measure = _(exercise.intensity.measures if exercise and exercise.intensity else "intensity")
    # Translators: {measure} is what an exercise rates ("intensity", "tension"), from its file.
    moment = _("{measure} before") if before else _("{measure} after")
    heading = moment.format(measure=measure)
    heading = heading[:1].upper() + heading[1:]
    return [
        EntrySection(heading, EntryPart.RATINGS, text=_("{value} out of 10").format(value=value))
    ]


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list | tuple):
        return ", ".join(text for item in value if (text := _as_text(item)))
    if isinstance(value, Mapping):
        return "\n".join(text for item in value.values() if (text := _as_text(item)))
    if value is None or isinstance(value, bool):
        return ""
    return str(value)
