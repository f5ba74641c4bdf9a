"""The placeholder window: calm words about the journal, never its contents or a secret."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kindspace.gui.app import CREATE_HINT, SAFE, WELCOME, PlaceholderWindow, application, run
from kindspace.journal import vault
from kindspace.journal.journal import JournalLocation, create_journal


PASSPHRASE = "the window stays closed"
SECRET_WORDS = "blueberry confession"


def labels(window: PlaceholderWindow) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)]


def test_without_a_journal_the_window_welcomes(qtbot: QtBot, tmp_path: Path) -> None:
    window = PlaceholderWindow(JournalLocation(tmp_path / "none-yet"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.isVisible()
    assert window.windowTitle() == "kindspace"
    assert WELCOME in labels(window)
    assert CREATE_HINT in labels(window)
    assert "kindspace init" in CREATE_HINT
    assert not (tmp_path / "none-yet").exists()  # looking creates nothing


def test_with_a_journal_it_says_it_is_safe_and_shows_nothing_of_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    location = JournalLocation(tmp_path / "journal")
    journal, recovery = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=vault.FAST_TEST_KDF
    )
    with journal:
        journal.entries.create(title=SECRET_WORDS, body=SECRET_WORDS)
    window = PlaceholderWindow(location)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert SAFE in labels(window)
    assert WELCOME not in labels(window)
    shown = " ".join([window.windowTitle(), *labels(window)])
    for private in (SECRET_WORDS, PASSPHRASE, recovery):
        assert private not in shown


def test_run_names_the_app_and_returns_the_loop_exit_code(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[tuple[str, bool]] = []

    def look_then_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, PlaceholderWindow)]
        seen.extend((w.windowTitle(), w.isVisible()) for w in windows)
        QApplication.exit(7)

    QTimer.singleShot(0, look_then_quit)
    assert run(tmp_path / "data") == 7
    assert seen == [("kindspace", True)]
    app = application()
    assert (app.applicationName(), app.organizationName()) == ("kindspace", "kindspace")


@pytest.mark.parametrize("name", ["kindspace.gui", "kindspace.gui.app"])
def test_the_gui_package_is_importable(name: str) -> None:
    __import__(name)
