"""Reminder settings survive restarts privately; phrases stay in the journal; nothing is lost."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from kindspace.clock import fixed_clock
from kindspace.errors import InvalidInput, KindspaceError
from kindspace.journal.journal import JournalLocation, open_journal
from kindspace.reminders.rules import QuietHours, ReminderRules
from kindspace.reminders.state import ReminderState, pause_until_resumed, snooze
from kindspace.reminders.store import (
    PHRASES_SETTING,
    REMINDERS_FILE,
    load_phrases,
    load_reminders,
    reminders_path,
    save_phrases,
    save_reminders,
)
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal

NOW = datetime(2024, 6, 3, 8, 0, tzinfo=UTC)
CLOCK = fixed_clock(NOW)
STAMP = "20240603T080000Z"
RULES = ReminderRules(
    enabled=True,
    times=(time(9, 0), time(17, 30)),
    weekdays=frozenset({0, 2, 4}),
    quiet_hours=QuietHours(time(22, 0), time(7, 0)),
    skip_if_practised_today=False,
    suggested_exercise="kind_pause",
    popup_seconds=45,
)
STATE = pause_until_resumed(snooze(ReminderState(), NOW, 30), NOW)


def test_nothing_saved_means_the_usual_settings(tmp_path: Path) -> None:
    saved = load_reminders(tmp_path / "data", clock=CLOCK)
    assert saved.rules == ReminderRules() and saved.state == ReminderState()
    assert saved.problem is None


def test_rules_and_state_come_back_after_a_restart(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    save_reminders(data_dir, RULES, STATE)
    saved = load_reminders(data_dir, clock=CLOCK)
    assert saved.rules == RULES and saved.state == STATE and saved.problem is None


def test_the_file_is_private_and_written_whole(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    save_reminders(data_dir, RULES, STATE)
    save_reminders(data_dir, RULES, ReminderState())
    path = reminders_path(data_dir)
    assert path.name == REMINDERS_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert sorted(p.name for p in data_dir.iterdir()) == [REMINDERS_FILE]


def test_phrases_never_reach_the_plain_file(tmp_path: Path) -> None:
    private = "my sister's voice saying it will be fine"
    save_reminders(tmp_path, RULES.with_phrases([private]), STATE)
    text = reminders_path(tmp_path).read_text(encoding="utf-8")
    assert "sister" not in text and "phrases" not in text
    assert load_reminders(tmp_path, clock=CLOCK).rules.phrases == ()


def test_phrases_put_into_the_file_by_hand_are_not_used(tmp_path: Path) -> None:
    save_reminders(tmp_path, RULES, STATE)
    path = reminders_path(tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["rules"]["phrases"] = ["should not be shown"]
    path.write_text(json.dumps(document), encoding="utf-8")
    assert load_reminders(tmp_path, clock=CLOCK).rules.phrases == ()


def test_a_newer_file_with_more_keys_still_opens(tmp_path: Path) -> None:
    save_reminders(tmp_path, RULES, STATE)
    path = reminders_path(tmp_path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["version"] = 7
    document["rules"]["sound"] = "chime"
    document["state"]["future"] = True
    path.write_text(json.dumps(document), encoding="utf-8")
    saved = load_reminders(tmp_path, clock=CLOCK)
    assert saved.rules == RULES and saved.problem is None


DAMAGED = [
    b"{not json",
    b"[1, 2]",
    b'{"format": "something-else", "version": 1}',
    b'{"format": "kindspace-reminders", "version": "one"}',
    b'{"format": "kindspace-reminders", "version": 1, "rules": {"times": ["25:00"]}}',
    b'{"format": "kindspace-reminders", "version": 1, "state": {"snoozed_until": "soon"}}',
    b"\xff\xfe\x00garbage",
    b"[" * 100_000,
    b" " * 300_000,
]


@pytest.mark.parametrize("content", DAMAGED, ids=range(len(DAMAGED)))
def test_a_damaged_file_gives_the_usual_settings_and_is_kept_aside(
    tmp_path: Path, content: bytes
) -> None:
    path = reminders_path(tmp_path)
    path.write_bytes(content)
    saved = load_reminders(tmp_path, clock=CLOCK)
    assert saved.rules == ReminderRules() and saved.state == ReminderState()
    assert saved.set_aside == tmp_path / f"{REMINDERS_FILE}.damaged-{STAMP}"
    assert saved.set_aside.read_bytes() == content  # nothing lost
    assert saved.problem is not None and saved.set_aside.name in saved.problem
    assert "not affected" in saved.problem
    assert not path.exists()
    save_reminders(tmp_path, RULES, STATE)
    assert load_reminders(tmp_path, clock=CLOCK).rules == RULES
    assert saved.set_aside.read_bytes() == content


def test_a_folder_in_place_of_the_file_is_moved_aside(tmp_path: Path) -> None:
    reminders_path(tmp_path).mkdir()
    (reminders_path(tmp_path) / "inside").write_text("kept")
    saved = load_reminders(tmp_path, clock=CLOCK)
    assert saved.set_aside is not None and (saved.set_aside / "inside").read_text() == "kept"


def test_two_damaged_files_in_one_second_both_survive(tmp_path: Path) -> None:
    path = reminders_path(tmp_path)
    path.write_text("first")
    first = load_reminders(tmp_path, clock=CLOCK).set_aside
    path.write_text("second")
    second = load_reminders(tmp_path, clock=CLOCK).set_aside
    assert first is not None and second is not None and first != second
    assert (first.read_text(), second.read_text()) == ("first", "second")


def test_saving_over_a_damaged_file_keeps_it_aside_first(tmp_path: Path) -> None:
    reminders_path(tmp_path).write_text("{damaged")
    save_reminders(tmp_path, RULES, STATE, clock=CLOCK)
    copy = tmp_path / f"{REMINDERS_FILE}.damaged-{STAMP}"
    assert copy.read_text() == "{damaged"
    assert load_reminders(tmp_path, clock=CLOCK).rules == RULES


def test_a_damaged_file_that_cannot_be_moved_is_never_overwritten(tmp_path: Path) -> None:
    path = reminders_path(tmp_path)
    path.write_text("{damaged")
    for number in range(1, 100):  # every name for a copy is taken
        suffix = "" if number == 1 else f"-{number}"
        (tmp_path / f"{REMINDERS_FILE}.damaged-{STAMP}{suffix}").write_text("older")
    saved = load_reminders(tmp_path, clock=CLOCK)
    assert saved.rules == ReminderRules() and saved.set_aside is None
    assert saved.problem is not None and "left where it is" in saved.problem
    with pytest.raises(KindspaceError, match="didn't save"):
        save_reminders(tmp_path, RULES, STATE, clock=CLOCK)
    assert path.read_text() == "{damaged"


def test_a_full_folder_is_a_kind_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(KindspaceError) as caught:
        save_reminders(blocker / "data", RULES, STATE)
    assert "couldn't save the reminder settings" in str(caught.value)
    assert load_reminders(blocker / "data", clock=CLOCK).problem is None


def test_phrases_live_in_the_encrypted_journal(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    make_passphrase_journal(data_dir)
    private = "Breathe, love. This too will pass."
    with open_journal(
        JournalLocation(data_dir), passphrase=PASSPHRASE, daily_backup=False
    ) as journal:
        assert load_phrases(journal.settings) == ()
        kept = save_phrases(journal.settings, ["  Breathe, love.   This too will pass. ", ""])
        assert kept == (private,)
        save_reminders(data_dir, RULES.with_phrases(kept), STATE)
    with open_journal(
        JournalLocation(data_dir), passphrase=PASSPHRASE, daily_backup=False
    ) as journal:
        assert load_phrases(journal.settings) == (private,)
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert private.encode() not in path.read_bytes(), path


def test_bad_phrases_are_refused_kindly_and_unusable_ones_fall_back(tmp_path: Path) -> None:
    data_dir = tmp_path / "journal"
    make_passphrase_journal(data_dir)
    with open_journal(
        JournalLocation(data_dir), passphrase=PASSPHRASE, daily_backup=False
    ) as journal:
        with pytest.raises(InvalidInput, match="shorten"):
            save_phrases(journal.settings, ["x" * 500])
        journal.settings.set(PHRASES_SETTING, "not a list")
        assert load_phrases(journal.settings) == ()
        assert journal.settings.get(PHRASES_SETTING) == "not a list"  # left for the person to fix
