"""The command line speaks the person's language: help, messages, errors and dates.

The language comes from ``--language``, else the app's setting in the journal's folder,
else the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English. The expected
German and Spanish sentences here are the catalogues' own words: if a translation is
reworded, these tests are updated with it, on purpose.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kindspace import i18n
from kindspace.cli import COMMANDS
from kindspace.cli_language import cli_language
from kindspace.journal.journal import JournalLocation, open_journal
from kindspace.preferences import Preferences, save_preferences
from tests.helpers.cli import Cli
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal

#: Words every --help in the language starts with, and its "commands" heading.
USAGE = {"en": "usage: kindspace", "de": "Aufruf: kindspace", "es": "uso: kindspace"}


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.delenv("KINDSPACE_PASSPHRASE", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "journal"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> Cli:
    return Cli(capsys, monkeypatch, data_dir)


@pytest.fixture
def journal_with_a_note(data_dir: Path) -> str:
    """A journal holding one note written on Wednesday 1 May 2024 at 21:14; returns its id."""
    make_passphrase_journal(data_dir)
    with open_journal(JournalLocation(data_dir), passphrase=PASSPHRASE, daily_backup=False) as j:
        entry = j.entries.create(
            body="Rain on the window.",
            title="Evening",
            written_at=datetime(2024, 5, 1, 21, 14, tzinfo=UTC),
        )
    return entry.id


# --- help -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["commands:", "create a journal and print its recovery key", "Exit codes:"]),
        ("de", ["Befehle:", "ein Tagebuch anlegen", "Exit-Codes:", "diese Hilfe zeigen"]),
        ("es", ["comandos:", "crear un diario", "Códigos de salida:", "mostrar esta ayuda"]),
    ],
)
def test_help_speaks_the_chosen_language(cli: Cli, language: str, words: list[str]) -> None:
    result = cli("--language", language, "--help", data=False)
    assert result.code == 0
    assert result.out.startswith(USAGE[language])
    for word in words:
        assert word in result.out
    if language != "en":
        for english in ("usage:", "show this help message", "options:", "print its recovery key"):
            assert english not in result.out


@pytest.mark.parametrize("language", ["de", "es"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_commands_help_renders_translated(cli: Cli, language: str, command: str) -> None:
    """A stray "%" in a translated help text would crash argparse's formatting here."""
    english = cli("--language", "en", command, "--help", data=False)
    result = cli("--language", language, command, "--help", data=False)
    assert result.code == 0 and result.err == ""
    assert result.out.startswith(USAGE[language])
    described = english.out.split("\n\n")[1]  # the command's own one-line description
    assert described.strip() and described not in result.out


# --- messages and errors ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "That passphrase doesn't open this journal. Please check it and try again."),
        (
            "de",
            "Diese Passphrase öffnet dieses Tagebuch nicht. "
            "Bitte prüfe sie und versuch es noch einmal.",
        ),
        ("es", "Esa frase de contraseña no abre este diario. Revísala y vuelve a intentarlo."),
    ],
)
def test_a_wrong_passphrase_is_told_in_the_language(
    cli: Cli, journal_with_a_note: str, language: str, sentence: str
) -> None:
    result = cli("--language", language, "--passphrase-stdin", "list", stdin="not it at all\n")
    assert result.code == 2
    assert result.err == f"kindspace: {sentence}\n"


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Unbekannte Angaben: --bogus. Mehr dazu unter 'kindspace --help'."),
        ("es", "Argumentos no reconocidos: --bogus. Consulta 'kindspace --help'."),
    ],
)
def test_a_usage_mistake_is_explained_in_the_language(
    cli: Cli, language: str, sentence: str
) -> None:
    result = cli("--language", language, "list", "--bogus")
    assert (result.code, result.err) == (1, f"kindspace: {sentence}\n")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "In {data_dir} gibt es noch kein Tagebuch. 'kindspace init' legt eines an."),
        ("es", "Todavía no hay ningún diario en {data_dir}. 'kindspace init' crea uno."),
    ],
)
def test_a_missing_journal_is_named_in_the_language(
    cli: Cli, data_dir: Path, language: str, sentence: str
) -> None:
    result = cli("--language", language, "search", "rain")
    assert result.code == 2
    assert result.err == f"kindspace: {sentence.format(data_dir=data_dir)}\n"


@pytest.mark.parametrize(
    ("language", "nothing", "untagged"),
    [
        ("de", "Kein Eintrag passt.", "Noch hat kein Eintrag ein Schlagwort."),
        ("es", "Ninguna entrada coincide.", "Todavía ninguna entrada tiene etiqueta."),
    ],
)
def test_listing_commands_report_in_the_language(
    cli: Cli, journal_with_a_note: str, language: str, nothing: str, untagged: str
) -> None:
    unlock = ("--language", language, "--passphrase-stdin")
    listed = cli(*unlock, "list", stdin=PASSPHRASE + "\n")
    assert listed.code == 0 and "\t2024-05-01\t21:14\tnote\tEvening" in listed.out
    none = cli(*unlock, "list", "--from", "2030-01-01", stdin=PASSPHRASE + "\n")
    assert (none.code, none.out, none.err) == (0, "", nothing + "\n")
    tags = cli(*unlock, "tags", stdin=PASSPHRASE + "\n")
    assert (tags.code, tags.err) == (0, untagged + "\n")


@pytest.mark.parametrize(
    ("language", "when"),
    [
        ("en", "Wednesday 1 May 2024, 21:14 · Note"),
        ("de", "Mittwoch, 1. Mai 2024, 21:14 · Notiz"),
        ("es", "Miércoles, 1 de mayo de 2024, 21:14 · Nota"),
    ],
)
def test_show_writes_the_day_as_the_language_does(
    cli: Cli, journal_with_a_note: str, language: str, when: str
) -> None:
    result = cli(
        "--language",
        language,
        "--passphrase-stdin",
        "show",
        journal_with_a_note[:8],
        stdin=PASSPHRASE + "\n",
    )
    assert result.code == 0
    assert result.out.splitlines()[:2] == ["Evening", when]


# --- choosing the language ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANGUAGE": "fr:de", "LANG": "es_ES.UTF-8"}, "de"),
        ({"LC_ALL": "de_AT.UTF-8", "LANG": "es_ES.UTF-8"}, "de"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_without_a_choice_the_environment_decides(
    data_dir: Path, environment: dict[str, str], expected: str
) -> None:
    assert cli_language(["--data-dir", str(data_dir), "list"], environment) == expected


def test_the_apps_setting_wins_over_the_environment_and_the_option_over_both(
    data_dir: Path,
) -> None:
    data_dir.mkdir()
    save_preferences(data_dir, Preferences().with_changes(language="de"))
    spanish = {"LANG": "es_ES.UTF-8"}
    assert cli_language(["--data-dir", str(data_dir), "list"], spanish) == "de"
    assert cli_language([f"--data-dir={data_dir}", "list", "--language", "es"], spanish) == "es"
    assert cli_language(["list", "--language=en"], {"KINDSPACE_DATA_DIR": str(data_dir)}) == "en"
    # The setting is found through KINDSPACE_DATA_DIR too, as every command finds the journal.
    assert cli_language(["list"], {"KINDSPACE_DATA_DIR": str(data_dir), **spanish}) == "de"


def test_an_unreadable_setting_means_the_environment_decides(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "preferences.json").write_text("{not json", encoding="utf-8")
    assert cli_language(["--data-dir", str(data_dir)], {"LANG": "es_ES.UTF-8"}) == "es"


def test_an_unsupported_language_falls_back_to_english(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    result = cli("--help")
    assert result.out.startswith(USAGE["en"]) and "commands:" in result.out
    refused = cli("--language", "fr", "list")
    assert refused.code == 1
    assert "invalid choice: 'fr'" in refused.err


def test_the_process_language_is_handed_back_after_a_run(cli: Cli) -> None:
    cli("--language", "de", "--help", data=False)
    assert i18n.current_language() == "en"
    assert i18n._("Saved.") == "Saved."
