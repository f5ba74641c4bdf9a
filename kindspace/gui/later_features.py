"""The features the first screen doesn't show, installed just after it is painted.

Why: a person who opens kindspace sees the calendar, Today (or the lock screen) and the
menus. Import and export, tags, recently deleted, sync and reminders (with the tray) show
nothing there, yet every start waited while they were imported and wired. They are
installed right after the first screen has been painted, one per turn of the event loop so
the window keeps answering in between, and at once if anything asks for one sooner
(Settings, one of their menu items, a test). Each catches up with a journal that was
opened before it came; a lock or a quit before then has nothing of theirs to stop.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from kindspace.gui.controller import AppController
    from kindspace.gui.recently_deleted import RecentlyDeleted
    from kindspace.gui.sync_feature import SyncFeature
    from kindspace.gui.tags_feature import TagsFeature
    from kindspace.gui.transfer_actions import Transfer
    from kindspace.gui.tray import Reminders

#: How long after a screen without the calendar's marks (locked, hidden in the tray) the
#: features come: that screen paints within a few milliseconds of ``ready``.
AFTER_OTHER_SCREENS_MS = 50
#: The latest the features wait for the marks' paint (a window that never paints them).
PAINT_WAIT_LIMIT_MS = 1000


class LaterFeatures(QObject):
    """Installs the features in the background after the first screen; holds them after."""

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self._controller = controller
        self._transfer: Transfer | None = None
        self._tags: TagsFeature | None = None
        self._recently_deleted: RecentlyDeleted | None = None
        self._sync: SyncFeature | None = None
        self._reminders: Reminders | None = None
        self._steps: list[Callable[[], None]] = [
            self._install_transfer,
            self._install_tags,
            self._install_recently_deleted,
            self._install_sync,
            self._install_reminders,
        ]
        self._cancelled = False
        self._first_screen_shown = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next_step)
        controller.ready.connect(self._on_first_screen)
        # Their menu items are there from the first screen: one chosen before its feature
        # came installs them all and is answered, never lost.
        ui = controller.window.ui
        self._early_items: tuple[QAction, ...] = (
            ui.actionImport, ui.actionExport, ui.actionTags, ui.actionRecentlyDeleted
        )  # fmt: skip
        for item in self._early_items:
            item.triggered.connect(self._chosen_early)

    # -- when ------------------------------------------------------------------------------

    def _on_first_screen(self) -> None:
        """``ready`` comes just before the first screen's paint: let that paint go first."""
        self._controller.ready.disconnect(self._on_first_screen)
        self._first_screen_shown = True
        window = self._controller.window
        if window.isVisible() and window.journal is not None:
            window.ui.calendar.marks_painted.connect(self._on_marks_painted)
            self._schedule(PAINT_WAIT_LIMIT_MS)
        else:
            self._schedule(AFTER_OTHER_SCREENS_MS)

    def _on_marks_painted(self) -> None:
        self._controller.window.ui.calendar.marks_painted.disconnect(self._on_marks_painted)
        self._schedule(0)  # after the paint that is under way

    def _schedule(self, delay_ms: int) -> None:
        """The next feature after ``delay_ms``, each in its own turn of the event loop.

        One timer of this object's own: a quit stops it, so nothing is left pending."""
        if not self._cancelled and self._steps:
            self._timer.start(delay_ms)

    def _next_step(self) -> None:
        if self._steps and not self._cancelled:
            self._steps.pop(0)()
        if not self._steps:
            self._stop_watching_early_items()
        self._schedule(0)

    def install_all(self) -> None:
        """Install whatever is still waiting, now (something needs a feature already)."""
        self._timer.stop()
        while self._steps:
            self._steps.pop(0)()
        self._stop_watching_early_items()

    def _chosen_early(self) -> None:
        """A menu item of a feature not yet installed: install, then answer it."""
        item = self.sender()
        if self.is_complete() or not isinstance(item, QAction):
            return
        self.install_all()  # connects the item to its feature (and stops watching it)
        item.trigger()  # the feature answers now; this emission began before it was there

    def _stop_watching_early_items(self) -> None:
        for item in self._early_items:
            with contextlib.suppress(RuntimeError):  # already let go
                item.triggered.disconnect(self._chosen_early)
        self._early_items = ()

    def cancel(self) -> None:
        """The app is quitting: install nothing more in the background (asking still does)."""
        self._cancelled = True
        self._timer.stop()

    def is_complete(self) -> bool:
        return not self._steps

    # -- the features ----------------------------------------------------------------------

    @property
    def transfer(self) -> Transfer:
        self.install_all()
        assert self._transfer is not None
        return self._transfer

    @property
    def tags(self) -> TagsFeature:
        self.install_all()
        assert self._tags is not None
        return self._tags

    @property
    def recently_deleted(self) -> RecentlyDeleted:
        self.install_all()
        assert self._recently_deleted is not None
        return self._recently_deleted

    @property
    def sync(self) -> SyncFeature:
        self.install_all()
        assert self._sync is not None
        return self._sync

    @property
    def reminders(self) -> Reminders:
        self.install_all()
        assert self._reminders is not None
        return self._reminders

    def sync_if_installed(self) -> SyncFeature | None:
        """Sync without installing it: a lock or a quit has nothing to stop before it."""
        return self._sync

    def reminders_if_installed(self) -> Reminders | None:
        """For the test probe, which must not change what it watches."""
        return self._reminders

    # -- installing ------------------------------------------------------------------------

    def _install_transfer(self) -> None:
        from kindspace.gui.transfer_actions import install_transfer

        controller = self._controller
        # The shipped exercises, as at start: the catalog while unlocked also holds the
        # person's own, whose titles are their words and must not outlive a lock here.
        self._transfer = install_transfer(controller.window, controller.practice.shipped)

    def _install_tags(self) -> None:
        from kindspace.gui.tags_feature import install_tags

        self._tags = install_tags(self._controller.window)

    def _install_recently_deleted(self) -> None:
        from kindspace.gui.recently_deleted import install_recently_deleted

        self._recently_deleted = install_recently_deleted(self._controller.window)

    def _install_sync(self) -> None:
        from kindspace.gui.sync_feature import install_sync

        controller = self._controller
        self._sync = install_sync(controller.window, controller.clock)
        if controller.window.journal is not None:
            self._sync.journal_opened()  # exchanges on a worker while unlocked

    def _install_reminders(self) -> None:
        from kindspace.gui.tray import install_reminders

        controller = self._controller
        reminders = install_reminders(controller, start_hidden=controller.start_hidden)
        self._reminders = reminders
        if controller.window.journal is not None:
            reminders.driver.journal_opened()  # the person's phrases and times are in it
        if self._first_screen_shown:
            reminders.start_after_first_screen()
        else:  # asked for before the first screen: the tray waits for it, as it would
            reminders.start()
