"""Full-text search over titles, bodies, tags and exercise answers.

People type words, not FTS5 syntax: ``self-compassion`` or ``don't`` would be syntax errors
for FTS5, so every word is quoted before it reaches SQLite. A little syntax is kept because
it is what search boxes everywhere accept: ``"a phrase"``, ``word*`` for a prefix, and
``OR`` / ``NOT`` between words.

Some searches are costly in SQLite's full-text index: a one-letter prefix (``a*``) expands to
nearly every word of the journal, and thousands of ORed terms multiply that (one such search
ran for 11 minutes at 4 GB). So a query keeps at most ``MAX_TERMS`` terms, a prefix needs
``MIN_PREFIX_LETTERS`` letters, every search stops after ``TIME_LIMIT_S`` seconds, and a
caller (the window, when a new key is typed) can stop a running search at once. Snippets
of very long entries are their plain beginning (see ``LONG_ENTRY_CHARACTERS``).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from kindspace.clock import from_utc_text
from kindspace.errors import InvalidInput
from kindspace.i18n import N_, _
from kindspace.journal.database import Database, OperationalError
from kindspace.journal.models import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
_TOKEN = re.compile(r'"[^"]*"?|[^\s"]+')
_OPERATORS = frozenset({"OR", "AND", "NOT"})
#: bm25 weights of title, body, tags, answers: a word in a title says more than one in a body.
_WEIGHTS = (5.0, 1.0, 3.0, 1.0)
SNIPPET_TOKENS = 12
DEFAULT_LIMIT = 100
MAX_TERMS = 32
MIN_PREFIX_LETTERS = 2
#: Generous for a person's journal (searches there take milliseconds), short enough to wait.
TIME_LIMIT_S = 10.0
#: FTS5's snippet() grows with the square of the matches in one entry and can't be stopped
#: while it runs (a prefix matching 20,000 words of one note: 5.7 s; 200,000: 8.5 minutes).
#: Entries longer than this show their beginning instead: plain, instant, still a reminder.
LONG_ENTRY_CHARACTERS = 20_000
PLAIN_SNIPPET_CHARACTERS = 120
#: SQLite virtual-machine steps between two looks at the clock and the stop request.
_PROGRESS_STEPS = 2000

TOO_MANY_WORDS = N_("That's a lot of words for one search. Try fewer words (up to {count}).")
SHORT_PREFIX = N_(
    "A word ending in * needs at least {count} letters before the *. "
    "Try a longer beginning of the word."
)
TOO_SLOW = N_(
    "That search took too long, so it was stopped. Try fewer words, or longer beginnings "
    "of words with *."
)


class SearchTooSlow(InvalidInput):
    """The search ran past its time limit and was stopped (nothing is wrong with the journal)."""


class SearchCancelled(Exception):
    """The caller asked to stop (a newer search replaced this one); nothing to tell anyone."""


@dataclass(frozen=True)
class SearchFilters:
    """Optional narrowing of a search; every field left as None matches everything."""

    first_day: date | None = None
    last_day: date | None = None
    kind: str | None = None
    tag: str | None = None


def filter_clauses(
    filters: SearchFilters, *, table: str = "entries", seq: str = "entries.seq"
) -> tuple[list[str], dict[str, object]]:
    """SQL conditions and parameters for ``filters``, shared by search and plain listing,
    so a day, kind or tag narrows both in exactly the same way."""
    where: list[str] = []
    params: dict[str, object] = {}
    if filters.first_day:
        where.append(f"{table}.day >= :first_day")
        params["first_day"] = filters.first_day.isoformat()
    if filters.last_day:
        where.append(f"{table}.day <= :last_day")
        params["last_day"] = filters.last_day.isoformat()
    if filters.kind:
        where.append(f"{table}.kind = :kind")
        params["kind"] = filters.kind
    if filters.tag:
        where.append(f"{seq} IN (SELECT entry_seq FROM entry_tags WHERE tag = :tag)")
        params["tag"] = filters.tag
    return where, params


def _quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def to_fts_query(text: str) -> str:
    """Translate what a person typed into a safe FTS5 query (see the module docstring)."""
    terms: list[str] = []
    pending_operator: str | None = None
    # A NUL would end the string early inside SQLite ("unterminated string").
    text = _CONTROL_CHARACTERS.sub(" ", text)
    for token in _TOKEN.findall(text):
        if token.startswith('"'):
            phrase = token.strip('"').strip()
            if not phrase:
                continue
            term = _quote(phrase)
        elif token in _OPERATORS:
            if terms:
                pending_operator = token
            continue
        elif token.endswith("*") and token.strip("*"):
            if len(token.rstrip("*")) < MIN_PREFIX_LETTERS:
                raise InvalidInput(_(SHORT_PREFIX).format(count=MIN_PREFIX_LETTERS))
            term = _quote(token.rstrip("*")) + "*"
        else:
            word = token.strip("*")
            if not word:
                continue
            term = _quote(word)
        if pending_operator and terms:
            terms.append(pending_operator)
        pending_operator = None
        terms.append(term)
        if len(terms) > 2 * MAX_TERMS:  # terms and operators alike; stop reading early
            break
    if sum(1 for term in terms if term not in _OPERATORS) > MAX_TERMS:
        raise InvalidInput(_(TOO_MANY_WORDS).format(count=MAX_TERMS))
    if not terms:
        raise InvalidInput(_("Please type a word or two to search for."))
    return " ".join(terms)


def search_entries(
    db: Database,
    query: str,
    filters: SearchFilters | None = None,
    *,
    limit: int = DEFAULT_LIMIT,
    should_stop: Callable[[], bool] | None = None,
    time_limit_s: float | None = TIME_LIMIT_S,
) -> list[SearchHit]:
    """Best matches first, each with a short snippet around the matched words.

    Raises :class:`SearchTooSlow` after ``time_limit_s`` and :class:`SearchCancelled` as
    soon as ``should_stop()`` is true (it is asked from inside SQLite, on this thread).
    """
    filters = filters or SearchFilters()
    fts_query = to_fts_query(query)
    narrowing, params = filter_clauses(filters, seq="entries_fts.rowid")
    where = ["entries_fts MATCH :query", *narrowing]
    params |= {
        "query": fts_query,
        "limit": max(1, limit),
        "long_entry": LONG_ENTRY_CHARACTERS,
        "plain_snippet": PLAIN_SNIPPET_CHARACTERS,
    }
    # Reading `entries` for thousands of matches means decrypting most of the journal, so
    # the ranking only joins it when a date or kind filter needs it. Equal scores are
    # rare; among them the later-written entry comes first.
    needs_entries = any(clause.startswith("entries.") for clause in where)
    ranked_rows = (
        "entries_fts JOIN entries ON entries.seq = entries_fts.rowid"
        if needs_entries
        else "entries_fts"
    )
    weights = ", ".join(str(weight) for weight in _WEIGHTS)
    # Rank first and build snippets only for the rows that will be shown: snippet() reads
    # and tokenizes a whole entry, and a common word can match thousands of them.
    # CROSS JOIN keeps the order, so FTS5 looks each of the top rows up by rowid.
    sql = f"""
        WITH top AS (
            SELECT entries_fts.rowid AS seq, bm25(entries_fts, {weights}) AS score
            FROM {ranked_rows}
            WHERE {" AND ".join(where)}
            ORDER BY score, seq DESC
            LIMIT :limit
        )
        SELECT entries.id, entries.day, entries.kind, entries.title,
               entries.created_utc, entries.created_offset_minutes,
               CASE WHEN length(entries.body) + length(entries.answers) > :long_entry
                    THEN substr(entries.body, 1, :plain_snippet) || '…'
                    ELSE snippet(entries_fts, -1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}',
                                 '…', {SNIPPET_TOKENS})
               END AS snippet,
               top.score
        FROM top CROSS JOIN entries_fts CROSS JOIN entries
        WHERE entries_fts.rowid = top.seq AND entries.seq = top.seq
          AND entries_fts MATCH :query
        ORDER BY top.score, top.seq DESC
    """
    deadline = None if time_limit_s is None else time.monotonic() + time_limit_s

    def stop_now() -> int:
        if should_stop is not None and should_stop():
            return 1
        return int(deadline is not None and time.monotonic() > deadline)

    db.conn.set_progress_handler(stop_now, _PROGRESS_STEPS)
    try:
        rows = db.execute(sql, params).fetchall()
    except OperationalError as error:
        if "interrupted" in str(error).lower():
            if should_stop is not None and should_stop():
                raise SearchCancelled from None
            raise SearchTooSlow(_(TOO_SLOW)) from None
        if "fts5" in str(error).lower() or "syntax" in str(error).lower():
            raise InvalidInput(
                _(
                    "kindspace could not understand that search. Try plain words, "
                    'or put a phrase in "double quotes".'
                )
            ) from error
        raise
    finally:
        db.conn.set_progress_handler(None, 0)
    return [
        SearchHit(
            entry_id=entry_id,
            day=date.fromisoformat(day),
            kind=kind,
            title=title,
            snippet=snippet or "",
            rank=float(score),
            created=from_utc_text(created_utc, created_offset),
        )
        for entry_id, day, kind, title, created_utc, created_offset, snippet, score in rows
    ]
