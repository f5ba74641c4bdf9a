"""Devices for the window's sync tests: real journals sharing one real folder in tmp_path.

One device runs the whole app (an :class:`AppController`, unlocked with its passphrase);
another can be a plain window with the sync feature over its own journal, or a journal made
by joining through the same API ``kindspace sync join`` uses. Nothing here is a stand-in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kindspace.clock import Clock, system_clock
from kindspace.gui.controller import AppController
from kindspace.gui.main_window import MainWindow
from kindspace.gui.practice_views import install_practice
from kindspace.gui.sync_feature import SyncFeature
from kindspace.gui.unlock import PASSPHRASE as PASSPHRASE_KIND
from kindspace.journal.journal import Journal, JournalLocation, open_journal
from kindspace.journal.keyring_store import KeyringCheck
from kindspace.sync.engine import SyncEngine
from kindspace.sync.joining import join, open_folder_keys, start_sharing
from tests.helpers.journals import PASSPHRASE
from tests.helpers.widgets import settle, wait_for

NO_KEYRING = KeyringCheck(None, "tests: no keyring")


def unlocked(controller: AppController) -> AppController:
    controller.start()
    settle(controller)
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    assert not controller.window.is_locked()
    return controller


@contextmanager
def app_device(
    qapp: QApplication, data_dir: Path, clock: Clock = system_clock
) -> Iterator[AppController]:
    """The whole app over ``data_dir``'s journal, unlocked; closed (and waited for) after."""
    palette, font = qapp.palette(), qapp.font()
    controller = AppController(qapp, data_dir, keyring_check=NO_KEYRING, clock=clock)
    try:
        yield unlocked(controller)
    finally:
        controller.sync.stop()
        controller.daily_backup.stop()
        if controller.journal is not None:
            controller.window.detach().close()
        qapp.removeEventFilter(controller.idle)
        controller.window.close()
        controller.window.deleteLater()
        qapp.setPalette(palette)
        qapp.setFont(font)


@contextmanager
def window_device(
    data_dir: Path, clock: Clock = system_clock
) -> Iterator[tuple[MainWindow, SyncFeature]]:
    """A window with the sync feature over ``data_dir``'s journal (no lock screen, no tray)."""
    journal = open_journal(
        JournalLocation(data_dir), passphrase=PASSPHRASE, clock=clock, daily_backup=False
    )
    window = MainWindow(clock=clock)
    install_practice(window)
    feature = SyncFeature(window, clock)
    window.attach(journal)
    try:
        yield window, feature
    finally:
        feature.stop()
        detached = window.detach()
        if detached is not None:
            detached.close()
        window.deleteLater()


def share(data_dir: Path, folder: Path) -> None:
    """Start sharing ``data_dir``'s journal through ``folder``, as ``sync setup`` does."""
    with open_journal(
        JournalLocation(data_dir), passphrase=PASSPHRASE, daily_backup=False
    ) as journal:
        start_sharing(journal, folder).exchange()


def join_from(folder: Path, data_dir: Path) -> None:
    """Make a device's journal from ``folder``, as ``sync join`` does."""
    keys = open_folder_keys(folder, passphrase=PASSPHRASE)
    with join(JournalLocation(data_dir), folder, keys) as journal:
        SyncEngine(journal).exchange()


def run_job(feature: SyncFeature, start: object = None) -> None:
    """Start a job (or an exchange) and wait until the window has heard back from it."""
    done = feature.jobs_done
    if callable(start):
        start()
    else:
        feature.sync_now()
    wait_for(lambda: feature.jobs_done > done, 30)


def bodies(journal: Journal | None) -> set[str]:
    assert journal is not None
    return {entry.body for entry in journal.entries.iter_all()}
