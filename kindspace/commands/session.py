"""What every command shares: the journal's place, the offered secrets, and how to unlock.

The unlock order is the same for every command, so it lives here once: an explicit secret
(``--passphrase-stdin`` / ``--recovery-key-stdin``, then ``KINDSPACE_PASSPHRASE``), then the
system keyring, then a hidden prompt when a person sits at a terminal; otherwise the command
stops with one sentence and exit code 2. The keyring is looked at only when the journal says
its key is kept there and no secret was given (so ``--passphrase-stdin`` never waits on it),
and then only read, with a timeout: the full write/read/delete probe runs only when the
keyring is being chosen (``init``, ``require-passphrase off``).
"""

from __future__ import annotations

import argparse
import getpass
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TextIO, TypeVar

from kindspace.errors import CannotUnlock, InvalidInput, KeyringUnavailable, WrongSecret
from kindspace.i18n import _
from kindspace.journal.journal import Journal, JournalLocation, open_journal
from kindspace.journal.keyring_store import (
    KeyringCheck,
    KeyringKeyStore,
    KeyringTimedOut,
    find_keyring_for_reading,
    find_usable_keyring,
)
from kindspace.journal.recovery_key import normalize_recovery_key
from kindspace.journal.restore import unlock_data_key
from kindspace.journal.unlocking import read_journal_keys
from kindspace.paths import default_data_dir
from kindspace.process_guard import PASSPHRASE_ENV, take_passphrase_from_environment

PROMPT_ATTEMPTS = 3
_T = TypeVar("_T")
_NESTED_ERROR = re.compile(r" \(\w+: (.*)\)\Z")


class SecretKind(StrEnum):
    PASSPHRASE = "passphrase"  # noqa: S105 (the name of a method, not a secret)
    RECOVERY_KEY = "recovery key"


@dataclass(frozen=True)
class Secret:
    kind: SecretKind
    value: str

    def __repr__(self) -> str:  # never let a secret reach a log or a traceback by accident
        return f"Secret({self.kind.value}, <hidden>)"


def _stdin_sentences(what: str) -> tuple[str, str]:
    """What to say when ``what`` on standard input is not UTF-8, and when it is missing.

    Whole sentences per secret, so each language can word them its own way."""
    if what == "recovery key":
        return (
            _("The recovery key isn't valid UTF-8 text."),
            _("kindspace expected the recovery key on standard input, but nothing came."),
        )
    if what == "new passphrase":
        return (
            _("The new passphrase isn't valid UTF-8 text."),
            _("kindspace expected the new passphrase on standard input, but nothing came."),
        )
    return (
        _("The passphrase isn't valid UTF-8 text."),
        _("kindspace expected the passphrase on standard input, but nothing came."),
    )


def read_line(stream: TextIO, what: str) -> str:
    """One line from ``stream`` with only its line ending removed (spaces can be part of it).

    ``what`` is "passphrase", "recovery key" or "new passphrase"."""
    try:
        line = stream.readline()
    except UnicodeDecodeError:
        raise InvalidInput(_stdin_sentences(what)[0]) from None
    if not line:
        raise InvalidInput(_stdin_sentences(what)[1])
    if line.endswith("\n"):
        line = line[:-1]
        if line.endswith("\r"):
            line = line[:-1]
    return line


def short_reason(check: KeyringCheck) -> str:
    """The probe's reason as a short clause: the last backend tried says the most."""
    reason = check.reason.rsplit("; ", 1)[-1].replace("keyring.backends.", "")
    # "X is not available (RuntimeError: why)" reads better inside parentheses as "X: why".
    reason = _NESTED_ERROR.sub(r": \1", reason)
    return reason if len(reason) <= 160 else reason[:159] + "…"


class Session:
    """The state one command run needs; created from the parsed arguments.

    Secrets given on standard input are read at once, before a command reads anything else
    from it: a note given as ``-`` is then the rest of standard input after that line.
    """

    def __init__(
        self,
        args: argparse.Namespace,
        *,
        stdin: TextIO | None = None,
        out: TextIO | None = None,
        err: TextIO | None = None,
    ) -> None:
        self.args = args
        self.stdin = stdin or sys.stdin
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        data_dir: Path | None = getattr(args, "data_dir", None)
        self.location = JournalLocation(data_dir or default_data_dir())
        self._keyring_check: KeyringCheck | None = None
        self._key_store: KeyringKeyStore | None = None
        # Taken out of the environment at once, so no process started later inherits it.
        self._env_passphrase = take_passphrase_from_environment()
        passphrase_stdin = bool(getattr(args, "passphrase_stdin", False))
        recovery_stdin = bool(getattr(args, "recovery_key_stdin", False))
        if passphrase_stdin and recovery_stdin:
            raise InvalidInput(
                _("Please give either --passphrase-stdin or --recovery-key-stdin, not both.")
            )
        self.stdin_secret: Secret | None = None
        if passphrase_stdin:
            value = read_line(self.stdin, "passphrase")
            self.stdin_secret = Secret(SecretKind.PASSPHRASE, value)
        elif recovery_stdin:
            value = read_line(self.stdin, "recovery key")
            self.stdin_secret = Secret(SecretKind.RECOVERY_KEY, value)
        self.new_passphrase: str | None = None
        if getattr(args, "new_passphrase_stdin", False):
            self.new_passphrase = read_line(self.stdin, "new passphrase")

    # -- the keyring -----------------------------------------------------------------------

    def keyring_check(self) -> KeyringCheck:
        """The configured keyring, looked at once per run and only when a command needs it.

        No probe: that writes to the keyring, and is for choosing it (:meth:`probe_keyring`).
        """
        if self._keyring_check is None:
            self._keyring_check = find_keyring_for_reading()
        return self._keyring_check

    def probe_keyring(self) -> KeyringCheck:
        """The full round trip, for the moment the keyring is chosen to hold the key."""
        self._keyring_check = find_usable_keyring()
        return self._keyring_check

    def key_store(self) -> KeyringKeyStore | None:
        """One store per run, so a keyring that timed out once is not waited on again."""
        check = self.keyring_check()
        if check.backend is None:
            return None
        if self._key_store is None or self._key_store.backend is not check.backend:
            self._key_store = KeyringKeyStore(check.backend)
        return self._key_store

    # -- secrets ---------------------------------------------------------------------------

    @property
    def interactive(self) -> bool:
        """A person at a terminal, who can answer a hidden prompt."""
        try:
            return self.stdin.isatty()
        except (AttributeError, ValueError):
            return False

    def explicit_secret(self) -> Secret | None:
        """A secret given on purpose: on standard input, else in ``KINDSPACE_PASSPHRASE``."""
        if self.stdin_secret is not None:
            return self.stdin_secret
        if self._env_passphrase:
            return Secret(SecretKind.PASSPHRASE, self._env_passphrase)
        return None

    def ask_hidden(self, prompt: str) -> str:
        """A hidden prompt on the terminal (what is typed is not echoed)."""
        self.out.flush()
        return getpass.getpass(prompt)

    def ask_new_passphrase(self) -> str:
        """A new passphrase typed twice, so a typo can't lock the person out."""
        first = self.ask_hidden(_("New passphrase: "))
        second = self.ask_hidden(_("The same passphrase again: "))
        if first != second:
            raise InvalidInput(_("The two passphrases were different, so nothing was changed."))
        return first

    # -- unlocking -------------------------------------------------------------------------

    def open(self, *, daily_backup: bool = True) -> Journal:
        """Unlock and open the journal (see the module docstring for the order).

        Like the app, the first unlock of a day makes the day's automatic backup, unless
        ``daily_backup`` is off (``check`` only looks, so it writes nothing).
        """
        location = self.location

        def opener(secret: Secret | None, store: KeyringKeyStore | None) -> Journal:
            passphrase = recovery_key = None
            if secret is not None and secret.kind is SecretKind.PASSPHRASE:
                passphrase = secret.value
            elif secret is not None:
                recovery_key = secret.value
            return open_journal(
                location,
                passphrase=passphrase,
                recovery_key=recovery_key,
                keyring=store,
                daily_backup=daily_backup,
            )

        journal = self._unlock(opener)
        for note in journal.notes:
            self.err.write(_("Note: {note}").format(note=note) + "\n")
        return journal

    def data_key(self, key_file: Path | None = None) -> bytes:
        """The data key alone, without opening the database (which may be what is broken).

        ``key_file`` is the journal's own unless given (a backup's copy, when that is lost).
        """
        location, key_file = self.location, key_file or self.location.key_file

        def opener(secret: Secret | None, store: KeyringKeyStore | None) -> bytes:
            if secret is None:
                return unlock_data_key(location, keyring=store, key_file=key_file)
            if secret.kind is SecretKind.PASSPHRASE:
                return unlock_data_key(location, passphrase=secret.value, key_file=key_file)
            return unlock_data_key(location, recovery_key=secret.value, key_file=key_file)

        return self._unlock(opener, key_file)

    def _unlock(
        self,
        opener: Callable[[Secret | None, KeyringKeyStore | None], _T],
        key_file: Path | None = None,
    ) -> _T:
        key_file = key_file or self.location.key_file
        if not key_file.exists():
            # open_journal explains both cases: no journal yet, or a key file gone missing.
            open_journal(self.location).close()
        keys = read_journal_keys(self.location, key_file)
        uses_keyring = keys.keyring
        secret = self.explicit_secret()
        if secret is not None:
            # A script that gives the secret must never wait on a keyring that may hang.
            return opener(secret, None)
        keyring_problem = ""
        if uses_keyring:
            check = self.keyring_check()
            store = self.key_store()
            if store is None:
                keyring_problem = _("no usable system keyring was found ({reason})").format(
                    reason=short_reason(check)
                )
            else:
                try:
                    return opener(None, store)
                except KeyringTimedOut:
                    keyring_problem = _("the system keyring didn't answer in time")
                except KeyringUnavailable:
                    keyring_problem = _("the system keyring could not be read")
                except CannotUnlock:
                    keyring_problem = _("the journal's key is not in this computer's keyring")
        if self.interactive:
            if keyring_problem:
                self.err.write(_("Note: {note}.").format(note=keyring_problem) + "\n")
            return self._prompt(opener, uses_keyring, keys.passphrase is not None)
        raise CannotUnlock(_no_secret_sentence(keys.passphrase is not None, keyring_problem))

    def _prompt(
        self,
        opener: Callable[[Secret | None, KeyringKeyStore | None], _T],
        uses_keyring: bool,
        has_passphrase: bool,
    ) -> _T:
        if has_passphrase:
            self.err.write(
                _("Your journal is locked. Type your passphrase; your recovery key works too.")
                + "\n"
            )
        else:
            self.err.write(_("Your journal is locked. Type your recovery key to open it.") + "\n")
        for _attempt in range(PROMPT_ATTEMPTS):
            typed = self.ask_hidden(_("Passphrase: ") if has_passphrase else _("Recovery key: "))
            if not typed.strip():
                continue
            secret = Secret(SecretKind.RECOVERY_KEY, typed)
            if has_passphrase and not _looks_like_recovery_key(typed):
                secret = Secret(SecretKind.PASSPHRASE, typed)
            try:
                return opener(secret, self.key_store() if uses_keyring else None)
            except (WrongSecret, InvalidInput) as error:  # a typo in a recovery key, too
                self.err.write(f"{error}\n")
        raise WrongSecret(
            _("The journal stays locked for now; please try again when you're ready.")
        )


def _looks_like_recovery_key(text: str) -> bool:
    try:
        normalize_recovery_key(text)
    except InvalidInput:
        return False
    return True


def _no_secret_sentence(has_passphrase: bool, keyring_problem: str) -> str:
    """Why the journal stayed shut and how to give the secret, as one whole sentence."""
    if has_passphrase and keyring_problem:
        text = _(
            "The keyring could not open the journal: {problem}, so please give the "
            "passphrase with --passphrase-stdin or {variable}, or run kindspace in a terminal "
            "to be asked."
        )
    elif has_passphrase:
        text = _(
            "This journal needs its passphrase to open, so please give the passphrase with "
            "--passphrase-stdin or {variable}, or run kindspace in a terminal to be asked."
        )
    elif keyring_problem:
        text = _(
            "The keyring could not open the journal: {problem}, so please give the recovery "
            "key with --recovery-key-stdin, or run kindspace in a terminal to be asked."
        )
    else:
        text = _(
            "This journal needs its recovery key to open, so please give the recovery key "
            "with --recovery-key-stdin, or run kindspace in a terminal to be asked."
        )
    return text.format(problem=keyring_problem, variable=PASSPHRASE_ENV)
