"""The pages of the first-run wizard; each is laid out in its own ``ui/first_run_*.ui``.

Pages only collect choices and say what is missing. Creating the journal is the wizard's
job (:mod:`kindspace.gui.onboarding`), handed to the unlock page as a callable so that the
page stays a thin view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypedDict

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget, QWizard, QWizardPage

from kindspace.gui import typography
from kindspace.gui.forms.ui_first_run_protection import Ui_FirstRunProtection
from kindspace.gui.forms.ui_first_run_ready import Ui_FirstRunReady
from kindspace.gui.forms.ui_first_run_recovery import Ui_FirstRunRecovery
from kindspace.gui.forms.ui_first_run_reminders import Ui_FirstRunReminders
from kindspace.gui.forms.ui_first_run_unlock import Ui_FirstRunUnlock
from kindspace.gui.forms.ui_first_run_welcome import Ui_FirstRunWelcome
from kindspace.gui.secret_fields import MISMATCH, connect_reveal, passphrase_problem, strength_hint
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate

#: Creates the journal: ``(passphrase or None, keep the key in the keyring)`` -> an error
#: message to show on the page, or None when the journal now exists.
CreateJournal = Callable[[str | None, bool], str | None]

MATCHES = QT_TRANSLATE_NOOP("OnboardingPages", "Both match.")
NO_DAYS = QT_TRANSLATE_NOOP(
    "OnboardingPages",
    "Please choose at least one day, or switch reminders off.",
)
CREATE_BUTTON = QT_TRANSLATE_NOOP("OnboardingPages", "&Create my journal")


class ReminderPreferences(TypedDict):
    enabled: bool
    times: list[str]
    days: list[int]
    skip_if_practised: bool


def _calm(*labels: QLabel) -> None:
    for label in labels:
        typography.quiet(label)


class WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunWelcome()
        self.ui.setupUi(self)
        _calm(self.ui.howLong)
        #: The page that brings a journal from another device (the wizard sets it).
        self.join_id = -1

    def wants_to_join(self) -> bool:
        return self.ui.joinChoice.isChecked()

    def nextId(self) -> int:  # noqa: N802  (Qt's name)
        if self.wants_to_join() and self.join_id >= 0:
            return self.join_id
        return super().nextId()


class ProtectionPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunProtection()
        self.ui.setupUi(self)


class UnlockChoicePage(QWizardPage):
    """Keyring or passphrase; the journal is created when the person moves on from here.

    It is a commit page: once the journal exists there is no going back to change how it
    was made (Settings can change it any time), so nothing is ever made twice.
    """

    def __init__(
        self, keyring_usable: bool, create: CreateJournal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunUnlock()
        self.ui.setupUi(self)
        self._keyring_usable = keyring_usable
        self._create = create
        self.setCommitPage(True)
        self.setButtonText(
            QWizard.WizardButton.CommitButton, translate("OnboardingPages", CREATE_BUTTON)
        )
        _calm(
            self.ui.keyringExplanation,
            self.ui.passphraseExplanation,
            self.ui.strengthHint,
            self.ui.matchHint,
        )
        connect_reveal(self.ui.showPassphrase, self.ui.passphraseField, self.ui.confirmField)
        self.ui.noKeyringNote.setVisible(not keyring_usable)
        for widget in (
            self.ui.keyringChoice,
            self.ui.keyringExplanation,
            self.ui.passphraseChoice,
            self.ui.passphraseExplanation,
            self.ui.keyringExtras,
        ):
            widget.setVisible(keyring_usable)
        if not keyring_usable:
            self.ui.passphraseChoice.setChecked(True)
        for toggle in (self.ui.keyringChoice, self.ui.alsoPassphrase):
            toggle.toggled.connect(self._update)
        for field in (self.ui.passphraseField, self.ui.confirmField):
            field.textChanged.connect(self._update)
        self._update()

    def initializePage(self) -> None:  # noqa: N802  (Qt's name)
        """Typing goes where it is wanted: the passphrase field when one is asked for."""
        QTimer.singleShot(0, self._focus_first)

    def _focus_first(self) -> None:
        if self.wants_passphrase() and self.ui.passphraseField.isVisible():
            self.ui.passphraseField.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.ui.keyringChoice.isVisible():
            self.ui.keyringChoice.setFocus(Qt.FocusReason.OtherFocusReason)

    def use_keyring(self) -> bool:
        return self._keyring_usable and self.ui.keyringChoice.isChecked()

    def wants_passphrase(self) -> bool:
        return not self.use_keyring() or self.ui.alsoPassphrase.isChecked()

    def passphrase(self) -> str | None:
        return self.ui.passphraseField.text() if self.wants_passphrase() else None

    def isComplete(self) -> bool:  # noqa: N802  (Qt's name)
        if not self.wants_passphrase():
            return True
        return (
            passphrase_problem(self.ui.passphraseField.text(), self.ui.confirmField.text()) is None
        )

    def validatePage(self) -> bool:  # noqa: N802  (Qt's name)
        if not self.isComplete():
            return False
        self.ui.errorText.clear()
        problem = self._create(self.passphrase(), self.use_keyring())
        if problem is not None:
            self.ui.errorText.setText(problem)
            return False
        self.ui.passphraseField.clear()
        self.ui.confirmField.clear()
        return True

    def _update(self) -> None:
        self.ui.alsoPassphrase.setEnabled(self.ui.keyringChoice.isChecked())
        self.ui.passphraseArea.setVisible(self.wants_passphrase())
        passphrase = self.ui.passphraseField.text()
        confirmation = self.ui.confirmField.text()
        self.ui.strengthHint.setText(strength_hint(passphrase))
        same = (
            translate("OnboardingPages", MATCHES)
            if confirmation == passphrase
            else translate("SecretFields", MISMATCH)
        )
        self.ui.matchHint.setText(same if confirmation else "")
        self.ui.errorText.clear()
        self.completeChanged.emit()


class RecoveryPage(QWizardPage):
    """Shows the new recovery key; moving on waits until the person says it is kept."""

    def __init__(
        self, recovery_key: Callable[[], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunRecovery()
        self.ui.setupUi(self)
        self._recovery_key = recovery_key
        _calm(self.ui.seeItLater)
        self.ui.keptIt.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:  # noqa: N802  (Qt's name)
        self.ui.keyPanel.set_key(self._recovery_key() or "")

    def isComplete(self) -> bool:  # noqa: N802  (Qt's name)
        return self.ui.keptIt.isChecked()


class RemindersPage(QWizardPage):
    """When to be reminded; only collected here, the reminders feature stores and uses it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunReminders()
        self.ui.setupUi(self)
        _calm(self.ui.changeLater)
        locale = QLocale()
        for index, box in enumerate(self.day_boxes()):
            box.setText(locale.dayName(index + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(index + 1, QLocale.FormatType.LongFormat))
            box.toggled.connect(self._update)
        self.ui.remindersEnabled.toggled.connect(self._update)
        self.ui.secondTimeEnabled.toggled.connect(self._update)
        self._update()

    def day_boxes(self) -> list[QCheckBox]:
        """Monday first, matching the day numbers stored (Monday = 0)."""
        ui = self.ui
        return [ui.day0, ui.day1, ui.day2, ui.day3, ui.day4, ui.day5, ui.day6]

    def preferences(self) -> ReminderPreferences:
        times = [self.ui.firstTime.time().toString("HH:mm")]
        if self.ui.secondTimeEnabled.isChecked():
            times.append(self.ui.secondTime.time().toString("HH:mm"))
        return {
            "enabled": self.ui.remindersEnabled.isChecked(),
            "times": sorted(set(times)),
            "days": [day for day, box in enumerate(self.day_boxes()) if box.isChecked()],
            "skip_if_practised": self.ui.skipIfPractised.isChecked(),
        }

    def isComplete(self) -> bool:  # noqa: N802  (Qt's name)
        return not self.ui.remindersEnabled.isChecked() or any(
            box.isChecked() for box in self.day_boxes()
        )

    def _update(self) -> None:
        self.ui.details.setEnabled(self.ui.remindersEnabled.isChecked())
        self.ui.secondTime.setEnabled(self.ui.secondTimeEnabled.isChecked())
        self.ui.daysHint.setText("" if self.isComplete() else translate("OnboardingPages", NO_DAYS))
        self.completeChanged.emit()


class ReadyPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunReady()
        self.ui.setupUi(self)

    def nextId(self) -> int:  # noqa: N802  (Qt's name)
        return -1  # the end, although the page for joining is added after it
