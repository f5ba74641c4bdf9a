"""Sync in the window: when to exchange, the quiet status line, and the Settings page's data.

While the journal is unlocked and shared, an exchange runs (on :class:`BackgroundSync`'s
worker, never on the window's thread):

* a few seconds after a burst of saves ends (this device's change counter stopped growing),
* every few minutes,
* when the folder's watcher sees other devices' files arrive,
* shortly after unlocking, and when the person asks ("Sync now").

Nothing runs while locked: locking stops a running exchange safely and every timer; the next
unlock starts again. The status line is a quiet label in the status bar; a change in what
it says ("up to date" to "can't be reached") is announced to screen readers, the minutes
ticking by are not, and routine sync never opens a popup.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kindspace.clock import Clock
from kindspace.gui.announce import announce
from kindspace.gui.main_window import EDITOR
from kindspace.gui.problems import explain
from kindspace.gui.sync_conflicts import ConflictFeature
from kindspace.gui.sync_words import SyncPicture, SyncState, state_of, status_line
from kindspace.gui.sync_worker import EXCHANGE, LEAVE, SETUP, BackgroundSync, SyncOutcome
from kindspace.sync.bundles import BundleKind, BundleName
from kindspace.sync.folder import ROOT_NAME
from kindspace.sync.hlc import DEVICE_ID
from kindspace.sync.settings import load_settings

if TYPE_CHECKING:
    from kindspace.gui.editor import EditorView
    from kindspace.gui.main_window import MainWindow
    from kindspace.journal.journal import Journal

#: How often the journal's change counter is looked at, to notice a burst of saves.
WRITE_CHECK_MS = 2000
#: How long after the last save of a burst the changes go out.
SAVE_QUIET_MS = 5000
#: How often changes are exchanged anyway while unlocked.
PERIODIC_MS = 5 * 60 * 1000
#: Sync tools write several files at once: wait for them to settle before reading.
FOLDER_QUIET_MS = 1500
#: After unlocking, the first exchange waits for the window to be up.
START_DELAY_MS = 1500
#: While the folder can't be reached, it is looked for again this often (a USB stick back).
UNREACHABLE_RETRY_MS = 30 * 1000
#: "10 minutes ago" is worded again this often.
TICK_MS = 30 * 1000


class SyncFeature(QObject):
    """Owns sync for one main window; see the module."""

    #: Something the Sync page shows changed (sharing, status, busy).
    changed = Signal()

    def __init__(self, window: MainWindow, clock: Clock) -> None:
        super().__init__(window)
        self.window = window
        self.clock = clock
        self.worker = BackgroundSync(self)
        self.worker.finished.connect(self._on_finished)
        self.worker.started.connect(lambda _kind: self.changed.emit())
        self.conflicts = ConflictFeature(window)
        self.picture = SyncPicture()
        #: Where this device shares the journal (None: not shared here).
        self.folder: Path | None = None
        #: The last problem starting or stopping to share, worded for the Sync page.
        self.page_problem: str | None = None
        #: How many jobs have reported back, and the latest (tests and the probe wait on it).
        self.jobs_done = 0
        self.last_outcome: SyncOutcome | None = None
        self._counter_seen = 0
        self._counter_sent = 0
        self._state: SyncState | None = None
        self.line = QLabel("")
        self.line.setObjectName("syncStatus")
        self.line.setAccessibleName(self.tr("Sync status"))
        self.line.setVisible(False)
        window.ui.statusbar.addPermanentWidget(self.line)
        self.watcher = QFileSystemWatcher(self)
        self.write_timer = self._timer(WRITE_CHECK_MS, self._check_writes, single=False)
        self.save_timer = self._timer(SAVE_QUIET_MS, self._after_saves)
        self.periodic_timer = self._timer(PERIODIC_MS, self.sync_now, single=False)
        self.folder_timer = self._timer(FOLDER_QUIET_MS, self.sync_now)
        self.start_timer = self._timer(START_DELAY_MS, self.sync_now)
        self.retry_timer = self._timer(UNREACHABLE_RETRY_MS, self.sync_now)
        self.tick_timer = self._timer(TICK_MS, self._show_line, single=False)
        self.watcher.directoryChanged.connect(self._folder_changed)
        #: What each watched folder held when last looked at: news is a bundle not in it.
        self._seen: dict[str, frozenset[str]] = {}
        self._own_dir = ""
        window.journal_opened.connect(self.journal_opened)
        window.journal_closing.connect(self._on_closing)
        window.when_view_built(EDITOR, self._watch_editor)
        window.sync_settings_page = self.settings_page  # type: ignore[attr-defined]

    def _watch_editor(self, editor: QWidget) -> None:
        cast("EditorView", editor).saved.connect(lambda _entry: self._check_writes())

    def _timer(self, interval: int, action: object, *, single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval)
        timer.setSingleShot(single)
        timer.timeout.connect(action)
        return timer

    def _timers(self) -> list[QTimer]:
        return [
            self.write_timer, self.save_timer, self.periodic_timer, self.folder_timer,
            self.start_timer, self.retry_timer, self.tick_timer,
        ]  # fmt: skip

    @property
    def journal(self) -> Journal | None:
        return self.window.journal

    def is_busy(self) -> bool:
        return self.worker.is_running()

    # -- unlocked and locked -----------------------------------------------------------------

    def journal_opened(self) -> None:
        """Also called when sync is installed after the journal opened (``later_features``)."""
        journal = self.journal
        if journal is None or journal.read_only:
            return
        self.worker.attach(journal)
        self.conflicts.attach(journal)
        self._load_sharing()
        if self.folder is not None:
            self.start_timer.start()

    def _load_sharing(self) -> None:
        journal = self.journal
        try:
            settings = load_settings(journal) if journal is not None else None
            counter = journal.sync.local_counter() if journal is not None else 0
        except Exception as error:
            self.page_problem = explain(error).text
            settings, counter = None, 0
        self.folder = settings.folder if settings is not None else None
        self._counter_seen = counter
        if self.folder is None:
            for timer in self._timers():
                timer.stop()
            self._watch([])
            self.line.setVisible(False)
        else:
            self.write_timer.start()
            self.periodic_timer.start()
            self.tick_timer.start()
            self.line.setVisible(True)
            self._show_line()
        self.changed.emit()

    def _on_closing(self) -> None:
        """Lock (or quit): nothing new starts; the controller stops or finishes the worker."""
        for timer in self._timers():
            timer.stop()
        self._watch([])
        self._seen.clear()
        self.worker.attach(None)  # a running job keeps its own until it ends
        self.conflicts.attach(None)
        self.line.setVisible(False)
        self.line.setText("")
        self._state = None

    def stop(self) -> None:
        """Lock: stop a running exchange safely and forget the journal."""
        self.worker.stop()
        self.worker.attach(None)

    def finish(self, journal: Journal | None) -> None:
        """Quit: let a running exchange end, and send what was saved since the last one
        (``journal`` is the one just handed back by the window, still open)."""
        unsent = False
        if journal is not None and self.folder is not None and not journal.read_only:
            try:
                unsent = journal.sync.local_counter() > self._counter_sent
            except Exception:
                unsent = False
        self.worker.attach(journal if unsent else None)
        self.worker.finish(last_exchange=unsent)
        self.worker.attach(None)

    # -- when to exchange ----------------------------------------------------------------------

    def _check_writes(self) -> None:
        journal = self.journal
        if journal is None or self.folder is None:
            return
        try:
            counter = journal.sync.local_counter()
        except Exception:
            return
        if counter != self._counter_seen:
            self._counter_seen = counter
            self.save_timer.start()  # (again): the burst goes on

    def _after_saves(self) -> None:
        if self._counter_seen > self._counter_sent:
            self.sync_now()

    def sync_now(self) -> None:
        """Exchange now (or right after the exchange running now)."""
        journal = self.journal
        if journal is None or self.folder is None:
            return
        self.folder_timer.stop()
        self.retry_timer.stop()
        with contextlib.suppress(Exception):  # the exchange then says what is wrong
            self._counter_sent = max(self._counter_sent, journal.sync.local_counter())
        self.worker.exchange()

    def start_sharing(self, folder: Path) -> None:
        self.page_problem = None
        self.worker.start_sharing(folder)

    def leave(self) -> None:
        self.page_problem = None
        self.worker.leave()

    # -- what came back ------------------------------------------------------------------------

    def _on_finished(self, outcome: SyncOutcome) -> None:
        self.jobs_done += 1
        self.last_outcome = outcome
        if outcome.stopped or self.journal is None:
            self.changed.emit()
            return
        if outcome.job == LEAVE:
            self._left(outcome)
            return
        if outcome.error is not None:
            self._failed(outcome)
            return
        if outcome.job == SETUP:
            self._load_sharing()
            announce(self.line, self.tr("Your journal is now shared through the sync folder."))
        self.picture = SyncPicture(outcome.status, outcome.ended_at)
        if outcome.status is not None:
            self.conflicts.names = {d.device_id: d.label for d in outcome.status.devices if d.label}
        self._watch_folder()
        report = outcome.report
        if report is not None and (report.received or report.from_snapshot or report.conflicts):
            self.window.refresh_journal()
        self.conflicts.refresh()
        self._show_line()
        self.changed.emit()

    def _failed(self, outcome: SyncOutcome) -> None:
        error = outcome.error
        assert error is not None
        if outcome.job == SETUP:
            self.page_problem = explain(error).text
            self.changed.emit()
            return
        if outcome.reachable:
            self.picture = SyncPicture(self.picture.status, problem=explain(error).text)
        else:
            self.picture = SyncPicture(self.picture.status, self.picture.exchanged_at, False)
            self.retry_timer.start()
        self._show_line()
        self.changed.emit()

    def _left(self, outcome: SyncOutcome) -> None:
        if outcome.error is not None:
            self.page_problem = explain(outcome.error).text
        self.picture = SyncPicture()
        self._load_sharing()
        if self.folder is None:
            said = self.tr("This device no longer shares the journal. Your journal stays here.")
            if not outcome.told:
                said += " " + self.tr(
                    "The folder couldn't be reached, so your other devices will hear of it "
                    "once it is back."
                )
            self.page_problem = said
            announce(self.line, said)
        self.changed.emit()

    def _watch_folder(self) -> None:
        """Watch the folder's kindspace part and every other device's subfolder."""
        journal, folder = self.journal, self.folder
        if journal is None or folder is None:
            return
        root = folder / ROOT_NAME
        self._own_dir = ""
        if self.picture.status is not None:
            self._own_dir = str(root / self.picture.status.device_id)
        self._watch([root] if root.is_dir() else [])
        self._folder_changed(str(root), quietly=True)

    def _folder_changed(self, path: str, *, quietly: bool = False) -> None:
        """A watched folder changed: exchange when another device's new bundle is there.

        Each exchange rewrites every device's small state file, so reacting to any change
        would have two devices answer each other for ever; only new change and snapshot
        bundles (and new devices) are news.
        """
        if self.folder is None:
            return
        root = str(self.folder / ROOT_NAME)
        held = _bundles_in(Path(path), devices=path == root, own=self._own_dir)
        news = held - self._seen.get(path, frozenset())
        self._seen[path] = held
        if path == root:
            devices = [str(Path(root) / name) for name in sorted(held)]
            self._watch([Path(root), *map(Path, devices)])
            for device in devices:
                if device not in self._seen:
                    self._folder_changed(device, quietly=True)
        gone = not Path(path).is_dir()  # a USB stick pulled out: say so soon
        if (news or gone) and not quietly:
            self.folder_timer.start()

    def _watch(self, paths: list[Path]) -> None:
        wanted = {str(path) for path in paths if path.is_dir()}
        current = set(self.watcher.directories())
        if current - wanted:
            self.watcher.removePaths(sorted(current - wanted))
            for gone in current - wanted:
                self._seen.pop(gone, None)
        if wanted - current:
            self.watcher.addPaths(sorted(wanted - current))

    # -- the status line -----------------------------------------------------------------------

    def status_text(self) -> str:
        return status_line(self.picture, self.clock())

    def _show_line(self) -> None:
        if self.folder is None:
            return
        now = self.clock()
        text = status_line(self.picture, now)
        self.line.setText(text)
        state = state_of(self.picture, now)
        if state is not self._state:
            self._state = state
            announce(self.line, text)

    def settings_page(self, parent: QWidget | None = None) -> QWidget:
        """The Sync page for Settings (see settings_sync)."""
        from kindspace.gui.settings_sync import SyncSettingsPage

        return SyncSettingsPage(self, parent)


def _bundles_in(folder: Path, *, devices: bool, own: str) -> frozenset[str]:
    """The other devices' subfolders in the kindspace part (``devices``), or the change and
    snapshot bundles in one device's subfolder (conflict copies count as the bundle)."""
    try:
        names = [entry.name for entry in os.scandir(folder) if not entry.name.startswith(".")]
    except OSError:
        return frozenset()
    if devices:
        return frozenset(
            name for name in names if str(folder / name) != own and DEVICE_ID.match(name)
        )
    found = set()
    for name in names:
        bundle = BundleName.parse(name)
        if bundle is not None and bundle.kind in (BundleKind.CHANGES, BundleKind.SNAPSHOT):
            found.add(bundle.canonical)
    return frozenset(found)


def install_sync(window: MainWindow, clock: Clock) -> SyncFeature:
    return SyncFeature(window, clock)


__all__ = ["EXCHANGE", "SyncFeature", "install_sync"]
