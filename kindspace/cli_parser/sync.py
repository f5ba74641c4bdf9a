"""The arguments of ``kindspace sync`` and its actions.

sync is the one command with actions of its own (setup, join, status, leave, compact): one
journal on a person's own devices, through a folder they already sync or carry. Its own
module because those actions are a small command line of their own.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kindspace.cli_parser.shared import AddCommand, add_shared_options
from kindspace.i18n import N_, _

_FOLDER_HELP = N_(
    "a folder you already sync or carry; kindspace works in a kindspace-sync folder in it"
)


def add_sync_command(command: AddCommand) -> None:
    """sync and its actions: one journal on your own devices, through a folder you sync."""
    sync = command(
        "sync",
        _(
            "exchange changes with your other devices now, through the folder you share "
            "(see its actions for setting up, joining, status and leaving)"
        ),
    )
    actions = sync.add_subparsers(dest="sync_action", metavar="ACTION", title=_("actions"))

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help_text, description=help_text)
        add_shared_options(sub, in_command=True)
        return sub

    setup = action("setup", _("start sharing this journal through FOLDER (one you already sync)"))
    setup.add_argument("folder", type=Path, metavar="FOLDER", help=_(_FOLDER_HELP))
    join = action(
        "join",
        _(
            "make this device's journal from FOLDER, with your passphrase or recovery key "
            "(a wrong one exits 2 and makes nothing)"
        ),
    )
    join.add_argument("folder", type=Path, metavar="FOLDER", help=_(_FOLDER_HELP))
    join.add_argument(
        "--no-keyring", action="store_true", help=_("don't keep the key in the system keyring")
    )
    action("status", _("the devices sharing this journal, when each was last seen, what waits"))
    action("leave", _("stop sharing on this device; the journal stays as it is"))
    action("compact", _("tidy the folder now (kindspace also does this by itself now and then)"))
