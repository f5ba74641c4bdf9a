"""Critic to friend: when the critic repeats itself, bring back the kinder rewrite.

The inner critic tends to use the same few phrases, in slightly different words each
time ("I'm useless at this", "you're so useless"). Matching is deliberately simple and
pure: the phrases are reduced to their meaningful words (case, punctuation, little words
and common endings set aside), then compared both as sets of words and as sequences of
letters. The higher of the two scores counts, and a threshold keeps unrelated phrases out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher

from kindspace.errors import InvalidInput
from kindspace.journal.journal import Journal
from kindspace.journal.models import Entry
from kindspace.journal.search import SearchFilters
from kindspace.practice.definitions import CriticLog, Exercise

#: Scores run from 0 (nothing shared) to 1 (the same meaningful words).
DEFAULT_THRESHOLD = 0.6
#: How many search matches are looked at closely per exercise (best ranked first).
CANDIDATES = 200

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
#: Words that carry little meaning on their own, including the critic's favourite
#: absolutes ("always", "never"), which would otherwise make every phrase look alike.
_LITTLE_WORDS_TEXT = """
    a an the and or but so if then than that this these those there here of to in on at by
    for with from as about into over just very really too such
    i i'm im me my mine myself you you're youre your yours yourself we us our they them
    their he she him her it it's its is are was were be been being am do does did doing
    have has had having can can't cant could would should will won't wont not no
    don't dont doesn't didn't isn't aren't wasn't
    always never ever again all any every everything anything nothing some
    what why how who when where which get got
"""
_LITTLE_WORDS = frozenset(_LITTLE_WORDS_TEXT.split())
_ENDINGS = ("ness", "ing", "edly", "ed", "ly", "es", "s")


@dataclass(frozen=True)
class EarlierRewrite:
    """An earlier entry whose critic phrase resembles the new one."""

    entry_id: str
    day: date
    kind: str
    phrase: str
    rewrite: str
    similarity: float


def meaningful_words(text: str) -> list[str]:
    """The words that carry the phrase's meaning, lowercased and roughly stemmed."""
    return [_stem(word) for word in _unstemmed_words(text)]


def _unstemmed_words(text: str) -> list[str]:
    text = text.casefold().replace("’", "'")
    return [word for word in _WORD.findall(text) if word not in _LITTLE_WORDS]


def _stem(word: str) -> str:
    if word.endswith("ss"):
        return word
    for ending in _ENDINGS:
        if len(word) - len(ending) >= 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def similarity(first: str, second: str) -> float:
    """How alike two critic phrases are, from 0 to 1 (symmetric)."""
    words_a, words_b = meaningful_words(first), meaningful_words(second)
    if not words_a or not words_b:
        return 0.0
    set_a, set_b = set(words_a), set(words_b)
    overlap = 2 * len(set_a & set_b) / (len(set_a) + len(set_b))
    letters = SequenceMatcher(None, " ".join(words_a), " ".join(words_b), autojunk=False)
    return max(overlap, letters.ratio())


def find_similar(
    phrase: str,
    entries: Iterable[Entry],
    links: dict[str, CriticLog],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    exclude_entry_id: str | None = None,
) -> list[EarlierRewrite]:
    """Entries whose critic phrase resembles ``phrase``, most alike (then newest) first.

    ``links`` says, per entry kind, which answers hold the phrase and the rewrite. Entries
    without a rewrite are skipped: there is nothing kind to bring back from them yet.
    """
    found: list[EarlierRewrite] = []
    for entry in entries:
        link = links.get(entry.kind)
        if link is None or entry.id == exclude_entry_id:
            continue
        earlier = entry.answers.get(link.phrase_step)
        rewrite = entry.answers.get(link.rewrite_step)
        if not isinstance(earlier, str) or not isinstance(rewrite, str) or not rewrite.strip():
            continue
        score = similarity(phrase, earlier)
        if score >= threshold:
            found.append(
                EarlierRewrite(entry.id, entry.day, entry.kind, earlier, rewrite.strip(), score)
            )
    found.sort(key=lambda match: (-match.similarity, -match.day.toordinal()))
    return found


def critic_links(exercises: Iterable[Exercise]) -> dict[str, CriticLog]:
    return {exercise.id: exercise.critic_log for exercise in exercises if exercise.critic_log}


def earlier_rewrites(
    journal: Journal,
    exercises: Iterable[Exercise],
    phrase: str,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    exclude_entry_id: str | None = None,
    limit: int = 3,
) -> list[EarlierRewrite]:
    """Earlier rewrites for a phrase, from every exercise that logs critic phrases.

    Full-text search narrows the journal to entries sharing a word with the phrase, so a
    long journal is not decrypted entry by entry; the pure comparison then decides.
    """
    links = critic_links(exercises)
    words = sorted(set(_unstemmed_words(phrase)))
    if not words or not links:
        return []
    # Whole words: the search index stems both sides itself ("finished" finds "finish").
    query = " OR ".join(words)
    entries: dict[str, Entry] = {}
    for kind in links:
        try:
            hits = journal.search(query, SearchFilters(kind=kind), limit=CANDIDATES)
        except InvalidInput:
            continue
        for hit in hits:
            if hit.entry_id not in entries:
                entries[hit.entry_id] = journal.entries.get(hit.entry_id)
    matches = find_similar(
        phrase,
        entries.values(),
        links,
        threshold=threshold,
        exclude_entry_id=exclude_entry_id,
    )
    return matches[:limit]
