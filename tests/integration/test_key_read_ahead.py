"""The key read ahead at launch by a helper process, through a real Secret Service.

Why: the helper is what keeps keyring, secretstorage and cryptography out of the app's
start and its memory (issue "Start, search and import at the floor"). These tests hold it
to the same promises as a keyring read in the app: the right key, and every failure ending
in "ask for the passphrase", never a traceback or a wait without end.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import SecretService
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kindspace.errors import CannotUnlock, KeyringUnavailable
from kindspace.i18n import current_language, use_language
from kindspace.journal import keyring_words
from kindspace.journal.journal import JournalLocation, create_journal, unlock_key
from kindspace.journal.key_read_ahead import (
    KeyReader,
    ReadAhead,
    ReadAheadKeyStore,
    helper_command,
    wanted,
)
from kindspace.journal.keyring_store import KeyringKeyStore, find_usable_keyring
from kindspace.journal.unlocking import UnlockMethod
from tests.helpers.app_controller import app_controller
from tests.helpers.widgets import settle

pytestmark = pytest.mark.system
TIMEOUT = 20.0


@pytest.fixture
def keyring(secret_service: str) -> KeyringKeyStore:
    return KeyringKeyStore(find_usable_keyring(SecretService.Keyring()).require())


@pytest.fixture
def location(tmp_path: Path) -> JournalLocation:
    return JournalLocation(tmp_path / "kindspace")


def _keyring_journal(location: JournalLocation, keyring: KeyringKeyStore) -> bytes:
    journal, _recovery = create_journal(location, keyring=keyring)
    with journal:
        return journal.data_key


def _started(location: JournalLocation) -> KeyReader:
    reader = KeyReader.start(location, TIMEOUT)
    assert reader is not None
    return reader


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux reads the key ahead")
def test_the_helper_hands_over_the_journals_own_key(
    location: JournalLocation, keyring: KeyringKeyStore
) -> None:
    data_key = _keyring_journal(location, keyring)
    reader = _started(location)
    outcome = reader.outcome()
    reader.stop()
    assert outcome.usable and outcome.problem is None
    assert outcome.data_key == data_key
    # ...and the journal opens with it the way it opens with the keyring itself.
    store = ReadAheadKeyStore(outcome, lambda: keyring)
    unlocked = unlock_key(location, keyring=store)
    assert unlocked.method is UnlockMethod.KEYRING and unlocked.data_key == data_key


def test_a_journal_that_asks_for_its_passphrase_starts_no_helper(location: JournalLocation) -> None:
    journal, _recovery = create_journal(location, passphrase="a quiet lake at dawn", keyring=None)
    journal.close()
    assert not wanted(location)
    assert KeyReader.start(location, TIMEOUT) is None
    assert not wanted(JournalLocation(location.data_dir / "not-made-yet"))


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux reads the key ahead")
def test_a_missing_key_is_no_key_and_a_missing_keyring_is_not_usable(
    location: JournalLocation, keyring: KeyringKeyStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    _keyring_journal(location, keyring)
    journal_id = json.loads(location.key_file.read_text())["journal_id"]
    keyring.forget(journal_id)  # a reset keyring, or a new computer
    missing = _started(location).outcome()
    assert missing.usable and missing.data_key is None
    with pytest.raises(CannotUnlock):  # the passphrase screen, with its kind sentence
        unlock_key(location, keyring=ReadAheadKeyStore(missing, lambda: keyring))

    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={location.data_dir}/no-bus")
    gone = _started(location).outcome()
    assert not gone.usable and gone.data_key is None and gone.reason


def test_a_helper_that_hangs_is_stopped_and_counts_as_no_keyring() -> None:
    sleeper = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(600)"], stdout=subprocess.PIPE
    )
    reader = KeyReader(sleeper, deadline_seconds=0.2)
    outcome = reader.outcome()
    assert not outcome.usable and "did not answer" in outcome.reason
    assert sleeper.poll() is not None  # stopped, not left behind


def test_an_answer_not_yet_given_is_not_waited_for_and_one_given_is_taken_once() -> None:
    sleeper = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(600)"], stdout=subprocess.PIPE
    )
    waiting = KeyReader(sleeper, deadline_seconds=600)
    assert waiting.answer_if_ready() is None  # at once, though the helper says nothing
    waiting.stop()
    answer = b'{"usable": true, "reason": "tests", "key": "00ff"}\n'
    talker = subprocess.Popen(
        [sys.executable, "-c", f"import sys; sys.stdout.buffer.write({answer!r})"],
        stdout=subprocess.PIPE,
    )
    answered = KeyReader(talker, deadline_seconds=TIMEOUT)
    talker.wait(timeout=TIMEOUT)

    given = answered.answer_if_ready()

    assert given is not None and given.usable and given.data_key == bytes.fromhex("00ff")
    assert answered.answer_if_ready() is None  # handed over once, and not kept
    assert not answered.outcome().usable
    answered.stop()


@pytest.mark.parametrize("said", [b"", b"Traceback (most recent call last)\n", b'{"usable": 1}'])
def test_a_helper_that_says_nothing_useful_counts_as_no_keyring(said: bytes) -> None:
    talker = subprocess.Popen(
        [sys.executable, "-c", f"import sys; sys.stdout.buffer.write({said!r})"],
        stdout=subprocess.PIPE,
    )
    outcome = KeyReader(talker, deadline_seconds=TIMEOUT).outcome()
    assert not outcome.usable and outcome.data_key is None


@pytest.mark.parametrize(
    ("problem", "words"),
    [
        (keyring_words.TIMED_OUT, "didn't answer in time"),
        (keyring_words.UNREADABLE, "couldn't read"),
    ],
)
def test_a_keyring_problem_the_helper_met_is_said_in_the_apps_own_words(
    problem: str, words: str
) -> None:
    store = ReadAheadKeyStore(ReadAhead(True, "tests", problem=problem), lambda: None)
    with pytest.raises(KeyringUnavailable, match=words):
        store.load("00000000-0000-4000-8000-000000000000")
    # After the helper's one answer, this process's keyring is asked; here there is none.
    with pytest.raises(KeyringUnavailable, match="couldn't use a secure system keyring"):
        store.load("00000000-0000-4000-8000-000000000000")
    with pytest.raises(KeyringUnavailable):
        store.store("00000000-0000-4000-8000-000000000000", bytes(32))


def test_the_helpers_problem_is_said_in_the_language_the_app_speaks() -> None:
    store = ReadAheadKeyStore(
        ReadAhead(True, "tests", problem=keyring_words.TIMED_OUT), lambda: None
    )
    previous = current_language()
    use_language("de")
    try:
        with pytest.raises(KeyringUnavailable) as raised:
            store.load("00000000-0000-4000-8000-000000000000")
    finally:
        use_language(previous)
    assert "Schlüsselbund" in str(raised.value)


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux reads the key ahead")
def test_after_the_first_read_the_keyring_in_this_process_answers(
    location: JournalLocation, keyring: KeyringKeyStore
) -> None:
    data_key = _keyring_journal(location, keyring)
    found: list[str] = []

    def find() -> KeyringKeyStore:
        found.append("found")
        return keyring

    store = ReadAheadKeyStore(_started(location).outcome(), find)
    assert unlock_key(location, keyring=store).data_key == data_key
    assert found == []  # the start needed no keyring here
    assert unlock_key(location, keyring=store).data_key == data_key  # an unlock after a lock
    assert found == ["found"]


def test_the_helper_is_the_program_itself() -> None:
    command = helper_command(Path("/somewhere"))
    assert command[0] == sys.executable and command[-2:] == ["--read-ahead-key", "/somewhere"]


@pytest.mark.skipif(sys.platform != "linux", reason="only Linux reads the key ahead")
@pytest.mark.skipif(sys.platform != "linux", reason="only Linux reads the key ahead")
def test_a_key_already_read_opens_the_journal_before_the_window_is_first_painted(
    qtbot: QtBot, qapp: QApplication, location: JournalLocation, keyring: KeyringKeyStore
) -> None:
    _keyring_journal(location, keyring)
    reader = _started(location)
    with app_controller(qtbot, qapp, location.data_dir, key_reader=reader) as controller:
        reader._process.wait(timeout=TIMEOUT)  # the helper has answered and gone

        controller.start()

        # No event was handled yet, so no paint: the first one shows the journal itself.
        assert controller.journal is not None and not controller.unlocking
        assert not controller.window.is_locked()
    reader.stop()


def test_the_app_opens_a_keyring_journal_through_the_helper_and_later_without_it(
    qtbot: QtBot, qapp: QApplication, location: JournalLocation, keyring: KeyringKeyStore
) -> None:
    _keyring_journal(location, keyring)
    reader = _started(location)
    with app_controller(qtbot, qapp, location.data_dir, key_reader=reader) as controller:
        controller.start()
        settle(controller)
        assert controller.journal is not None, "the helper's key opened the journal"
        assert isinstance(controller.key_store, ReadAheadKeyStore)
        controller.lock()
        gc.collect()
        held = [o for o in gc.get_objects() if isinstance(o, ReadAhead) and o.data_key]
        assert held == [], "after a lock, nothing keeps the key the helper handed over"
        controller.unlock("", "keyring")  # the lock screen's one click
        settle(controller)
        assert controller.journal is not None, "the keyring in this process opened it again"
