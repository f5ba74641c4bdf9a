"""The journal's life in the window: unlock, lock, Settings, backups, quit.

The main window only shows; this controller owns the open journal, the keyring check and the
preferences, and decides which screen comes next. How a start reaches its first screen is
``start_flow.StartFlow``, which this inherits. All of it goes through the same Qt-free API
the command line uses (``create_journal``, ``open_journal``, ``needs_secret``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from kindspace.clock import Clock, system_clock
from kindspace.errors import KindspaceError
from kindspace.gui.background import run_in_background
from kindspace.gui.daily_backup import DailyBackup
from kindspace.gui.first_use import INSIGHTS, InsightsOnFirstUse
from kindspace.gui.idle import IdleWatcher
from kindspace.gui.later_features import LaterFeatures
from kindspace.gui.lock_hygiene import ClipboardGuard, drop_undo_histories, release_memory
from kindspace.gui.main_window import MainWindow
from kindspace.gui.practice_views import install_practice
from kindspace.gui.problems import explain, show_problem
from kindspace.gui.qt_settings import keep_qt_settings_private
from kindspace.gui.start_flow import StartFlow
from kindspace.gui.theme import ThemeKeeper
from kindspace.gui.unlock import KEYRING, PASSPHRASE, RECOVERY_KEY, UnlockView
from kindspace.gui.words import translate
from kindspace.journal.journal import (
    Journal,
    JournalLocation,
    UnlockedKey,
    open_unlocked,
    unlock_key,
)
from kindspace.journal.key_file import KdfParams
from kindspace.journal.key_read_ahead import KeyReader, ReadAheadKeyStore
from kindspace.journal.unlocking import KEYRING_TIMEOUT_SECONDS
from kindspace.practice.support import SupportContact, contacts_outside, keep_contacts_outside
from kindspace.preferences import Preferences, load_preferences, save_preferences

if TYPE_CHECKING:
    from kindspace.gui.recently_deleted import RecentlyDeleted
    from kindspace.gui.sync_feature import SyncFeature
    from kindspace.gui.tags_feature import TagsFeature
    from kindspace.gui.transfer_actions import Transfer
    from kindspace.gui.tray import Reminders
    from kindspace.journal.keyring_store import KeyringCheck, KeyringKeyStore

log = logging.getLogger(__name__)

#: How often the open journal is asked whether writing paused, to checkpoint its WAL then.
QUIET_CHECK_MS = 3000


class AppController(StartFlow):
    """Owns the journal while the app runs; emits ``ready`` once the first screen is up."""

    ready = Signal()

    def __init__(
        self,
        app: QApplication,
        data_dir: Path,
        *,
        clock: Clock = system_clock,
        kdf_params: KdfParams | None = None,
        keyring_check: KeyringCheck | None = None,
        start_hidden: bool = False,
        keyring_timeout: float = KEYRING_TIMEOUT_SECONDS,
        key_reader: KeyReader | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.data_dir = data_dir
        self.location = JournalLocation(data_dir)
        keep_qt_settings_private(data_dir)  # before any file dialog can remember a folder
        self.clock = clock
        self.kdf_params = kdf_params
        self.preferences: Preferences = load_preferences(data_dir)
        self.theme = ThemeKeeper(app)
        self.theme.apply(self.preferences)
        self.keyring_check = keyring_check
        self.keyring_timeout = keyring_timeout
        self._store: KeyringKeyStore | None = None
        self.key_reader = key_reader
        self._read_ahead_store: ReadAheadKeyStore | None = None
        self.unlocking = False
        self._quitting = False
        self.window = MainWindow(clock=clock)
        self.practice = install_practice(self.window)
        self.insights = InsightsOnFirstUse(self.window, self.practice.catalog)
        self.lock_view = UnlockView()
        self.daily_backup = DailyBackup(self.window)
        self.window.set_lock_view(self.lock_view)
        self.window.restore_geometry(
            self.preferences.window_geometry, self.preferences.window_state
        )
        self.clipboard = ClipboardGuard(self)
        self.idle = IdleWatcher(self)
        app.installEventFilter(self.idle)
        self._locked_state: dict[str, Any] | None = None
        self._first_unlock = True
        # Saved changes sit in journal.db-wal until a checkpoint; checkpoint once a burst of
        # saves is over (locking and quitting close the journal, which checkpoints too).
        self.quiet_timer = QTimer(self)
        self.quiet_timer.setInterval(QUIET_CHECK_MS)
        self.quiet_timer.timeout.connect(self._checkpoint_when_quiet)
        self._connect()
        self.start_hidden = start_hidden
        #: Import and export, tags, recently deleted, sync and reminders: after the first
        #: screen is painted, or sooner when asked for (see ``later_features``).
        self.later = LaterFeatures(self)

    def _connect(self) -> None:
        self.window.lock_requested.connect(self.lock)
        self.window.quit_requested.connect(self.quit)
        self.window.settings_requested.connect(self.open_settings)
        self.window.backup_requested.connect(self.back_up_now)
        self.lock_view.unlock_requested.connect(self.unlock)
        self.lock_view.support_requested.connect(self.window.support_requested.emit)
        self.practice.contacts_outside = self._contacts_outside
        self.practice.contacts_saved.connect(self._contacts_saved)
        self.practice.set_still(self.preferences.reduce_motion)
        self.window.today_view.set_offer_on_this_day(self.preferences.offer_on_this_day)
        self.idle.idle.connect(self._on_idle)

    @property
    def journal(self) -> Journal | None:
        return self.window.journal

    @property
    def transfer(self) -> Transfer:
        return self.later.transfer

    @property
    def tags(self) -> TagsFeature:
        return self.later.tags

    @property
    def recently_deleted(self) -> RecentlyDeleted:
        return self.later.recently_deleted

    @property
    def sync(self) -> SyncFeature:
        return self.later.sync

    @property
    def reminders(self) -> Reminders:
        return self.later.reminders

    # -- lock and unlock -------------------------------------------------------------------

    def _show_locked(
        self,
        *,
        needs_secret_now: bool,
        problem: BaseException | None = None,
    ) -> None:
        self.lock_view.set_mode(needs_secret=needs_secret_now)
        self.lock_view.set_locked(not self._first_unlock)
        self.lock_view.set_busy(False)
        if problem is not None:
            self.lock_view.show_error(explain(problem).text)
        self.lock_view.focus_field()
        self.ready.emit()

    def unlock(self, secret: str, kind: str, *, at_once: bool = False) -> None:
        """Find the key off the GUI thread (keyring, Argon2), then open the journal here.

        ``at_once``: the key is already in this process (the helper's answer), so it is
        found here, without a worker and the wait for its answer.
        """
        if self.unlocking:
            return
        self.unlocking = True
        self.lock_view.set_busy(True)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        location, store = self.location, self.key_store

        def find_key() -> UnlockedKey:
            return unlock_key(
                location,
                passphrase=secret if kind == PASSPHRASE else None,
                recovery_key=secret if kind == RECOVERY_KEY else None,
                keyring=store,
            )

        if at_once:
            try:
                found: UnlockedKey | None = find_key()
            except Exception as problem:
                self._key_found(None, problem, kind)
            else:
                self._key_found(found, None, kind)
            return
        run_in_background(
            self, find_key, lambda found, error: self._key_found(found, error, kind), name="unlock"
        )

    def _key_found(self, found: UnlockedKey | None, error: BaseException | None, kind: str) -> None:
        self.unlocking = False
        QApplication.restoreOverrideCursor()
        if self._quitting:
            return  # the key is dropped with this frame; no database was opened
        if error is not None or found is None:
            # A keyring that failed, answered too slowly or lost the key leads here too: the
            # passphrase (or the recovery key) is the way in now, and the person can quit.
            self._show_locked(needs_secret_now=True, problem=error)
            return
        try:
            journal = open_unlocked(self.location, found, clock=self.clock, daily_backup=False)
        except Exception as problem:
            self._show_locked(needs_secret_now=kind != KEYRING, problem=problem)
            return
        self._attach(journal)
        for note in journal.notes:
            self.window.ui.statusbar.showMessage(note, 20000)
        self.daily_backup.start_when_ready(journal)  # on a worker, once the window is ready

    def _attach(self, journal: Journal) -> None:
        state = self._locked_state
        if state is None and self._first_unlock:
            state = {"view": self.preferences.last_view}
        if state is not None and state.get("view") == INSIGHTS:
            self.insights.ensure()  # returning to Insights: build it before it is shown
        self.window.attach(journal, state)
        self.lock_view.clear()
        self._locked_state = None
        self._update_idle()
        self.quiet_timer.start()
        first, self._first_unlock = self._first_unlock, False
        self.ready.emit()
        if first:
            self.window.offer_draft()

    def _checkpoint_when_quiet(self) -> None:
        journal = self.journal
        if journal is None:
            self.quiet_timer.stop()
            return
        journal.checkpoint_when_quiet()

    def lock(self) -> None:
        if self.journal is None:
            return
        self._locked_state = self.window.view_state()
        journal = self.window.detach()
        self.daily_backup.stop()  # the next unlock makes it again
        self._stop_sync()  # safely, part-way if need be: the next exchange goes on from there
        self.idle.stop()
        has_passphrase = journal is not None and journal.keys.passphrase is not None
        uses_keyring = journal is not None and journal.keys.keyring
        if journal is not None:
            journal.close()
        del journal  # the last reference to the data key here (see lock_hygiene)
        self.clipboard.clear_ours()
        drop_undo_histories(self.window)
        release_memory()
        wants_secret = has_passphrase and not uses_keyring
        self._show_locked(needs_secret_now=wants_secret or self.key_store is None)

    def _stop_sync(self) -> None:
        sync = self.later.sync_if_installed()
        if sync is not None:
            sync.stop()

    def _on_idle(self) -> None:
        # A window hidden in the tray locks too: the journal is just as open there, and the
        # person who left it there is the one least likely to be watching the screen.
        # Never in the middle of an exercise ("take as long as you like") or while support
        # is open: wait another idle period, and lock once the person is done.
        if self.practice.holds_the_person():
            self.idle.restart()
            return
        if self.journal is not None:
            self.lock()

    def _update_idle(self) -> None:
        journal = self.journal
        minutes = self.preferences.auto_lock_minutes
        if journal is not None and journal.keys.passphrase is not None and minutes > 0:
            self.idle.set_minutes(minutes)
        else:
            self.idle.stop()

    # -- settings and backups ----------------------------------------------------------------

    def open_settings(self) -> None:
        from kindspace.gui.settings_dialog import SettingsDialog

        journal = self.journal
        if journal is None:
            return
        self.later.install_all()  # the reminders' and sync's pages come from them
        dialog = SettingsDialog(
            journal,
            self.key_store,
            self.preferences,
            self.data_dir,
            parent=self.window,
            kdf_params=self.kdf_params,
            backups=self.daily_backup,
        )
        dialog.preferences_changed.connect(self.apply_preferences)
        restore = getattr(dialog, "restore_requested", None)
        if restore is not None:
            restore.connect(self.restore_backup)
        # A lock (idle, the tray, the menu) closes Settings first: its pages show the journal.
        self.window.journal_closing.connect(dialog.reject)
        try:
            dialog.exec()
        finally:
            self.window.journal_closing.disconnect(dialog.reject)
            # Parented to the window, a closed dialog would live as long as the window, and
            # its pages would keep the journal (and its key) alive after a lock.
            dialog.setParent(None)
            dialog.deleteLater()
        self._update_idle()

    def apply_preferences(self, preferences: Preferences) -> None:
        self.preferences = preferences
        self.theme.apply(preferences)
        self.practice.set_still(preferences.reduce_motion)
        self.window.today_view.set_offer_on_this_day(preferences.offer_on_this_day)
        if self.journal is not None:
            self.window.refresh_today()
        self._update_idle()
        self._save_preferences()

    def _save_preferences(self) -> None:
        try:
            save_preferences(self.data_dir, self.preferences)
        except KindspaceError as error:
            show_problem(self.window, error)

    # -- support contacts readable while locked (only when the person chose it) ------------

    def _contacts_outside(self) -> list[SupportContact]:
        if not self.preferences.contacts_outside_journal:
            return []
        return contacts_outside(self.data_dir)

    def _contacts_saved(self, people: list[SupportContact]) -> None:
        if not self.preferences.contacts_outside_journal:
            return
        try:
            keep_contacts_outside(self.data_dir, people)
        except KindspaceError as error:
            show_problem(self.window, error)

    def back_up_now(self) -> None:
        """The menu's "Back up now", on the backup worker (never on the GUI thread)."""
        if self.journal is None:
            return
        self.daily_backup.back_up_now(self.journal, self._backed_up)

    def _backed_up(self, path: Path | None, error: BaseException | None) -> None:
        if error is not None:
            show_problem(self.window, error)
        elif path is not None:
            saved = translate("Controller", "A backup was saved in {folder}.")
            self.window.ui.statusbar.showMessage(saved.format(folder=path.parent), 10000)

    def restore_backup(self, backup: Path) -> None:
        from kindspace.journal.restore import restore_backup

        journal = self.journal
        if journal is None:
            return
        data_key = journal.data_key
        self._locked_state = self.window.view_state()
        self.window.detach()
        self.daily_backup.stop()
        self._stop_sync()
        journal.close()
        try:
            restore_backup(self.location, Path(backup), data_key, clock=self.clock)
        except Exception as error:
            show_problem(self.window, error)
        if self.key_store is not None:
            self.unlock("", KEYRING)
        else:
            self._show_locked(needs_secret_now=True)

    # -- quit ------------------------------------------------------------------------------

    def quit(self) -> None:
        """Keep the words, remember the window, close the journal, and end the app."""
        self._quitting = True
        self.later.cancel()  # a quit in the first moments installs nothing more
        geometry, state = self.window.geometry_texts()
        view = self.window.current_view() if self.journal is not None else None
        changes: dict[str, Any] = {"window_geometry": geometry, "window_state": state}
        if view is not None:
            changes["last_view"] = view
        self.preferences = self.preferences.with_changes(**changes)
        self._save_preferences()
        journal = self.window.detach()
        self.window.hide()
        self.daily_backup.finish()  # a short session still leaves the day's backup
        sync = self.later.sync_if_installed()
        if sync is not None:
            sync.finish(journal)  # and its last changes still go out
        if journal is not None:
            journal.close()
        self.idle.stop()
        self.app.quit()

    def bring_forward(self) -> None:
        """A second start asked for the window: show it, raised and active."""
        self.window.show()
        self.window.setWindowState(
            (self.window.windowState() & ~Qt.WindowState.WindowMinimized)
            | Qt.WindowState.WindowActive
        )
        self.window.raise_()
        self.window.activateWindow()
