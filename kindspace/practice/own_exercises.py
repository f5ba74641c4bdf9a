"""Your own exercises: a title, a few steps and, if wanted, the before/after rating.

Why the shipped format: an own exercise is stored as the same content a shipped TOML file
holds (``docs/design/exercises.md``) and read by the same checks, so the one stepper runs it
unchanged, drafts and entries work the same way, and nothing is implemented twice. The
editor fills an :class:`OwnExerciseForm`; ``definition_of`` makes the content and
``exercise_of`` checks it. Ids start with ``own_``, so they can never clash with a shipped
exercise (whose id is stored as its entries' kind).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kindspace.errors import InvalidInput
from kindspace.i18n import N_, _
from kindspace.journal.journal import Journal
from kindspace.journal.own_exercises import OwnExerciseRecord, is_own_id, new_own_id
from kindspace.practice.content import ContentError
from kindspace.practice.definitions import Exercise, ExerciseCatalog, StepKind, parse_exercise

#: After the shipped exercises in lists.
OWN_ORDER = 1000
#: The words kindspace adds to a person's own exercise. They are kept in English with the
#: exercise and put into the current language when it is read (``exercise_of``).
STEP_HELP = N_("Take your time; any words are fine, and you can leave it empty.")
TAKEAWAY_TITLE = N_("Something to keep")
TAKEAWAY_PROMPT = N_("Is there one sentence from this you'd like to keep?")
OWN_SUMMARY = N_("An exercise you wrote yourself.")
RATING = {
    "measures": "distress",
    "before": N_("How strong is what you feel right now, from 0 to 10?"),
    "after": N_("And now, from 0 to 10?"),
    "help": N_("0 means not at all, 10 means as strong as it gets. Any number is fine."),
}
_OWN_DEFAULTS = frozenset((STEP_HELP, TAKEAWAY_TITLE, TAKEAWAY_PROMPT, OWN_SUMMARY))
MAX_STEPS = 12
#: The editor's unsaved changes are kept as a draft in the journal, under this prefix.
DRAFT_PREFIX = "own-exercise:"


@dataclass(frozen=True)
class OwnExerciseForm:
    """What the person writes in the editor."""

    title: str
    steps: tuple[str, ...]  # one question or prompt per step
    summary: str = ""
    minutes: int = 5
    rate: bool = False


def definition_of(form: OwnExerciseForm, own_id: str) -> dict[str, Any]:
    """The content of an exercise (as in a shipped TOML file), checked on the way."""
    title = form.title.strip()
    prompts = [prompt.strip() for prompt in form.steps if prompt.strip()]
    if not title:
        raise InvalidInput(_("Please give your exercise a title."))
    if not prompts:
        raise InvalidInput(_("Please write at least one step: a question or a prompt."))
    if len(prompts) > MAX_STEPS:
        raise InvalidInput(
            _("An exercise can have up to {max_steps} steps; please join some.").format(
                max_steps=MAX_STEPS
            )
        )
    if not 1 <= form.minutes <= 120:
        raise InvalidInput(_("The length is between 1 and 120 minutes."))
    steps: list[dict[str, Any]] = [
        {
            "id": f"step{number}",
            "kind": StepKind.TEXT.value,
            "title": _short_title(prompt, number),
            "prompt": prompt,
            "help": STEP_HELP,
        }
        for number, prompt in enumerate(prompts, start=1)
    ]
    steps.append(
        {
            "id": "takeaway",
            "kind": StepKind.TAKEAWAY.value,
            "title": TAKEAWAY_TITLE,
            "prompt": TAKEAWAY_PROMPT,
            "help": STEP_HELP,
        }
    )
    definition: dict[str, Any] = {
        "id": own_id,
        "title": title,
        "summary": form.summary.strip() or OWN_SUMMARY,
        "minutes": form.minutes,
        "layout": "stepper",
        "order": OWN_ORDER,
        "steps": steps,
    }
    if form.rate:
        definition["intensity"] = dict(RATING)
    exercise_of(definition)  # the same checks as a shipped file
    return definition


def form_of(definition: Mapping[str, Any]) -> OwnExerciseForm:
    """Back to the editor's fields (for editing an exercise written earlier)."""
    exercise = exercise_of(definition)
    prompts = tuple(step.prompt for step in exercise.steps if step.kind is StepKind.TEXT)
    return OwnExerciseForm(
        title=exercise.title,
        steps=prompts,
        # kindspace's summary stays kindspace's: it is not handed back as the person's words.
        summary="" if definition.get("summary") == OWN_SUMMARY else exercise.summary,
        minutes=max(1, round(exercise.minutes)),
        rate=exercise.intensity is not None,
    )


def exercise_of(definition: Mapping[str, Any]) -> Exercise:
    """Check the content and make the exercise; a problem is one calm InvalidInput."""
    own_id = definition.get("id")
    if not isinstance(own_id, str) or not is_own_id(own_id):
        raise InvalidInput(_("This isn't one of your own exercises (its id is not 'own_…')."))
    title = definition.get("title")
    source = f"your exercise “{title}”" if isinstance(title, str) else "your exercise"
    try:
        return parse_exercise(_spoken(definition), source)
    except ContentError as error:
        raise InvalidInput(str(error)) from None


def _spoken(definition: Mapping[str, Any]) -> dict[str, Any]:
    """The definition with kindspace's own words in the current language; the person's
    words (and anything else) stay exactly as written."""

    def speak(value: Any) -> Any:
        return _(value) if isinstance(value, str) and value in _OWN_DEFAULTS else value

    spoken = {key: speak(value) for key, value in definition.items()}
    steps = definition.get("steps")
    if isinstance(steps, list):
        spoken["steps"] = [
            {key: speak(value) for key, value in step.items()} if isinstance(step, dict) else step
            for step in steps
        ]
    intensity = definition.get("intensity")
    if isinstance(intensity, dict):
        ratings = frozenset(value for key, value in RATING.items() if key != "measures")
        spoken["intensity"] = {
            key: _(value) if isinstance(value, str) and value in ratings else value
            for key, value in intensity.items()
        }
    return spoken


def save_own_exercise(journal: Journal, form: OwnExerciseForm, own_id: str | None = None) -> str:
    """Keep (or update) an own exercise in the journal; returns its id."""
    own_id = own_id or new_own_id()
    journal.own_exercises.save(own_id, definition_of(form, own_id))
    return own_id


def with_own_exercises(
    shipped: ExerciseCatalog, records: Sequence[OwnExerciseRecord]
) -> ExerciseCatalog:
    """The shipped exercises and the person's own, in one catalog for the stepper and Today.
    One that cannot be read is left out and named in ``problems``, never dropped."""
    own: list[Exercise] = []
    problems = list(shipped.problems)
    for record in records:
        try:
            own.append(exercise_of(record.definition))
        except InvalidInput as error:
            problems.append(ContentError(str(error)))
    own.sort(key=lambda exercise: exercise.title.casefold())
    return ExerciseCatalog((*shipped.exercises, *own), tuple(problems))


def draft_slot(own_id: str | None) -> str:
    """The editor's draft slot: one per exercise being edited, one for a new exercise, so
    unsaved changes to one never replace another's."""
    return f"{DRAFT_PREFIX}{own_id or 'new'}"


def draft_payload(form: OwnExerciseForm) -> dict[str, Any]:
    return {
        "title": form.title,
        "steps": list(form.steps),
        "summary": form.summary,
        "minutes": form.minutes,
        "rate": form.rate,
    }


def form_from_draft(payload: Mapping[str, Any]) -> OwnExerciseForm:
    """The editor's unsaved fields back; odd values (an older version's) fall back gently."""
    steps = payload.get("steps")
    minutes = payload.get("minutes")
    return OwnExerciseForm(
        title=str(payload.get("title", "")),
        steps=tuple(str(step) for step in steps) if isinstance(steps, list) else (),
        summary=str(payload.get("summary", "")),
        minutes=minutes if isinstance(minutes, int) and 1 <= minutes <= 120 else 5,
        rate=payload.get("rate") is True,
    )


def is_own(exercise: Exercise) -> bool:
    return is_own_id(exercise.id)


def _short_title(prompt: str, number: int) -> str:
    """A step's heading when the entry is read back: the prompt's start, or "Step 2"."""
    first = prompt.split("\n", 1)[0].strip()
    return first if len(first) <= 60 else f"Step {number}"
