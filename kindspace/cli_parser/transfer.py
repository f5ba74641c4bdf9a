"""The arguments of the commands that take the journal as a whole, in and out of files.

check, export, import, backup, restore and merge: each reads or writes the whole journal
(or a chosen part of it) against a file or folder a person names, rather than one entry.
"""

from __future__ import annotations

from pathlib import Path

from kindspace.cli_parser.shared import AddCommand, day
from kindspace.i18n import _


def add_transfer_commands(command: AddCommand) -> None:
    """check, export, import, backup, restore and merge, in the order --help lists them."""
    check = command(
        "check", _("decrypt and check the journal's integrity; exit code 1 on a problem")
    )
    check.add_argument(
        "--rebuild-index",
        action="store_true",
        help=_(
            "first build the search index again from the entries (when "
            "search says it is damaged); the entries themselves are not "
            "changed"
        ),
    )

    export = command("export", _("write entries to a readable (unencrypted) file or folder"))
    export.add_argument(
        "--format",
        choices=["json", "markdown", "pdf"],
        default="json",
        help=_(
            "json (everything, re-importable; the default), markdown (a "
            "folder with one file per entry) or pdf (for printing or "
            "sharing)"
        ),
    )
    export.add_argument("--output", type=Path, required=True, metavar="PATH")
    export.add_argument("--from", dest="first_day", type=day, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="last_day", type=day, metavar="YYYY-MM-DD")
    export.add_argument(
        "--entry", action="append", metavar="ID", help=_("only this entry (repeatable)")
    )
    export.add_argument(
        "--fields",
        metavar="LIST",
        help=_(
            "what to include, comma-separated from "
            "date,title,body,answers,ratings,tags (default: all; a json "
            "export with fewer parts is for reading and can't be imported)"
        ),
    )
    export.add_argument("--tag", metavar="TAG", help=_("only entries with this tag"))
    export.add_argument(
        "--force",
        action="store_true",
        help=_("replace an existing file (Markdown: write into a folder that already holds files)"),
    )

    importer = command(
        "import", _("add entries from kindspace, jrnl or Day One (all of them, or none)")
    )
    importer.add_argument("path", type=Path, metavar="PATH")
    importer.add_argument(
        "--format",
        dest="import_format",
        choices=[
            "kindspace", "jrnl", "jrnl-json", "dayone", "dayone-classic", "dayone-text"
        ],
        help=_("the file's format, when detecting it is not enough"),
    )  # fmt: skip
    importer.add_argument(
        "--skip-unreadable",
        action="store_true",
        help=_(
            "import the entries kindspace can read and leave out (and "
            "name) the rest, including words before a Day One text "
            "export's first date"
        ),
    )

    backup = command("backup", _("make an encrypted backup now"))
    backup.add_argument("--output", type=Path, metavar="PATH", help=_("where to put it"))

    restore = command("restore", _("bring back a backup (the current journal is kept aside)"))
    restore.add_argument("backup", type=Path, metavar="BACKUP")

    merge = command(
        "merge",
        _(
            "merge another kindspace file (a backup, or a data folder from elsewhere) into "
            "this journal, keeping both versions of what was changed on both sides"
        ),
    )
    merge.add_argument(
        "path",
        type=Path,
        metavar="PATH",
        help=_("a backup file (its key file beside it) or another kindspace data folder"),
    )
