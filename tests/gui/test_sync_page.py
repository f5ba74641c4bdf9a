"""Settings ▸ Sync: starting to share through a folder, seeing the devices, syncing now and
stopping on this device (which asks first and keeps the journal)."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox

from kindspace.gui.settings_dialog import SettingsDialog
from kindspace.gui.settings_sync import SyncSettingsPage
from kindspace.sync.folder import ROOT_NAME
from kindspace.sync.settings import load_settings
from tests.gui.sync_helpers import app_device, bodies, join_from, run_job
from tests.helpers.widgets import unnamed_interactive_widgets, wait_for

pytestmark = pytest.mark.usefixtures("ordinary_now")


def sync_page(dialog: SettingsDialog) -> SyncSettingsPage:
    page = dialog.sync_page
    assert isinstance(page, SyncSettingsPage)
    return page


def open_settings(controller: object) -> SettingsDialog:
    from kindspace.gui.controller import AppController

    assert isinstance(controller, AppController)
    journal = controller.journal
    assert journal is not None
    controller.later.install_all()  # as the app's own Settings does: the page comes from sync
    return SettingsDialog(
        journal, None, controller.preferences, controller.data_dir, parent=controller.window
    )


def close(dialog: SettingsDialog) -> None:
    """Close and delete it now: its pages hold the journal (no event loop runs here)."""
    dialog.reject()
    shiboken6.delete(dialog)


def test_sharing_starts_from_the_page_and_stops_there_keeping_the_journal(
    qapp: QApplication, journal_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "Sync"
    folder.mkdir()
    with app_device(qapp, journal_dir) as app:
        journal = app.journal
        assert journal is not None
        journal.entries.create(body="A walk before breakfast.")
        dialog = open_settings(app)
        page = sync_page(dialog)
        dialog.show_section("sync")
        assert dialog.current_page() is page
        assert page.ui.states.currentWidget() is page.ui.notSharingPage
        assert "never your journal itself" in page.ui.whatGoesIn.text()
        assert not page.ui.startButton.isEnabled()  # no folder chosen yet
        page.ui.folderField.setText(str(folder))
        run_job(app.sync, page.ui.startButton.click)
        assert app.sync.last_outcome is not None and app.sync.last_outcome.error is None
        assert page.ui.states.currentWidget() is page.ui.sharingPage
        assert str(folder) in page.ui.sharedThrough.text()
        lines = [page.ui.deviceList.item(row).text() for row in range(page.ui.deviceList.count())]
        assert len(lines) == 1 and "(this device)" in lines[0]
        assert page.ui.pending.text() == "Nothing is waiting to go out or come in."
        assert app.sync.line.isVisible()
        assert load_settings(journal) is not None
        assert (folder / ROOT_NAME).is_dir()
        # The folder holds only sealed files: not a word of the journal.
        for path in folder.rglob("*"):
            if path.is_file():
                assert b"breakfast" not in path.read_bytes()

        join_from(folder, tmp_path / "desktop")  # a second device joins meanwhile
        run_job(app.sync, page.ui.syncNowButton.click)
        lines = [page.ui.deviceList.item(row).text() for row in range(page.ui.deviceList.count())]
        assert len(lines) == 2
        assert app.sync.line.text() == "Up to date with your other device"

        box = page.ask_leave()
        assert "journal stays" in box.informativeText()
        keep = next(b for b in box.buttons() if b.text() == "Keep sharing")
        keep.click()
        wait_for(lambda: page.leave_question is None)
        assert load_settings(journal) is not None  # asked, and the answer was to keep sharing

        box = page.ask_leave()
        stop = next(b for b in box.buttons() if b.text() == "Stop sharing")
        run_job(app.sync, stop.click)
        assert load_settings(journal) is None
        assert page.ui.states.currentWidget() is page.ui.notSharingPage
        assert "Your journal stays here" in page.ui.status.text()
        assert not app.sync.line.isVisible()
        assert bodies(journal) == {"A walk before breakfast."}
        close(dialog)


def test_a_folder_that_is_not_there_is_said_kindly_and_nothing_is_shared(
    qapp: QApplication, journal_dir: Path, tmp_path: Path
) -> None:
    with app_device(qapp, journal_dir) as app:
        dialog = open_settings(app)
        page = sync_page(dialog)
        page.ui.folderField.setText(str(tmp_path / "not there"))
        run_job(app.sync, page.ui.startButton.click)
        message = page.ui.status.text()
        assert "can't find the sync folder" in message and "Traceback" not in message
        assert page.ui.states.currentWidget() is page.ui.notSharingPage
        assert app.journal is not None and load_settings(app.journal) is None
        assert not [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        close(dialog)


def test_every_control_on_the_page_has_a_name(qapp: QApplication, journal_dir: Path) -> None:
    with app_device(qapp, journal_dir) as app:
        dialog = open_settings(app)
        assert unnamed_interactive_widgets(sync_page(dialog)) == []
        close(dialog)
