"""``kindspace sync`` speaks the person's language: its help, its report and its errors.

The devices are data folders driven through the real command line, as in test_sync_cli.py;
``--language`` chooses the words (tests/conftest.py keeps everything else in English). The
German and Spanish sentences expected here are the catalogues' own words: if a translation
is reworded, these tests are updated with it, on purpose.
"""

# ruff: noqa: F811 (the shared fixtures are imported, then named as arguments)

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kindspace.sync.folder import ROOT_NAME
from tests.helpers.cli import Cli
from tests.helpers.sync_devices import (  # noqa: F401 (fixtures are used by name)
    Device,
    cli,
    folder,
    join,
    laptop,
    new_device,
    no_real_keyring,
)

pytestmark = pytest.mark.usefixtures("ordinary_now")

#: English words that must not be left in a translated sync message.
ENGLISH = ("journal", "device", "folder", "change", "shared", "nothing", "please")


def no_english(text: str) -> None:
    # Command names, option names and file names stay as they are; take them out first.
    for kept in ("kindspace sync setup", "kindspace sync join", "kindspace-sync", "--data-dir"):
        text = text.replace(kept, "")
    for word in ENGLISH:
        assert word not in text.lower(), (word, text)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", ["Änderungen jetzt mit deinen anderen Geräten abgleichen", "Aktionen:", "leave"]),
        ("es", ["intercambiar ahora los cambios con tus otros dispositivos", "acciones:"]),
    ],
)
def test_sync_help_speaks_the_language(cli: Cli, language: str, words: list[str]) -> None:
    result = cli("--language", language, "sync", "--help", data=False)
    assert result.code == 0 and result.err == ""
    for word in words:
        assert word in result.out
    assert "exchange changes with your other devices" not in result.out
    joining = cli("--language", language, "sync", "join", "--help", data=False)
    assert joining.code == 0
    assert "make this device's journal from FOLDER" not in joining.out
    assert "FOLDER" in joining.out  # the name to type stays as the usage line shows it


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "de",
            "Dieses Tagebuch wird auf diesem Gerät noch nicht über einen Ordner geteilt. "
            "'kindspace sync setup ORDNER' fängt damit an.",
        ),
        (
            "es",
            "Este diario todavía no se comparte a través de una carpeta en este dispositivo. "
            "'kindspace sync setup CARPETA' empieza a compartirlo.",
        ),
    ],
)
def test_status_of_a_journal_not_sharing_is_told_in_the_language(
    laptop: Device, language: str, sentence: str
) -> None:
    result = laptop("--language", language, "sync", "status")
    assert (result.code, result.err) == (1, f"kindspace: {sentence}\n")


@pytest.mark.parametrize(
    ("language", "option", "secret", "sentence"),
    [
        (
            "de",
            "--passphrase-stdin",
            "not the passphrase",
            "Diese Passphrase öffnet das in diesem Ordner geteilte Tagebuch nicht, daher wurde "
            "nichts angelegt. Bitte prüfe sie und versuch es noch einmal; dein "
            "Wiederherstellungsschlüssel geht auch.",
        ),
        (
            "es",
            "--passphrase-stdin",
            "not the passphrase",
            "Esa frase de contraseña no abre el diario compartido en esta carpeta, así que no "
            "se creó nada. Revísala y vuelve a intentarlo; tu clave de recuperación también "
            "sirve.",
        ),
        (
            "de",
            "--recovery-key-stdin",
            "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH",
            # A mistyped key: the typo is named, then that nothing was made.
            "Ein Wiederherstellungsschlüssel hat 28 Buchstaben und Ziffern, dieser hat 32.",
        ),
    ],
)
def test_a_wrong_secret_on_join_is_told_in_the_language(
    laptop: Device,
    folder: Path,
    cli: Cli,
    tmp_path: Path,
    language: str,
    option: str,
    secret: str,
    sentence: str,
) -> None:
    laptop.ok("sync", "setup", str(folder))
    desk = new_device(cli, tmp_path, "desk")

    result = desk("--language", language, "sync", "join", str(folder), option, stdin=secret + "\n")

    assert result.code == 2
    assert result.err.startswith(f"kindspace: {sentence}") and result.err.count("\n") == 1
    assert {"de": "nichts angelegt", "es": "no se creó nada"}[language] in result.err
    no_english(result.err.removeprefix("kindspace: "))
    assert not desk.data_dir.exists()  # nothing was made, in any language


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "de",
            [
                "Geteilt über",
                "Geräte:",
                "(dieses Gerät): zuletzt gesehen",
                "muss noch 1 Änderung von hier übernehmen",
                "Noch zu senden: 0 Änderungen",
            ],
        ),
        (
            "es",
            [
                "Compartido a través de",
                "Dispositivos:",
                "(este dispositivo): visto por última vez",
                "aún le falta recibir 1 cambio de aquí",
                "Por enviar: 0 cambios",
            ],
        ),
    ],
)
def test_the_report_and_status_speak_the_language(
    laptop: Device, folder: Path, cli: Cli, tmp_path: Path, language: str, words: list[str]
) -> None:
    laptop.ok("sync", "setup", str(folder))
    desk = new_device(cli, tmp_path, "desk")
    join(desk, folder)
    laptop.note("a note the desk hasn't taken in")

    exchanged = laptop("--language", language, "sync")
    status = laptop("--language", language, "sync", "status")

    assert exchanged.code == 0 and status.code == 0, exchanged.err + status.err
    expected = {"de": "Gesendet: 1 Änderung.", "es": "Enviado: 1 cambio."}[language]
    assert expected in exchanged.out
    no_english(exchanged.out)
    for word in words:
        assert word in status.out
    no_english(status.out.replace(str(folder), ""))


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", "kindspace findet den Sync-Ordner"),
        ("es", "kindspace no encuentra la carpeta de sincronización"),
    ],
)
def test_a_missing_folder_is_told_in_the_language(
    laptop: Device, folder: Path, language: str, words: str
) -> None:
    laptop.ok("sync", "setup", str(folder))
    shutil.rmtree(folder)

    result = laptop("--language", language, "sync")

    assert result.code == 1
    assert result.err.startswith(f"kindspace: {words} {folder}")
    no_english(result.err.replace(str(folder), ""))
    assert not (folder / ROOT_NAME).exists()
