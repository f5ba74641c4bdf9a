"""Canary strings written through every path never reach the disk in readable form.

Each canary goes through one path (title, body, tag, exercise answer, draft, setting); the
data folder (database, WAL, shared memory, key file, backups) and the temporary folder are
then scanned for it, while the journal is open (so the WAL still holds the writes) and
after it is closed.
"""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from kindspace.journal import vault
from kindspace.journal.backup import make_backup
from kindspace.journal.journal import Journal, JournalLocation, create_journal, open_journal

PASSPHRASE = "canary passphrase for testing"


def canary(path_name: str) -> str:
    return f"CANARY{path_name.upper()}{secrets.token_hex(6)}"


def encodings(secret: str | bytes) -> list[bytes]:
    if isinstance(secret, bytes):
        return [secret]
    return [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]


def files_under(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        yield from (path for path in folder.rglob("*") if path.is_file())


def assert_nowhere(canaries: dict[str, str | bytes], *folders: Path) -> list[Path]:
    scanned = list(files_under(*folders))
    for path in scanned:
        raw = path.read_bytes()
        for where, text in canaries.items():
            for encoded in encodings(text):
                assert encoded not in raw, f"the {where} canary is readable in {path}"
    return scanned


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point both Python's and SQLite's temporary files at a folder we can scan."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("SQLITE_TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def write_through_every_path(journal: Journal, canaries: dict[str, str | bytes]) -> None:
    text = {name: str(value) for name, value in canaries.items()}
    journal.entries.create(title=text["title"], body="plain words")
    journal.entries.create(body=text["body"])
    journal.entries.create(body="tagged", tags=[text["tag"]])
    journal.entries.create(kind="rain", answers={"nurture": text["answer"]})
    entry = journal.entries.create(body="to be edited")
    journal.entries.update(entry.id, body=text["edited"])
    gone = journal.entries.create(body=text["deleted"])
    journal.entries.delete(gone.id)
    journal.drafts.save("editor:new", {"body": text["draft"]})
    journal.settings.set("reminders.phrases", [text["setting"]])


def test_no_canary_is_readable_anywhere(tmp_path: Path, private_tmp: Path) -> None:
    paths = ["title", "body", "tag", "answer", "edited", "deleted", "draft", "setting"]
    canaries: dict[str, str | bytes] = {name: canary(name) for name in paths}
    canaries["passphrase"] = PASSPHRASE
    location = JournalLocation(tmp_path / "data")
    journal, recovery_key = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=vault.FAST_TEST_KDF
    )
    canaries["recovery key"] = recovery_key
    with journal:
        write_through_every_path(journal, canaries)
        assert journal.search(str(canaries["body"]))
        assert location.database.with_name("journal.db-wal").exists()
        scanned_while_open = assert_nowhere(canaries, location.data_dir, private_tmp)
        make_backup(journal)
        data_key = journal.data_key
    assert any(path.name.endswith("-wal") for path in scanned_while_open)
    with open_journal(location, passphrase=PASSPHRASE) as reopened:
        assert reopened.entries.count() == 5
    scanned = assert_nowhere(
        {**canaries, "data key": data_key, "data key in hex": data_key.hex()},
        location.data_dir,
        private_tmp,
    )
    assert any(path.parent.name == "backups" for path in scanned)
    assert location.key_file in scanned
