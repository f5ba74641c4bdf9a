"""Exercises as data: the shapes of an exercise and its steps, loaded from TOML.

Adding an exercise means adding ``resources/exercises/<id>.toml`` and nothing else (unless
it needs a new layout). So the loader checks everything a view would otherwise trip over
later, and names the file and field when something is wrong. Every key is described in
docs/design/exercises.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path

from kindspace.i18n import N_, _, ngettext
from kindspace.localized import localized_files
from kindspace.paths import resource_path
from kindspace.practice.content import ContentError, Fields, parse_toml, read_toml_file

_IDENTIFIER = re.compile(r"[a-z][a-z0-9_]*\Z")
TEXT_SIZES = ("line", "paragraph", "page")
#: What a rating measures: a key in the files, shown through ``_()``.
INTENSITY_MEASURES = (N_("distress"), N_("self-criticism"))


class StepKind(StrEnum):
    TEXT = "text"  # a written answer, with help and example phrases
    CHOICE = "choice"  # one option from a list (or the person's own words, if allowed)
    MULTI_CHOICE = "multi_choice"  # several options from a list (feeling words)
    PHRASES = "phrases"  # pick a phrase as a starting point, edit it or write your own
    PAUSE = "pause"  # a quiet moment with guidance; nothing to answer
    REREAD = "reread"  # shows an earlier answer again; may offer a reminder to reread later
    TAKEAWAY = "takeaway"  # the last step: one line to keep, and tags


#: Step kinds whose answer is a text (a single string).
TEXT_ANSWER_KINDS = frozenset(
    {StepKind.TEXT, StepKind.CHOICE, StepKind.PHRASES, StepKind.REREAD, StepKind.TAKEAWAY}
)


@dataclass(frozen=True)
class Step:
    """One page of an exercise. Every step has a title, a prompt and help."""

    id: str
    kind: StepKind
    title: str
    prompt: str
    help: str
    examples: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    allow_own: bool = False
    size: str = "paragraph"
    seconds: int | None = None
    #: An earlier 'text' step whose answer this step shows (required on 'reread' steps).
    shows: str | None = None
    offer_reminder_days: int | None = None

    @property
    def takes_answer(self) -> bool:
        return self.kind is not StepKind.PAUSE


@dataclass(frozen=True)
class Intensity:
    """The optional 0–10 rating before and after, and what exactly it rates."""

    measures: str
    before: str
    after: str
    help: str


@dataclass(frozen=True)
class CriticLog:
    """Which steps hold a critic's phrase and its kinder rewrite (see critic_log.py)."""

    phrase_step: str
    rewrite_step: str


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    summary: str
    minutes: float
    layout: str
    order: int
    steps: tuple[Step, ...]
    max_minutes: float | None = None
    suited_to_reminder: bool = False
    credit: str = ""
    intensity: Intensity | None = None
    critic_log: CriticLog | None = None
    source: str = ""

    @property
    def rate_intensity(self) -> bool:
        return self.intensity is not None

    @property
    def duration_label(self) -> str:
        """ "about 30 seconds", "about 5 minutes" or "2 to 5 minutes", in the current language."""
        if self.max_minutes is not None:
            return _("{low} to {high} minutes").format(
                low=_number(self.minutes), high=_number(self.max_minutes)
            )
        if self.minutes < 1:
            seconds = max(10, round(self.minutes * 6) * 10)
            return ngettext("about {count} second", "about {count} seconds", seconds).format(
                count=seconds
            )
        whole = int(self.minutes) if self.minutes == int(self.minutes) else 2
        return ngettext("about {count} minute", "about {count} minutes", whole).format(
            count=_number(self.minutes)
        )

    def step(self, step_id: str) -> Step:
        for step in self.steps:
            if step.id == step_id:
                return step
        raise KeyError(f"{self.id} has no step {step_id!r}")

    def step_index(self, step_id: str) -> int:
        return self.steps.index(self.step(step_id))

    @property
    def takeaway_step(self) -> Step:
        return self.steps[-1]

    @property
    def reread_step(self) -> Step | None:
        return next((step for step in self.steps if step.kind is StepKind.REREAD), None)


def _number(value: float) -> str:
    """ "3", or "2.5" with the language's decimal mark ("2,5")."""
    # Translators: the decimal mark, as in 4.5 (German and Spanish: ",").
    return str(int(value)) if value == int(value) else f"{value:g}".replace(".", _("."))


@dataclass(frozen=True)
class ExerciseCatalog(Mapping[str, Exercise]):
    """Every exercise by id, iterated in display order.

    ``problems`` holds the files that could not be read when loading was not strict, so the
    app can show the rest and say calmly that one exercise is unavailable.
    """

    exercises: tuple[Exercise, ...]
    problems: tuple[ContentError, ...] = ()
    _by_id: dict[str, Exercise] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {exercise.id: exercise for exercise in self.exercises})

    def __getitem__(self, exercise_id: str) -> Exercise:
        return self._by_id[exercise_id]

    def __iter__(self) -> Iterator[str]:
        return (exercise.id for exercise in self.exercises)

    def __len__(self) -> int:
        return len(self.exercises)

    def for_reminders(self) -> list[Exercise]:
        """The short exercises that fit into a reminder popup."""
        return [exercise for exercise in self.exercises if exercise.suited_to_reminder]


def exercises_folder() -> Path:
    return resource_path("exercises")


def load_exercises(
    folder: Path | None = None, *, strict: bool = True, language: str | None = None
) -> ExerciseCatalog:
    """Load every ``*.toml`` in ``folder`` (the shipped exercises by default).

    The shipped exercises come in ``language`` (the app's current language by default),
    each file falling back to English on its own (see :mod:`kindspace.localized`).
    Strict loading (tests, development) raises the first :class:`ContentError`; otherwise a
    bad file is left out and reported in ``problems``, so one typo never hides the rest.
    """
    where = folder or exercises_folder()
    if not where.is_dir():
        raise ContentError(f"kindspace could not find its exercises in {where}.")
    if folder is None:
        paths = localized_files("exercises", "*.toml", language)
    else:
        paths = sorted(folder.glob("*.toml"))
    loaded: list[Exercise] = []
    problems: list[ContentError] = []
    seen: dict[str, str] = {}
    for path in paths:
        try:
            exercise = load_exercise_file(path)
            if exercise.id in seen:
                raise ContentError(
                    f"{path.name}: id {exercise.id!r} is also used by {seen[exercise.id]}."
                )
        except ContentError as error:
            if strict:
                raise
            problems.append(error)
            continue
        seen[exercise.id] = path.name
        loaded.append(exercise)
    loaded.sort(key=lambda exercise: (exercise.order, exercise.title.casefold()))
    return ExerciseCatalog(tuple(loaded), tuple(problems))


def load_exercise_file(path: Path) -> Exercise:
    exercise = parse_exercise(read_toml_file(path), path.name)
    if exercise.id != path.stem:
        raise ContentError(
            f"{path.name}: id is {exercise.id!r}, but it should match the file name "
            f"({path.stem!r}) so drafts and entries always find their exercise."
        )
    return exercise


def parse_exercise_text(text: str, source: str) -> Exercise:
    return parse_exercise(parse_toml(text, source), source)


def parse_exercise(data: dict[str, object], source: str) -> Exercise:
    fields = Fields(data, source)
    exercise_id = _identifier(fields, "id")
    minutes = fields.number("minutes")
    max_minutes = fields.optional_number("max_minutes")
    if max_minutes is not None and max_minutes <= minutes:
        raise fields.fail("max_minutes", "should be more than minutes")
    steps = tuple(_parse_step(step) for step in fields.tables("steps"))
    exercise = Exercise(
        id=exercise_id,
        title=fields.text("title"),
        summary=fields.text("summary"),
        minutes=minutes,
        max_minutes=max_minutes,
        layout=_identifier(fields, "layout"),
        order=fields.integer("order"),
        suited_to_reminder=fields.boolean("suited_to_reminder"),
        credit=fields.optional_text("credit"),
        intensity=_parse_intensity(fields.table("intensity")),
        critic_log=_parse_critic_log(fields.table("critic_log")),
        steps=steps,
        source=source,
    )
    fields.done()
    _check_steps(exercise, fields)
    return exercise


def _identifier(fields: Fields, key: str) -> str:
    value = fields.text(key)
    if not _IDENTIFIER.match(value):
        raise fields.fail(key, "should use only lowercase letters, digits and _ (like 'rain')")
    return value


def _parse_step(fields: Fields) -> Step:
    kind = StepKind(fields.one_of("kind", tuple(StepKind)))
    step = Step(
        id=_identifier(fields, "id"),
        kind=kind,
        title=fields.text("title"),
        prompt=fields.text("prompt"),
        help=fields.text("help"),
    )
    if kind in (StepKind.TEXT, StepKind.TAKEAWAY, StepKind.REREAD):
        default_size = "line" if kind is StepKind.TAKEAWAY else "paragraph"
        size = fields.one_of("size", TEXT_SIZES) if fields.has("size") else default_size
        step = replace(step, size=size)
    if kind in (StepKind.TEXT, StepKind.TAKEAWAY):
        step = replace(step, examples=fields.text_list("examples"))
    if kind in (StepKind.CHOICE, StepKind.MULTI_CHOICE, StepKind.PHRASES):
        options = fields.text_list("options")
        if len(options) < 2:
            raise fields.fail("options", "should offer at least two choices")
        if len({option.casefold() for option in options}) != len(options):
            raise fields.fail("options", "lists the same choice twice")
        allow_own = kind is StepKind.PHRASES or fields.boolean("allow_own")
        step = replace(step, options=options, allow_own=allow_own)
    if kind is StepKind.PAUSE:
        step = replace(step, seconds=fields.optional_integer("seconds", minimum=1))
    if kind in (StepKind.TEXT, StepKind.PHRASES) and fields.has("shows"):
        # A step that builds on an earlier answer ("say those same words to yourself")
        # shows it, so the person needn't page back or remember.
        step = replace(step, shows=_identifier(fields, "shows"))
    if kind is StepKind.REREAD:
        step = replace(
            step,
            shows=_identifier(fields, "shows"),
            offer_reminder_days=fields.optional_integer("offer_reminder_days", minimum=1),
        )
    fields.done()
    return step


def _parse_intensity(fields: Fields | None) -> Intensity | None:
    if fields is None:
        return None
    intensity = Intensity(
        measures=fields.one_of("measures", INTENSITY_MEASURES),
        before=fields.text("before"),
        after=fields.text("after"),
        help=fields.text("help"),
    )
    fields.done()
    return intensity


def _parse_critic_log(fields: Fields | None) -> CriticLog | None:
    if fields is None:
        return None
    log = CriticLog(
        phrase_step=_identifier(fields, "phrase_step"),
        rewrite_step=_identifier(fields, "rewrite_step"),
    )
    fields.done()
    return log


def _check_steps(exercise: Exercise, fields: Fields) -> None:
    """Rules between steps, which no single step can check on its own."""
    ids = [step.id for step in exercise.steps]
    duplicates = sorted({step_id for step_id in ids if ids.count(step_id) > 1})
    if duplicates:
        raise fields.fail("steps", f"use the id {duplicates[0]!r} more than once")
    kinds = [step.kind for step in exercise.steps]
    if kinds[-1] is not StepKind.TAKEAWAY or kinds.count(StepKind.TAKEAWAY) != 1:
        raise fields.fail("steps", "should end with exactly one 'takeaway' step")
    if len(exercise.steps) < 2:
        raise fields.fail("steps", "need at least one step before the takeaway")
    for index, step in enumerate(exercise.steps):
        if step.shows is not None:
            shown = ids.index(step.shows) if step.shows in ids else -1
            if shown < 0 or shown >= index or exercise.steps[shown].kind is not StepKind.TEXT:
                raise fields.fail(f"steps[{index + 1}].shows", "should name an earlier 'text' step")
    log = exercise.critic_log
    if log is not None:
        for key, step_id in (("phrase_step", log.phrase_step), ("rewrite_step", log.rewrite_step)):
            if step_id not in ids or exercise.step(step_id).kind is not StepKind.TEXT:
                raise fields.fail(f"critic_log.{key}", "should name a 'text' step")
        if ids.index(log.phrase_step) >= ids.index(log.rewrite_step):
            raise fields.fail("critic_log", "should have the phrase step before the rewrite")
