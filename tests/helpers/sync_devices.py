"""Data folders playing a person's devices, driven through the real command line.

Every step is a ``kindspace`` command run in-process through ``main(argv)`` (as a shell would
run one after another), on real SQLCipher journals; the journals are only opened directly to
look at what they hold afterwards. They use the cheapest Argon2id cost, stored in their key
file, so joining with the passphrase is quick too. The keyring is keyring's ``fail`` backend,
so nothing here touches a real one. Test modules import the fixtures they use by name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kindspace.journal.journal import Journal, JournalLocation, open_journal
from kindspace.sync.bundles import BundleKind, BundleName
from kindspace.sync.folder import ROOT_NAME
from tests.helpers.cli import Cli, Result
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("KINDSPACE_PASSPHRASE", raising=False)
    monkeypatch.delenv("KINDSPACE_DEBUG", raising=False)


class Device:
    """One data folder, driven through the command line."""

    def __init__(self, cli: Cli, data_dir: Path) -> None:
        self.cli, self.data_dir = cli, data_dir

    def __call__(self, *argv: str, stdin: str | None = None) -> Result:
        secret = PASSPHRASE + "\n" if stdin is None else stdin
        options = ["--passphrase-stdin"] if stdin is None else []
        return self.cli("--data-dir", str(self.data_dir), *argv, *options, stdin=secret, data=False)

    def ok(self, *argv: str) -> Result:
        result = self(*argv)
        assert result.code == 0, result.err
        return result

    def note(self, text: str, title: str = "") -> str:
        self.ok("note", *(["--title", title] if title else []), text)
        return self.id_of(text)

    def id_of(self, text: str) -> str:
        with self.journal() as journal:
            return next(e.id for e in journal.entries.iter_all() if e.body == text)

    def journal(self) -> Journal:
        location = JournalLocation(self.data_dir)
        return open_journal(location, passphrase=PASSPHRASE, daily_backup=False)

    def bodies(self) -> set[str]:
        with self.journal() as journal:
            return {entry.body for entry in journal.entries.iter_all()}

    def conflicts(self) -> list[Any]:
        with self.journal() as journal:
            return list(journal.sync.conflicts())


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Cli:
    return Cli(capsys, monkeypatch, tmp_path / "unused")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "Sync"
    shared.mkdir()
    return shared


@pytest.fixture
def laptop(cli: Cli, tmp_path: Path) -> Device:
    make_passphrase_journal(tmp_path / "laptop")
    return Device(cli, tmp_path / "laptop")


@pytest.fixture
def recovery_key(laptop: Device) -> str:
    with laptop.journal() as journal:
        code = journal.recovery_key()
    assert code is not None
    return code


def new_device(cli: Cli, tmp_path: Path, name: str) -> Device:
    return Device(cli, tmp_path / name)


def join(device: Device, folder: Path) -> Result:
    result = device("sync", "join", str(folder))
    assert result.code == 0, result.err
    return result


def bundle_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in (folder / ROOT_NAME).rglob("*.ksync")
        if (name := BundleName.parse(path.name)) is not None and name.kind is BundleKind.CHANGES
    )
