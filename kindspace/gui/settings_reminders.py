"""The Reminders settings page: times, days, quiet hours, own phrases, start at login.

Why a Save button when other pages apply at once: a reminder rule is several fields that only
make sense together (a quiet-hours end without its start, a list of times half edited), and
each save also re-arms the timer. The person's own phrases go into the encrypted journal
through the driver; everything else goes to ``reminders.json``.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kindspace.errors import KindspaceError
from kindspace.gui import typography
from kindspace.gui.forms.ui_settings_reminders import Ui_ReminderSettings
from kindspace.gui.reminder_driver import ReminderDriver
from kindspace.gui.words import QT_TRANSLATE_NOOP, counts, translate
from kindspace.paths import default_data_dir
from kindspace.practice.definitions import Exercise
from kindspace.reminders import autostart
from kindspace.reminders.rules import MAX_TIMES_PER_DAY, QuietHours, ReminderRules, clock_text

NO_TRAY_HELP = QT_TRANSLATE_NOOP(
    "SettingsReminders",
    "Your desktop isn't showing a tray right now, so kindspace keeps its window where you can "
    "see it, and reminders still appear while kindspace is open. On GNOME, the extension "
    "“AppIndicator and KStatusNotifierItem Support” adds a tray (in Debian and Ubuntu: the "
    "package gnome-shell-extension-appindicator). Turn it on in Extensions, then start "
    "kindspace again.",
)
LOCKED_PHRASES = QT_TRANSLATE_NOOP(
    "SettingsReminders",
    "Unlock your journal to see and change your own phrases.",
)
NO_EXERCISE = QT_TRANSLATE_NOOP("SettingsReminders", "No particular one (just open kindspace)")


def _qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def _time(moment: QTime) -> time:
    return time(moment.hour(), moment.minute())


class ReminderSettingsPage(QWidget):
    def __init__(
        self,
        driver: ReminderDriver,
        exercises: list[Exercise],
        *,
        has_tray: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReminderSettings()
        self.ui.setupUi(self)
        self.driver = driver
        typography.heading(self.ui.heading)
        typography.quiet(self.ui.hint)
        typography.quiet(self.ui.phrasesHint)
        typography.quiet(self.ui.trayHelp)
        self.day_boxes: list[QCheckBox] = [getattr(self.ui, f"day{i}") for i in range(7)]
        locale = QLocale()  # day names the locale's way, Monday first as the days are stored
        for index, box in enumerate(self.day_boxes):
            box.setText(locale.dayName(index + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(index + 1, QLocale.FormatType.LongFormat))
        self.ui.exerciseChoice.addItem(translate("SettingsReminders", NO_EXERCISE), None)
        for exercise in exercises:
            if exercise.suited_to_reminder:
                self.ui.exerciseChoice.addItem(
                    f"{exercise.title} ({exercise.duration_label})", exercise.id
                )
        self.ui.trayHelp.setText(translate("SettingsReminders", NO_TRAY_HELP))
        self.ui.trayHelp.setVisible(not has_tray)
        self.ui.message.setVisible(False)
        self.ui.addTimeButton.clicked.connect(self._add_time)
        self.ui.removeTimeButton.clicked.connect(self._remove_time)
        self.ui.quietCheck.toggled.connect(self._update_enabled)
        self.ui.enabledCheck.toggled.connect(self._update_enabled)
        self.ui.saveButton.clicked.connect(self.save)
        self._dirty = False
        for box in (
            self.ui.enabledCheck, self.ui.quietCheck, self.ui.skipCheck,
            self.ui.autostartCheck, *self.day_boxes,
        ):  # fmt: skip
            box.toggled.connect(self._changed)
        for edit in (self.ui.quietStart, self.ui.quietEnd):
            edit.timeChanged.connect(self._changed)
        self.ui.exerciseChoice.currentIndexChanged.connect(self._changed)
        self.ui.phrasesEdit.textChanged.connect(self._changed)
        self.load(driver.rules)

    # -- form <-> rules -------------------------------------------------------------------

    def load(self, rules: ReminderRules) -> None:
        self.ui.enabledCheck.setChecked(rules.enabled)
        self.ui.timesList.clear()
        for moment in rules.times:
            self._add_time_item(moment)
        self.ui.timeEdit.setTime(QTime(12, 0))
        for day, box in enumerate(self.day_boxes):
            box.setChecked(day in rules.weekdays)
        quiet = rules.quiet_hours
        self.ui.quietCheck.setChecked(quiet is not None)
        self.ui.quietStart.setTime(_qtime(quiet.start) if quiet else QTime(22, 0))
        self.ui.quietEnd.setTime(_qtime(quiet.end) if quiet else QTime(7, 0))
        self.ui.skipCheck.setChecked(rules.skip_if_practised_today)
        index = self.ui.exerciseChoice.findData(rules.suggested_exercise)
        self.ui.exerciseChoice.setCurrentIndex(max(0, index))
        unlocked = self.driver.journal() is not None
        self.ui.phrasesEdit.setEnabled(unlocked)
        self.ui.phrasesEdit.setPlainText("\n".join(rules.phrases) if unlocked else "")
        if not unlocked:
            self.ui.phrasesEdit.setPlaceholderText(translate("SettingsReminders", LOCKED_PHRASES))
        self.ui.autostartCheck.setChecked(autostart.autostart_enabled())
        self._update_enabled()
        self._dirty = False

    def _changed(self, *_args: object) -> None:
        self._dirty = True

    def has_unsaved_changes(self) -> bool:
        """Something was changed (a time added, a box ticked) and not saved yet."""
        return self._dirty

    def rules_from_form(self) -> ReminderRules:
        """The rules as filled in; raises :class:`InvalidInput` with a kind sentence."""
        quiet = (
            QuietHours(_time(self.ui.quietStart.time()), _time(self.ui.quietEnd.time()))
            if self.ui.quietCheck.isChecked()
            else None
        )
        phrases = self.ui.phrasesEdit.toPlainText().splitlines()
        return ReminderRules(
            enabled=self.ui.enabledCheck.isChecked(),
            times=tuple(self.times()),
            weekdays=frozenset(d for d, box in enumerate(self.day_boxes) if box.isChecked()),
            quiet_hours=quiet,
            skip_if_practised_today=self.ui.skipCheck.isChecked(),
            phrases=tuple(phrases) if self.ui.phrasesEdit.isEnabled() else (),
            suggested_exercise=self.ui.exerciseChoice.currentData(),
            popup_seconds=self.driver.rules.popup_seconds,
        )

    def times(self) -> list[time]:
        return [
            time.fromisoformat(self.ui.timesList.item(row).text())
            for row in range(self.ui.timesList.count())
        ]

    # -- actions --------------------------------------------------------------------------

    def save(self) -> bool:
        try:
            rules = self.rules_from_form()
            self.driver.change_rules(rules)
            self._apply_autostart(self.ui.autostartCheck.isChecked())
        except KindspaceError as error:
            self._say(str(error))
            return False
        self.load(self.driver.rules)
        self._say(
            translate(
                "SettingsReminders",
                "Saved. Your reminders follow these settings from now on.",
            )
        )
        return True

    def _apply_autostart(self, wanted: bool) -> None:
        if wanted == autostart.autostart_enabled():
            return
        if wanted:
            custom = self.driver.data_dir.resolve() != default_data_dir().resolve()
            autostart.enable_autostart(data_dir=self.driver.data_dir if custom else None)
        else:
            autostart.disable_autostart()

    def _add_time(self) -> None:
        moment = _time(self.ui.timeEdit.time())
        if moment in self.times():
            self._say(
                translate("SettingsReminders", "{time} is already in the list.").format(
                    time=clock_text(moment)
                )
            )
            return
        if len(self.times()) >= MAX_TIMES_PER_DAY:
            self._say(counts().reminder_times_at_most(MAX_TIMES_PER_DAY))
            return
        self._add_time_item(moment)
        self._dirty = True
        self.ui.message.setVisible(False)

    def _add_time_item(self, moment: time) -> None:
        times = sorted({*self.times(), moment})
        self.ui.timesList.clear()
        for each in times:
            item = QListWidgetItem(clock_text(each))
            self.ui.timesList.addItem(item)
        self._update_enabled()

    def _remove_time(self) -> None:
        row = self.ui.timesList.currentRow()
        if row >= 0:
            self.ui.timesList.takeItem(row)
            self._dirty = True
        self._update_enabled()

    def _update_enabled(self) -> None:
        on = self.ui.enabledCheck.isChecked()
        for widget in (
            self.ui.timesList,
            self.ui.timeEdit,
            self.ui.addTimeButton,
            self.ui.quietCheck,
            self.ui.skipCheck,
            self.ui.exerciseChoice,
            *self.day_boxes,
        ):
            widget.setEnabled(on)
        self.ui.removeTimeButton.setEnabled(on and self.ui.timesList.count() > 0)
        quiet = on and self.ui.quietCheck.isChecked()
        self.ui.quietStart.setEnabled(quiet)
        self.ui.quietEnd.setEnabled(quiet)

    def _say(self, text: str) -> None:
        self.ui.message.setText(text)
        self.ui.message.setVisible(True)


class ReminderSettingsDialog(QDialog):
    """The page on its own, for the tray's "Reminder settings…"."""

    def __init__(
        self,
        driver: ReminderDriver,
        exercises: list[Exercise],
        *,
        has_tray: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsReminders", "Reminders · kindspace"))
        self.page = ReminderSettingsPage(driver, exercises, has_tray=has_tray, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setAccessibleName(translate("SettingsReminders", "Close reminder settings"))
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def done(self, result: int) -> None:
        if confirm_leaving(self.page, self):
            super().done(result)


SAVE_CHANGES = QT_TRANSLATE_NOOP("SettingsReminders", "Save your reminder changes?")
SAVE_CHANGES_DETAIL = QT_TRANSLATE_NOOP(
    "SettingsReminders",
    "You changed your reminders (perhaps added a time) and haven't saved yet.",
)


def confirm_leaving(page: ReminderSettingsPage, parent: QWidget) -> bool:
    """Closing with unsaved changes asks first, Save being the default: nothing is dropped
    without a word. True when it is fine to close."""
    if not page.has_unsaved_changes():
        return True
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("SettingsReminders", "Reminders"),
        translate("SettingsReminders", SAVE_CHANGES),
        parent=parent,
    )
    box.setInformativeText(translate("SettingsReminders", SAVE_CHANGES_DETAIL))
    save = box.addButton(translate("SettingsReminders", "Save"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(
        translate("SettingsReminders", "Don't save"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        translate("SettingsReminders", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is keep:
        return False
    if clicked is save:
        return page.save()
    return True
