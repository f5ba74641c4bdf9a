"""What the Insights view shows, worked out on this computer from the journal's own entries.

Why one pass over every entry: the practice calendar, the before/after ratings, the use of
each exercise and the critic-to-friend log all come from the same entries, and reading the
journal once (in writing order, a batch at a time) is cheaper than asking four questions of
it. The result holds every year at once, so moving between years needs no new reading.

Practice is counted up (days with at least one entry), never as a streak that can break:
there are no "missed" days anywhere in these figures. The before/after ratings are the
person's own 0–10 answers; the summaries describe them and never promise an effect.
"""

from __future__ import annotations

import calendar
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from kindspace.i18n import N_
from kindspace.journal.journal import Journal
from kindspace.journal.models import NOTE_KIND, Entry
from kindspace.practice.checkin import CHECKIN_KIND, checkin_of
from kindspace.practice.definitions import CriticLog, Exercise

#: The title notes are counted under; a key, shown through ``_()``.
NOTES_LABEL = N_("Notes")
#: Entry counts at or above this share the calendar's strongest colour.
FULLEST_LEVEL = 3


@dataclass(frozen=True)
class RatingPair:
    """One time an exercise was rated both before and after (0 to 10, lower is lighter)."""

    entry_id: str
    day: date
    created: datetime
    before: int
    after: int

    @property
    def change(self) -> int:
        return self.after - self.before


@dataclass(frozen=True)
class ExerciseRatings:
    """Every before/after pair of one exercise, oldest first, and what they add up to."""

    kind: str
    title: str
    measures: str
    pairs: tuple[RatingPair, ...]
    unrated: int = 0

    @property
    def times(self) -> int:
        return len(self.pairs)

    @property
    def lighter(self) -> int:
        return sum(1 for pair in self.pairs if pair.after < pair.before)

    @property
    def same(self) -> int:
        return sum(1 for pair in self.pairs if pair.after == pair.before)

    @property
    def heavier(self) -> int:
        return sum(1 for pair in self.pairs if pair.after > pair.before)

    @property
    def average_before(self) -> float | None:
        return _average([pair.before for pair in self.pairs])

    @property
    def average_after(self) -> float | None:
        return _average([pair.after for pair in self.pairs])


@dataclass(frozen=True)
class ExerciseUse:
    """How often one kind of entry (an exercise, or notes) was written."""

    kind: str
    title: str
    count: int
    in_year: int = 0


@dataclass(frozen=True)
class CriticRewrite:
    """A critic's phrase and the kinder words written for it, from one exercise entry."""

    entry_id: str
    day: date
    created: datetime
    kind: str
    phrase: str
    rewrite: str


@dataclass(frozen=True)
class YearCalendar:
    """Entries per day for one year; days without entries are simply absent."""

    year: int
    counts: Mapping[date, int]

    @property
    def practice_days(self) -> int:
        return len(self.counts)

    @property
    def entries(self) -> int:
        return sum(self.counts.values())

    def count_on(self, day: date) -> int:
        return self.counts.get(day, 0)

    def days(self) -> list[date]:
        """Every day of the year, 1 January to 31 December (366 in a leap year)."""
        first = date(self.year, 1, 1).toordinal()
        length = 366 if calendar.isleap(self.year) else 365
        return [date.fromordinal(first + offset) for offset in range(length)]

    def month_practice_days(self) -> list[int]:
        """Practice days in each month, January first (twelve numbers)."""
        months = [0] * 12
        for day in self.counts:
            months[day.month - 1] += 1
        return months


def level(count: int) -> int:
    """The calendar's colour step for a day: 0 (no entry, a plain cell) up to FULLEST_LEVEL."""
    return max(0, min(count, FULLEST_LEVEL))


@dataclass(frozen=True)
class Insights:
    """Everything the view shows, for every year at once."""

    day_counts: Mapping[date, int]
    ratings: tuple[ExerciseRatings, ...]
    uses: tuple[ExerciseUse, ...]
    rewrites: tuple[CriticRewrite, ...]
    today: date
    #: The feeling words of the check-ins, by year: (word, times named), most often first.
    feelings: Mapping[int, tuple[tuple[str, int], ...]] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.day_counts

    @property
    def entries(self) -> int:
        return sum(self.day_counts.values())

    @property
    def practice_days(self) -> int:
        """Days with at least one entry since the journal began."""
        return len(self.day_counts)

    @property
    def first_year(self) -> int:
        return min((day.year for day in self.day_counts), default=self.today.year)

    @property
    def last_year(self) -> int:
        latest = max((day.year for day in self.day_counts), default=self.today.year)
        return max(latest, self.today.year)

    def years(self) -> range:
        """The years worth showing: from the first entry to this year (or a later entry)."""
        return range(min(self.first_year, self.today.year), self.last_year + 1)

    def year(self, year: int) -> YearCalendar:
        counts = {day: count for day, count in self.day_counts.items() if day.year == year}
        return YearCalendar(year, counts)

    def ratings_for(self, kind: str) -> ExerciseRatings | None:
        return next((ratings for ratings in self.ratings if ratings.kind == kind), None)


def summarise(
    entries: Iterable[Entry],
    exercises: Iterable[Exercise],
    today: date,
) -> Insights:
    """Insights from ``entries`` (any order), with titles and steps from ``exercises``."""
    counts: Counter[tuple[date, str]] = Counter()
    practice: list[Entry] = []
    for entry in entries:
        counts[(entry.day, entry.kind)] += 1
        if entry.kind != NOTE_KIND:
            practice.append(entry)
    found = [(day, kind, count) for (day, kind), count in counts.items()]
    return summarise_counted(found, practice, exercises, today)


def summarise_counted(
    counts: Iterable[tuple[date, str, int]],
    practice: Iterable[Entry],
    exercises: Iterable[Exercise],
    today: date,
) -> Insights:
    """Insights from how many entries of each kind each day has (``counts``) and the whole
    entries of every kind but notes (``practice``): notes add only to the counts, so a
    journal's bulk is never read."""
    catalog = {exercise.id: exercise for exercise in exercises}
    links: dict[str, CriticLog] = {
        kind: exercise.critic_log for kind, exercise in catalog.items() if exercise.critic_log
    }
    day_counts: Counter[date] = Counter()
    kinds: Counter[str] = Counter()
    kinds_this_year: Counter[str] = Counter()
    pairs: defaultdict[str, list[RatingPair]] = defaultdict(list)
    unrated: Counter[str] = Counter()
    rewrites: list[CriticRewrite] = []
    feelings: defaultdict[int, Counter[str]] = defaultdict(Counter)
    for day, kind, count in counts:
        day_counts[day] += count
        kinds[kind] += count
        if day.year == today.year:
            kinds_this_year[kind] += count
    for entry in practice:
        if entry.kind == NOTE_KIND:
            continue
        if entry.kind == CHECKIN_KIND:
            checkin = checkin_of(entry)
            if checkin is not None:
                feelings[entry.day.year].update(checkin.feelings)
            continue
        if entry.intensity_before is not None and entry.intensity_after is not None:
            pair = RatingPair(
                entry.id, entry.day, entry.created, entry.intensity_before, entry.intensity_after
            )
            pairs[entry.kind].append(pair)
        else:
            unrated[entry.kind] += 1
        link = links.get(entry.kind)
        if link is not None:
            rewrite = _critic_rewrite(entry, link)
            if rewrite is not None:
                rewrites.append(rewrite)
    ratings = tuple(
        ExerciseRatings(
            kind=kind,
            title=title_for(kind, catalog),
            measures=_measures(kind, catalog),
            pairs=tuple(sorted(found, key=lambda pair: (pair.day, pair.created))),
            unrated=unrated[kind],
        )
        for kind, found in sorted(pairs.items(), key=lambda item: _order(item[0], catalog))
    )
    uses = tuple(
        ExerciseUse(kind, title_for(kind, catalog), count, kinds_this_year[kind])
        for kind, count in sorted(kinds.items(), key=lambda item: (-item[1], item[0]))
    )
    rewrites.sort(key=lambda found: (found.day, found.created), reverse=True)
    counted = {
        year: tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
        for year, counts in feelings.items()
    }
    return Insights(dict(day_counts), ratings, uses, tuple(rewrites), today, counted)


def gather(journal: Journal, exercises: Iterable[Exercise], today: date) -> Insights:
    """Insights for an open journal, nothing written anywhere.

    Reads what the figures need and no more: the count of each kind on each day from an
    index, and whole entries only for practices. Notes, most of a journal and nearly all its
    text, are never read (opening Insights at 100 years took 0.8 s when every entry was).
    """
    counts = journal.entries.day_kind_counts()
    kinds = sorted({kind for _day, kind, _count in counts} - {NOTE_KIND})
    return summarise_counted(counts, journal.entries.of_kinds(kinds), exercises, today)


def title_for(kind: str, catalog: Mapping[str, Exercise]) -> str:
    """A readable name for an entry kind, also for exercises this version no longer has."""
    if kind == NOTE_KIND:
        return NOTES_LABEL
    if kind == CHECKIN_KIND:
        return "Check-ins"
    exercise = catalog.get(kind)
    if exercise is not None:
        return exercise.title
    words = kind.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else kind


def _measures(kind: str, catalog: Mapping[str, Exercise]) -> str:
    exercise = catalog.get(kind)
    if exercise is None or exercise.intensity is None:
        return "distress"
    return exercise.intensity.measures


def _order(kind: str, catalog: Mapping[str, Exercise]) -> tuple[int, str]:
    exercise = catalog.get(kind)
    return (exercise.order, exercise.title.casefold()) if exercise else (1 << 30, kind)


def _critic_rewrite(entry: Entry, link: CriticLog) -> CriticRewrite | None:
    """The pair from an entry, when both the phrase and a kinder rewrite were written."""
    phrase = entry.answers.get(link.phrase_step)
    rewrite = entry.answers.get(link.rewrite_step)
    if not isinstance(phrase, str) or not isinstance(rewrite, str):
        return None
    if not phrase.strip() or not rewrite.strip():
        return None
    return CriticRewrite(
        entry.id, entry.day, entry.created, entry.kind, phrase.strip(), rewrite.strip()
    )


def _average(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None
