"""The Insights view's figures said in plain words, for the visible summary and screen readers.

Why kept apart from the charts: the same sentences serve the "summary in words", each chart's
accessible description and the tests, so a person who cannot see the charts hears exactly
what they show. The wording counts what was done and never what was not; the ratings are
described as the person's own answers, never as proof that an exercise works.
"""

from __future__ import annotations

from datetime import date

from kindspace.i18n import medium_day
from kindspace.practice.checkin import feelings_sentence
from kindspace.practice.insights import (
    NOTES_LABEL,
    ExerciseRatings,
    ExerciseUse,
    Insights,
    YearCalendar,
)

EMPTY_JOURNAL = (
    "Nothing to look back on yet, and that's perfectly fine. Whenever you write a note or "
    "try an exercise, a gentle picture of your practice will grow here. There is no schedule "
    "to keep."
)
RATINGS_CAVEAT = (
    "These are your own ratings, a way to notice what tends to help you. They aren't a test "
    "or a promise: some moments stay hard, and that's all right."
)
NO_RATINGS = (
    "When you rate how you feel before and after an exercise, the two answers will appear "
    "here side by side."
)
NO_REWRITES = (
    "When you turn the critic's words into a friend's words in an exercise, the pairs will "
    "gather here, newest first."
)
CALENDAR_KEY = "Darker squares are days with more entries. Empty squares are just days."

_EASIER = {"distress": "lighter", "self-criticism": "gentler"}
_HARDER = {"distress": "stronger", "self-criticism": "louder"}
_SUBJECT = {"distress": "the feeling", "self-criticism": "the critic"}


def titled(title: str, sentence: str) -> str:
    """``sentence`` about an exercise, after its title ("RAIN: rated…", "Would I…? Rated…")."""
    if title.endswith(("?", "!", ".")):
        return f"{title} {sentence[:1].upper()}{sentence[1:]}"
    return f"{title}: {sentence}"


def times(count: int, one: str = "time", many: str = "times") -> str:
    return f"{count:,} {one if count == 1 else many}"


def long_date(day: date) -> str:
    """ "1 May 2024" in the current language (not the C locale's month names)."""
    return medium_day(day)


def year_line(year: YearCalendar, today: date) -> str:
    """What one year of the practice calendar holds, counted up."""
    if year.practice_days == 0:
        if year.year == today.year:
            return f"Nothing written in {year.year} yet. Whenever you come back is a good time."
        return f"No entries in {year.year}."
    days = times(year.practice_days, "day", "days")
    entries = times(year.entries, "entry", "entries")
    verb = "have taken" if year.year == today.year else "took"
    return f"In {year.year} you {verb} time for yourself on {days} ({entries})."


def all_time_line(insights: Insights) -> str:
    days = times(insights.practice_days, "day", "days")
    entries = times(insights.entries, "entry", "entries")
    return f"Since your first entry: {days} of practice, {entries} in all."


def ratings_line(ratings: ExerciseRatings) -> str:
    """How the before/after answers of one exercise compare, as plain counts and averages."""
    if ratings.times == 0:
        return titled(ratings.title, "not rated before and after yet.")
    subject = _SUBJECT.get(ratings.measures, "the feeling")
    parts = []
    if ratings.lighter:
        parts.append(f"{_EASIER.get(ratings.measures, 'lighter')} {times(ratings.lighter)}")
    if ratings.same:
        parts.append(f"about the same {times(ratings.same)}")
    if ratings.heavier:
        parts.append(f"{_HARDER.get(ratings.measures, 'stronger')} {times(ratings.heavier)}")
    compared = _join(parts)
    before, after = ratings.average_before, ratings.average_after
    return titled(
        ratings.title,
        f"rated before and after {times(ratings.times)}. Afterwards {subject} was {compared}. "
        f"On average {before:.1f} before and {after:.1f} after, on a scale from 0 to 10.",
    )


def uses_line(uses: tuple[ExerciseUse, ...]) -> str:
    if not uses:
        return "No entries yet."
    listed = [
        times(use.count, "note", "notes")
        if use.title == NOTES_LABEL
        else f"{use.title} {times(use.count)}"
        for use in uses
    ]
    return f"What you have written: {_join(listed)}."


def rewrites_line(insights: Insights) -> str:
    count = len(insights.rewrites)
    if count == 0:
        return NO_REWRITES
    newest = insights.rewrites[0]
    rewrites = times(count, "kinder rewrite", "kinder rewrites")
    return (
        f"You have written {rewrites} of the critic's words, the newest on {long_date(newest.day)}."
    )


def summary_in_words(insights: Insights, year: int) -> list[str]:
    """Every figure of the view as sentences, in the order the view shows them."""
    if insights.is_empty:
        return [EMPTY_JOURNAL]
    lines = [year_line(insights.year(year), insights.today), all_time_line(insights)]
    rated = [ratings for ratings in insights.ratings if ratings.times]
    lines.extend(ratings_line(ratings) for ratings in rated)
    if rated:
        lines.append(RATINGS_CAVEAT)
    else:
        lines.append(NO_RATINGS)
    lines.append(uses_line(insights.uses))
    if insights.feelings:
        lines.append(feelings_line(insights, year))
    lines.append(rewrites_line(insights))
    return lines


def feelings_line(insights: Insights, year: int) -> str:
    """The check-in words of ``year``, counted, in kind words."""
    return feelings_sentence(insights.feelings.get(year, ()), year)


def use_label(use: ExerciseUse) -> str:
    """One bar's words: "RAIN: 12 times (3 this year)"."""
    this_year = f" ({use.in_year} this year)" if use.in_year and use.in_year != use.count else ""
    noun = ("note", "notes") if use.title == NOTES_LABEL else ("time", "times")
    return titled(use.title, f"{times(use.count, *noun)}{this_year}")


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"
