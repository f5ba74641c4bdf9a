"""``kindspace import`` driven through ``main(argv)`` with real journals on disk."""

from __future__ import annotations

import hashlib
import io
import shutil
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from kindspace.journal.journal import JournalLocation, open_journal
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal
from tests.helpers.shell import run_main

Run = Callable[..., "Result"]
SAMPLES = Path(__file__).resolve().parents[2] / "data" / "imports"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("KINDSPACE_PASSPHRASE", raising=False)
    monkeypatch.delenv("KINDSPACE_DEBUG", raising=False)


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "journal"
    make_passphrase_journal(data_dir)
    return data_dir


@pytest.fixture
def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, journal_dir: Path
) -> Run:
    def run_cli(*argv: str, stdin: str = "") -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = run_main(["--data-dir", str(journal_dir), *argv], monkeypatch)
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return Result(code, out, err)

    return run_cli


def titles(data_dir: Path) -> list[tuple[str, str]]:
    with open_journal(
        JournalLocation(data_dir), passphrase=PASSPHRASE, daily_backup=False
    ) as journal:
        return sorted((e.first_line, e.import_source or "") for e in journal.entries.iter_all())


def hashes(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_a_jrnl_file_is_previewed_then_imported_once(run: Run, journal_dir: Path) -> None:
    first = run("import", str(SAMPLES / "jrnl.txt"), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert first.code == 0, first.err
    assert first.out.splitlines() == [
        "This jrnl journal file holds 3 entries, from 1 May 2024 to 3 May 2024. The one "
        "starred entry carries the tag 'starred'.",
        "Added 3 entries, updated 0 entries and left 0 entries as they were.",
    ]
    assert titles(journal_dir) == [
        ("A slow evening walk.", "jrnl"),
        ("Kind words to myself.", "jrnl"),
        ("Morning pages", "jrnl"),
    ]
    again = run("import", str(SAMPLES / "jrnl.txt"), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert again.code == 0
    assert again.out.splitlines()[-1] == (
        "Added 0 entries, updated 0 entries and left 3 entries as they were."
    )


def test_a_day_one_zip_reports_what_stays_behind(
    run: Run, journal_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KINDSPACE_PASSPHRASE", PASSPHRASE)
    export = tmp_path / "Day One export.zip"
    with zipfile.ZipFile(export, "w") as archive:
        for name in ("Journal.json", "Travel.json"):
            archive.write(SAMPLES / "dayone-zip" / name, name)
    result = run("import", str(export))
    assert result.code == 0, result.err
    preview, summary = result.out.splitlines()
    assert "1 photo, 1 audio recording, 1 video and 1 PDF were left out" in preview
    assert summary.startswith("Added 4 entries")
    assert len(titles(journal_dir)) == 4


def test_the_format_can_be_chosen_and_a_mismatch_changes_nothing(
    run: Run, journal_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "copy.dayone"
    shutil.copytree(SAMPLES / "Journal.dayone", folder)
    before = hashes(journal_dir)
    wrong = run("import", str(SAMPLES / "jrnl.txt"), "--format", "dayone")  # no secret needed
    assert wrong.code == 1
    assert wrong.err.startswith("kindspace: ") and wrong.err.strip().endswith(
        "Nothing was imported."
    )
    assert wrong.out == ""
    assert hashes(journal_dir) == before
    right = run(
        "import", str(folder), "--format", "dayone-classic", "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert right.code == 0, right.err
    assert right.out.splitlines()[-1].startswith("Added 2 entries")


def test_an_unknown_file_lists_what_can_be_imported(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Shopping\n- tea\n", encoding="utf-8")
    result = run("import", str(path))
    assert result.code == 1
    assert "jrnl journal file" in result.err and "Day One plain-text export" in result.err
    assert result.err.count("\n") == 1


def test_an_empty_journal_file_needs_no_unlock(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "journal.txt"
    path.write_text("", encoding="utf-8")
    result = run("import", str(path), "--format", "jrnl")
    assert result.code == 0, result.err
    assert result.out == "This jrnl journal file holds no entries, so there is nothing to import.\n"


def test_a_wrong_passphrase_exits_2_and_adds_nothing(run: Run, journal_dir: Path) -> None:
    before = hashes(journal_dir)
    result = run("import", str(SAMPLES / "dayone.txt"), "--passphrase-stdin", stdin="wrong\n")
    assert result.code == 2
    assert result.out.startswith("This Day One plain-text export holds 3 entries")
    assert hashes(journal_dir) == before


def test_a_damaged_day_one_entry_refuses_until_skipped_then_names_it(
    run: Run, journal_dir: Path
) -> None:
    before = hashes(journal_dir)
    damaged = str(SAMPLES / "damaged.dayone")
    refused = run("import", damaged)  # refused before any unlock
    assert refused.code == 1
    assert "• 1A2B3C4D5E6F708192A3B4C5D6E7F802.doentry (it is not a Day One entry" in refused.out
    assert refused.err.startswith("kindspace: kindspace couldn't read 1 entry of damaged.dayone")
    assert "Nothing was imported." in refused.err and "--skip-unreadable" in refused.err
    assert hashes(journal_dir) == before
    skipped = run(
        "import", damaged, "--skip-unreadable", "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert skipped.code == 0, skipped.err
    assert skipped.out.splitlines()[-1] == (
        "Added 1 entry, updated 0 entries and left 0 entries as they were. Left out, as you "
        "chose: 1A2B3C4D5E6F708192A3B4C5D6E7F802.doentry (it is not a Day One entry kindspace "
        "can read; it may be damaged)."
    )
    assert titles(journal_dir) == [
        ("Rain on the window. I made tea and let the day be slow.", "dayone")
    ]


def test_words_before_the_first_date_become_a_note_or_are_left_out(
    run: Run, journal_dir: Path, tmp_path: Path
) -> None:
    kept = run(
        "import", str(SAMPLES / "dayone-leading.txt"), "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert kept.code == 0, kept.err
    assert "  My little journal\n  Exported from a diary app\n" in kept.out
    assert kept.out.splitlines()[-1].startswith("Added 3 entries")
    assert ("Words from the top of the Day One export", "dayone") in titles(journal_dir)

    other = tmp_path / "other"
    make_passphrase_journal(other)
    left = run(
        "--data-dir", str(other), "import", str(SAMPLES / "dayone-leading.txt"),
        "--skip-unreadable", "--passphrase-stdin", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert left.code == 0, left.err
    assert left.out.splitlines()[-1] == (
        "Added 2 entries, updated 0 entries and left 0 entries as they were. Left out, as you "
        "chose: 2 lines before the first entry."
    )
    assert len(titles(other)) == 2
