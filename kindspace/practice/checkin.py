"""The ten-second check-in: a few feeling words and, if the person likes, how strong.

Why an entry: a check-in is a moment the person took for themselves, so it belongs in the
journal like any other (encrypted, in the calendar, searchable, exported and imported with
everything else, backed up). Its kind is ``checkin``; the words are kept in
``answers["feelings"]`` and, when given, the strength (1 to 3) in ``answers["strength"]``.
The body repeats the words so lists and exports read plainly.

No typing, no scores: the words are offered, the strength is three gentle steps, and
Insights only counts which words were named, never judges them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from kindspace.errors import InvalidInput
from kindspace.i18n import N_, _, ngettext
from kindspace.journal.journal import Journal
from kindspace.journal.models import Entry

CHECKIN_KIND = "checkin"
CHECKIN_TITLE = "Check-in"


@dataclass(frozen=True)
class Feeling:
    #: The English word, kept in the journal as it is; shown through ``_()``.
    word: str
    #: Heavier feelings lead to something short and steadying first.
    heavy: bool


FEELINGS: tuple[Feeling, ...] = (
    Feeling(N_("calm"), heavy=False),
    Feeling(N_("content"), heavy=False),
    Feeling(N_("grateful"), heavy=False),
    Feeling(N_("hopeful"), heavy=False),
    Feeling(N_("tired"), heavy=False),
    Feeling(N_("restless"), heavy=False),
    Feeling(N_("anxious"), heavy=True),
    Feeling(N_("sad"), heavy=True),
    Feeling(N_("lonely"), heavy=True),
    Feeling(N_("frustrated"), heavy=True),
    Feeling(N_("overwhelmed"), heavy=True),
    Feeling(N_("hard on myself"), heavy=True),
)
FEELING_WORDS = tuple(feeling.word for feeling in FEELINGS)
HEAVY_WORDS = frozenset(feeling.word for feeling in FEELINGS if feeling.heavy)
#: 1 to 3, as the person sees them.
STRENGTHS: tuple[tuple[int, str], ...] = (
    (1, N_("A little")),
    (2, N_("Quite a lot")),
    (3, N_("Very much")),
)
KEPT = N_("Kept. Thank you for checking in.")
NOTHING_PICKED = N_("Pick one or more words first; nothing was kept.")


@dataclass(frozen=True)
class CheckIn:
    feelings: tuple[str, ...]
    strength: int | None = None

    @property
    def heavy(self) -> bool:
        return any(word in HEAVY_WORDS for word in self.feelings)

    @property
    def strong(self) -> bool:
        return self.strength is not None and self.strength >= 3

    def describe(self) -> str:
        """ "tired, anxious (quite a lot)", in the current language (the entry's body)."""
        words = ", ".join(_(word) for word in self.feelings)
        label = dict(STRENGTHS).get(self.strength or 0)
        return f"{words} ({_(label).lower()})" if label else words


def make_checkin(feelings: Sequence[str], strength: int | None) -> CheckIn:
    """Clean the person's picks: known order, no repeats; at least one word."""
    chosen = [word.strip() for word in feelings if word.strip()]
    ordered = [word for word in FEELING_WORDS if word in chosen]
    ordered += [word for word in dict.fromkeys(chosen) if word not in FEELING_WORDS]
    if not ordered:
        raise InvalidInput(_(NOTHING_PICKED))
    if strength is not None and strength not in dict(STRENGTHS):
        raise InvalidInput(_("The strength is one of three steps, from 'a little' to 'very much'."))
    return CheckIn(tuple(ordered), strength)


def save_checkin(journal: Journal, feelings: Sequence[str], strength: int | None = None) -> Entry:
    checkin = make_checkin(feelings, strength)
    answers: dict[str, object] = {"feelings": list(checkin.feelings)}
    if checkin.strength is not None:
        answers["strength"] = checkin.strength
    return journal.entries.create(
        kind=CHECKIN_KIND, title=CHECKIN_TITLE, body=checkin.describe(), answers=answers
    )


def checkin_of(entry: Entry) -> CheckIn | None:
    """The check-in an entry holds (None for other entries or a damaged one)."""
    if entry.kind != CHECKIN_KIND:
        return None
    words = entry.answers.get("feelings")
    if not isinstance(words, list):
        return None
    feelings = tuple(word for word in words if isinstance(word, str) and word.strip())
    strength = entry.answers.get("strength")
    valid = type(strength) is int and strength in dict(STRENGTHS)
    return CheckIn(feelings, strength if valid else None) if feelings else None


def latest_checkin(journal: Journal, day: date) -> CheckIn | None:
    """Today's most recent check-in, which the suggestion follows."""
    found = [checkin_of(entry) for entry in journal.entries.on_day(day)]
    kept = [checkin for checkin in found if checkin is not None]
    return kept[-1] if kept else None


def count_feelings(entries: Iterable[Entry], year: int | None = None) -> list[tuple[str, int]]:
    """How often each word was named (in ``year``, or ever), most often first."""
    counts: Counter[str] = Counter()
    for entry in entries:
        checkin = checkin_of(entry)
        if checkin is not None and (year is None or entry.day.year == year):
            counts.update(checkin.feelings)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def feelings_sentence(counts: Sequence[tuple[str, int]], year: int) -> str:
    """In kind words: "In 2024 you named tired most often (12 times), then calm (8)..." """
    if not counts:
        return _(
            "No check-ins in {year} yet. When you check in on Today, the words you pick "
            "are counted here."
        ).format(year=year)

    def times(count: int) -> str:
        return ngettext("once", "{count} times", count).format(count=count)

    def quoted(word: str) -> str:
        # Translators: a feeling word in quotation marks; use your language's marks.
        return _("“{word}”").format(word=_(word))

    word, count = counts[0]
    rest = ", ".join(f"{quoted(w)} ({times(c)})" for w, c in counts[1:5])
    if rest:
        # Translators: {times} is like "3 times"; {rest} lists more words, like “calm” (once).
        text = _(
            "In {year} you named {word} most often ({times}), then {rest}. "
            "Every feeling is welcome here; these are only counts."
        )
    else:
        text = _(
            "In {year} you named {word} most often ({times}). "
            "Every feeling is welcome here; these are only counts."
        )
    return text.format(year=year, word=quoted(word), times=times(count), rest=rest)
