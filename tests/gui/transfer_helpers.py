"""Shared steps for the import and export tests: a window with File ▸ Import and Export."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kindspace.clock import system_clock
from kindspace.gui.main_window import MainWindow
from kindspace.gui.transfer_actions import Transfer, install_transfer
from kindspace.journal.journal import Journal
from kindspace.practice.definitions import load_exercises
from tests.helpers.moments import ORDINARY

#: "Now" for the transfer tests, which pin the whole stack there (the ``ordinary_now`` fixture).
NOW = ORDINARY


def make_window(qtbot: QtBot, journal: Journal | None) -> tuple[MainWindow, Transfer]:
    """A shown main window with the transfer actions installed, as the app sets it up."""
    window = MainWindow(clock=journal.clock if journal is not None else system_clock)
    qtbot.addWidget(window)
    transfer = install_transfer(window, load_exercises())
    assert isinstance(transfer, Transfer)
    assert transfer.parent() is window
    if journal is not None:
        window.attach(journal)
    window.show()
    return window, transfer
