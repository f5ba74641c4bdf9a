"""The arguments of the commands that make and change the journal's keys.

init, passphrase, require-passphrase and recovery-key: the commands that decide how the
journal is unlocked, kept together because a mistake in one of them is the kind that can
lock a person out. ``init`` comes first in --help and the others near the end, so there
are two functions.
"""

from __future__ import annotations

from kindspace.cli_parser.shared import AddCommand
from kindspace.i18n import _


def add_init_command(command: AddCommand) -> None:
    """init: create a journal, the first command a person meets."""
    init = command("init", _("create a journal and print its recovery key"))
    init.add_argument(
        "--no-keyring", action="store_true", help=_("don't keep the key in the system keyring")
    )


def add_key_commands(command: AddCommand) -> None:
    """passphrase, require-passphrase and recovery-key."""
    passphrase = command("passphrase", _("set or change the passphrase"))
    passphrase.add_argument(
        "--new-passphrase-stdin",
        action="store_true",
        help=_("read the new passphrase as one line from stdin (after any current secret)"),
    )

    require = command(
        "require-passphrase", _("on: always ask for the passphrase; off: use the keyring too")
    )
    require.add_argument("state", choices=["on", "off"])

    recovery = command("recovery-key", _("make a new recovery key (the old one stops working)"))
    recovery.add_argument("--new", action="store_true", help=_("make a new one and print it"))
