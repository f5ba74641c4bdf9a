"""Shared steps for the import and export tests: a window with File ▸ Import and Export."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pytestqt.qtbot import QtBot

from kindspace.gui.main_window import MainWindow
from kindspace.gui.transfer_actions import Transfer, install_transfer
from kindspace.journal.journal import Journal
from kindspace.practice.definitions import load_exercises

ZONE = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 26, 20, 30, tzinfo=ZONE)


def fixed_clock() -> datetime:
    return NOW


def make_window(qtbot: QtBot, journal: Journal | None) -> tuple[MainWindow, Transfer]:
    """A shown main window with the transfer actions installed, as the app sets it up."""
    window = MainWindow(clock=fixed_clock)
    qtbot.addWidget(window)
    transfer = install_transfer(window, load_exercises())
    assert isinstance(transfer, Transfer)
    assert transfer.parent() is window
    if journal is not None:
        window.attach(journal)
    window.show()
    return window, transfer
