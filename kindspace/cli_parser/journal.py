"""The arguments of the commands that write, find, read and tend entries.

note, search, list, show, edit, delete and tags: the everyday journal commands, kept
together because they share their filters (``--from``, ``--to``, ``--tag``, ``--kind``) and
how an entry is named (its id, as list shows it).
"""

from __future__ import annotations

from kindspace.cli_parser.shared import AddCommand, add_shared_options, day
from kindspace.i18n import _


def add_journal_commands(command: AddCommand) -> None:
    """note and search, then the commands that read and tend entries as jrnl users do."""
    note = command("note", _("add a free note"))
    note.add_argument("--date", type=day, metavar="YYYY-MM-DD", help=_("the day it belongs to"))
    note.add_argument("--title", metavar="T", help=_("a title"))
    note.add_argument("--tag", action="append", metavar="TAG", help=_("a tag (repeatable)"))
    note.add_argument("text", metavar="TEXT", help=_("the note, or - to read it from stdin"))

    search = command("search", _("find entries; one match per line: date, title, snippet"))
    search.add_argument(
        "query",
        metavar="QUERY",
        nargs="?",
        help=_('words, "a phrase", word*, OR, NOT; without it, the filters alone (as list)'),
    )
    search.add_argument("--from", dest="first_day", type=day, metavar="YYYY-MM-DD")
    search.add_argument("--to", dest="last_day", type=day, metavar="YYYY-MM-DD")
    search.add_argument("--kind", help=_("only entries of this kind (note, or an exercise)"))
    search.add_argument("--tag", help=_("only entries with this tag"))
    search.add_argument("--limit", type=int, metavar="N", help=_("at most N matches (100)"))

    _add_browse_commands(command)


def _add_browse_commands(command: AddCommand) -> None:
    """list, show, edit, delete and tags: reading and tending entries as jrnl users do."""
    listing = command("list", _("one entry a line: id, day, time, kind, title; newest last"))
    listing.add_argument("--from", dest="first_day", type=day, metavar="YYYY-MM-DD")
    listing.add_argument("--to", dest="last_day", type=day, metavar="YYYY-MM-DD")
    listing.add_argument("--tag", help=_("only entries with this tag"))
    listing.add_argument("--kind", help=_("only entries of this kind (note, or an exercise)"))
    listing.add_argument("-n", dest="number", type=int, metavar="N", help=_("only the newest N"))

    show = command("show", _("print one entry whole, exercise answers under their steps"))
    show.add_argument("entry_id", metavar="ID", help=_("its id, as list shows it"))

    edit = command(
        "edit",
        _("change an entry; without TEXT or options, open $VISUAL or $EDITOR on it"),
        intermixed=True,
    )
    edit.add_argument("entry_id", metavar="ID", help=_("its id, as list shows it"))
    edit.add_argument("--title", metavar="T", help=_("a new title"))
    edit.add_argument(
        "--tag", action="append", metavar="TAG", help=_("its tags become these (repeatable)")
    )
    edit.add_argument("--date", type=day, metavar="YYYY-MM-DD", help=_("move it to this day"))
    edit.add_argument("text", metavar="TEXT", nargs="?", help=_("the new text, or - for stdin"))

    delete = command(
        "delete", _("delete an entry (asks first on a terminal; the app can bring it back)")
    )
    delete.add_argument("entry_id", metavar="ID", help=_("its id, as list shows it"))
    delete.add_argument(
        "--yes", action="store_true", help=_("don't ask (needed without a terminal)")
    )

    tags = command("tags", _("every tag with how many entries have it; or rename one"))
    actions = tags.add_subparsers(dest="tags_action", metavar="ACTION", title=_("actions"))
    rename = actions.add_parser(
        "rename",
        help=_("rename tag OLD to NEW on every entry (merging when NEW exists)"),
        description=_("rename tag OLD to NEW on every entry (merging when NEW exists)"),
    )
    add_shared_options(rename, in_command=True)
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")
