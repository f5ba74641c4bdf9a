"""One practice that fits now: the time of day and, if there is one, today's check-in.

Why one suggestion: a list of everything asks the person to choose when choosing is hard.
So Today offers one practice with a plain reason, keeps the short ones (30 seconds, a few
minutes) beside it, and the rest a click away. The rules are few and visible here; they
prefer short, steadying practices late at night and when feelings run strong, and never
suggest something long when it is late.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from kindspace.i18n import N_, _
from kindspace.practice.checkin import CheckIn
from kindspace.practice.definitions import Exercise

SHORT_MINUTES = 5


@dataclass(frozen=True)
class Suggestion:
    exercise: Exercise
    reason: str


def is_short(exercise: Exercise) -> bool:
    """30 seconds to five minutes: never hidden below the fold on Today."""
    return (exercise.max_minutes or exercise.minutes) <= SHORT_MINUTES


def short_practices(catalog: Mapping[str, Exercise]) -> list[Exercise]:
    """The short practices, quickest first."""
    found = [exercise for exercise in catalog.values() if is_short(exercise)]
    return sorted(found, key=lambda ex: (ex.minutes, ex.max_minutes or 0, ex.order))


def part_of_day(now: datetime) -> str:
    hour = now.hour
    if 5 <= hour < 12:
        return "morning"
    if 12 <= hour < 18:
        return "afternoon"
    if 18 <= hour < 23:
        return "evening"
    return "night"


#: (what fits, the exercises to try in order, the reason the person reads).
_STRONG = (
    ("self_compassion_break", "small_moments"),
    N_("When feelings run strong, something short and steady can help."),
)
_CRITIC = (
    ("critic_to_friend", "reverse_golden_rule"),
    N_("When you're hard on yourself, it can help to hear how a friend would put it."),
)
_HEAVY = (
    ("self_compassion_break", "rain"),
    N_("A few minutes of kindness toward what you are feeling."),
)
_LIGHT = (
    ("small_moments", "self_compassion_journal"),
    N_("A small moment to notice what is going well."),
)
_BY_TIME = {
    "morning": (
        ("small_moments", "self_compassion_break"),
        N_("Something short to begin the day."),
    ),
    "afternoon": (("self_compassion_break", "critic_to_friend"), N_("A short pause in the day.")),
    "evening": (
        ("self_compassion_journal", "self_compassion_break"),
        N_("A quiet look back at the day, in your own words."),
    ),
    "night": (
        ("small_moments", "self_compassion_break"),
        N_("Something short and gentle for late."),
    ),
}


def suggest(
    catalog: Mapping[str, Exercise], now: datetime, checkin: CheckIn | None = None
) -> Suggestion | None:
    """The one practice to offer first (None only when there are no exercises at all)."""
    late = part_of_day(now) == "night"
    if checkin is not None and "hard on myself" in checkin.feelings and not checkin.strong:
        wanted, reason = _CRITIC
    elif checkin is not None and checkin.heavy and checkin.strong:
        wanted, reason = _STRONG
    elif checkin is not None and checkin.heavy:
        wanted, reason = _HEAVY
    elif checkin is not None:
        wanted, reason = _LIGHT
    else:
        wanted, reason = _BY_TIME[part_of_day(now)]
    fits = _fitting(catalog, wanted, short_only=late or (checkin is not None and checkin.strong))
    if fits is not None:
        return Suggestion(fits, _(reason))
    shortest = short_practices(catalog) or list(catalog.values())
    if not shortest:
        return None
    return Suggestion(shortest[0], _("Something short, whenever you like."))


def _fitting(
    catalog: Mapping[str, Exercise], wanted: Sequence[str], *, short_only: bool
) -> Exercise | None:
    for exercise_id in wanted:
        exercise = catalog.get(exercise_id)
        if exercise is not None and (is_short(exercise) or not short_only):
            return exercise
    return None
