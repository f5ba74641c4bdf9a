"""The ``kindspace`` command line's parser: every command and what it accepts.

Building the parser is one job, apart from running it (:mod:`kindspace.cli`), so the entry
point stays short and each command group's arguments sit in one small module beside this
one: :mod:`.journal`, :mod:`.transfer`, :mod:`.keys` and :mod:`.sync`, on the shared
pieces in :mod:`.shared`. It is built after the run's language is chosen, because every
help text is translated as it is added. Nothing here imports a command's own code, so
``--version`` and ``--help`` stay light.
"""

from __future__ import annotations

import argparse

from kindspace import APP_NAME, __version__
from kindspace.cli_parser.journal import add_journal_commands
from kindspace.cli_parser.keys import add_init_command, add_key_commands
from kindspace.cli_parser.shared import (
    IntermixedParser,
    Parser,
    UsageError,
    add_shared_options,
)
from kindspace.cli_parser.sync import add_sync_command
from kindspace.cli_parser.transfer import add_transfer_commands
from kindspace.i18n import N_, _

__all__ = ["EPILOG", "UsageError", "build_parser"]

EPILOG = N_("""\
Unlocking: kindspace tries, in this order, a secret given with --passphrase-stdin or
--recovery-key-stdin, then the KINDSPACE_PASSPHRASE environment variable (meant for
automation; other programs of the same user may be able to read it), then the system
keyring, and then, in a terminal, asks with a hidden prompt. A --*-stdin option reads
exactly one line; for 'note -' the note is the rest of standard input after that line.

Environment: KINDSPACE_DATA_DIR (the journal's folder, unless --data-dir is given),
KINDSPACE_PASSPHRASE, KINDSPACE_DEBUG=1 (show the details of unexpected errors).

Exit codes: 0 all well, 1 a problem found or a mistake in the input,
2 the journal could not be unlocked (or does not exist yet), 130 interrupted.""")


def build_parser() -> argparse.ArgumentParser:
    """The whole parser, in the current language; its errors raise :class:`UsageError`."""
    parser = Parser(
        prog=APP_NAME,
        description=_(
            "kindspace: a private, offline companion for practising "
            "self-compassion.\nWithout a command, it opens the app."
        ),
        epilog=_(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_shared_options(parser, in_command=False)
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        # argparse's own default is fixed when argparse is imported, before any language.
        help=_("show program's version number and exit"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_("check this installation with a temporary journal (your own is not touched)"),
    )
    parser.add_argument(
        "--start-hidden",
        action="store_true",
        help=_("open the app in the tray (or minimized where there is no tray), as at login"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title=_("commands"))

    def command(name: str, help_text: str, intermixed: bool = False) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        if intermixed:  # add_parser has no per-command parser class before Python 3.14
            sub.__class__ = IntermixedParser
        add_shared_options(sub, in_command=True)
        return sub

    # The order here is the order --help lists the commands in.
    add_init_command(command)
    add_journal_commands(command)
    add_transfer_commands(command)
    add_key_commands(command)
    add_sync_command(command)
    return parser
