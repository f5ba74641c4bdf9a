"""Reading the journal from the command line the way jrnl users expect: ``list``, ``show``,
``tags``, and ``search`` with filters but no word.

``list`` prints one entry a line, tab-separated (short id, day, time, kind, title or first
line), newest last like jrnl, so it works with ``cut``, ``grep`` and ``tail``. ``show``
prints one entry whole, exercise answers under their step titles, laid out exactly as the
Markdown export lays it out. Nothing here writes to the journal except ``tags rename``.
"""

from __future__ import annotations

from kindspace.commands.session import Session
from kindspace.errors import InvalidInput
from kindspace.i18n import N_, _, ngettext
from kindspace.journal.journal import Journal
from kindspace.journal.models import NOTE_KIND, Entry
from kindspace.journal.search import SearchFilters

#: How many characters of an id a list shows; any unique start of 4 or more is accepted.
SHORT_ID = 8
UNTITLED = N_("(untitled)")


def _one_line(text: str) -> str:
    """Tabs and newlines would break the columns, so every run of whitespace becomes a space."""
    return " ".join(text.split())


def filters_from(args: object) -> SearchFilters:
    first_day = getattr(args, "first_day", None)
    last_day = getattr(args, "last_day", None)
    if first_day and last_day and first_day > last_day:
        raise InvalidInput(_("The --from date comes after the --to date, so nothing could match."))
    return SearchFilters(
        first_day=first_day,
        last_day=last_day,
        kind=getattr(args, "kind", None),
        tag=getattr(args, "tag", None),
    )


def known_kinds(journal: Journal) -> list[str]:
    """note, every exercise this kindspace has, and any other kind the journal holds."""
    from kindspace.practice.definitions import load_exercises

    kinds = {NOTE_KIND, *load_exercises(strict=False), *journal.entries.kinds()}
    return [NOTE_KIND, *sorted(kinds - {NOTE_KIND})]


def check_kind(journal: Journal, kind: str | None) -> None:
    """An unknown --kind is a typo, not "no entries": say so and name the kinds there are."""
    if kind is None:
        return
    kinds = known_kinds(journal)
    if kind not in kinds:
        raise InvalidInput(
            _("kindspace knows no kind called '{kind}'. The kinds are: {kinds}.").format(
                kind=kind, kinds=", ".join(kinds)
            )
        )


def format_entry_line(entry: Entry) -> str:
    when = entry.time_of_day
    time_text = f"{when:%H:%M}" if when is not None else "-"
    title = _one_line(entry.first_line) or _(UNTITLED)
    return f"{entry.id[:SHORT_ID]}\t{entry.day.isoformat()}\t{time_text}\t{entry.kind}\t{title}"


def run_list(session: Session) -> int:
    """One entry a line, by day then time, newest last."""
    args = session.args
    if args.number is not None and args.number < 1:
        raise InvalidInput(_("Please give -n a number of 1 or more."))
    filters = filters_from(args)
    with session.open() as journal:
        check_kind(journal, filters.kind)
        entries = journal.entries.listed(filters, last=args.number)
    if not entries:
        session.err.write(_("No entries matched.") + "\n")
        return 0
    session.out.write("".join(format_entry_line(entry) + "\n" for entry in entries))
    return 0


def list_without_a_word(session: Session) -> int:
    """``search`` given only filters: the same lines as ``list`` (a word isn't needed)."""
    filters = filters_from(session.args)
    if filters == SearchFilters():
        raise InvalidInput(
            _(
                "Please type a word or two to search for, or narrow with "
                "--tag, --kind, --from or --to ('kindspace list' shows every "
                "entry)."
            )
        )
    limit = session.args.limit
    with session.open() as journal:
        check_kind(journal, filters.kind)
        entries = journal.entries.listed(filters, last=limit)
    if not entries:
        session.err.write(_("No entries matched.") + "\n")
        return 0
    session.out.write("".join(format_entry_line(entry) + "\n" for entry in entries))
    return 0


def entry_text(entry: Entry) -> str:
    """The whole entry as plain text: a heading block, then each section under its title."""
    from kindspace.practice.definitions import load_exercises
    from kindspace.transfer.entry_sections import lay_out_entry, long_when

    layout = lay_out_entry(entry, load_exercises(strict=False))
    lines = [layout.title, f"{long_when(entry)} · {layout.kind_title}", f"id {entry.id}", ""]
    for section in layout.sections:
        if section.heading:
            lines.append(f"{section.heading}:")
        if section.text:
            lines.append(section.text)
        lines.extend(f"- {item}" for item in section.items)
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def run_show(session: Session) -> int:
    with session.open() as journal:
        entry = journal.entries.get(journal.entries.find_id(session.args.entry_id))
    session.out.write(entry_text(entry))
    return 0


def run_tags(session: Session) -> int:
    """``tags``: each tag and how many entries have it; ``tags rename OLD NEW``: rename/merge."""
    args = session.args
    if getattr(args, "tags_action", None) == "rename":
        with session.open() as journal:
            old, new = args.old.casefold(), args.new.casefold()
            had_new = old != new and any(
                tag.casefold() == new for tag, _count in journal.entries.tags()
            )
            changed = journal.entries.rename_tag(args.old, args.new)
        if had_new:
            done = ngettext(
                "'{old}' merged into '{new}' on {count} entry.",
                "'{old}' merged into '{new}' on {count} entries.",
                changed,
            )
        else:
            done = ngettext(
                "'{old}' renamed to '{new}' on {count} entry.",
                "'{old}' renamed to '{new}' on {count} entries.",
                changed,
            )
        session.out.write(done.format(old=args.old, new=args.new, count=changed) + "\n")
        return 0
    with session.open() as journal:
        tags = journal.entries.tags()
    if not tags:
        session.err.write(_("No entry has a tag yet.") + "\n")
        return 0
    session.out.write("".join(f"{tag}\t{count}\n" for tag, count in tags))
    return 0
