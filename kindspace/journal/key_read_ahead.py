"""Reading the journal's key from the keyring in a short helper process started at launch.

Why a process: on Linux, reading one secret from the Secret Service loads ``keyring``,
``secretstorage``, ``jeepney`` and ``cryptography`` (for the session's encryption): about
0.1 s of imports and 15 MiB that stay resident for the whole run, before a word of the
journal can be shown. Started first, the helper does all of that on another core while the
app builds its window, hands the key over a pipe and exits, taking that memory with it. The
app loads the keyring itself only when it has to write to it (Settings, putting a key back)
or read it again (unlocking after a lock), through :class:`ReadAheadKeyStore`.

The key only ever travels through the pipe between the two processes, never a file; the
helper is hardened like the app (no core dumps, not dumpable) before it touches the keyring.
Every failure, including a helper that can't start or doesn't answer in time, ends in the
same place as a keyring that failed in the app: the passphrase or recovery key opens the
journal. Only Linux uses it; elsewhere the keyring is a light, native call.
"""

from __future__ import annotations

import json
import logging
import select
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kindspace.errors import KeyringUnavailable
from kindspace.journal import keyring_words

if TYPE_CHECKING:
    from kindspace.journal.keyring_store import KeyringKeyStore
    from kindspace.journal.unlocking import JournalLocation

log = logging.getLogger(__name__)

#: The command line flag the helper runs under (``kindspace --read-ahead-key DATA_DIR``).
HELPER_FLAG = "--read-ahead-key"
#: The keyring's own limit (``keyring_store.KEYRING_TIMEOUT_SECONDS``) applies in the helper;
#: this is the slack on top of it for starting the helper's Python.
START_SLACK_SECONDS = 10.0


@dataclass(frozen=True)
class ReadAhead:
    """What the helper found: whether a keyring is usable, and the key if one was there."""

    usable: bool
    reason: str
    data_key: bytes | None = field(default=None, repr=False)
    #: The problem a read met (``keyring_words.TIMED_OUT`` or ``UNREADABLE``), never a
    #: sentence: the app says it in its own language.
    problem: str | None = None


def wanted(location: JournalLocation) -> bool:
    """Whether a start should read ahead: on Linux, for a journal that keeps its key there."""
    from kindspace.journal.unlocking import read_journal_keys

    if not sys.platform.startswith("linux") or not location.exists():
        return False
    try:
        return read_journal_keys(location).keyring
    except Exception:  # a damaged key file is explained by the normal start, not here
        return False


def helper_command(data_dir: Path) -> list[str]:
    """The program itself (a frozen build) or its module (a Python install), as the helper."""
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_FLAG, str(data_dir)]
    return [sys.executable, "-m", "kindspace", HELPER_FLAG, str(data_dir)]


class KeyReader:
    """The running helper; :meth:`outcome` waits for its answer (call it off the GUI thread)."""

    def __init__(self, process: subprocess.Popen[bytes], deadline_seconds: float) -> None:
        self._process = process
        self._deadline = deadline_seconds
        self._answered = False

    @classmethod
    def start(cls, location: JournalLocation, timeout: float) -> KeyReader | None:
        """Start the helper now, or return None when this start shouldn't or can't."""
        if not wanted(location):
            return None
        try:
            process = subprocess.Popen(
                helper_command(location.data_dir),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
            )
        except OSError as error:
            log.info("The key could not be read ahead (%s); the app reads it itself", error)
            return None
        return cls(process, timeout + START_SLACK_SECONDS)

    def outcome(self) -> ReadAhead:
        """The helper's answer, handed over once and not kept here (it may hold the key).

        A helper that fails or hangs counts as an unusable keyring.
        """
        if self._answered:
            return ReadAhead(False, "the key reader has already answered")
        self._answered = True
        return self._wait()

    def answer_if_ready(self) -> ReadAhead | None:
        """The answer, if the helper has already given it; None, without waiting, if not.

        Why: when the key is already here as the window is about to be shown, the journal
        can open before the first paint, which is then the journal itself and not a lock
        screen that is replaced a moment later.
        """
        stdout = self._process.stdout
        if self._answered or stdout is None:
            return None
        readable, _, _ = select.select([stdout], [], [], 0)
        if not readable:
            return None
        self._answered = True
        # The helper writes its one line at once; its exit is not waited for here (``stop``
        # collects it if this look is too early to).
        answer = self._parse(stdout.readline())
        self._process.poll()
        return answer

    def _wait(self) -> ReadAhead:
        try:
            output, _ = self._process.communicate(timeout=self._deadline)
        except subprocess.TimeoutExpired:
            self.stop()
            return ReadAhead(False, f"the key reader did not answer within {self._deadline:g} s")
        return self._parse(output)

    def _parse(self, output: bytes) -> ReadAhead:
        try:
            answer = json.loads(output)
            key_hex = answer.get("key")
            return ReadAhead(
                usable=bool(answer["usable"]),
                reason=str(answer["reason"]),
                data_key=bytes.fromhex(key_hex) if key_hex else None,
                problem=answer.get("problem"),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            code = self._process.returncode
            return ReadAhead(False, f"the key reader gave no answer (exit code {code})")

    def stop(self) -> None:
        """End the helper if it still runs (a second start, a quit before the answer)."""
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        if self._process.stdout is not None:
            self._process.stdout.close()


class ReadAheadKeyStore:
    """The key store a read-ahead start uses: the helper's key first, the keyring after.

    The first :meth:`load` answers from the helper (so the start needs no keyring in this
    process). Anything after that (a write from Settings, a read after a lock) finds the
    keyring here, once, the way a start without the helper would have.
    """

    def __init__(
        self, read_ahead: ReadAhead, find_store: Callable[[], KeyringKeyStore | None]
    ) -> None:
        self._read_ahead: ReadAhead | None = read_ahead
        self._find_store = find_store
        self._store: KeyringKeyStore | None = None
        self._finding = threading.Lock()  # two workers must not find the keyring twice

    def load(self, journal_id: str) -> bytes | None:
        with self._finding:
            read_ahead, self._read_ahead = self._read_ahead, None
        if read_ahead is None:
            return self.keyring().load(journal_id)
        if read_ahead.problem is not None:
            raise KeyringUnavailable(keyring_words.said_for(read_ahead.problem))
        return read_ahead.data_key

    def store(self, journal_id: str, data_key: bytes) -> None:
        self.keyring().store(journal_id, data_key)

    def forget(self, journal_id: str) -> None:
        self.keyring().forget(journal_id)

    def keyring(self) -> KeyringKeyStore:
        """The keyring in this process, found on first use (blocking: off the GUI thread)."""
        with self._finding:
            if self._store is None:
                self._store = self._find_store()
        if self._store is None:
            raise KeyringUnavailable(keyring_words.unusable())
        return self._store


def serve(data_dir: Path) -> int:
    """The helper's side: read the key, write one JSON line to stdout, exit.

    The caller has already hardened the process. Nothing here may raise: whatever goes
    wrong is an answer ("not usable", with the reason) the app turns into the passphrase.
    """
    from kindspace.journal.keyring_store import (
        KeyringKeyStore,
        KeyringTimedOut,
        find_keyring_for_reading,
    )
    from kindspace.journal.unlocking import JournalLocation, read_journal_keys

    answer: dict[str, object]
    try:
        journal_id = read_journal_keys(JournalLocation(data_dir)).journal_id
        check = find_keyring_for_reading()
        answer = {"usable": check.usable, "reason": check.reason}
        if check.backend is not None:
            try:
                key = KeyringKeyStore(check.backend).load(journal_id)
                answer["key"] = key.hex() if key is not None else None
            except KeyringTimedOut:
                answer["problem"] = keyring_words.TIMED_OUT
            except KeyringUnavailable:
                answer["problem"] = keyring_words.UNREADABLE
    except Exception as error:  # never a traceback: the app asks for the passphrase
        answer = {"usable": False, "reason": f"the key reader failed ({type(error).__name__})"}
    sys.stdout.write(json.dumps(answer) + "\n")
    sys.stdout.flush()
    return 0
