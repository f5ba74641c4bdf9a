"""The tray icon and its menu, and the wiring that lets reminders run beside the window.

Why the wait at start: at login the tray host often starts after kindspace, and Qt decides
once whether a tray exists. So the icon is only created once a tray answers, checked a few
times over :data:`TRAY_WAIT_S` seconds; without one, nothing ever hides into it and the
popups still come. ``install_reminders`` is the one hook the controller calls.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from kindspace.gui.app_icon import app_icon
from kindspace.gui.reminder_driver import ReminderDriver
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.practice.definitions import Exercise, load_exercises
from kindspace.reminders.schedule import Reminder

if TYPE_CHECKING:
    from kindspace.gui.controller import AppController
    from kindspace.gui.popup import ReminderPopup

log = logging.getLogger(__name__)

#: How long to wait for a tray host to appear at start (it may start after us at login).
TRAY_WAIT_S = 10
TRAY_CHECK_MS = 500
#: The "say so once" key for "kindspace keeps running in the tray".
CLOSE_HINT = "closed_into_tray"
CLOSE_HINT_TEXT = QT_TRANSLATE_NOOP(
    "Tray",
    "kindspace is still here in the tray, so your reminders keep coming. "
    "Choose Quit in this menu to close it completely.",
)


def tray_icon_image() -> QIcon:
    """kindspace's icon, or a soft round dot if the icon file is missing."""
    icon = app_icon()
    if icon.isNull():
        window_icon = QApplication.windowIcon()
        icon = window_icon if not window_icon.isNull() else QIcon()
    if icon.isNull():
        pixmap = QPixmap(32, 32)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#7a9e7e"))
        painter.setPen(QColor("#7a9e7e"))
        painter.drawEllipse(4, 4, 24, 24)
        painter.end()
        icon = QIcon(pixmap)
    return icon


#: How long after the first screen is ready the tray is looked for (its paint goes first).
TRAY_LOOK_AFTER_READY_MS = 200


class TrayWaiter(QObject):
    """Says ``found`` once a tray answers, or ``gave_up`` after ``seconds`` without one."""

    found = Signal()
    gave_up = Signal()

    def __init__(self, seconds: float = TRAY_WAIT_S, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checks_left = max(0, round(seconds * 1000 / TRAY_CHECK_MS))
        self._timer = QTimer(self)
        self._timer.setInterval(TRAY_CHECK_MS)
        self._timer.timeout.connect(self._check)

    def start(self) -> None:
        """Check at once; if there is no tray yet, look again a few times, then stop."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.found.emit()
        elif self._checks_left == 0:
            self.gave_up.emit()
        else:
            self._timer.start()

    @property
    def looking(self) -> bool:
        """Between a first look that found no tray and the last look."""
        return self._timer.isActive()

    def _check(self) -> None:
        self._checks_left -= 1
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._timer.stop()
            self.found.emit()
        elif self._checks_left <= 0:
            self._timer.stop()
            self.gave_up.emit()


class KindTray(QObject):
    """The icon and menu; every item says what the person wants through a signal."""

    open_requested = Signal()
    note_requested = Signal()
    exercise_requested = Signal(str)
    pause_requested = Signal(str)  # "hour", "tomorrow", "resumed"
    resume_requested = Signal()
    settings_requested = Signal()
    support_requested = Signal()
    quit_requested = Signal()

    def __init__(self, exercises: list[Exercise], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self._add(
            self.menu, translate("Tray", "Open kindspace"), "openAction", self.open_requested.emit
        )
        self._add(
            self.menu, translate("Tray", "Quick kind note"), "noteAction", self.note_requested.emit
        )
        self._add(
            self.menu,
            translate("Tray", "When it feels like too much"),
            "supportAction",
            self.support_requested.emit,
        )
        self.exercise_menu = self.menu.addMenu(translate("Tray", "Start an exercise"))
        self.exercise_menu.setObjectName("exerciseMenu")
        for exercise in exercises:
            self._add(
                self.exercise_menu,
                f"{exercise.title} ({exercise.duration_label})",
                f"exercise_{exercise.id}",
                partial(self.exercise_requested.emit, exercise.id),
            )
        self.exercise_menu.setEnabled(bool(exercises))
        self.pause_menu = self.menu.addMenu(translate("Tray", "Pause reminders"))
        self.pause_menu.setObjectName("pauseMenu")
        self.pause_actions = [
            self._add(
                self.pause_menu, text, f"pause_{key}", partial(self.pause_requested.emit, key)
            )
            for text, key in (
                (translate("Tray", "For an hour"), "hour"),
                (translate("Tray", "Until tomorrow"), "tomorrow"),
                (translate("Tray", "Until I resume"), "resumed"),
            )
        ]
        self.pause_menu.addSeparator()
        self.resume_action = self._add(
            self.pause_menu,
            translate("Tray", "Resume reminders"),
            "resumeAction",
            self.resume_requested.emit,
        )
        self.menu.addSeparator()
        self._add(
            self.menu,
            translate("Tray", "Reminder settings…"),
            "settingsAction",
            self.settings_requested.emit,
        )
        self._add(
            self.menu, translate("Tray", "Quit kindspace"), "quitAction", self.quit_requested.emit
        )
        self.icon = QSystemTrayIcon(tray_icon_image(), self)
        self.icon.setToolTip("kindspace")
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.set_paused(False)

    def _add(self, menu: QMenu, text: str, name: str, slot: Callable[[], None]) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())
        return action

    def show(self) -> None:
        self.icon.show()

    def is_visible(self) -> bool:
        return self.icon.isVisible()

    def set_paused(self, paused: bool) -> None:
        """While paused only Resume is offered; the tooltip says reminders are resting."""
        for action in self.pause_actions:
            action.setEnabled(not paused)
        self.resume_action.setEnabled(paused)
        self.pause_menu.setTitle(
            translate("Tray", "Reminders are paused")
            if paused
            else translate("Tray", "Pause reminders")
        )
        self.icon.setToolTip(
            translate("Tray", "kindspace · reminders paused") if paused else "kindspace"
        )

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()


class Reminders(QObject):
    """Everything reminders add to the running app: driver, popup, tray (when there is one)."""

    def __init__(self, controller: AppController, *, start_hidden: bool = False) -> None:
        super().__init__(controller)
        self.controller = controller
        self.start_hidden = start_hidden
        practice = getattr(controller, "practice", None)  # its catalog is read already
        catalog = practice.shipped if practice is not None else load_exercises(strict=False)
        self.exercises = sorted(catalog.values(), key=lambda e: (e.order, e.title))
        self.titles = {exercise.id: exercise.title for exercise in self.exercises}
        self.driver = ReminderDriver(
            controller.data_dir, lambda: controller.journal, clock=controller.clock, parent=self
        )
        self._popup: ReminderPopup | None = None
        self.tray: KindTray | None = None
        self.tray_searched = False
        #: The last exercise a reminder or the tray asked for (an id; the probe shows it).
        self.last_exercise = ""
        self.driver.reminder_due.connect(self._show)
        self.driver.changed.connect(self._update_tray)
        self.driver.problem.connect(self._say)
        window = controller.window
        window.journal_opened.connect(self.driver.journal_opened)
        window.journal_closing.connect(self.driver.journal_closing)
        window.hide_into_tray = self.hide_into_tray  # type: ignore[attr-defined]
        window.reminder_settings_page = self.settings_page  # type: ignore[attr-defined]
        self.waiter = TrayWaiter(TRAY_WAIT_S, self)
        self.waiter.found.connect(self._tray_found)
        self.waiter.gave_up.connect(self._no_tray)

    @property
    def popup(self) -> ReminderPopup:
        """Built when the first reminder is due (most starts show none before quitting)."""
        if self._popup is None:
            from kindspace.gui.popup import ReminderPopup

            popup = ReminderPopup()
            popup.start_chosen.connect(self.start_exercise)
            popup.later_chosen.connect(self.driver.later)
            popup.not_today_chosen.connect(self.driver.not_today)
            self._popup = popup
        return self._popup

    def popup_if_built(self) -> ReminderPopup | None:
        return self._popup

    def start(self) -> None:
        """Reminders start at once; the tray is looked for once the first screen is up.

        Why wait: asking whether there is a tray is a round trip to the desktop (about
        50 ms on Linux) that the person would otherwise wait for before seeing their journal.
        """
        self.driver.check()
        self.controller.ready.connect(self._after_first_screen)

    def start_after_first_screen(self) -> None:
        """Reminders installed once the first screen is up (see ``later_features``): the
        tray is looked for at once, there is no paint left to let go first."""
        self.driver.check()
        QTimer.singleShot(0, self.waiter.start)

    def _after_first_screen(self) -> None:
        self.controller.ready.disconnect(self._after_first_screen)
        # ``ready`` comes just before the screen's paint: let that paint go first.
        QTimer.singleShot(TRAY_LOOK_AFTER_READY_MS, self.waiter.start)

    # -- tray -----------------------------------------------------------------------------

    def has_tray(self) -> bool:
        return self.tray is not None and self.tray.is_visible()

    def _tray_found(self) -> None:
        self.tray_searched = True
        tray = KindTray(self.exercises, self)
        tray.open_requested.connect(self.controller.bring_forward)
        tray.note_requested.connect(self.quick_note)
        tray.exercise_requested.connect(self.start_exercise)
        tray.pause_requested.connect(self._pause)
        tray.resume_requested.connect(self.driver.resume)
        tray.settings_requested.connect(self.open_settings)
        tray.support_requested.connect(self.open_support)
        tray.quit_requested.connect(self.controller.quit)
        tray.show()
        self.tray = tray
        self._update_tray()
        log.info("A tray is available")

    def _no_tray(self) -> None:
        self.tray_searched = True
        log.info("No tray found; the window stays where it can be seen")
        if self.start_hidden and not self.controller.window.isVisible():
            self.controller.window.showMinimized()

    def _update_tray(self) -> None:
        if self.tray is not None:
            self.tray.set_paused(self.driver.is_paused())

    def _pause(self, how: str) -> None:
        {
            "hour": self.driver.pause_for_an_hour,
            "tomorrow": self.driver.pause_until_tomorrow,
            "resumed": self.driver.pause_until_resumed,
        }[how]()

    def hide_into_tray(self) -> bool:
        """The window's close button: hide while a tray exists (say so once), else quit."""
        if not self.has_tray():
            return False
        self.controller.window.hide()
        prefs = self.controller.preferences
        if CLOSE_HINT not in prefs.seen_hints and self.tray is not None:
            self.tray.icon.showMessage(
                "kindspace",
                translate("Tray", CLOSE_HINT_TEXT),
                QSystemTrayIcon.MessageIcon.Information,
                15000,
            )
            self.controller.apply_preferences(
                prefs.with_changes(seen_hints=(*prefs.seen_hints, CLOSE_HINT))
            )
        return True

    # -- actions --------------------------------------------------------------------------

    def _show(self, reminder: Reminder) -> None:
        if self.tray is not None:
            # Right after start the icon reports (0, 0) until the tray host has placed it.
            place = self.tray.icon.geometry()
            self.popup.anchor = None if place.topLeft().isNull() else place
        title = self.titles.get(reminder.suggested_exercise or "")
        self.popup.show_reminder(reminder, title)

    def start_exercise(self, exercise_id: str) -> None:
        """Open the window on the exercise (or on Today when none was suggested)."""
        self.controller.bring_forward()
        self.last_exercise = exercise_id
        if exercise_id:
            self.controller.window.exercise_requested.emit(exercise_id)

    def open_support(self) -> None:
        """The tray's support entry: the same page as F1, locked or not."""
        self.controller.bring_forward()
        self.controller.window.support_requested.emit()

    def quick_note(self) -> None:
        self.controller.bring_forward()
        if self.controller.journal is not None:
            self.controller.window.new_note()

    def open_settings(self) -> None:
        from kindspace.gui.settings_reminders import ReminderSettingsDialog

        dialog = ReminderSettingsDialog(self.driver, self.exercises, has_tray=self.has_tray())
        dialog.exec()

    def settings_page(self, parent: QWidget) -> QWidget:
        """The Reminders page for the Settings dialog (found there through the window)."""
        from kindspace.gui.settings_reminders import ReminderSettingsPage

        return ReminderSettingsPage(
            self.driver, self.exercises, has_tray=self.has_tray(), parent=parent
        )

    def _say(self, text: str) -> None:
        self.controller.window.ui.statusbar.showMessage(text, 15000)


def install_reminders(controller: AppController, *, start_hidden: bool = False) -> Reminders:
    reminders = Reminders(controller, start_hidden=start_hidden)
    if reminders.driver.load_problem:
        reminders._say(reminders.driver.load_problem)
    return reminders
