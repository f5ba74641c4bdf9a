"""One exercise in progress: answers per step, where the person is, and how it is kept.

The session is plain data, so a view can be thin: it shows ``current_step``, hands what
the person typed to :meth:`ExerciseSession.set_answer` and moves with ``next``/``back``.
Keeping is the session's job too: a draft payload for leaving and resuming (stored
encrypted through ``journal.drafts``), and an entry (kind = exercise id, answers keyed by
step id, the take-away line as the body) when the person saves.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from kindspace.errors import KindspaceError
from kindspace.i18n import _
from kindspace.journal.entries import EntryNotFound
from kindspace.journal.journal import Journal
from kindspace.journal.models import Draft, Entry, check_intensity, clean_tags
from kindspace.practice.definitions import TEXT_ANSWER_KINDS, Exercise, Step, StepKind

Answer = str | list[str]
DRAFT_FORMAT = 1
DRAFT_SLOT_PREFIX = "exercise:"
#: Kept in an entry's answers beside the step ids (which never start with "_").
REREAD_KEY = "_reread_reminder"
#: Kept in an entry's answers when it was saved before its last step ("save it as it is"),
#: so reading it back offers to continue; a finished exercise has nothing to continue.
UNFINISHED_KEY = "_unfinished"
#: Answers keys that describe the entry rather than hold words the person wrote.
META_KEYS = frozenset({REREAD_KEY, UNFINISHED_KEY})


def is_unfinished(entry: Entry) -> bool:
    return entry.answers.get(UNFINISHED_KEY) is True


class ExerciseUnavailable(KindspaceError):
    """A draft or entry belongs to an exercise this version of kindspace does not have."""


@dataclass(frozen=True)
class EntryFields:
    """What an exercise becomes in the journal; ``as_create_kwargs`` fits entries.create."""

    kind: str
    title: str
    body: str
    answers: dict[str, Any]
    tags: tuple[str, ...]
    intensity_before: int | None
    intensity_after: int | None

    def as_create_kwargs(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "title": self.title,
            "body": self.body,
            "answers": self.answers,
            "tags": self.tags,
            "intensity_before": self.intensity_before,
            "intensity_after": self.intensity_after,
        }


@dataclass
class ExerciseSession:
    exercise: Exercise
    step_index: int = 0
    answers: dict[str, Answer] = field(default_factory=dict)
    #: Answers to steps this version no longer has (or no longer in that shape): kept, shown,
    #: saved, never dropped, so a content change never loses what someone wrote.
    kept_answers: dict[str, Any] = field(default_factory=dict)
    intensity_before: int | None = None
    intensity_after: int | None = None
    takeaway: str = ""
    tags: list[str] = field(default_factory=list)
    reread_reminder: bool = False
    #: Set once saved (or when reopening an entry): later saves update that entry.
    entry_id: str | None = None

    # -- moving through the steps --------------------------------------------------------

    @property
    def current_step(self) -> Step:
        return self.exercise.steps[self.step_index]

    @property
    def is_first(self) -> bool:
        return self.step_index == 0

    @property
    def is_last(self) -> bool:
        return self.step_index == len(self.exercise.steps) - 1

    @property
    def progress(self) -> tuple[int, int]:
        """(this step's number from 1, number of steps), for "Step 2 of 6"."""
        return self.step_index + 1, len(self.exercise.steps)

    def next(self) -> Step:
        self.step_index = min(self.step_index + 1, len(self.exercise.steps) - 1)
        return self.current_step

    def back(self) -> Step:
        self.step_index = max(self.step_index - 1, 0)
        return self.current_step

    def go_to(self, step_id: str) -> Step:
        self.step_index = self.exercise.step_index(step_id)
        return self.current_step

    # -- answers -------------------------------------------------------------------------

    def answer(self, step_id: str) -> Answer | None:
        if step_id == self.exercise.takeaway_step.id:
            return self.takeaway or None
        value = self.answers.get(step_id)
        return list(value) if isinstance(value, list) else value

    def text_answer(self, step_id: str) -> str:
        value = self.answer(step_id)
        return ", ".join(value) if isinstance(value, list) else value or ""

    def set_answer(self, step_id: str, value: Answer) -> None:
        """Record what was typed or chosen; an empty answer clears the step.

        A value that does not fit the step (text for a multiple choice, an option the
        step does not offer) is a bug in the caller, so it raises ValueError.
        """
        step = self.exercise.step(step_id)
        cleaned = _clean_answer(step, value)
        if step.kind is StepKind.TAKEAWAY:
            assert isinstance(cleaned, str)
            self.takeaway = cleaned
        elif cleaned:
            self.answers[step_id] = cleaned
            self.kept_answers.pop(step_id, None)
        else:
            self.answers.pop(step_id, None)

    def set_intensity_before(self, value: int | None) -> None:
        self.intensity_before = check_intensity(value, "before")

    def set_intensity_after(self, value: int | None) -> None:
        self.intensity_after = check_intensity(value, "after")

    def set_tags(self, tags: list[str]) -> None:
        self.tags = list(clean_tags(tags))

    @property
    def is_blank(self) -> bool:
        """Nothing written or chosen yet: no draft is worth keeping."""
        return not (
            self.answers
            or self.kept_answers
            or self.takeaway
            or self.tags
            or self.intensity_before is not None
            or self.intensity_after is not None
        )

    def reread_due(self, written: date) -> date | None:
        """The day to offer rereading (letter exercises), if the person asked for it."""
        step = self.exercise.reread_step
        if not self.reread_reminder or step is None or step.offer_reminder_days is None:
            return None
        return written + timedelta(days=step.offer_reminder_days)

    # -- keeping: entries ----------------------------------------------------------------

    def entry_fields(self, *, finished: bool = True) -> EntryFields:
        answers: dict[str, Any] = dict(self.kept_answers)
        answers.update(self.answers)
        if self.reread_reminder:
            answers[REREAD_KEY] = True
        if not finished:
            answers[UNFINISHED_KEY] = True
        return EntryFields(
            kind=self.exercise.id,
            title=self.exercise.title,
            body=self.takeaway,
            answers=answers,
            tags=tuple(self.tags),
            intensity_before=self.intensity_before,
            intensity_after=self.intensity_after,
        )

    def save(self, journal: Journal, *, finished: bool = True) -> Entry:
        """Save as a new entry (or update the one being continued), then drop the draft.

        ``finished`` is False when the person saves part-way ("save it as it is").
        """
        fields = self.entry_fields(finished=finished)
        slot = self.draft_slot
        entry: Entry | None = None
        if self.entry_id is not None:
            # If the entry was deleted meanwhile (another window), the writing is saved
            # as a new entry rather than lost.
            with contextlib.suppress(EntryNotFound):
                entry = journal.entries.update(
                    self.entry_id,
                    body=fields.body,
                    answers=fields.answers,
                    tags=fields.tags,
                    intensity_before=fields.intensity_before,
                    intensity_after=fields.intensity_after,
                )
        if entry is None:
            entry = journal.entries.create(**fields.as_create_kwargs())
        self.entry_id = entry.id
        journal.drafts.discard(slot)
        return entry

    @classmethod
    def from_entry(
        cls, exercise: Exercise, entry: Entry, *, at_step: str | None = None
    ) -> ExerciseSession:
        """Continue a saved entry (for example at the reread step of a letter)."""
        if entry.kind != exercise.id:
            raise ValueError(f"entry of kind {entry.kind!r} opened as {exercise.id!r}")
        answers = dict(entry.answers)
        reread = answers.pop(REREAD_KEY, False) is True
        answers.pop(UNFINISHED_KEY, None)
        session = cls(
            exercise,
            intensity_before=entry.intensity_before,
            intensity_after=entry.intensity_after,
            takeaway=entry.body,
            tags=list(entry.tags),
            reread_reminder=reread,
            entry_id=entry.id,
        )
        session._take_answers(answers)
        if at_step is not None:
            session.go_to(at_step)
        return session

    # -- keeping: drafts -----------------------------------------------------------------

    @property
    def draft_slot(self) -> str:
        """One draft per exercise, or per saved entry being continued."""
        slot = DRAFT_SLOT_PREFIX + self.exercise.id
        return f"{slot}:{self.entry_id}" if self.entry_id else slot

    def to_draft_payload(self) -> dict[str, Any]:
        answers: dict[str, Any] = dict(self.kept_answers)
        answers.update(self.answers)
        return {
            "format": DRAFT_FORMAT,
            "exercise": self.exercise.id,
            "step": self.current_step.id,
            "answers": answers,
            "intensity_before": self.intensity_before,
            "intensity_after": self.intensity_after,
            "takeaway": self.takeaway,
            "tags": list(self.tags),
            "reread_reminder": self.reread_reminder,
            "entry_id": self.entry_id,
        }

    @classmethod
    def from_draft_payload(
        cls, exercises: Mapping[str, Exercise], payload: Mapping[str, Any]
    ) -> ExerciseSession:
        """Resume a draft. Anything unexpected is kept aside rather than refused or lost."""
        exercise_id = payload.get("exercise")
        if not isinstance(exercise_id, str) or exercise_id not in exercises:
            raise ExerciseUnavailable(
                _(
                    "This unfinished exercise belongs to an exercise kindspace no "
                    "longer has. It is still kept safely among your drafts."
                )
            )
        exercise = exercises[exercise_id]
        session = cls(
            exercise,
            takeaway=_text_or_empty(payload.get("takeaway")),
            reread_reminder=payload.get("reread_reminder") is True,
            entry_id=_text_or_none(payload.get("entry_id")),
        )
        for moment in ("before", "after"):
            value = payload.get(f"intensity_{moment}")
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10:
                setattr(session, f"intensity_{moment}", value)
        tags = payload.get("tags")
        if isinstance(tags, list):
            session.set_tags([tag for tag in tags if isinstance(tag, str)])
        answers = payload.get("answers")
        if isinstance(answers, Mapping):
            session._take_answers(dict(answers))
        step_id = payload.get("step")
        if isinstance(step_id, str) and step_id in {step.id for step in exercise.steps}:
            session.go_to(step_id)
        return session

    @classmethod
    def from_draft(cls, exercises: Mapping[str, Exercise], draft: Draft) -> ExerciseSession:
        return cls.from_draft_payload(exercises, draft.payload)

    def save_draft(self, journal: Journal) -> Draft | None:
        """Keep the progress encrypted in the journal; a blank session keeps nothing."""
        if self.is_blank:
            journal.drafts.discard(self.draft_slot)
            return None
        return journal.drafts.save(self.draft_slot, self.to_draft_payload())

    def discard_draft(self, journal: Journal) -> None:
        """Let go of unsaved progress (a saved entry, if any, stays as it was)."""
        journal.drafts.discard(self.draft_slot)

    def _take_answers(self, answers: dict[str, Any]) -> None:
        step_ids = {step.id for step in self.exercise.steps}
        for key, value in answers.items():
            step = self.exercise.step(key) if key in step_ids else None
            if step is not None and step.kind is not StepKind.TAKEAWAY and _fits(step, value):
                self.answers[key] = list(value) if isinstance(value, list) else value
            else:
                self.kept_answers[key] = value


def _clean_answer(step: Step, value: Answer) -> Answer:
    if step.kind is StepKind.PAUSE:
        raise ValueError(f"step {step.id!r} is a pause and takes no answer")
    if step.kind is StepKind.MULTI_CHOICE:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError(f"step {step.id!r} takes a list of choices")
        chosen = list(dict.fromkeys(item.strip() for item in value if item.strip()))
        for item in chosen:
            _check_option(step, item)
        return chosen
    if not isinstance(value, str):
        raise ValueError(f"step {step.id!r} takes a text answer")
    if step.kind is StepKind.CHOICE and value.strip():
        _check_option(step, value.strip())
    # Keep inner line breaks and spacing of letters; trim only the ends.
    return value.strip()


def _check_option(step: Step, value: str) -> None:
    if not step.allow_own and value not in step.options:
        raise ValueError(f"{value!r} is not one of the choices of step {step.id!r}")


def _fits(step: Step, value: Any) -> bool:
    if step.kind is StepKind.MULTI_CHOICE:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    return step.kind in TEXT_ANSWER_KINDS and isinstance(value, str)


def _text_or_empty(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None
