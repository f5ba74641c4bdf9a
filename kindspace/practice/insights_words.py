"""The Insights view's figures said in plain words, for the visible summary and screen readers.

Why kept apart from the charts: the same sentences serve the "summary in words", each chart's
accessible description and the tests, so a person who cannot see the charts hears exactly
what they show. The wording counts what was done and never what was not; the ratings are
described as the person's own answers, never as proof that an exercise works.
"""

from __future__ import annotations

from datetime import date

from kindspace.i18n import N_, _, decimal, medium_day, ngettext, number
from kindspace.practice.checkin import feelings_sentence
from kindspace.practice.insights import (
    NOTES_LABEL,
    ExerciseRatings,
    ExerciseUse,
    Insights,
    YearCalendar,
)

EMPTY_JOURNAL = N_(
    "Nothing to look back on yet, and that's perfectly fine. Whenever you write a note or "
    "try an exercise, a gentle picture of your practice will grow here. There is no schedule "
    "to keep."
)
RATINGS_CAVEAT = N_(
    "These are your own ratings, a way to notice what tends to help you. They aren't a test "
    "or a promise: some moments stay hard, and that's all right."
)
NO_RATINGS = N_(
    "When you rate how you feel before and after an exercise, the two answers will appear "
    "here side by side."
)
NO_REWRITES = N_(
    "When you turn the critic's words into a friend's words in an exercise, the pairs will "
    "gather here, newest first."
)
CALENDAR_KEY = N_("Darker squares are days with more entries. Empty squares are just days.")


def titled(title: str, sentence: str) -> str:
    """``sentence`` about an exercise, after its title ("RAIN: rated…", "Would I…? Rated…")."""
    if title.endswith(("?", "!", ".")):
        return f"{title} {sentence[:1].upper()}{sentence[1:]}"
    return f"{title}: {sentence}"


def times(count: int, one: str = "time", many: str = "times") -> str:
    """ "3 times", "1 day", "12 entries" in the current language.

    Each pair is written out as its own ``ngettext`` so translators see it (and languages
    with other plural rules get theirs); an unknown pair falls back to English."""
    shown = number(count)
    if one == "time":
        return ngettext("{count} time", "{count} times", count).format(count=shown)
    if one == "day":
        return ngettext("{count} day", "{count} days", count).format(count=shown)
    if one == "entry":
        return ngettext("{count} entry", "{count} entries", count).format(count=shown)
    if one == "note":
        return ngettext("{count} note", "{count} notes", count).format(count=shown)
    if one == "kinder rewrite":
        phrase = ngettext("{count} kinder rewrite", "{count} kinder rewrites", count)
        return phrase.format(count=shown)
    return f"{shown} {one if count == 1 else many}"


def long_date(day: date) -> str:
    """ "1 May 2024" in the current language (not the C locale's month names)."""
    return medium_day(day)


def year_line(year: YearCalendar, today: date) -> str:
    """What one year of the practice calendar holds, counted up."""
    if year.practice_days == 0:
        if year.year == today.year:
            return _(
                "Nothing written in {year} yet. Whenever you come back is a good time."
            ).format(year=year.year)
        return _("No entries in {year}.").format(year=year.year)
    days = times(year.practice_days, "day", "days")
    entries = times(year.entries, "entry", "entries")
    if year.year == today.year:
        # Translators: {days} is like "3 days", {entries} like "4 entries".
        text = _("In {year} you have taken time for yourself on {days} ({entries}).")
    else:
        text = _("In {year} you took time for yourself on {days} ({entries}).")
    return text.format(year=year.year, days=days, entries=entries)


def all_time_line(insights: Insights) -> str:
    days = times(insights.practice_days, "day", "days")
    entries = times(insights.entries, "entry", "entries")
    # Translators: {days} is like "3 days", {entries} like "4 entries".
    return _("Since your first entry: {days} of practice, {entries} in all.").format(
        days=days, entries=entries
    )


def _compared(measures: str, kind: str, count: int) -> str:
    """One part of "Afterwards the feeling was lighter 2 times and about the same once"."""
    shown = times(count)
    if kind == "same":
        return _("about the same {times}").format(times=shown)
    if measures == "self-criticism":
        text = _("gentler {times}") if kind == "easier" else _("louder {times}")
    else:
        text = _("lighter {times}") if kind == "easier" else _("stronger {times}")
    return text.format(times=shown)


def ratings_line(ratings: ExerciseRatings) -> str:
    """How the before/after answers of one exercise compare, as plain counts and averages."""
    if ratings.times == 0:
        return titled(ratings.title, _("not rated before and after yet."))
    parts = []
    if ratings.lighter:
        parts.append(_compared(ratings.measures, "easier", ratings.lighter))
    if ratings.same:
        parts.append(_compared(ratings.measures, "same", ratings.same))
    if ratings.heavier:
        parts.append(_compared(ratings.measures, "harder", ratings.heavier))
    if ratings.measures == "self-criticism":
        # Translators: {compared} is like "gentler 2 times and about the same 1 time".
        text = _(
            "rated before and after {times}. Afterwards the critic was {compared}. "
            "On average {before} before and {after} after, on a scale from 0 to 10."
        )
    else:
        text = _(
            "rated before and after {times}. Afterwards the feeling was {compared}. "
            "On average {before} before and {after} after, on a scale from 0 to 10."
        )
    before, after = ratings.average_before, ratings.average_after
    assert before is not None and after is not None  # rated at least once, so averaged
    return titled(
        ratings.title,
        text.format(
            times=times(ratings.times),
            compared=_join(parts),
            before=decimal(before),
            after=decimal(after),
        ),
    )


def uses_line(uses: tuple[ExerciseUse, ...]) -> str:
    if not uses:
        return _("No entries yet.")
    listed = [
        times(use.count, "note", "notes")
        if use.title == NOTES_LABEL
        else f"{use.title} {times(use.count)}"
        for use in uses
    ]
    return _("What you have written: {list}.").format(list=_join(listed))


def rewrites_line(insights: Insights) -> str:
    count = len(insights.rewrites)
    if count == 0:
        return _(NO_REWRITES)
    newest = insights.rewrites[0]
    rewrites = times(count, "kinder rewrite", "kinder rewrites")
    # Translators: {rewrites} is like "3 kinder rewrites".
    return _("You have written {rewrites} of the critic's words, the newest on {day}.").format(
        rewrites=rewrites, day=long_date(newest.day)
    )


def summary_in_words(insights: Insights, year: int) -> list[str]:
    """Every figure of the view as sentences, in the order the view shows them."""
    if insights.is_empty:
        return [_(EMPTY_JOURNAL)]
    lines = [year_line(insights.year(year), insights.today), all_time_line(insights)]
    rated = [ratings for ratings in insights.ratings if ratings.times]
    lines.extend(ratings_line(ratings) for ratings in rated)
    if rated:
        lines.append(_(RATINGS_CAVEAT))
    else:
        lines.append(_(NO_RATINGS))
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
    noun = ("note", "notes") if use.title == NOTES_LABEL else ("time", "times")
    counted = times(use.count, *noun)
    if use.in_year and use.in_year != use.count:
        counted = _("{counted} ({count} this year)").format(
            counted=counted, count=number(use.in_year)
        )
    return titled(_(use.title) if use.title == NOTES_LABEL else use.title, counted)


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return _("{list} and {last}").format(list=", ".join(parts[:-1]), last=parts[-1])
