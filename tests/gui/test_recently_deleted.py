"""Entry ▸ Recently deleted: a delete from the terminal is undone in the app (issue 17's
round trip: list → show → edit → delete → bring back), and the dialog is calm and named."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kindspace.gui.main_window import MainWindow
from kindspace.gui.recently_deleted import (
    NOTHING_DELETED,
    RecentlyDeleted,
    RecentlyDeletedDialog,
    install_recently_deleted,
)
from kindspace.journal.journal import Journal
from kindspace.journal.search import SearchFilters
from tests.helpers.cli import Cli
from tests.helpers.journals import PASSPHRASE
from tests.helpers.widgets import unnamed_interactive_widgets

pytestmark = pytest.mark.usefixtures("ordinary_now")
DAY = date(2024, 4, 2)


@pytest.fixture
def cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, journal_dir: Path
) -> Cli:
    return Cli(capsys, monkeypatch, journal_dir)


def open_window(qtbot: QtBot, journal: Journal) -> tuple[MainWindow, RecentlyDeleted]:
    window = MainWindow(clock=journal.clock)
    qtbot.addWidget(window)
    feature = install_recently_deleted(window)
    window.attach(journal)
    window.show()
    return window, feature


def test_list_show_edit_delete_on_the_command_line_then_bring_back_in_the_app(
    qtbot: QtBot, journal: Journal, cli: Cli
) -> None:
    when = datetime(2024, 4, 2, 19, 40, tzinfo=timezone(timedelta(hours=2)))
    entry = journal.entries.create(
        title="Harbour", body="Walked to the harbour.", tags=["walks"], written_at=when
    )
    short = entry.id[:8]
    listed = cli("--passphrase-stdin", "list", stdin=PASSPHRASE)
    assert listed.code == 0 and short in listed.out and "Harbour" in listed.out
    shown = cli("--passphrase-stdin", "show", short, stdin=PASSPHRASE)
    assert shown.code == 0 and "Walked to the harbour." in shown.out
    edited = cli(
        "--passphrase-stdin", "edit", short, "--title", "Harbour at dusk", "The light stayed.",
        stdin=PASSPHRASE,
    )  # fmt: skip
    assert edited.code == 0, edited.err
    deleted = cli("--passphrase-stdin", "delete", short, "--yes", stdin=PASSPHRASE)
    assert deleted.code == 0 and "bring it back" in deleted.out
    assert cli("--passphrase-stdin", "show", short, stdin=PASSPHRASE).code == 1

    window, feature = open_window(qtbot, journal)
    window.select_day(DAY)
    assert window.ui.dayEntries.item(0).data(Qt.ItemDataRole.UserRole) is None  # "no entries"
    assert journal.search("light", SearchFilters()) == []
    window.ui.actionRecentlyDeleted.trigger()
    dialog = feature.dialog
    assert dialog is not None and dialog.isVisible()
    listing = dialog.ui.deletedList
    assert listing.count() == 1 and "Harbour at dusk" in listing.item(0).text()
    assert "Harbour" not in dialog.windowTitle()
    qtbot.keyClick(listing, Qt.Key.Key_Return)

    back = journal.entries.get(entry.id)
    assert (back.title, back.body, back.tags, back.created) == (
        "Harbour at dusk", "The light stayed.", ("walks",), when,
    )  # fmt: skip
    assert [hit.entry_id for hit in journal.search("light", SearchFilters())] == [entry.id]
    assert window.ui.calendar.selected_day() == DAY
    assert window.ui.dayEntries.currentItem().data(Qt.ItemDataRole.UserRole) == entry.id
    assert window.statusBar().currentMessage() == "The entry is back on its day."
    assert listing.count() == 1 and listing.item(0).text() == NOTHING_DELETED
    assert not dialog.ui.bringBackButton.isEnabled()
    assert cli("--passphrase-stdin", "show", short, stdin=PASSPHRASE).code == 0


def test_locking_closes_the_list_of_deleted_words(qtbot: QtBot, journal: Journal) -> None:
    entry = journal.entries.create(body="A private line.", day=DAY)
    journal.entries.delete(entry.id)
    window, feature = open_window(qtbot, journal)
    window.ui.actionRecentlyDeleted.trigger()
    dialog = feature.dialog
    assert dialog is not None
    window.detach()
    assert feature.dialog is None and not dialog.isVisible() and dialog.ui.deletedList.count() == 0
    assert not window.ui.actionRecentlyDeleted.isEnabled()


def test_every_control_has_a_name(qtbot: QtBot, journal: Journal) -> None:
    window, _feature = open_window(qtbot, journal)
    dialog = RecentlyDeletedDialog(window)
    qtbot.addWidget(dialog)
    assert unnamed_interactive_widgets(dialog) == []
    assert dialog.ui.deletedList.item(0).text() == NOTHING_DELETED
