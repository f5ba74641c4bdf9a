"""The command line, driven in-process through ``main(argv)`` with real journals on disk.

Journals for these tests are made with the cheapest Argon2id cost (FAST_TEST_KDF), which is
stored in the key file, so every unlock by the CLI is cheap too; only ``init`` and
``passphrase`` pay the real cost. The keyring is forced to keyring's ``fail`` backend, so no
test here can touch a real keyring (tests/integration/test_cli_keyring.py uses a private one).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import stat
from datetime import date
from pathlib import Path

import pytest

from kindspace import __version__
from kindspace.cli import COMMANDS, main
from kindspace.commands.session import Session, short_reason
from kindspace.journal import vault
from kindspace.journal.journal import JournalLocation, open_journal
from kindspace.journal.key_file import read_key_file
from kindspace.journal.keyring_store import KeyringCheck
from kindspace.journal.recovery_key import normalize_recovery_key
from tests.helpers.cli import Cli, Result
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal

RECOVERY_SHAPE = r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){6}\b"


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """keyring's fail backend: a configured choice, so kindspace probes nothing else."""
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


def entries_of(data_dir: Path) -> list[tuple[str, str, tuple[str, ...], date, str]]:
    with open_journal(
        JournalLocation(data_dir), passphrase=PASSPHRASE, daily_backup=False
    ) as journal:
        return [(e.title, e.body, e.tags, e.day, e.kind) for e in journal.entries.iter_all()]


def file_hashes(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


# --- help, version, usage mistakes ----------------------------------------------------


def test_version_and_help_list_every_command(cli: Cli) -> None:
    version = cli("--version", data=False)
    assert (version.code, version.out.strip()) == (0, f"kindspace {__version__}")
    usage = cli("--help", data=False)
    assert usage.code == 0
    for name in COMMANDS:
        assert f"\n    {name} " in usage.out
    for documented in ("KINDSPACE_PASSPHRASE", "KINDSPACE_DATA_DIR", "--passphrase-stdin"):
        assert documented in usage.out


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["frobnicate"], "invalid choice"),
        (["note", "--date", "2024-13-01", "hi"], "is not a date like"),
        (["search"], "a word or two"),
        (["export"], "--output"),
        (["require-passphrase", "maybe"], "invalid choice"),
    ],
)
def test_usage_mistakes_exit_1_with_one_sentence(cli: Cli, argv: list[str], fragment: str) -> None:
    result = cli(*argv)
    assert result.code == 1
    assert result.out == ""
    assert result.err.startswith("kindspace: ")
    assert fragment in result.err
    assert result.err.count("\n") == 1


# --- init -------------------------------------------------------------------------------


def test_init_with_a_passphrase_prints_the_recovery_key_once(cli: Cli, data_dir: Path) -> None:
    result = cli("init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    codes = re.findall(RECOVERY_SHAPE, result.out)
    assert len(codes) == 1
    assert "shown only this once" in result.out
    assert PASSPHRASE not in result.out + result.err
    keys = read_key_file(data_dir / "keys.json")
    assert keys.passphrase is not None and not keys.keyring
    assert keys.passphrase.kdf_params == vault.DEFAULT_KDF  # the CLI uses the real cost
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    # The printed key really opens the journal (and the recovery unwrap is cheap).
    normalize_recovery_key(codes[0])
    opened = cli("--recovery-key-stdin", "check", stdin=codes[0] + "\n")
    assert opened.code == 0, opened.err
    assert "opened with the recovery key" in opened.out


def test_init_refuses_to_replace_a_journal(cli: Cli, journal_dir: Path) -> None:
    before = file_hashes(journal_dir)
    result = cli("init", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.code == 1
    assert "already a journal" in result.err
    assert file_hashes(journal_dir) == before


def test_init_without_keyring_or_passphrase_says_why(cli: Cli, data_dir: Path) -> None:
    result = cli("init")
    assert result.code == 1
    assert "No usable system keyring was found (" in result.err
    # The probe's reason follows in one short clause (which backend said no varies).
    assert re.search(r"No usable system keyring was found \([^)]+\)", result.err)
    assert "--passphrase-stdin" in result.err
    assert result.err.count("\n") == 1
    assert not JournalLocation(data_dir).exists()


def test_the_keyring_reason_is_one_short_clause() -> None:
    check = KeyringCheck(
        None,
        "keyring.backends.fail.Keyring does not store secrets securely; "
        "keyring.backends.SecretService.Keyring is not available (RuntimeError: "
        "Unable to initialize SecretService: Environment variable DBUS_SESSION_BUS_ADDRESS "
        "is unset)",
    )
    assert short_reason(check) == (
        "SecretService.Keyring is not available: Unable to initialize SecretService: "
        "Environment variable DBUS_SESSION_BUS_ADDRESS is unset"
    )
    assert len(short_reason(KeyringCheck(None, "x" * 500))) == 160


@pytest.mark.parametrize(
    ("argv", "stdin", "fragment"),
    [
        (["init", "--no-keyring"], "", "needs a passphrase"),
        (["init", "--passphrase-stdin"], "short\n", "at least 8 characters"),
        (["init", "--passphrase-stdin"], "", "nothing came"),
        (["init", "--recovery-key-stdin"], "X\n", "rather than a recovery key"),
        (["--passphrase-stdin", "--recovery-key-stdin", "init"], "a\nb\n", "not both"),
    ],
)
def test_init_mistakes_create_nothing(
    cli: Cli, data_dir: Path, argv: list[str], stdin: str, fragment: str
) -> None:
    result = cli(*argv, stdin=stdin)
    assert result.code == 1
    assert fragment in result.err
    assert not JournalLocation(data_dir).exists()


# --- unlocking --------------------------------------------------------------------------


def test_a_wrong_passphrase_exits_2_and_changes_no_file(cli: Cli, journal_dir: Path) -> None:
    before = file_hashes(journal_dir)
    result = cli("--passphrase-stdin", "note", "hello there", stdin="not the passphrase\n")
    assert result.code == 2
    assert result.err == (
        "kindspace: That passphrase doesn't open this journal. Please check it and try again.\n"
    )
    assert file_hashes(journal_dir) == before
    assert not (journal_dir / "backups").exists()


def test_a_missing_journal_exits_2_with_a_sentence(cli: Cli, data_dir: Path) -> None:
    result = cli("search", "anything")
    assert result.code == 2
    assert result.err == (
        f"kindspace: There is no journal in {data_dir} yet. 'kindspace init' creates one.\n"
    )
    assert not data_dir.exists()


def test_without_a_secret_or_terminal_it_exits_2(cli: Cli, journal_dir: Path) -> None:
    result = cli("search", "anything")
    assert result.code == 2
    assert "--passphrase-stdin" in result.err and "KINDSPACE_PASSPHRASE" in result.err
    assert result.err.count("\n") == 1


def test_a_keyring_journal_without_its_keyring_says_what_would_open_it(
    cli: Cli, data_dir: Path
) -> None:
    recovery = make_passphrase_journal(data_dir)
    with open_journal(JournalLocation(data_dir), recovery_key=recovery, daily_backup=False) as j:
        vault.set_keyring_flag(j.location.key_file, enabled=True)
        vault.remove_passphrase(j.location.key_file, j.data_key)
    result = cli("check")
    assert result.code == 2
    assert result.err.startswith(
        "kindspace: The keyring could not open the journal: no usable system keyring was found ("
    )
    assert "--recovery-key-stdin" in result.err and "KINDSPACE_PASSPHRASE" not in result.err
    assert result.err.count("\n") == 1
    assert cli("--recovery-key-stdin", "check", stdin=recovery).code == 0


def test_the_passphrase_can_come_from_the_environment(
    cli: Cli, journal_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KINDSPACE_PASSPHRASE", PASSPHRASE)
    assert cli("note", "from the environment").code == 0
    monkeypatch.setenv("KINDSPACE_PASSPHRASE", "wrong and long enough")
    assert cli("note", "never saved").code == 2
    assert [body for _, body, *_ in entries_of(journal_dir)] == ["from the environment"]


def test_the_stdin_secret_wins_over_the_environment(
    cli: Cli, journal_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KINDSPACE_PASSPHRASE", "wrong and long enough")
    result = cli("--passphrase-stdin", "note", "stdin first", stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err


def test_a_secret_line_keeps_its_spaces_and_loses_only_the_newline() -> None:
    args = argparse.Namespace(passphrase_stdin=True)
    session = Session(args, stdin=io.StringIO("  spaced out \r\nrest\n"))
    secret = session.explicit_secret()
    assert secret is not None and secret.value == "  spaced out "
    assert "spaced" not in repr(secret)
    assert session.stdin.read() == "rest\n"


def test_global_options_also_work_after_the_command(cli: Cli, journal_dir: Path) -> None:
    result = cli(
        "note", "--data-dir", str(journal_dir), "--passphrase-stdin", "after", stdin=PASSPHRASE
    )
    assert result.code == 0, result.err
    assert [body for _, body, *_ in entries_of(journal_dir)] == ["after"]


# --- note and search ----------------------------------------------------------------------


def test_note_saves_title_tags_and_day_without_echoing_the_text(
    cli: Cli, journal_dir: Path
) -> None:
    text = "I was kind to myself after the difficult call."
    result = cli(
        "--passphrase-stdin",
        "note",
        "--date",
        "2024-02-29",
        "--title",
        "Evening",
        "--tag",
        "calm",
        "--tag",
        "work",
        text,
        stdin=PASSPHRASE + "\n",
    )
    assert (result.code, result.out) == (0, "Saved.\n")
    assert "difficult" not in result.err
    assert entries_of(journal_dir) == [
        ("Evening", text, ("calm", "work"), date(2024, 2, 29), "note")
    ]


def test_note_from_stdin_follows_the_passphrase_line(cli: Cli, journal_dir: Path) -> None:
    result = cli("--passphrase-stdin", "note", "-", stdin=f"{PASSPHRASE}\nfirst line\nsecond\n")
    assert result.code == 0, result.err
    assert [body for _, body, *_ in entries_of(journal_dir)] == ["first line\nsecond\n"]


@pytest.mark.parametrize(("text", "stdin"), [("", ""), ("  \n", ""), ("-", " \n\t\n")])
def test_an_empty_note_is_refused_before_unlocking(
    cli: Cli, journal_dir: Path, text: str, stdin: str
) -> None:
    result = cli("note", text, stdin=stdin)
    assert result.code == 1
    assert result.err.startswith("kindspace: There is nothing to save")


@pytest.fixture
def filled(journal_dir: Path) -> Path:
    with open_journal(
        JournalLocation(journal_dir), passphrase=PASSPHRASE, daily_backup=False
    ) as journal:
        journal.entries.create(
            body="Walked by the river.\nThe river was\tcalm.",
            day=date(2024, 5, 1),
            tags=["outside"],
        )
        journal.entries.create(
            title="Tea\twith Ana", body="We talked about the river.", day=date(2024, 6, 2)
        )
        journal.entries.create(body="Nothing about water.", day=date(2024, 6, 3), kind="letter")
    return journal_dir


def test_search_prints_one_tab_separated_line_per_hit(cli: Cli, filled: Path) -> None:
    result = cli("--passphrase-stdin", "search", "river", stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert len(lines) == 2
    rows = sorted(line.split("\t") for line in lines)
    assert rows[0][:2] == ["2024-05-01", "(untitled)"]
    assert rows[0][2] == "Walked by the [river]. The [river] was calm."
    assert rows[1] == ["2024-06-02", "Tea with Ana", "We talked about the [river]."]


@pytest.mark.parametrize(
    ("options", "days"),
    [
        (["--from", "2024-06-01"], ["2024-06-02"]),
        (["--to", "2024-05-31"], ["2024-05-01"]),
        (["--tag", "outside"], ["2024-05-01"]),
        (["--kind", "letter", "--limit", "5"], []),
        (["--limit", "1"], None),
    ],
)
def test_search_filters(cli: Cli, filled: Path, options: list[str], days: list[str] | None) -> None:
    result = cli("--passphrase-stdin", "search", "river", *options, stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    found = [line.split("\t")[0] for line in result.out.splitlines()]
    if days is None:
        assert len(found) == 1
    else:
        assert sorted(found) == days


def test_search_without_matches_is_quiet_on_stdout(cli: Cli, filled: Path) -> None:
    result = cli("--passphrase-stdin", "search", "mountains", stdin=PASSPHRASE + "\n")
    assert (result.code, result.out, result.err) == (0, "", "No entries matched.\n")


@pytest.mark.parametrize(
    "argv",
    [["search", '""'], ["search", "x", "--from", "2024-02-01", "--to", "2024-01-01"]],
)
def test_search_mistakes_exit_1_before_unlocking(cli: Cli, filled: Path, argv: list[str]) -> None:
    result = cli(*argv)
    assert result.code == 1
    assert result.err.startswith("kindspace: ")


# --- check, export, import ----------------------------------------------------------------


def test_check_prints_one_ok_line_per_check(cli: Cli, filled: Path) -> None:
    result = cli("--passphrase-stdin", "check", stdin=PASSPHRASE + "\n")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    names = [line.split(None, 1)[1] for line in lines[:-1]]
    assert all(line.startswith("ok ") for line in lines[:-1])
    for name in ("unlock", "encryption", "decrypt", "cipher integrity", "search index"):
        assert any(entry.startswith(name) for entry in names)
    assert not (filled / "backups").exists()  # check only looks


def test_check_reports_a_damaged_search_index_with_exit_1(cli: Cli, filled: Path) -> None:
    with open_journal(
        JournalLocation(filled), passphrase=PASSPHRASE, daily_backup=False
    ) as journal:
        # Deleting an index row with the wrong words corrupts an external-content FTS index.
        journal.db.execute(
            "INSERT INTO entries_fts(entries_fts, rowid, title, body, tags_text, answers_text) "
            "VALUES('delete', 1, '', 'words that were never there', '', '')"
        )
    result = cli("--passphrase-stdin", "check", stdin=PASSPHRASE + "\n")
    assert result.code == 1
    assert any(line.startswith("problem  search index") for line in result.out.splitlines())
    assert "found a problem" in result.err


def test_export_writes_a_private_file_and_never_replaces_one_unasked(
    cli: Cli, filled: Path, tmp_path: Path
) -> None:
    target = tmp_path / "export.json"
    result = cli("--passphrase-stdin", "export", "--output", str(target), stdin=PASSPHRASE)
    assert result.code == 0, result.err
    assert result.out == f"Exported 3 entries to {target}.\n"
    assert "not encrypted" in result.err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert len(json.loads(target.read_text(encoding="utf-8"))["entries"]) == 3
    again = cli("--passphrase-stdin", "export", "--output", str(target), stdin=PASSPHRASE)
    assert again.code == 1 and "--force" in again.err
    forced = cli(
        "--passphrase-stdin",
        "export",
        "--format",
        "json",
        "--output",
        str(target),
        "--force",
        stdin=PASSPHRASE,
    )
    assert forced.code == 0, forced.err


def test_import_adds_the_entries_of_an_export(
    cli: Cli, filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "export.json"
    monkeypatch.setenv("KINDSPACE_PASSPHRASE", PASSPHRASE)
    assert cli("export", "--output", str(target)).code == 0
    other = tmp_path / "other"
    make_passphrase_journal(other)
    imported = cli("--data-dir", str(other), "import", str(target), data=False)
    assert imported.code == 0, imported.err
    preview, summary = imported.out.splitlines()
    assert preview.startswith("This kindspace JSON export holds 3 entries")
    assert summary.startswith("Added 3 entries")
    assert sorted(entries_of(other)) == sorted(entries_of(filled))


@pytest.mark.parametrize(
    "content",
    ['{"format": "something else"}', "not json at all", '{"format": "kindspace-journal"'],
)
def test_a_malformed_import_exits_1_before_unlocking(
    cli: Cli, filled: Path, tmp_path: Path, content: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    before = file_hashes(filled)
    result = cli("import", str(bad))  # no secret given: the file is judged first
    assert result.code == 1
    assert result.err.startswith("kindspace: ") and "Nothing was imported" in result.err
    assert file_hashes(filled) == before


# --- backup and restore ---------------------------------------------------------------------


def test_backup_and_restore(
    cli: Cli, filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KINDSPACE_PASSPHRASE", PASSPHRASE)
    made = cli("backup")
    assert made.code == 0, made.err
    backup = Path(made.out.removeprefix("Backed up to ").strip().rstrip("."))
    assert backup.is_file() and backup.parent == filled / "backups"
    chosen = tmp_path / "chosen.db"
    assert cli("backup", "--output", str(chosen)).out == f"Backed up to {chosen}.\n"
    before = entries_of(filled)
    assert cli("note", "written after the backup").code == 0
    restored = cli("restore", str(chosen))
    assert restored.code == 0, restored.err
    aside = [p for p in filled.iterdir() if p.name.startswith("journal.db.before-restore")]
    assert len(aside) == 1 and str(aside[0]) in restored.out
    assert entries_of(filled) == before


def test_restore_with_a_wrong_passphrase_changes_nothing(
    cli: Cli, filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KINDSPACE_PASSPHRASE", PASSPHRASE)
    chosen = tmp_path / "chosen.db"
    assert cli("backup", "--output", str(chosen)).code == 0
    before = file_hashes(filled)
    monkeypatch.setenv("KINDSPACE_PASSPHRASE", "wrong and long enough")
    result = cli("restore", str(chosen))
    assert result.code == 2
    assert file_hashes(filled) == before
    missing = cli("restore", str(tmp_path / "nowhere.db"))
    assert missing.code == 1 and "no backup" in missing.err


# --- passphrase, keyring, recovery key ---------------------------------------------------


def test_changing_the_passphrase(cli: Cli, journal_dir: Path) -> None:
    new = "a brand new passphrase"
    result = cli(
        "--passphrase-stdin", "passphrase", "--new-passphrase-stdin", stdin=f"{PASSPHRASE}\n{new}\n"
    )
    assert result.code == 0, result.err
    assert "old one no longer opens" in result.out
    assert cli("--passphrase-stdin", "note", "old", stdin=PASSPHRASE).code == 2
    assert cli("--passphrase-stdin", "note", "new", stdin=new).code == 0


def test_a_new_passphrase_needs_a_source(cli: Cli, journal_dir: Path) -> None:
    result = cli("--passphrase-stdin", "passphrase", stdin=PASSPHRASE)
    assert result.code == 1
    assert "--new-passphrase-stdin" in result.err


def test_require_passphrase_without_a_keyring(cli: Cli, journal_dir: Path) -> None:
    on = cli("--passphrase-stdin", "require-passphrase", "on", stdin=PASSPHRASE)
    assert on.code == 0, on.err
    assert not read_key_file(journal_dir / "keys.json").keyring
    off = cli("--passphrase-stdin", "require-passphrase", "off", stdin=PASSPHRASE)
    assert off.code == 1
    assert "No usable system keyring was found" in off.err
    assert not read_key_file(journal_dir / "keys.json").keyring


def test_a_new_recovery_key_replaces_the_old_one(cli: Cli, data_dir: Path) -> None:
    old = make_passphrase_journal(data_dir)
    refused = cli("--passphrase-stdin", "recovery-key", stdin=PASSPHRASE)
    assert refused.code == 1 and "--new" in refused.err
    result = cli("--passphrase-stdin", "recovery-key", "--new", stdin=PASSPHRASE)
    assert result.code == 0, result.err
    (new,) = re.findall(RECOVERY_SHAPE, result.out)
    assert new != old
    assert cli("--recovery-key-stdin", "check", stdin=old).code == 2
    assert cli("--recovery-key-stdin", "check", stdin=new).code == 0


# --- the unexpected ----------------------------------------------------------------------


def explode(session: Session) -> int:
    raise RuntimeError("details that could hold something private")


def interrupt(session: Session) -> int:
    raise KeyboardInterrupt


def test_an_unexpected_error_is_one_calm_sentence(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(COMMANDS, "check", f"{__name__}:explode")
    result = cli("check")
    assert result.code == 1
    assert "RuntimeError" in result.err and "KINDSPACE_DEBUG=1" in result.err
    assert "private" not in result.err
    monkeypatch.setenv("KINDSPACE_DEBUG", "1")
    assert main(["check"]) == 1
    assert "Traceback" in capsys.readouterr().err


def test_ctrl_c_exits_130_quietly(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(COMMANDS, "check", f"{__name__}:interrupt")
    assert cli("check") == Result(130, "", "")


def test_a_file_where_the_folder_should_be(cli: Cli, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("", encoding="utf-8")
    result = cli(
        "--data-dir", str(blocker), "init", "--passphrase-stdin", stdin=PASSPHRASE, data=False
    )
    assert result.code == 1
    assert result.err == f"kindspace: A folder is needed at {blocker}, but a file is in the way.\n"


def test_a_damaged_page_met_mid_search_is_a_calm_sentence(cli: Cli, journal_dir: Path) -> None:
    with open_journal(
        JournalLocation(journal_dir), passphrase=PASSPHRASE, daily_backup=False
    ) as journal:
        for number in range(40):
            journal.entries.create(body=f"river walk {number} " + "calm words " * 200)
    database = journal_dir / "journal.db"
    raw = bytearray(database.read_bytes())
    page = 4096
    for start in range(len(raw) // 2 // page * page, len(raw), page):  # the later pages
        raw[start + 100] ^= 0xFF
    database.write_bytes(bytes(raw))
    result = cli("--passphrase-stdin", "search", "river", stdin=PASSPHRASE + "\n")
    assert result.code == 1, result.err
    assert "Traceback" not in result.err
    assert "damaged" in result.err, result.err
