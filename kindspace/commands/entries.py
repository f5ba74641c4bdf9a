"""Writing and finding entries from the command line: ``note`` and ``search``.

Neither echoes what was written: a terminal's scrollback and a script's log are places a
journal's words should not end up. ``search`` prints only the short snippet around a match,
one tab-separated line per hit, so its output works with ``cut``, ``grep`` and ``sort``.
"""

from __future__ import annotations

from kindspace.commands.session import Session
from kindspace.errors import InvalidInput
from kindspace.i18n import N_, _, number
from kindspace.journal.journal import MAX_SEARCH_LIMIT
from kindspace.journal.models import NOTE_KIND, SearchHit
from kindspace.journal.search import DEFAULT_LIMIT, SearchFilters, to_fts_query

UNTITLED = N_("(untitled)")
NOT_UTF8 = N_(
    "The note on standard input isn't valid UTF-8 text (perhaps a file in another "
    "encoding), so nothing was saved."
)


def run_note(session: Session) -> int:
    """Save a free note; TEXT ``-`` means the rest of standard input."""
    args = session.args
    try:
        text: str = session.stdin.read() if args.text == "-" else args.text
    except UnicodeDecodeError:
        raise InvalidInput(_(NOT_UTF8)) from None
    if not text.strip():
        raise InvalidInput(_("There is nothing to save: the note is empty."))
    with session.open() as journal:
        journal.entries.create(
            body=text, title=args.title or "", kind=NOTE_KIND, day=args.date, tags=args.tag or ()
        )
    session.out.write(_("Saved.") + "\n")
    return 0


def _one_line(text: str) -> str:
    """Tabs and newlines would break the columns, so every run of whitespace becomes a space."""
    return " ".join(text.split())


def format_hit(hit: SearchHit) -> str:
    title = _one_line(hit.title) or _(UNTITLED)
    snippet = _one_line(hit.plain_snippet("[", "]"))
    return f"{hit.day.isoformat()}\t{title}\t{snippet}"


def run_search(session: Session) -> int:
    """One line per match: date, title, snippet with the matched words in [brackets]."""
    args = session.args
    if args.limit is not None and not 1 <= args.limit <= MAX_SEARCH_LIMIT:
        raise InvalidInput(
            _("Please give --limit a number from 1 to {largest}.").format(
                largest=number(MAX_SEARCH_LIMIT)
            )
        )
    if args.first_day and args.last_day and args.first_day > args.last_day:
        raise InvalidInput(_("The --from date comes after the --to date, so nothing could match."))
    if args.query is None:
        from kindspace.commands.browse import list_without_a_word

        return list_without_a_word(session)
    to_fts_query(args.query)  # a query that can't work is reported before asking to unlock
    filters = SearchFilters(
        first_day=args.first_day, last_day=args.last_day, kind=args.kind, tag=args.tag
    )
    with session.open() as journal:
        if args.kind is not None:
            from kindspace.commands.browse import check_kind

            check_kind(journal, args.kind)
        hits = journal.search(args.query, filters, limit=args.limit or DEFAULT_LIMIT)
    if not hits:
        session.err.write(_("No entries matched.") + "\n")
        return 0
    session.out.write("".join(format_hit(hit) + "\n" for hit in hits))
    return 0
