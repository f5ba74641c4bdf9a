"""``list``, ``show``, ``edit``, ``delete``, ``tags`` and word-less ``search``: the jrnl-style
commands, run in-process through ``main(argv)`` against real SQLCipher journals."""

from __future__ import annotations

import io
import json
import os
import re
import stat
import sys
import textwrap
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kindspace.cli import COMMANDS, main
from kindspace.journal.journal import JournalLocation, open_journal
from kindspace.journal.models import Entry
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal
from tests.unit.test_cli import Result

ZONE = timezone(timedelta(hours=2))
README = Path(__file__).resolve().parents[2] / "README.md"


class TerminalInput(io.StringIO):
    """Standard input that says it is a terminal (a person is there to answer)."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("KINDSPACE_PASSPHRASE", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)


class Cli:
    def __init__(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
    ) -> None:
        self.capsys, self.monkeypatch, self.data_dir = capsys, monkeypatch, data_dir

    def __call__(self, *argv: str, stdin: str = "", terminal: bool = False) -> Result:
        """Runs with the passphrase as the first line of stdin, then ``stdin``."""
        stream = TerminalInput if terminal else io.StringIO
        self.monkeypatch.setattr(sys, "stdin", stream(PASSPHRASE + "\n" + stdin))
        code = main(["--data-dir", str(self.data_dir), "--passphrase-stdin", *argv])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err
        return Result(code, out, err)


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    make_passphrase_journal(tmp_path / "journal")
    return tmp_path / "journal"


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, journal_dir: Path
) -> Cli:
    return Cli(capsys, monkeypatch, journal_dir)


def _open(journal_dir: Path):  # type: ignore[no-untyped-def]
    return open_journal(JournalLocation(journal_dir), passphrase=PASSPHRASE, daily_backup=False)


@pytest.fixture
def entries(journal_dir: Path) -> dict[str, Entry]:
    """Written out of order on purpose: the list must sort by day, then time."""
    with _open(journal_dir) as journal:
        return {
            "evening": journal.entries.create(
                title="Evening walk",
                body="By the river.",
                written_at=datetime(2024, 5, 1, 21, 5, tzinfo=ZONE),
                tags=["outside", "walks"],
            ),
            "morning": journal.entries.create(
                body="First line of the morning.\nMore.",
                written_at=datetime(2024, 5, 1, 7, 30, tzinfo=ZONE),
                tags=["Outside"],
            ),
            "dated_later": journal.entries.create(
                body="Filed under an earlier day.",
                day=date(2024, 4, 30),
                written_at=datetime(2024, 5, 2, 9, 0, tzinfo=ZONE),
            ),
            "break": journal.entries.create(
                kind="self_compassion_break",
                body="Be gentle.",
                answers={"situation": "A hard call.", "moment_of_difficulty": ["Ouch."]},
                intensity_before=7,
                written_at=datetime(2024, 6, 3, 12, 0, tzinfo=ZONE),
            ),
        }


def _ids(result: Result) -> list[str]:
    return [line.split("\t")[0] for line in result.out.splitlines()]


# --- list -------------------------------------------------------------------------------


def test_list_prints_one_line_each_by_day_then_time_newest_last(
    cli: Cli, entries: dict[str, Entry]
) -> None:
    result = cli("list")
    assert result.code == 0, result.err
    rows = [line.split("\t") for line in result.out.splitlines()]
    assert [row[0] for row in rows] == [
        entries[name].id[:8] for name in ("dated_later", "morning", "evening", "break")
    ]
    # A note filed under another day has no time of its own on that day.
    assert rows[0][1:] == ["2024-04-30", "-", "note", "Filed under an earlier day."]
    assert rows[1][1:] == ["2024-05-01", "07:30", "note", "First line of the morning."]
    assert rows[2][1:] == ["2024-05-01", "21:05", "note", "Evening walk"]
    assert rows[3][3] == "self_compassion_break"


@pytest.mark.parametrize(
    ("options", "names"),
    [
        (["-n", "2"], ["evening", "break"]),
        (["--from", "2024-05-01", "--to", "2024-05-01"], ["morning", "evening"]),
        (["--tag", "outside"], ["morning", "evening"]),
        (["--tag", "#walks"], ["evening"]),
        (["--kind", "self_compassion_break"], ["break"]),
        (["--kind", "note", "-n", "1"], ["evening"]),
    ],
)
def test_list_filters(
    cli: Cli, entries: dict[str, Entry], options: list[str], names: list[str]
) -> None:
    result = cli("list", *options)
    assert result.code == 0, result.err
    assert _ids(result) == [entries[name].id[:8] for name in names]


@pytest.mark.parametrize("command", [["list"], ["search"], ["search", "river"]])
def test_an_unknown_kind_is_refused_with_the_known_kinds_named(
    cli: Cli, entries: dict[str, Entry], command: list[str]
) -> None:
    result = cli(*command, "--kind", "letterr")
    assert result.code == 1
    assert result.out == ""
    assert "no kind called 'letterr'" in result.err
    assert "note, " in result.err
    assert "compassionate_letter" in result.err


def test_search_with_filters_and_no_word_lists_like_list(
    cli: Cli, entries: dict[str, Entry]
) -> None:
    result = cli("search", "--tag", "outside")
    assert result.code == 0, result.err
    assert _ids(result) == [entries["morning"].id[:8], entries["evening"].id[:8]]


def test_search_with_neither_word_nor_filter_says_what_to_give(cli: Cli) -> None:
    result = cli("search")
    assert result.code == 1
    assert "'kindspace list' shows every entry" in result.err


# --- show -------------------------------------------------------------------------------


def test_show_prints_the_whole_entry_with_answers_under_step_titles(
    cli: Cli, entries: dict[str, Entry]
) -> None:
    result = cli("show", entries["break"].id[:6])
    assert result.code == 0, result.err
    assert result.out.startswith("A self-compassion break\nMonday 3 June 2024, 12:00 · ")
    assert "What is hard right now:\nA hard call.\n" in result.out
    assert "This is a moment of difficulty:\n- Ouch.\n" in result.out
    assert "Distress before:\n7 out of 10\n" in result.out
    assert entries["break"].id in result.out


@pytest.mark.parametrize(
    ("given", "fragment"), [("zz", "is not an entry id"), ("ffffffff", "No entry has the id")]
)
def test_show_with_a_wrong_id(
    cli: Cli, entries: dict[str, Entry], given: str, fragment: str
) -> None:
    result = cli("show", given)
    assert result.code == 1
    assert fragment in result.err


# --- edit -------------------------------------------------------------------------------


def _entry(journal_dir: Path, entry_id: str) -> Entry:
    with _open(journal_dir) as journal:
        return journal.entries.get(entry_id)


def test_edit_with_text_title_tags_and_day(
    cli: Cli, journal_dir: Path, entries: dict[str, Entry]
) -> None:
    entry = entries["morning"]
    result = cli(
        "edit", entry.id[:8], "--title", "Dawn", "--tag", "a", "--tag", "b", "--date",
        "2024-05-02", "-", stdin="New words.\n",
    )  # fmt: skip
    assert (result.code, result.out) == (0, "Saved.\n"), result.err
    changed = _entry(journal_dir, entry.id)
    assert (changed.title, changed.body, changed.tags, changed.day) == (
        "Dawn", "New words.\n", ("a", "b"), date(2024, 5, 2),
    )  # fmt: skip


def test_edit_opens_the_editor_on_a_private_file_inside_the_journal_folder(
    cli: Cli, journal_dir: Path, entries: dict[str, Entry], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    report = tmp_path / "editor-saw.json"
    editor = tmp_path / "editor.py"
    editor.write_text(
        textwrap.dedent(f"""\
            import json, os, stat, sys
            path = sys.argv[1]
            text = open(path, encoding="utf-8").read()
            folder = os.path.dirname(path)
            json.dump({{"path": path, "text": text,
                       "file_mode": stat.S_IMODE(os.stat(path).st_mode),
                       "folder_mode": stat.S_IMODE(os.stat(folder).st_mode)}},
                      open({str(report)!r}, "w"))
            open(path, "w", encoding="utf-8").write(text + " And the sea.")
        """)
    )
    monkeypatch.setenv("VISUAL", f"{sys.executable} {editor}")
    monkeypatch.setenv("EDITOR", "/nonexistent/editor")  # VISUAL wins
    entry = entries["evening"]
    result = cli("edit", entry.id[:8], terminal=True)
    assert (result.code, result.out) == (0, "Saved.\n"), result.err
    saw = json.loads(report.read_text())
    assert saw["text"] == "By the river."
    assert Path(saw["path"]).parent.parent == journal_dir  # never /tmp
    assert (saw["file_mode"], saw["folder_mode"]) == (0o600, 0o700)
    assert not Path(saw["path"]).exists()
    assert not (journal_dir / "editing").exists()
    assert _entry(journal_dir, entry.id).body == "By the river. And the sea."


def test_edit_keeps_the_entry_when_the_editor_fails(
    cli: Cli, journal_dir: Path, entries: dict[str, Entry], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EDITOR", f"{sys.executable} -c 'import sys; sys.exit(3)'")
    result = cli("edit", entries["evening"].id[:8], terminal=True)
    assert result.code == 1
    assert "nothing was changed" in result.err
    assert _entry(journal_dir, entries["evening"].id).body == "By the river."
    assert not (journal_dir / "editing").exists()


@pytest.mark.parametrize(
    ("terminal", "fragment"), [(False, "Without a terminal"), (True, "set VISUAL or EDITOR")]
)
def test_edit_without_text_needs_a_terminal_and_an_editor(
    cli: Cli, entries: dict[str, Entry], terminal: bool, fragment: str
) -> None:
    result = cli("edit", entries["evening"].id[:8], terminal=terminal)
    assert result.code == 1
    assert fragment in result.err


# --- delete -----------------------------------------------------------------------------


def test_delete_without_a_terminal_needs_yes(
    cli: Cli, journal_dir: Path, entries: dict[str, Entry]
) -> None:
    entry = entries["evening"]
    refused = cli("delete", entry.id[:8])
    assert refused.code == 1
    assert "--yes" in refused.err
    assert _entry(journal_dir, entry.id) == entry
    done = cli("delete", entry.id[:8], "--yes")
    assert (done.code, done.out) == (0, "Deleted.\n")
    assert cli("show", entry.id[:8]).code == 1


@pytest.mark.parametrize(("answer", "kept"), [("n\n", True), ("\n", True), ("yes\n", False)])
def test_delete_asks_on_a_terminal(
    cli: Cli, journal_dir: Path, entries: dict[str, Entry], answer: str, kept: bool
) -> None:
    entry = entries["morning"]
    result = cli("delete", entry.id[:8], stdin=answer, terminal=True)
    assert result.code == 0
    assert "Delete the note of Wednesday 1 May 2024, 07:30?" in result.err
    assert "First line" not in result.err  # the question never shows the entry's words
    assert (cli("show", entry.id).code == 0) is kept


# --- tags -------------------------------------------------------------------------------


def test_tags_lists_each_tag_with_its_count(cli: Cli, entries: dict[str, Entry]) -> None:
    result = cli("tags")
    assert result.code == 0, result.err
    assert result.out.splitlines() == ["outside\t2", "walks\t1"]


def test_tags_rename_merges_into_an_existing_tag(
    cli: Cli, journal_dir: Path, entries: dict[str, Entry]
) -> None:
    result = cli("tags", "rename", "outside", "walks")
    assert (result.code, result.out) == (0, "'outside' merged into 'walks' on 2 entries.\n")
    assert _entry(journal_dir, entries["evening"].id).tags == ("walks",)
    assert _entry(journal_dir, entries["morning"].id).tags == ("walks",)
    assert cli("tags").out == "walks\t2\n"
    renamed = cli("tags", "rename", "walks", "Outdoors")
    assert renamed.out == "'walks' renamed to 'Outdoors' on 2 entries.\n"
    missing = cli("tags", "rename", "nothing", "x")
    assert missing.code == 1
    assert "No entry has the tag 'nothing'" in missing.err


# --- documentation ----------------------------------------------------------------------


def test_every_command_is_in_the_readme_and_in_help(cli: Cli) -> None:
    block = README.read_text(encoding="utf-8").split("## The command line", 1)[1]
    block = block.split("```", 2)[1]
    documented = set(re.findall(r"^kindspace \[--data-dir DIR\] ([a-z-]+)", block, re.M))
    assert documented == set(COMMANDS)
    assert "tags rename OLD NEW" in block
    usage = cli("--help")
    for name in COMMANDS:
        assert f"\n    {name} " in usage.out, name
        assert cli(name, "--help").code == 0
    assert "rename" in cli("tags", "--help").out


def test_the_editing_folder_never_outlives_a_run(journal_dir: Path) -> None:
    from kindspace.commands.editing import private_edit_file

    with pytest.raises(RuntimeError), private_edit_file(journal_dir, "words") as path:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        raise RuntimeError
    assert not (journal_dir / "editing").exists()


def test_the_recovery_key_message_agrees_with_settings(cli: Cli) -> None:
    """Settings ▸ Unlock can show the key again, so the command line must not say it can't."""
    result = cli("recovery-key")
    assert result.code == 1
    assert "can't show" not in result.err
    assert "Settings ▸ Unlock" in result.err
    ui = README.parent / "ui"
    assert "<string>Unlock</string>" in (ui / "settings.ui").read_text(encoding="utf-8")
    assert 'name="showRecoveryButton"' in (ui / "settings_unlock.ui").read_text(encoding="utf-8")
