"""Settings ▸ Comfort and support: less motion, "on this day", contacts while locked.

Keeping contacts readable outside the encrypted journal is the one choice here that
weakens privacy, so it is asked about first, in plain words, and "Not now" is the default.
Switching it off removes the outside copy at once; the contacts stay inside the journal.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from kindspace.gui import typography
from kindspace.gui.forms.ui_settings_comfort import Ui_ComfortSettings
from kindspace.gui.problems import show_problem
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.journal import Journal
from kindspace.practice.support import (
    contacts,
    keep_contacts_outside,
    stop_keeping_contacts_outside,
)
from kindspace.preferences import Preferences

ASK_TITLE = QT_TRANSLATE_NOOP("SettingsComfort", "Keep your contacts readable while locked?")
ASK_TEXT = QT_TRANSLATE_NOOP(
    "SettingsComfort",
    "kindspace would keep a copy of your support contacts (names, numbers and notes) in a "
    "separate file on this computer. That file is not encrypted: anyone who can use your "
    "account here could read it. In return, your people show on the support page even "
    "while your journal is locked. Your journal itself stays encrypted.",
)
KEEP = QT_TRANSLATE_NOOP("SettingsComfort", "Keep them readable")
NOT_NOW = QT_TRANSLATE_NOOP("SettingsComfort", "Not now")
INSIDE = QT_TRANSLATE_NOOP(
    "SettingsComfort",
    "Your contacts are kept only inside your encrypted journal.",
)
OUTSIDE = QT_TRANSLATE_NOOP(
    "SettingsComfort",
    "A copy of your contacts is kept readable outside the journal, so the support page "
    "shows them while it is locked. Switch this off to remove that copy.",
)


class ComfortPage(QWidget):
    #: ``(name, value)`` of a changed preference.
    changed = Signal(str, bool)

    def __init__(
        self,
        journal: Journal,
        preferences: Preferences,
        data_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ComfortSettings()
        self.ui.setupUi(self)
        self.journal = journal
        self.data_dir = data_dir
        typography.heading(self.ui.heading)
        typography.quiet(self.ui.contactsHint)
        typography.quiet(self.ui.onThisDayHint)
        self.ui.stillBreathing.setChecked(preferences.reduce_motion)
        self.ui.offerOnThisDay.setChecked(preferences.offer_on_this_day)
        self.ui.contactsOutside.setChecked(preferences.contacts_outside_journal)
        self._say_where_contacts_are()
        self.ui.stillBreathing.toggled.connect(lambda on: self.changed.emit("reduce_motion", on))
        self.ui.offerOnThisDay.toggled.connect(
            lambda on: self.changed.emit("offer_on_this_day", on)
        )
        self.ui.contactsOutside.toggled.connect(self._contacts_toggled)

    def _contacts_toggled(self, on: bool) -> None:
        try:
            if on:
                if not self._ask_first():
                    self._set_box(False)
                    return
                keep_contacts_outside(self.data_dir, contacts(self.journal.settings))
            else:
                stop_keeping_contacts_outside(self.data_dir)
        except Exception as error:
            show_problem(self, error)
            self._set_box(not on)
            return
        self._say_where_contacts_are()
        self.changed.emit("contacts_outside_journal", on)

    def _ask_first(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("SettingsComfort", ASK_TITLE),
            translate("SettingsComfort", ASK_TITLE),
            parent=self,
        )
        box.setInformativeText(translate("SettingsComfort", ASK_TEXT))
        keep = box.addButton(translate("SettingsComfort", KEEP), QMessageBox.ButtonRole.AcceptRole)
        not_now = box.addButton(
            translate("SettingsComfort", NOT_NOW), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(not_now)
        box.setEscapeButton(not_now)
        box.exec()
        return box.clickedButton() is keep

    def _set_box(self, on: bool) -> None:
        self.ui.contactsOutside.blockSignals(True)
        self.ui.contactsOutside.setChecked(on)
        self.ui.contactsOutside.blockSignals(False)
        self._say_where_contacts_are()

    def _say_where_contacts_are(self) -> None:
        self.ui.contactsHint.setText(
            translate("SettingsComfort", OUTSIDE)
            if self.ui.contactsOutside.isChecked()
            else translate("SettingsComfort", INSIDE)
        )
