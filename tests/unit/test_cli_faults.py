"""Faults a person can meet on the command line, each answered with one calm sentence.

Issue 14: a damaged key file (item 8), backups' key files after a key change (item 10) and
messages for bad input, a damaged search index and a nearly full disk (item 13).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kindspace.errors import StorageFull, WrongSecret
from kindspace.journal import vault
from kindspace.journal.database import OperationalError, describe_storage_error
from kindspace.journal.journal import JournalLocation, open_journal
from kindspace.journal.key_file import read_key_file
from tests.helpers.cli import Cli, Result
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal
from tests.helpers.namespaces import run_with_mounts


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("KINDSPACE_PASSPHRASE", raising=False)
    monkeypatch.delenv("KINDSPACE_DEBUG", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> Cli:
    return Cli(capsys, monkeypatch, data_dir)


@pytest.fixture
def journal_dir(data_dir: Path) -> Path:
    make_passphrase_journal(data_dir)
    return data_dir


def with_passphrase(cli: Cli, *argv: str, stdin: str = "") -> Result:
    return cli("--passphrase-stdin", *argv, stdin=f"{PASSPHRASE}\n{stdin}")


def entry_count(data_dir: Path) -> int:
    location = JournalLocation(data_dir)
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        return journal.entries.count()


# -- item 8: a damaged keys.json ---------------------------------------------------------------


def test_a_damaged_key_file_exits_2_and_names_the_backup_key_files(
    cli: Cli, journal_dir: Path
) -> None:
    assert with_passphrase(cli, "note", "before the damage").code == 0  # makes the daily backup
    (copy,) = sorted((journal_dir / "backups").glob("*.keys.json"))
    (journal_dir / "keys.json").write_bytes(b'{"format": "kindspace-keys", "vers')

    result = with_passphrase(cli, "search", "damage")

    assert result.code == 2, result.err
    assert "damaged" in result.err and str(copy) in result.err
    assert result.err.count("\n") == 1  # one sentence


def test_restore_uses_the_key_file_beside_the_backup_when_keys_json_is_damaged(
    cli: Cli, journal_dir: Path
) -> None:
    assert with_passphrase(cli, "note", "kept in the backup").code == 0
    assert with_passphrase(cli, "backup").code == 0
    (backup,) = sorted((journal_dir / "backups").glob("*-manual.db"))
    damaged = b"\x00\x01 not json at all"
    (journal_dir / "keys.json").write_bytes(damaged)

    result = with_passphrase(cli, "restore", str(backup))

    assert result.code == 0, result.err
    assert str(backup.with_suffix(".keys.json")) in result.err  # says where the key file is
    assert entry_count(journal_dir) == 1
    (kept,) = journal_dir.glob("keys.json.damaged-*")
    assert kept.read_bytes() == damaged, "the damaged key file is kept, never deleted"
    assert str(kept) in result.out


# -- item 10: an old secret no longer opens older backups ---------------------------------------


def test_after_a_passphrase_change_the_old_one_opens_no_backup(cli: Cli, journal_dir: Path) -> None:
    assert with_passphrase(cli, "backup").code == 0
    assert with_passphrase(cli, "backup").code == 0
    copies = sorted((journal_dir / "backups").glob("*.keys.json"))
    assert len(copies) == 3  # the day's automatic one and two manual ones
    new = "a brand new passphrase for today"

    changed = with_passphrase(cli, "passphrase", "--new-passphrase-stdin", stdin=f"{new}\n")

    assert changed.code == 0, changed.err
    assert "backups" in changed.out
    for copy in copies:
        keys = read_key_file(copy)
        with pytest.raises(WrongSecret):
            vault.unwrap_with_passphrase(keys, PASSPHRASE)
        assert vault.data_key_matches(keys, vault.unwrap_with_passphrase(keys, new))


def test_after_a_new_recovery_key_the_old_one_opens_no_backup(cli: Cli, data_dir: Path) -> None:
    old = make_passphrase_journal(data_dir)
    assert with_passphrase(cli, "backup").code == 0
    copies = sorted((data_dir / "backups").glob("*.keys.json"))

    made = with_passphrase(cli, "recovery-key", "--new")

    assert made.code == 0, made.err
    (new,) = re.findall(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){6}\b", made.out)
    for copy in copies:
        keys = read_key_file(copy)
        with pytest.raises(WrongSecret):
            vault.unwrap_with_recovery_key(keys, old)
        assert vault.data_key_matches(keys, vault.unwrap_with_recovery_key(keys, new))


def test_a_key_file_of_another_journal_in_the_backups_is_left_alone(
    cli: Cli, journal_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    make_passphrase_journal(other)
    stranger = journal_dir / "backups" / "kindspace-2001-01-01-000000-manual.keys.json"
    (journal_dir / "backups").mkdir(exist_ok=True)
    (journal_dir / "backups" / "kindspace-2001-01-01-000000-manual.db").write_bytes(b"")
    stranger.write_bytes((other / "keys.json").read_bytes())
    before = stranger.read_bytes()

    new = "a brand new passphrase for today"
    changed = with_passphrase(cli, "passphrase", "--new-passphrase-stdin", stdin=f"{new}\n")

    assert changed.code == 0, changed.err
    assert stranger.read_bytes() == before


# -- item 13: one plain sentence, exit 1 --------------------------------------------------------

REPO = Path(__file__).resolve().parents[2]
NOT_UTF8 = b"\xed\xa0\x80"  # a UTF-16 surrogate in UTF-8 form: never valid UTF-8


def kindspace_bytes(data_dir: Path, *argv: bytes, stdin: bytes) -> tuple[int, str]:
    """The real command with raw bytes for arguments and stdin, as a shell would pass them."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "LC_ALL": "C.UTF-8"}
    result = subprocess.run(
        [sys.executable.encode(), b"-m", b"kindspace", b"--data-dir", bytes(data_dir), *argv],
        input=stdin, capture_output=True, cwd=REPO, env=env, timeout=60, check=False,
    )  # fmt: skip
    err = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "unexpected" not in err
    return result.returncode, err


@pytest.mark.parametrize(
    ("argv", "stdin"),
    [
        ([b"note", b"-"], b"a line\n" + NOT_UTF8 + b" and more\n"),
        ([b"note", b"--title", b"x" + NOT_UTF8, b"hello"], b""),
        ([b"note", b"--tag", NOT_UTF8, b"hello"], b""),
        ([b"note", b"hello " + NOT_UTF8], b""),
        ([b"note", b"-"], b"latin-1 \xe9t\xe9\n"),
    ],
)
def test_invalid_utf8_is_one_sentence_and_nothing_is_saved(
    journal_dir: Path, argv: list[bytes], stdin: bytes
) -> None:
    code, err = kindspace_bytes(
        journal_dir, b"--passphrase-stdin", *argv, stdin=PASSPHRASE.encode() + b"\n" + stdin
    )
    assert code == 1
    assert "UTF-8" in err and err.count("\n") == 1
    assert entry_count(journal_dir) == 0


def test_a_huge_search_limit_is_one_sentence(cli: Cli, journal_dir: Path) -> None:
    result = with_passphrase(cli, "search", "river", "--limit", "99999999999999999999")
    assert result.code == 1
    assert "--limit" in result.err and "Overflow" not in result.err


def test_a_damaged_search_index_says_so_and_check_rebuilds_it(
    cli: Cli, journal_dir: Path, tmp_path: Path
) -> None:
    location = JournalLocation(journal_dir)
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        for number in range(30):
            journal.entries.create(body=f"river stone number {number} " * 20)
        # Cut the index's leaf pages short, as a damaged page reads.
        journal.db.execute("UPDATE entries_fts_data SET block = substr(block, 1, 7) WHERE id > 10")

    searched = with_passphrase(cli, "search", "river")
    assert searched.code == 1
    assert "search index is damaged" in searched.err and "--rebuild-index" in searched.err
    exported = with_passphrase(cli, "export", "--output", str(tmp_path / "all.json"))
    assert exported.code == 0, exported.err
    checked = with_passphrase(cli, "check")
    assert checked.code == 1 and "--rebuild-index" in checked.err

    rebuilt = with_passphrase(cli, "check", "--rebuild-index")

    assert rebuilt.code == 0, rebuilt.out + rebuilt.err
    again = with_passphrase(cli, "search", "river", "--limit", "100")
    assert again.code == 0 and len(again.out.splitlines()) == 30


def test_a_disk_io_error_on_a_nearly_full_disk_is_the_disk_full_sentence(tmp_path: Path) -> None:
    """SQLite reports some writes that fail for want of space as "disk I/O error"."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    check = (
        "import sys; from pathlib import Path; import sqlcipher3.dbapi2 as s\n"
        "from kindspace.journal.database import describe_storage_error as d\n"
        "p = Path(sys.argv[1]) / 'journal.db'\n"
        "print(type(d(s.OperationalError('disk I/O error'), p)).__name__)\n"
    )
    filler = mount_point / "filler"
    result = run_with_mounts(
        [
            f"mount -t tmpfs -o size=1m tmpfs {mount_point}",
            f"(head -c 1040000 /dev/zero > {filler} || true)",
        ],
        [sys.executable, "-c", check, str(mount_point)],
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().strip() == "StorageFull"
    roomy = describe_storage_error(OperationalError("disk I/O error"), tmp_path / "journal.db")
    assert not isinstance(roomy, StorageFull)


# -- item 9: a read-only data folder ------------------------------------------------------------


def test_a_read_only_folder_still_searches_checks_exports_and_backs_up_elsewhere(
    journal_dir: Path, tmp_path: Path
) -> None:
    location = JournalLocation(journal_dir)
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        journal.entries.create(body="the river by the old mill")
    before = {p.name: p.read_bytes() for p in journal_dir.rglob("*") if p.is_file()}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    read_only_bind = [
        f"mount --bind {journal_dir} {journal_dir}",
        f"mount -o remount,bind,ro {journal_dir}",
    ]

    def run(*argv: str) -> tuple[int, str, str]:
        result = run_with_mounts(
            read_only_bind,
            [sys.executable, "-m", "kindspace", "--data-dir", str(journal_dir),
             "--passphrase-stdin", *argv],
            stdin=f"{PASSPHRASE}\n".encode(),
        )  # fmt: skip
        out, err = result.stdout.decode(), result.stderr.decode()
        assert "Traceback" not in err
        return result.returncode, out, err

    code, out, err = run("search", "river")
    assert (code, out.count("[river]")) == (0, 1), err
    assert "read-only" in err and "writing is off" in err
    code, out, err = run("check")
    assert code == 0, out + err
    code, _, err = run("export", "--output", str(elsewhere / "all.json"))
    assert code == 0, err
    code, out, err = run("backup", "--output", str(elsewhere))
    assert code == 0, err
    code, _, err = run("note", "not today")
    assert code == 1 and "read-only" in err

    after = {p.name: p.read_bytes() for p in journal_dir.rglob("*") if p.is_file()}
    assert after == before, "nothing in the read-only folder changed"
    (copy,) = elsewhere.glob("kindspace-*-manual.db")
    assert copy.with_suffix(".keys.json").is_file()
    assert "the river by the old mill" in (elsewhere / "all.json").read_text(encoding="utf-8")
