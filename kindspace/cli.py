"""The ``kindspace`` command: a second face over the same journal API as the GUI.

Without a command it starts the app. Everything else is a short command that a person can
type or a script can run, with promises a script can rely on: exit code 0 when all went
well, 1 for a problem found or a mistake in the input, 2 when the journal could not be
unlocked, 130 after Ctrl-C. Errors are one calm sentence on stderr, never a traceback
(unless ``KINDSPACE_DEBUG=1``), and neither errors nor logs ever contain a secret or the
journal's text.

Heavy modules are imported only by the command that needs them: ``--version`` stays
instant, and no command but the app itself and ``export --format pdf`` (which lays out the
PDF with Qt, headless) ever loads Qt. A plain ``kindspace``, which is what a launcher runs,
builds no parser at all: it starts the key's helper (see :mod:`kindspace.journal.
key_read_ahead`) first and goes straight to the window.

This module is the entry: it chooses the run's language (:mod:`kindspace.cli_language`),
builds the parser (:mod:`kindspace.cli_parser`), hands the command to its module in
:mod:`kindspace.commands` and turns whatever goes wrong into a sentence and an exit code.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from kindspace import APP_NAME
from kindspace.errors import KindspaceError, UsageError
from kindspace.i18n import _, current_language, speak_argparse, use_language
from kindspace.journal import key_read_ahead
from kindspace.process_guard import harden_process, take_passphrase_from_environment

if TYPE_CHECKING:
    from kindspace.commands.session import Session

#: What others import from here (the console script, tests).
__all__ = ["COMMANDS", "main"]

DEBUG_ENV = "KINDSPACE_DEBUG"
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


def _command_function(name: str) -> Callable[[Session], int]:
    module_name, _colon, function = COMMANDS[name].partition(":")
    return cast("Callable[[Session], int]", getattr(importlib.import_module(module_name), function))


def _run(argv: Sequence[str] | None) -> int:
    given = sys.argv[1:] if argv is None else list(argv)
    if not given:  # what a launcher runs: the window, with nothing to parse
        take_passphrase_from_environment()  # never read by the app (see below), nor the helper
        return _start_app(None, language_from=given)
    from kindspace.cli_language import cli_language
    from kindspace.cli_parser import build_parser

    use_language(cli_language(given))
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


def _start_app(
    data_dir: Path | None,
    *,
    start_hidden: bool = False,
    language_from: Sequence[str] | None = None,
) -> int:
    """``language_from``: the arguments to choose the run's language from, when that hasn't
    been done yet (a plain start chooses it only once the helper is on its way)."""
    from kindspace.journal.unlocking import KEYRING_TIMEOUT_SECONDS, JournalLocation
    from kindspace.paths import default_data_dir

    journal_dir = data_dir or default_data_dir()
    # First of all, so the helper reads the key on another core while the window is built.
    key_reader = key_read_ahead.KeyReader.start(
        JournalLocation(journal_dir), KEYRING_TIMEOUT_SECONDS
    )
    try:
        if language_from is not None:
            from kindspace.cli_language import cli_language

            use_language(cli_language(language_from))
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
