"""The first run: a few calm screens that end with a new, open journal.

What kindspace is, how the journal is protected, how it should open (keyring or passphrase),
the recovery key to keep, reminder wishes, and a warm "you're ready". The journal is created
in one step when the person leaves the unlock page; before that nothing is on disk, and after
it nothing is ever deleted, not even when the person leaves the wizard.

The app probes the keyring off the GUI thread and passes the :class:`KeyringCheck` in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget, QWizard

from kindspace import APP_NAME
from kindspace.clock import Clock, system_clock
from kindspace.gui.onboarding_join import JoinPage
from kindspace.gui.onboarding_pages import (
    ProtectionPage,
    ReadyPage,
    RecoveryPage,
    ReminderPreferences,
    RemindersPage,
    UnlockChoicePage,
    WelcomePage,
)
from kindspace.gui.problems import explain
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.journal import Journal, JournalLocation, KeyStore, create_journal
from kindspace.journal.key_file import KdfParams
from kindspace.journal.keyring_store import KeyringCheck, KeyringKeyStore

WINDOW_TITLE = QT_TRANSLATE_NOOP("Onboarding", "Welcome to {app}")
LEAVE_TITLE = QT_TRANSLATE_NOOP("Onboarding", "Leave the setup?")
LEAVE_TEXT = QT_TRANSLATE_NOOP(
    "Onboarding",
    "Your journal is made and stays safe on this computer.",
)
LEAVE_KEY_NOT_KEPT = QT_TRANSLATE_NOOP(
    "Onboarding",
    "Your recovery key is the way back in if the passphrase or keyring is ever lost. You can "
    "see it again in Settings and keep it then.",
)
LEAVE_REMINDERS = QT_TRANSLATE_NOOP(
    "Onboarding",
    "Reminders stay off for now; you can turn them on whenever you like.",
)
LEAVE_BUTTON = QT_TRANSLATE_NOOP("Onboarding", "Leave the setup")
STAY_BUTTON = QT_TRANSLATE_NOOP("Onboarding", "Stay")
BUTTON_TEXTS = {
    QWizard.WizardButton.BackButton: QT_TRANSLATE_NOOP("Onboarding", "&Back"),
    QWizard.WizardButton.NextButton: QT_TRANSLATE_NOOP("Onboarding", "&Next"),
    QWizard.WizardButton.FinishButton: QT_TRANSLATE_NOOP("Onboarding", "Be&gin"),  # Alt+B is Back
    QWizard.WizardButton.CancelButton: QT_TRANSLATE_NOOP("Onboarding", "Cancel"),
}


class FirstRunWizard(QWizard):
    """Creates the journal; afterwards ``journal`` is open and ``recovery_key`` is its key.

    When the person leaves after the journal exists, the wizard is rejected but ``journal``
    is still the open journal: it is theirs, so the app decides what comes next (and closes
    it), never this wizard.
    """

    def __init__(
        self,
        location: JournalLocation,
        keyring_check: KeyringCheck,
        *,
        kdf_params: KdfParams | None = None,
        parent: QWidget | None = None,
        clock: Clock = system_clock,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(translate("Onboarding", WINDOW_TITLE).format(app=APP_NAME))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for which, text in BUTTON_TEXTS.items():
            self.setButtonText(which, translate("Onboarding", text))
        self.location = location
        self.journal: Journal | None = None
        self.recovery_key: str | None = None
        self._kdf_params = kdf_params
        self._clock = clock
        self._keyring: KeyStore | None = (
            KeyringKeyStore(keyring_check.backend) if keyring_check.backend is not None else None
        )
        self.welcome_page = WelcomePage()
        self.protection_page = ProtectionPage()
        self.unlock_page = UnlockChoicePage(keyring_check.usable, self._create_journal)
        self.recovery_page = RecoveryPage(lambda: self.recovery_key)
        self.reminders_page = RemindersPage()
        self.ready_page = ReadyPage()
        self.join_page = JoinPage(location, self._keyring, clock, self._joined)
        ids = {}
        for page in (
            self.welcome_page,
            self.protection_page,
            self.unlock_page,
            self.recovery_page,
            self.reminders_page,
            self.ready_page,
            self.join_page,  # only reached from the welcome page's second choice
        ):
            ids[page] = self.addPage(page)
        self.welcome_page.join_id = ids[self.join_page]
        self.join_page.next_id = ids[self.reminders_page]
        self.currentIdChanged.connect(self._name_buttons)
        self._name_buttons()
        self.resize(680, 540)

    def keyring(self) -> KeyStore | None:
        """The keyring the journal was made with (None where none is usable)."""
        return self._keyring

    def reminder_preferences(self) -> ReminderPreferences:
        """``{"enabled", "times": ["HH:MM"], "days": [0..6, Monday=0], "skip_if_practised"}``."""
        return self.reminders_page.preferences()

    def reject(self) -> None:
        """Leave freely before the journal exists; afterwards ask kindly, and keep it."""
        if self.join_page.is_busy():
            return  # the journal is being built: leaving now would leave half of it
        if self.journal is None:
            super().reject()
            return
        box = QMessageBox(self)
        box.setObjectName("leaveSetup")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Onboarding", LEAVE_TITLE))
        box.setText(translate("Onboarding", LEAVE_TEXT))
        details = [translate("Onboarding", LEAVE_REMINDERS)]
        if not self.recovery_page.isComplete():
            details.insert(0, translate("Onboarding", LEAVE_KEY_NOT_KEPT))
        box.setInformativeText("\n\n".join(details))
        leave = box.addButton(
            translate("Onboarding", LEAVE_BUTTON), QMessageBox.ButtonRole.AcceptRole
        )
        stay = box.addButton(
            translate("Onboarding", STAY_BUTTON), QMessageBox.ButtonRole.RejectRole
        )
        leave.setAccessibleName(translate("Onboarding", LEAVE_BUTTON))
        stay.setAccessibleName(translate("Onboarding", STAY_BUTTON))
        box.setDefaultButton(stay)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if box.clickedButton() is leave:
                QWizard.reject(self)

        box.finished.connect(answered)
        box.open()

    def _create_journal(self, passphrase: str | None, use_keyring: bool) -> str | None:
        """Make the journal (Argon2 takes a moment: busy cursor); a problem comes back as text."""
        if self.journal is not None:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.journal, self.recovery_key = create_journal(
                self.location,
                passphrase=passphrase,
                keyring=self._keyring if use_keyring else None,
                use_keyring=use_keyring,
                kdf_params=self._kdf_params,
                clock=self._clock,
            )
        except Exception as error:
            # create_journal removes anything half-made, so the person can simply try again.
            return explain(error).text
        finally:
            QApplication.restoreOverrideCursor()
        return None

    def _joined(self, journal: Journal) -> None:
        """The journal came from the person's other device: it is theirs and open now."""
        self.journal = journal
        self.recovery_page.ui.keptIt.setChecked(True)  # the same key as on the other device

    def _name_buttons(self, _page_id: int = 0) -> None:
        """Screen readers read a button's accessible name; keep it in step with its text."""
        for which in (*BUTTON_TEXTS, QWizard.WizardButton.CommitButton):
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", ""))
