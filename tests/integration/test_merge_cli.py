"""``kindspace merge PATH`` through the real command line: what came in, a wrong secret
(exit 2, nothing changed), a damaged file (a kind sentence, nothing changed)."""

# ruff: noqa: F811 (the shared fixtures are imported, then named as arguments)

from __future__ import annotations

from pathlib import Path

import pytest

from kindspace.journal.journal import JournalLocation, open_journal
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal
from tests.helpers.sync_devices import (  # noqa: F401 (fixtures are used by name)
    Device,
    cli,
    laptop,
    no_real_keyring,
)

pytestmark = pytest.mark.usefixtures("ordinary_now", "no_real_keyring")


def other_journal(where: Path, passphrase: str, *bodies: str) -> Path:
    make_passphrase_journal(where, passphrase=passphrase)
    with open_journal(JournalLocation(where), passphrase=passphrase, daily_backup=False) as other:
        for body in bodies:
            other.entries.create(body=body)
    return where


def test_merging_a_backup_and_another_folder_says_what_came_in(
    laptop: Device, tmp_path: Path
) -> None:
    laptop.note("mine")
    backup = tmp_path / "before.kindspace-backup"
    laptop.ok("backup", "--output", str(backup))
    other = other_journal(tmp_path / "old-laptop", PASSPHRASE, "from the old laptop", "and more")

    from_other = laptop.ok("merge", str(other))
    from_backup = laptop.ok("merge", str(backup))

    assert "2 entries came in" in from_other.out
    assert "Nothing new came in" in from_backup.out
    assert laptop.bodies() == {"mine", "from the old laptop", "and more"}
    assert "from the old laptop" not in from_other.out + from_other.err  # never a journal word


def test_a_wrong_secret_exits_2_and_changes_nothing(laptop: Device, tmp_path: Path) -> None:
    laptop.note("mine")
    other = other_journal(tmp_path / "other", "another passphrase", "theirs")

    result = laptop("merge", str(other))

    assert result.code == 2, result.err
    assert "Nothing was changed" in result.err and "Traceback" not in result.err
    assert laptop.bodies() == {"mine"}


def test_a_damaged_file_gets_a_kind_sentence_and_changes_nothing(
    laptop: Device, tmp_path: Path
) -> None:
    laptop.note("mine")
    backup = tmp_path / "before.kindspace-backup"
    laptop.ok("backup", "--output", str(backup))
    laptop.note("after the backup")
    backup.write_bytes(backup.read_bytes()[:5000])

    result = laptop("merge", str(backup))

    assert result.code != 0 and "damaged" in result.err and "Traceback" not in result.err
    assert laptop.bodies() == {"mine", "after the backup"}
    missing = laptop("merge", str(tmp_path / "nowhere"))
    assert missing.code == 1 and "can't find" in missing.err
