"""Backups and restore against real SQLCipher files: what they hold, what they never leak,
what rotation may touch, and that a restore either fully happens or changes nothing."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace.errors import CannotUnlock, InvalidInput, KindspaceError, WrongSecret
from kindspace.journal import backup as backup_module
from kindspace.journal.backup import (
    BackupFailed,
    backup_key_file,
    ensure_daily_backup,
    keep_setting,
    list_backups,
    make_backup,
    rotate_backups,
)
from kindspace.journal.database import Database, open_encrypted_readonly
from kindspace.journal.journal import Journal, JournalLocation, create_journal, open_journal
from kindspace.journal.key_file import read_key_file
from kindspace.journal.restore import restore_backup, unlock_data_key
from kindspace.journal.vault import FAST_TEST_KDF

PASSPHRASE = "correct horse battery staple"
CANARY = "CANARY-7f3a-lighthouse-keeper"
LISBON = timezone(timedelta(hours=1))
REPO = Path(__file__).resolve().parents[3]


class WallClock:
    """A clock that stays where it is put, so backup names are predictable."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def wall() -> WallClock:
    return WallClock(datetime(2024, 5, 31, 9, 30, tzinfo=LISBON))


@pytest.fixture
def location(tmp_path: Path) -> JournalLocation:
    return JournalLocation(tmp_path / "data")


@pytest.fixture
def journal(location: JournalLocation, wall: WallClock) -> Iterator[Journal]:
    opened, _recovery = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_KDF, clock=wall
    )
    yield opened
    opened.close()


def open_backup(path: Path, key: bytes) -> Database:
    return open_encrypted_readonly(path, key)


def rows(db: Database) -> list[tuple[str, str, str]]:
    return list(db.execute("SELECT id, title, body FROM entries ORDER BY id").fetchall())


def tree_hashes(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a hash of its bytes (to prove nothing changed)."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# --- making backups -------------------------------------------------------------------


def test_backup_opens_with_the_same_key_and_holds_the_same_entries(journal: Journal) -> None:
    for number in range(5):
        journal.entries.create(title=f"day {number}", body=f"kind words {number}", tags=["calm"])
    journal.settings.set("reminder.phrase", "be gentle")

    path = make_backup(journal)

    assert path.parent == journal.location.backups_dir
    assert path.name == "kindspace-2024-05-31-093000-manual.db"
    backup = open_backup(path, journal.data_key)
    try:
        assert rows(backup) == rows(journal.db)
        assert backup.execute("PRAGMA user_version").fetchone() == (
            journal.db.execute("PRAGMA user_version").fetchone()
        )
        copied = "SELECT key, value FROM settings ORDER BY key"
        assert backup.execute(copied).fetchall() == journal.db.execute(copied).fetchall()
        assert ("reminder.phrase", '"be gentle"') in backup.execute(copied).fetchall()
    finally:
        backup.conn.close()


def test_backup_with_its_key_file_copy_opens_with_the_passphrase_elsewhere(
    journal: Journal, tmp_path: Path
) -> None:
    journal.entries.create(body="kept safe")
    path = make_backup(journal)
    key_copy = backup_key_file(path)
    assert key_copy.read_bytes() == journal.location.key_file.read_bytes()

    # A new computer: only the backup and its key file copy were carried over.
    elsewhere = JournalLocation(tmp_path / "new-computer")
    elsewhere.data_dir.mkdir()
    (elsewhere.data_dir / "journal.db").write_bytes(path.read_bytes())
    (elsewhere.data_dir / "keys.json").write_bytes(key_copy.read_bytes())
    with open_journal(elsewhere, passphrase=PASSPHRASE, daily_backup=False) as moved:
        assert [entry.body for entry in moved.entries.iter_all()] == ["kept safe"]


def test_a_canary_written_in_the_journal_never_appears_in_backup_bytes(journal: Journal) -> None:
    journal.entries.create(title=CANARY, body=f"{CANARY} " * 50, tags=[CANARY])
    journal.drafts.save("editor:new", {"body": CANARY})
    journal.settings.set("reminder.phrase", CANARY)

    assert ensure_daily_backup(journal) is not None
    make_backup(journal)

    files = [p for p in journal.location.backups_dir.iterdir() if p.is_file()]
    assert len([p for p in files if p.suffix == ".db"]) == 2
    needles = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), b"lighthouse"]
    for path in files:
        data = path.read_bytes()
        assert not data.startswith(b"SQLite format 3"), path.name
        assert not any(needle in data for needle in needles), path.name


def test_backup_files_are_private_whatever_the_umask(journal: Journal) -> None:
    old_umask = os.umask(0o022)
    try:
        path = make_backup(journal)
    finally:
        os.umask(old_umask)
    assert mode(journal.location.backups_dir) == 0o700
    assert mode(path) == 0o600
    assert mode(backup_key_file(path)) == 0o600
    assert mode(journal.location.backups_dir / backup_module.LOCK_NAME) == 0o600


def test_backups_in_the_same_second_get_distinct_names_newest_first(journal: Journal) -> None:
    first = make_backup(journal)
    journal.entries.create(body="one more")
    second = make_backup(journal)

    assert second.name == "kindspace-2024-05-31-093000-manual-2.db"
    listed = list_backups(journal.location)
    assert [info.path for info in listed] == [second, first]
    newest = listed[0]
    assert newest.made_at == datetime(2024, 5, 31, 9, 30)
    assert not newest.automatic
    assert newest.size == second.stat().st_size > 0
    assert newest.key_file == backup_key_file(second)


def test_backup_into_a_chosen_folder_or_file_never_overwrites(
    journal: Journal, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    in_folder = make_backup(journal, usb)
    assert in_folder == usb / "kindspace-2024-05-31-093000-manual.db"
    assert (usb / "kindspace-2024-05-31-093000-manual.keys.json").is_file()

    chosen = make_backup(journal, usb / "before-holiday.db")
    assert chosen == usb / "before-holiday.db"
    assert (usb / "before-holiday.keys.json").is_file()

    precious = usb / "precious.db"
    precious.write_bytes(b"someone else's file")
    with pytest.raises(InvalidInput, match=r"already a file called precious\.db"):
        make_backup(journal, precious)
    assert precious.read_bytes() == b"someone else's file"
    assert list_backups(journal.location) == []  # chosen places are not the backups folder


def test_backup_to_an_unwritable_place_is_a_calm_error_and_leaves_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(KindspaceError) as caught:
        make_backup(journal, blocker / "sub" / "backup.db")
    assert "\n" not in str(caught.value)
    with pytest.raises(KindspaceError):
        make_backup(journal, tmp_path / "missing-folder" / "backup.db")
    assert not [p for p in tmp_path.rglob("*") if ".partial" in p.name]


def test_a_backup_that_fails_its_check_is_removed_and_nothing_else(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal.entries.create(body="x" * 20_000)
    kept = make_backup(journal)
    before = tree_hashes(journal.location.backups_dir)

    def open_after_damage(path: Path, key: bytes) -> Database:
        # Flip bytes in the middle of the fresh copy: the real checks must notice.
        with path.open("r+b") as handle:
            handle.seek(3 * 4096 + 200)
            data = handle.read(64)
            handle.seek(3 * 4096 + 200)
            handle.write(bytes(b ^ 0xFF for b in data))
        return open_encrypted_readonly(path, key)

    monkeypatch.setattr(backup_module, "open_encrypted_readonly", open_after_damage)
    with pytest.raises(BackupFailed, match="didn't pass its check"):
        make_backup(journal)

    assert tree_hashes(journal.location.backups_dir) == before
    assert [info.path for info in list_backups(journal.location)] == [kept]
    assert journal.entries.count() == 1


def test_a_leftover_partial_is_ignored_then_cleaned_by_the_next_backup(journal: Journal) -> None:
    folder = journal.location.backups_dir
    folder.mkdir(mode=0o700)
    leftover = folder / "kindspace-2024-05-30-100000-auto.db.partial"
    leftover.write_bytes(b"half a backup")
    (folder / "kindspace-2024-05-30-100000-auto.keys.json.partial").write_bytes(b"{")
    foreign = folder / "my-notes.partial"
    foreign.write_bytes(b"not ours")

    assert list_backups(journal.location) == []
    make_backup(journal)

    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        backup_module.LOCK_NAME,
        "kindspace-2024-05-31-093000-manual.db",
        "kindspace-2024-05-31-093000-manual.keys.json",
        "my-notes.partial",
    ]


# --- daily backups and rotation ---------------------------------------------------------


def test_daily_backup_happens_once_per_local_day(journal: Journal, wall: WallClock) -> None:
    first = ensure_daily_backup(journal)
    assert first is not None
    assert first.name == "kindspace-2024-05-31-093000-auto.db"

    wall.now = datetime(2024, 5, 31, 23, 59, tzinfo=LISBON)
    assert ensure_daily_backup(journal) is None

    # 00:30 in Lisbon is still 23:30 of the day before in UTC: the local day is what counts.
    wall.now = datetime(2024, 6, 1, 0, 30, tzinfo=LISBON)
    second = ensure_daily_backup(journal)
    assert second is not None
    assert second.name == "kindspace-2024-06-01-003000-auto.db"
    assert [info.automatic for info in list_backups(journal.location)] == [True, True]


def test_opening_the_journal_makes_the_day_s_backup(
    journal: Journal, location: JournalLocation, wall: WallClock
) -> None:
    journal.entries.create(body="before the first backup")
    journal.close()

    with open_journal(location, passphrase=PASSPHRASE, clock=wall):
        pass
    with open_journal(location, passphrase=PASSPHRASE, clock=wall):
        pass
    wall.now += timedelta(days=1)
    with open_journal(location, passphrase=PASSPHRASE, clock=wall, daily_backup=False):
        pass

    listed = list_backups(location)
    assert [info.path.name for info in listed] == ["kindspace-2024-05-31-093000-auto.db"]


def test_rotation_keeps_the_newest_automatic_backups_and_nothing_else_is_touched(
    journal: Journal, wall: WallClock
) -> None:
    journal.settings.set(backup_module.KEEP_SETTING, 3)
    folder = journal.location.backups_dir
    manual = make_backup(journal)
    folder_foreign = {
        "notes.txt": b"mine",
        "my-backup.db": b"a file kindspace did not make",
        "kindspace-2020-01-01-000000-auto.db.bak": b"renamed by hand",
        "kindspace-old-auto.db": b"look-alike",
    }
    for name, data in folder_foreign.items():
        (folder / name).write_bytes(data)

    made = []
    for _day in range(6):
        wall.now += timedelta(days=1)
        path = ensure_daily_backup(journal)
        assert path is not None
        made.append(path)

    autos = [info.path for info in list_backups(journal.location) if info.automatic]
    assert autos == made[::-1][:3]
    for gone in made[:3]:
        assert not gone.exists()
        assert not backup_key_file(gone).exists()
    assert manual.exists()
    assert backup_key_file(manual).exists()
    for name, data in folder_foreign.items():
        assert (folder / name).read_bytes() == data


def test_rotation_removes_a_key_copy_orphaned_by_a_crash_only_once_it_is_old(
    journal: Journal, wall: WallClock
) -> None:
    folder = journal.location.backups_dir
    folder.mkdir(mode=0o700)
    orphan = folder / "kindspace-2024-05-01-080000-auto.keys.json"
    orphan.write_bytes(journal.location.key_file.read_bytes())
    for _day in range(2):
        wall.now += timedelta(days=1)
        ensure_daily_backup(journal)

    assert rotate_backups(journal.location, 2) == []
    assert orphan.exists()  # as old as kept backups may be: stays until one is rotated away
    removed = rotate_backups(journal.location, 1)
    assert orphan in removed
    assert len([p for p in removed if p.suffix == ".db"]) == 1


@pytest.mark.parametrize(
    ("value", "expected"), [(3, 3), (0, 1), (-5, 1), ("many", 14), (True, 14), (None, 14)]
)
def test_the_keep_setting_is_read_kindly(journal: Journal, value: object, expected: int) -> None:
    journal.settings.set(backup_module.KEEP_SETTING, value)
    assert keep_setting(journal) == expected


DISK_LIMIT_SCRIPT = """
import json, resource, signal, sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from kindspace.errors import KindspaceError
from kindspace.journal.backup import make_backup
from kindspace.journal.journal import JournalLocation, open_journal

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-large write fails instead of killing
limit = int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
moment = datetime(2024, 6, 2, 8, 0, tzinfo=timezone(timedelta(hours=1)))
journal = open_journal(JournalLocation(Path(sys.argv[1])), passphrase=sys.argv[3],
                       clock=lambda: moment)
result = {"entries": journal.entries.count()}
try:
    make_backup(journal)
except KindspaceError as error:
    result["error"] = str(error)
journal.close()
print(json.dumps(result))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_failing_daily_backup_never_stops_the_journal_from_opening(
    journal: Journal, location: JournalLocation
) -> None:
    for number in range(30):
        journal.entries.create(body=f"{CANARY} {number} " * 300)
    journal.close()
    # Above the 32 KiB the -shm file needs to open the journal, far below a backup's size:
    # the journal opens, and every backup write fails part-way, as on a full disk.
    limit = 64 * 1024
    assert location.database.stat().st_size > 4 * limit

    done = subprocess.run(
        [sys.executable, "-c", DISK_LIMIT_SCRIPT, str(location.data_dir), str(limit), PASSPHRASE],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["entries"] == 30
    assert "couldn't make a backup" in result["error"]
    assert "The daily backup was skipped" in done.stderr
    assert CANARY not in done.stderr and PASSPHRASE not in done.stderr
    leftovers = [p.name for p in location.backups_dir.iterdir() if p.name.startswith("kindspace")]
    assert leftovers == []


# --- restore --------------------------------------------------------------------------


def test_restore_moves_the_current_journal_aside_and_brings_back_old_entries(
    journal: Journal, location: JournalLocation, wall: WallClock
) -> None:
    kept = journal.entries.create(body="from before the backup")
    backup = make_backup(journal)
    journal.entries.create(body="written after the backup")
    journal.entries.delete(kept.id)
    journal.close()
    current = location.database.read_bytes()

    key = unlock_data_key(location, passphrase=PASSPHRASE)
    wall.now += timedelta(hours=2)
    aside = restore_backup(location, backup, key, clock=wall)

    assert aside == location.data_dir / "journal.db.before-restore-2024-05-31-113000"
    assert aside.read_bytes() == current
    assert mode(location.database) == 0o600
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as restored:
        assert [entry.body for entry in restored.entries.iter_all()] == ["from before the backup"]
        restored.entries.create(body="life goes on")
    moved = open_backup(aside, key)
    try:
        assert [row[2] for row in rows(moved)] == ["written after the backup"]
    finally:
        moved.conn.close()
    assert not [p for p in location.data_dir.iterdir() if "restoring" in p.name]


def test_restore_works_when_the_current_journal_is_damaged(
    journal: Journal, location: JournalLocation, wall: WallClock
) -> None:
    journal.entries.create(body="worth keeping")
    backup = make_backup(journal)
    journal.close()
    location.database.write_bytes(os.urandom(40_000))
    (location.data_dir / "journal.db-wal").write_bytes(b"stray wal")
    (location.data_dir / "journal.db-shm").write_bytes(b"stray shm")

    aside = restore_backup(location, backup, unlock_data_key(location, passphrase=PASSPHRASE))

    assert aside is not None
    assert (aside.parent / (aside.name + "-wal")).read_bytes() == b"stray wal"
    assert (aside.parent / (aside.name + "-shm")).read_bytes() == b"stray shm"
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as restored:
        assert [entry.body for entry in restored.entries.iter_all()] == ["worth keeping"]


def test_restore_without_a_journal_file_returns_none(
    journal: Journal, location: JournalLocation
) -> None:
    journal.entries.create(body="only in the backup")
    backup = make_backup(journal)
    journal.close()
    location.database.unlink()

    key = unlock_data_key(location, passphrase=PASSPHRASE)
    assert restore_backup(location, backup, key) is None
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as restored:
        assert restored.entries.count() == 1


def test_restore_uses_the_backup_key_file_copy_when_keys_json_is_lost(
    journal: Journal, location: JournalLocation, tmp_path: Path
) -> None:
    journal.entries.create(body="safe in the backup")
    backup = make_backup(journal)
    journal.close()
    # The test keeps the file aside; kindspace itself never removes a key file.
    location.key_file.rename(tmp_path / "lost-keys.json")

    key = unlock_data_key(location, passphrase=PASSPHRASE, key_file=backup_key_file(backup))
    restore_backup(location, backup, key)

    assert read_key_file(location.key_file) == read_key_file(backup_key_file(backup))
    assert mode(location.key_file) == 0o600
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as restored:
        assert restored.entries.count() == 1


def _garbage(path: Path, tmp_path: Path, location: JournalLocation) -> Path:
    target = tmp_path / "garbage.db"
    target.write_bytes(os.urandom(64 * 1024))
    return target


def _flipped(path: Path, tmp_path: Path, location: JournalLocation) -> Path:
    data = bytearray(path.read_bytes())
    for offset in range(4 * 4096 + 100, 4 * 4096 + 164):
        data[offset] ^= 0xFF
    target = tmp_path / "flipped.db"
    target.write_bytes(bytes(data))
    return target


def _truncated(path: Path, tmp_path: Path, location: JournalLocation) -> Path:
    target = tmp_path / "truncated.db"
    target.write_bytes(path.read_bytes()[: 3 * 4096 + 17])
    return target


def _other_journal(path: Path, tmp_path: Path, location: JournalLocation) -> Path:
    other, _code = create_journal(
        JournalLocation(tmp_path / "other"),
        passphrase=PASSPHRASE,
        use_keyring=False,
        kdf_params=FAST_TEST_KDF,
    )
    try:
        other.entries.create(body="someone else's journal")
        return make_backup(other)
    finally:
        other.close()


def _plaintext_sqlite(path: Path, tmp_path: Path, location: JournalLocation) -> Path:
    target = tmp_path / "plain.db"
    target.write_bytes(b"SQLite format 3\x00" + bytes(4096 - 16))
    return target


@pytest.mark.parametrize(
    "make_bad", [_garbage, _flipped, _truncated, _other_journal, _plaintext_sqlite]
)
def test_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(
    journal: Journal, location: JournalLocation, tmp_path: Path, make_bad: object
) -> None:
    for number in range(40):
        journal.entries.create(body=f"entry {number} " * 30)
    good = make_backup(journal)
    journal.close()
    assert callable(make_bad)
    bad = make_bad(good, tmp_path, location)
    before = tree_hashes(location.data_dir)
    bad_before = hashlib.sha256(bad.read_bytes()).hexdigest()

    with pytest.raises(KindspaceError) as caught:
        restore_backup(location, bad, unlock_data_key(location, passphrase=PASSPHRASE))

    assert "Nothing was changed" in str(caught.value) or "nothing was changed" in str(caught.value)
    assert tree_hashes(location.data_dir) == before
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == bad_before
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as still:
        assert still.entries.count() == 40


def test_restore_with_a_key_of_another_journal_is_refused(
    journal: Journal, location: JournalLocation, tmp_path: Path
) -> None:
    backup = make_backup(journal)
    journal.close()
    before = tree_hashes(location.data_dir)
    with pytest.raises(WrongSecret):
        restore_backup(location, backup, os.urandom(32))
    with pytest.raises(InvalidInput, match="can't find the backup"):
        restore_backup(location, tmp_path / "nowhere.db", b"\0" * 32)
    assert tree_hashes(location.data_dir) == before


def test_unlock_data_key_uses_the_same_secrets_as_the_journal(journal: Journal) -> None:
    location = journal.location
    assert unlock_data_key(location, passphrase=PASSPHRASE) == journal.data_key
    with pytest.raises(WrongSecret):
        unlock_data_key(location, passphrase="not the passphrase at all")
    with pytest.raises(CannotUnlock):
        unlock_data_key(location)  # no secret and no keyring


def test_recovery_key_unlocks_for_restore(location: JournalLocation, wall: WallClock) -> None:
    opened, recovery = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=FAST_TEST_KDF, clock=wall
    )
    with opened:
        backup = make_backup(opened)
        key = opened.data_key
    assert unlock_data_key(location, recovery_key=recovery) == key
    assert restore_backup(location, backup, key) is not None
