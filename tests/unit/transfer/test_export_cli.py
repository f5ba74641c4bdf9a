"""``kindspace export`` in each format, driven through ``main(argv)`` with real journals.

Two runs are real processes: one proves a PDF can be printed with no display at all, the
other that JSON and Markdown exports never load Qt.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from kindspace.cli import main
from kindspace.journal.journal import JournalLocation, open_journal
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal
from tests.helpers.shell import run_main

Export = Callable[..., "Result"]
REPO = Path(__file__).resolve().parents[3]
TIMEOUT_S = 60


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("KINDSPACE_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("KINDSPACE_DEBUG", raising=False)


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    """Three entries: a note on 1 May, a letter on 2 May, a note on 3 May 2024."""
    data_dir = tmp_path / "journal"
    make_passphrase_journal(data_dir)
    location = JournalLocation(data_dir)
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        journal.entries.create(
            title="Walk", body="By the river.", written_at=datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
        )
        journal.entries.create(
            kind="compassionate_letter",
            body="Be gentle.",
            answers={"letter": "Dear me,"},
            intensity_before=6,
            written_at=datetime(2024, 5, 2, 21, 14, tzinfo=UTC),
        )
        journal.entries.create(
            title="Tea", body="Green tea.", written_at=datetime(2024, 5, 3, 7, 30, tzinfo=UTC)
        )
    return data_dir


@pytest.fixture
def export(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, journal_dir: Path
) -> Export:
    def run(*argv: str) -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        code = run_main(["--data-dir", str(journal_dir), "export", *argv], monkeypatch)
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return Result(code, out, err)

    return run


def ids_in(journal_dir: Path) -> list[str]:
    location = JournalLocation(journal_dir)
    with open_journal(location, passphrase=PASSPHRASE, daily_backup=False) as journal:
        return [entry.id for entry in journal.entries.iter_all()]


def test_json_takes_a_range(export: Export, tmp_path: Path) -> None:
    target = tmp_path / "may.json"
    result = export("--output", str(target), "--from", "2024-05-02", "--to", "2024-05-03")
    assert result.code == 0, result.err
    assert result.out == f"Exported 2 entries to {target}.\n"
    assert "not encrypted" in result.err
    entries = json.loads(target.read_text(encoding="utf-8"))["entries"]
    assert [entry["day"] for entry in entries] == ["2024-05-02", "2024-05-03"]


def test_markdown_writes_a_folder_and_asks_before_writing_into_a_full_one(
    export: Export, tmp_path: Path, journal_dir: Path
) -> None:
    folder = tmp_path / "notes"
    result = export("--format", "markdown", "--output", str(folder))
    assert result.code == 0, result.err
    assert result.out == f"Exported 3 entries to {folder}.\n"
    assert "These files are not encrypted" in result.err
    assert sorted(path.name for path in folder.iterdir()) == [
        "2024-05-01 0900 Walk.md",
        "2024-05-02 2114 A compassionate letter.md",
        "2024-05-03 0730 Tea.md",
    ]
    again = export("--format", "markdown", "--output", str(folder))
    assert again.code == 1 and "already holds files" in again.err and "--force" in again.err
    first_id = ids_in(journal_dir)[0]
    forced = export("--format", "markdown", "--output", str(folder), "--entry", first_id, "--force")
    assert forced.code == 0 and forced.out == f"Exported 1 entry to {folder}.\n"
    assert len(list(folder.iterdir())) == 3


def test_pdf_prints_the_chosen_fields(
    qapp: QApplication, export: Export, tmp_path: Path, journal_dir: Path
) -> None:
    target = tmp_path / "letter.pdf"
    letter_id = ids_in(journal_dir)[1]
    result = export(
        "--format", "pdf", "--output", str(target), "--entry", letter_id, "--fields", "answers"
    )
    assert result.code == 0, result.err
    assert "not encrypted" in result.err
    (page,) = PdfReader(target).pages
    text = " ".join(page.extract_text().split())
    assert text.startswith("The letter Dear me,")
    assert "Be gentle." not in text and "6 out of 10" not in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--fields", "body,mood"), "--fields takes a comma-separated list"),
        (("--tag", "nowhere"), "No entries match"),
        (("--format", "pdf", "--fields", "body,mood"), "--fields takes a comma-separated list"),
        (("--from", "2024-06-01", "--to", "2024-05-01"), "comes after the last one"),
        (("--entry", "x", "--from", "2024-05-01"), "leave out --from and --to"),
        (("--from", "2025-01-01"), "No entries match"),
        (("--entry", "no-such-id"), "There is no entry with the id no-such-id"),
    ],
)
def test_mistakes_get_one_calm_sentence_and_write_nothing(
    export: Export, tmp_path: Path, argv: tuple[str, ...], message: str
) -> None:
    target = tmp_path / "out.json"
    result = export("--output", str(target), *argv)
    assert result.code == 1
    assert message in result.err and result.err.count("\n") == 1
    assert not target.exists()


def test_an_existing_file_is_kept_without_force(export: Export, tmp_path: Path) -> None:
    target = tmp_path / "print.pdf"
    target.write_bytes(b"mine")
    result = export("--format", "pdf", "--output", str(target))
    assert result.code == 1 and "--force" in result.err
    assert target.read_bytes() == b"mine"


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args,
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**env, "PYTHONPATH": str(REPO)},
        timeout=TIMEOUT_S,
        check=False,
    )


def test_a_pdf_prints_without_any_display(journal_dir: Path, tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    target = tmp_path / "all.pdf"
    argv = ["--data-dir", str(journal_dir), "export", "--format", "pdf", "--output", str(target)]
    result = _run([sys.executable, "-m", "kindspace", *argv], env)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert len(PdfReader(target).pages) == 1  # three short entries share one page


def test_json_and_markdown_exports_never_load_qt(journal_dir: Path, tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from kindspace.cli import main\n"
        "base = ['--data-dir', sys.argv[1], 'export', '--output']\n"
        "import os\n"
        "secret = os.environ['KINDSPACE_PASSPHRASE']\n"
        "codes = [main(base + [sys.argv[2] + '.json'])]\n"
        "os.environ['KINDSPACE_PASSPHRASE'] = secret  # each command takes it out\n"
        "codes += [main(base + [sys.argv[2], '--format', 'markdown'])]\n"
        "print(codes, 'PySide6' in sys.modules)\n"
    )
    result = _run(
        [sys.executable, "-c", script, str(journal_dir), str(tmp_path / "out")], dict(os.environ)
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[0, 0] False"


def test_fields_and_tag_narrow_a_json_export(
    export: Export, journal_dir: Path, tmp_path: Path
) -> None:
    with open_journal(
        JournalLocation(journal_dir), passphrase=PASSPHRASE, daily_backup=False
    ) as journal:
        [walk] = [entry for entry in journal.entries.iter_all() if entry.title == "Walk"]
        journal.entries.update(walk.id, tags=["for-therapy"])
    target = tmp_path / "for-therapy.json"
    result = export(
        "--output", str(target), "--tag", "for-therapy", "--fields", "date,body"
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.startswith("Exported 1 entry")
    document = json.loads(target.read_text("utf-8"))
    assert document["parts"] == ["date", "body"]
    [entry] = document["entries"]
    assert set(entry) == {"id", "kind", "day", "created", "updated", "body"}
    assert entry["body"] == "By the river." and entry["day"] == "2024-05-01"
    imported = main(["--data-dir", str(journal_dir), "import", str(target)])
    assert imported == 1, "a copy with only some parts can't come back as entries"


def test_fields_and_tag_narrow_a_markdown_export(
    export: Export, journal_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "md"
    result = export("--format", "markdown", "--output", str(folder), "--fields", "body")
    assert result.code == 0, result.err
    names = sorted(path.name for path in folder.iterdir())
    assert names[0].startswith("0001 ") and not any("2024" in name for name in names)
    texts = [path.read_text("utf-8") for path in sorted(folder.iterdir())]
    assert "By the river." in texts[0]
    for text in texts:
        assert "date:" not in text and "title:" not in text and "tags:" not in text
        assert "intensity_before" not in text and "\n# " not in text
    assert "Dear me," not in "".join(texts), "answers were not chosen"
