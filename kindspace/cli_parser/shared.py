"""What every part of the ``kindspace`` parser builds on.

The parser classes that turn argparse's own exit into a :class:`UsageError`, the options
accepted both before and after a command, and the date type. The command groups beside
this module each add their commands with these, so a rule about the whole command line
(exit codes, shared options) is written once.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, Protocol

from kindspace.cli_language import LANGUAGE_CHOICES
from kindspace.clock import parse_day
from kindspace.errors import UsageError as UsageError
from kindspace.i18n import _


class Parser(argparse.ArgumentParser):
    """argparse would exit with code 2, which kindspace keeps for "could not unlock"."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


class IntermixedParser(Parser):
    """Lets a positional that may be left out come after options (``edit ID --title T -``):
    plain argparse would give TEXT the empty match before it ever saw the ``-``."""

    _parsing = False

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._parsing:  # the intermixed parse calls back in here for its two passes
            return super().parse_known_args(args, namespace)
        self._parsing = True
        given_usage = self.usage
        if given_usage is None:
            # argparse keeps the usage for its two passes by cutting 7 characters, the length
            # of an English "usage: ", off the formatted usage; cut the prefix it really has.
            usage, prefix = self.format_usage(), _("usage: ")
            self.usage = usage[len(prefix) :] if usage.startswith(prefix) else usage
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._parsing = False
            self.usage = given_usage


class AddCommand(Protocol):
    """Adds one command, with the shared options, and returns its parser for the rest."""

    def __call__(
        self, name: str, help_text: str, intermixed: bool = False
    ) -> argparse.ArgumentParser: ...


def day(text: str) -> object:
    """An argparse type for a day given as 2024-05-31."""
    try:
        return parse_day(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date like 2024-05-31").format(text=text)
        ) from None


def add_shared_options(parser: argparse.ArgumentParser, *, in_command: bool) -> None:
    """Options accepted before and after the command (``kindspace --data-dir D note …`` and
    ``kindspace note --data-dir D …``). In a command they default to SUPPRESS, so that an
    option given before the command is not overwritten by the command's default."""
    suppress: dict[str, object] = {"default": argparse.SUPPRESS} if in_command else {}
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help=_("the journal's folder (default: KINDSPACE_DATA_DIR, else the usual per-user place)"),
        **suppress,  # type: ignore[arg-type]
    )
    parser.add_argument(
        "--passphrase-stdin",
        action="store_true",
        help=_("read the passphrase as one line from standard input"),
        **suppress,  # type: ignore[arg-type]
    )
    parser.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        help=_("read the recovery key as one line from standard input"),
        **suppress,  # type: ignore[arg-type]
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGE_CHOICES,
        help=_(
            "the language to speak: en, de or es (default: the app's setting, else the system's)"
        ),
        **suppress,  # type: ignore[arg-type]
    )
