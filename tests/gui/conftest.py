"""Shared pieces for the window tests: an open real journal and a way to answer dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kindspace.journal.journal import Journal, JournalLocation, open_journal
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal


@pytest.fixture
def journal_dir(tmp_path: Path) -> Path:
    data_dir = tmp_path / "journal"
    make_passphrase_journal(data_dir)
    return data_dir


@pytest.fixture
def journal(journal_dir: Path) -> Iterator[Journal]:
    opened = open_journal(JournalLocation(journal_dir), passphrase=PASSPHRASE, daily_backup=False)
    try:
        yield opened
    finally:
        _detach_windows_from(opened)
        opened.close()


def _detach_windows_from(journal: Journal) -> None:
    """Detach every window still showing ``journal`` before it closes, as the app does on lock.

    Without this a window left from the test keeps its views (an exercise's autosave timer)
    and, once the journal is closed, writes to it during the next test's event loop.
    """
    from kindspace.gui.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.journal is journal:
            widget.detach()


def _visible_message_boxes() -> list[QMessageBox]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.isVisible()
    ]


def answer_next_message_box(choose: Callable[[QMessageBox], object]) -> list[str]:
    """When the next QMessageBox opens, let ``choose`` pick a button; returns the texts seen.

    Dialogs opened with ``exec`` block the test, so the answer is scheduled beforehand and
    retried until the box is up.
    """
    seen: list[str] = []
    # A box some earlier step left open must never be answered in place of the new one.
    already_open = set(_visible_message_boxes())

    def attempt(tries: int = 0) -> None:
        visible = [box for box in _visible_message_boxes() if box not in already_open]
        if not visible:
            if tries < 200:
                QTimer.singleShot(20, lambda: attempt(tries + 1))
            return
        box = visible[-1]
        seen.append(f"{box.text()}\n{box.informativeText()}")
        button = choose(box)
        if button is not None:
            button.click()  # type: ignore[attr-defined]

    QTimer.singleShot(0, attempt)
    return seen


@pytest.fixture(autouse=True)
def british_english(qapp: QApplication) -> Iterator[None]:
    """Every window test starts in English with British dates ("Saturday, 6 December 2025"),
    whatever the machine's locale, and leaves no other language behind. English has a
    catalogue too (its plural forms), so the application is made first."""
    from PySide6.QtCore import QLocale

    from kindspace.gui.translation import install_language

    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    install_language("en")
    QLocale.setDefault(british)
    yield
    install_language("en")
    QLocale.setDefault(british)
