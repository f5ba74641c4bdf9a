"""The ``kindspace`` command: a second face over the same journal API as the GUI.

Without a command it starts the app. Everything else is a short command that a person can
type or a script can run, with promises a script can rely on: exit code 0 when all went
well, 1 for a problem found or a mistake in the input, 2 when the journal could not be
unlocked, 130 after Ctrl-C. Errors are one calm sentence on stderr, never a traceback
(unless ``KINDSPACE_DEBUG=1``), and neither errors nor logs ever contain a secret or the
journal's text.

Heavy modules are imported only by the command that needs them: ``--version`` stays
instant, and no command but the app itself and ``export --format pdf`` (which lays out the
PDF with Qt, headless) ever loads Qt.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, cast

from kindspace import APP_NAME, __version__
from kindspace.clock import parse_day
from kindspace.errors import KindspaceError
from kindspace.i18n import N_, _, current_language, speak_argparse, use_language
from kindspace.journal import key_read_ahead
from kindspace.language import (
    FOLLOW_SYSTEM,
    SUPPORTED_LANGUAGES,
    resolve_language,
    system_languages,
)
from kindspace.process_guard import harden_process, take_passphrase_from_environment

if TYPE_CHECKING:
    from kindspace.commands.session import Session

DEBUG_ENV = "KINDSPACE_DEBUG"
LANGUAGE_CHOICES = (FOLLOW_SYSTEM, *SUPPORTED_LANGUAGES)
EXIT_INTERRUPTED = 130

#: Each command and the function that runs it, imported only when that command runs.
COMMANDS: dict[str, str] = {
    "init": "kindspace.commands.keys:run_init",
    "note": "kindspace.commands.entries:run_note",
    "search": "kindspace.commands.entries:run_search",
    "list": "kindspace.commands.browse:run_list",
    "show": "kindspace.commands.browse:run_show",
    "edit": "kindspace.commands.editing:run_edit",
    "delete": "kindspace.commands.editing:run_delete",
    "tags": "kindspace.commands.browse:run_tags",
    "check": "kindspace.commands.maintenance:run_check",
    "export": "kindspace.commands.exporting:run_export",
    "import": "kindspace.commands.importing:run_import",
    "backup": "kindspace.commands.maintenance:run_backup",
    "restore": "kindspace.commands.maintenance:run_restore",
    "passphrase": "kindspace.commands.keys:run_passphrase",
    "require-passphrase": "kindspace.commands.keys:run_require_passphrase",
    "recovery-key": "kindspace.commands.keys:run_recovery_key",
    "sync": "kindspace.commands.sync:run_sync",
    "merge": "kindspace.commands.merge:run_merge",
}

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


class UsageError(Exception):
    """A mistake on the command line; shown as one sentence with exit code 1."""


class _Parser(argparse.ArgumentParser):
    """argparse would exit with code 2, which kindspace keeps for "could not unlock"."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


class _IntermixedParser(_Parser):
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


def _day(text: str) -> object:
    try:
        return parse_day(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date like 2024-05-31").format(text=text)
        ) from None


def _add_shared_options(parser: argparse.ArgumentParser, *, in_command: bool) -> None:
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=APP_NAME,
        description=_(
            "kindspace: a private, offline companion for practising "
            "self-compassion.\nWithout a command, it opens the app."
        ),
        epilog=_(EPILOG),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_shared_options(parser, in_command=False)
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
            sub.__class__ = _IntermixedParser
        _add_shared_options(sub, in_command=True)
        return sub

    init = command("init", _("create a journal and print its recovery key"))
    init.add_argument(
        "--no-keyring", action="store_true", help=_("don't keep the key in the system keyring")
    )

    note = command("note", _("add a free note"))
    note.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help=_("the day it belongs to"))
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
    search.add_argument("--from", dest="first_day", type=_day, metavar="YYYY-MM-DD")
    search.add_argument("--to", dest="last_day", type=_day, metavar="YYYY-MM-DD")
    search.add_argument("--kind", help=_("only entries of this kind (note, or an exercise)"))
    search.add_argument("--tag", help=_("only entries with this tag"))
    search.add_argument("--limit", type=int, metavar="N", help=_("at most N matches (100)"))

    _add_browse_commands(command)

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
    export.add_argument("--from", dest="first_day", type=_day, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="last_day", type=_day, metavar="YYYY-MM-DD")
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
    _add_sync_command(command)
    return parser


_FOLDER_HELP = N_(
    "a folder you already sync or carry; kindspace works in a kindspace-sync folder in it"
)


def _add_sync_command(command: Callable[..., argparse.ArgumentParser]) -> None:
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
        _add_shared_options(sub, in_command=True)
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


def _add_browse_commands(command: Callable[..., argparse.ArgumentParser]) -> None:
    """list, show, edit, delete and tags: reading and tending entries as jrnl users do."""
    listing = command("list", _("one entry a line: id, day, time, kind, title; newest last"))
    listing.add_argument("--from", dest="first_day", type=_day, metavar="YYYY-MM-DD")
    listing.add_argument("--to", dest="last_day", type=_day, metavar="YYYY-MM-DD")
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
    edit.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help=_("move it to this day"))
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
    _add_shared_options(rename, in_command=True)
    rename.add_argument("old", metavar="OLD")
    rename.add_argument("new", metavar="NEW")


def _option_value(argv: Sequence[str], option: str) -> str | None:
    """The last value given for ``option`` (as ``--option V`` or ``--option=V``), read before
    the parser exists: the parser's own words depend on the language."""
    found = None
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        if argument == option and index + 1 < len(argv):
            found = argv[index + 1]
        elif argument.startswith(option + "="):
            found = argument.partition("=")[2]
    return found


def cli_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The language for this run: ``--language``, else the app's setting, else the system's.

    The setting is read from the journal's folder (``--data-dir``, ``KINDSPACE_DATA_DIR`` or
    the usual place) without unlocking anything: preferences are not secret. A folder that
    can't be read just means "no setting".
    """
    from kindspace.paths import DATA_DIR_ENV, default_data_dir
    from kindspace.preferences import saved_language

    env = os.environ if environ is None else environ
    chosen = _option_value(argv, "--language")
    if chosen is None or chosen not in LANGUAGE_CHOICES:
        given = _option_value(argv, "--data-dir") or env.get(DATA_DIR_ENV)
        data_dir = Path(given).expanduser() if given else default_data_dir()
        chosen = saved_language(data_dir)
    return resolve_language(chosen, system_languages(env))


def _command_function(name: str) -> Callable[[Session], int]:
    module_name, _colon, function = COMMANDS[name].partition(":")
    return cast("Callable[[Session], int]", getattr(importlib.import_module(module_name), function))


def _run(argv: Sequence[str] | None) -> int:
    use_language(cli_language(sys.argv[1:] if argv is None else argv))
    speak_argparse()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help and --version
        return stop.code if isinstance(stop.code, int) else 0
    if args.command is None:
        # The app and the self-test never read it; remove it so no program they start
        # (a file manager opening the backups folder, for one) inherits the passphrase.
        take_passphrase_from_environment()
    if args.self_test:
        if args.command:
            raise UsageError(_("--self-test runs on its own, without a command"))
        from kindspace.selftest import run_self_test

        return run_self_test(sys.stdout)
    if args.command is None:
        return _start_app(args.data_dir, start_hidden=args.start_hidden)
    from kindspace.commands.session import Session

    return _command_function(args.command)(Session(args))


def _start_app(data_dir: Path | None, *, start_hidden: bool = False) -> int:
    from kindspace.journal.unlocking import KEYRING_TIMEOUT_SECONDS, JournalLocation
    from kindspace.paths import default_data_dir

    journal_dir = data_dir or default_data_dir()
    # First of all, so the helper reads the key on another core while the window is built.
    key_reader = key_read_ahead.KeyReader.start(
        JournalLocation(journal_dir), KEYRING_TIMEOUT_SECONDS
    )
    try:
        try:
            from kindspace.gui.app import run
        except ImportError as error:
            raise KindspaceError(
                _(
                    "kindspace couldn't start its window ({kind}: {error}); the "
                    "commands in 'kindspace --help' still work."
                ).format(kind=type(error).__name__, error=error)
            ) from error
        return run(journal_dir, start_hidden=start_hidden, key_reader=key_reader)
    finally:
        if key_reader is not None:
            key_reader.stop()


class _StderrHandler(logging.Handler):
    """Writes to whatever ``sys.stderr`` is at the time (tests swap it)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            sys.stderr.write(self.format(record) + "\n")
        except Exception:
            self.handleError(record)


def _setup_logging(debug: bool) -> None:
    logger = logging.getLogger(APP_NAME)
    if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
        handler = _StderrHandler()
        handler.setFormatter(logging.Formatter(f"{APP_NAME}: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.DEBUG if debug else logging.WARNING)


def _say(message: str) -> None:
    if sys.stderr is None:  # a windowed build (Windows, macOS) has no console to write to
        from kindspace.gui.console_free_message import show_console_free_message

        show_console_free_message(message)
        return
    sys.stderr.write(f"{APP_NAME}: {message}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code (the console script exits with it).

    The run speaks its own language (see :func:`cli_language`) and hands the previous one
    back afterwards, so a caller in the same process (a test, a script) is not left in it.
    """
    previous = current_language()
    try:
        return _main(argv)
    finally:
        use_language(previous)


def _main(argv: Sequence[str] | None) -> int:
    harden_process()  # before any journal word or key can be in memory
    debug = os.environ.get(DEBUG_ENV) == "1"
    _setup_logging(debug)
    given = sys.argv[1:] if argv is None else list(argv)
    if len(given) == 2 and given[0] == key_read_ahead.HELPER_FLAG:
        return key_read_ahead.serve(Path(given[1]))  # the app's own helper, not a command
    try:
        return _run(argv)
    except KeyboardInterrupt:
        if sys.stderr is not None and sys.stderr.isatty():
            sys.stderr.write("\n")
        return EXIT_INTERRUPTED
    except UsageError as error:
        text = str(error)
        sentence = f"{text[:1].upper()}{text[1:]}"
        _say(_("{sentence}. See 'kindspace --help'.").format(sentence=sentence))
        return 1
    except KindspaceError as error:
        if debug:
            traceback.print_exc()
        _say(str(error))
        return error.exit_code
    except UnicodeError:
        # Invalid UTF-8 given as an argument or on standard input, met before it was checked.
        if debug:
            traceback.print_exc()
        _say(_("Some of the text given isn't valid UTF-8, so nothing was changed."))
        return 1
    except BrokenPipeError:
        # The reader went away (``kindspace search … | head``): nothing more to say to it.
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as error:
        # Mostly a path a person gave that can't be used (a file where a folder should be).
        if debug:
            traceback.print_exc()
        if isinstance(error, FileExistsError | NotADirectoryError) and error.filename:
            _say(
                _("A folder is needed at {path}, but a file is in the way.").format(
                    path=error.filename
                )
            )
        else:
            where = f" ({error.filename})" if error.filename else ""
            _say(
                _("The system said “{reason}”{where}.").format(
                    reason=error.strerror or type(error).__name__, where=where
                )
            )
        return 1
    except MemoryError:
        # SQLCipher reports a page that fails its authentication check as "out of memory".
        if debug:
            traceback.print_exc()
        _say(
            _(
                "Part of the journal could not be read, so it may be damaged. "
                "'kindspace check' says more, and your backups are in the backups folder."
            )
        )
        return 1
    except Exception as error:
        if debug:
            traceback.print_exc()
        _say(
            _(
                "Something unexpected went wrong ({kind}); "
                "running it again with {setting} shows the details."
            ).format(kind=type(error).__name__, setting=f"{DEBUG_ENV}=1")
        )
        return 1
