"""First run on a new device: "I already use kindspace on another device".

The person chooses the folder their journal is shared through and types its passphrase or
recovery key; the journal is then built here from the folder (``kindspace sync join`` does
the same from a terminal). The work is slow in two places, the passphrase's Argon2 and
taking in a whole journal, so it runs on a worker thread while the page shows what is
happening; the window never freezes. A secret that opens nothing makes nothing: the keys
are opened from the folder before anything is written here, and the page says so kindly.

SQLCipher connections belong to the thread that opened them, so the worker closes the
journal it built and the page opens it again on the GUI thread with the key already found
(no second Argon2 run).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard, QWizardPage

from kindspace.clock import Clock
from kindspace.errors import InvalidInput, KindspaceError
from kindspace.gui import typography
from kindspace.gui.announce import announce
from kindspace.gui.forms.ui_first_run_join import Ui_FirstRunJoin
from kindspace.gui.problems import explain
from kindspace.gui.secret_fields import connect_reveal
from kindspace.gui.sync_worker import without_traceback
from kindspace.journal.journal import Journal, JournalLocation, KeyStore, UnlockedKey, open_unlocked
from kindspace.journal.recovery_key import normalize_recovery_key

log = logging.getLogger(__name__)


def is_recovery_key(text: str) -> bool:
    """Whether what was typed has the shape of a recovery key (else it is a passphrase)."""
    try:
        normalize_recovery_key(text)
    except InvalidInput:
        return False
    return True


@dataclass(frozen=True)
class Joined:
    """What the worker hands back: the key to open the new journal with, here."""

    unlocked: UnlockedKey
    #: The first exchange couldn't finish (the rest comes in at the next sync).
    note: str | None = None


class JoinWorker(QObject):
    """Opens the folder's keys, builds the journal and takes the journal in, on a thread."""

    stage = Signal(str)
    finished = Signal(object, object)  # Joined | None, BaseException | None

    def __init__(
        self,
        location: JournalLocation,
        folder: Path,
        secret: str,
        keyring: KeyStore | None,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._args = (location, folder, secret, keyring, clock)

    def start(self) -> None:
        threading.Thread(target=self._run, name="kindspace-join", daemon=True).start()

    def _run(self) -> None:
        outcome: tuple[Joined | None, BaseException | None]
        try:
            outcome = (self._join(), None)
        except Exception as error:  # worded on the GUI thread
            outcome = (None, without_traceback(error))
        with contextlib.suppress(RuntimeError):  # the wizard went away meanwhile
            self.finished.emit(*outcome)

    def _join(self) -> Joined:
        from kindspace.sync.engine import SyncEngine
        from kindspace.sync.joining import join, open_folder_keys, refuse_overlap

        location, folder, secret, keyring, clock = self._args
        refuse_overlap(location.data_dir, folder)
        self.stage.emit(self.tr("Opening your journal's keys with what you typed…"))
        recovery = secret if is_recovery_key(secret) else None
        if recovery is not None:
            keys = open_folder_keys(folder, recovery_key=recovery)
        else:
            keys = open_folder_keys(folder, passphrase=secret)
        self.stage.emit(self.tr("Making your journal on this computer…"))
        journal = join(location, folder, keys, recovery_key=recovery, keyring=keyring, clock=clock)
        note = None
        try:
            self.stage.emit(self.tr("Bringing in your entries from the folder…"))
            try:
                SyncEngine(journal).exchange()
            except KindspaceError as error:
                log.info("The first exchange after joining stopped: %s", type(error).__name__)
                note = explain(error).text
            unlocked = UnlockedKey(journal.keys, journal.data_key, journal.unlocked_with)
        finally:
            journal.close()
        return Joined(unlocked, note)


class JoinPage(QWizardPage):
    """Folder and secret; "Join" builds the journal (see the module)."""

    def __init__(
        self,
        location: JournalLocation,
        keyring: KeyStore | None,
        clock: Clock,
        joined: Callable[[Journal], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunJoin()
        self.ui.setupUi(self)
        self._location = location
        self._keyring = keyring
        self._clock = clock
        self._joined = joined
        #: The journal is here (and handed to the wizard, which owns it from then on).
        self.joined = False
        self.note: str | None = None
        self.worker: JoinWorker | None = None
        #: Where the page goes after joining (the wizard sets it: reminders).
        self.next_id = -1
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Join"))
        typography.quiet(self.ui.nothingMade)
        connect_reveal(self.ui.showSecret, self.ui.secretField)
        self.ui.keyringChoice.setVisible(keyring is not None)
        self.ui.chooseFolderButton.clicked.connect(self.choose_folder)
        for field in (self.ui.folderField, self.ui.secretField):
            field.textChanged.connect(self._changed)
        self._show_busy(False)

    def is_busy(self) -> bool:
        return self.worker is not None

    def initializePage(self) -> None:  # noqa: N802  (Qt's name)
        QTimer.singleShot(0, lambda: self.ui.folderField.setFocus(Qt.FocusReason.OtherFocusReason))

    def nextId(self) -> int:  # noqa: N802  (Qt's name)
        return self.next_id if self.next_id >= 0 else super().nextId()

    def isComplete(self) -> bool:  # noqa: N802  (Qt's name)
        if self.joined:
            return True
        filled = bool(self.ui.folderField.text().strip() and self.ui.secretField.text().strip())
        return filled and not self.is_busy()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the shared folder"), self.ui.folderField.text()
        )
        if chosen:
            self.ui.folderField.setText(chosen)

    def validatePage(self) -> bool:  # noqa: N802  (Qt's name)
        """Moving on starts the join; the page moves on by itself once the journal is here."""
        if self.joined:
            return True
        if self.isComplete():
            self.start_join()
        return False

    def start_join(self) -> None:
        use_keyring = self._keyring is not None and self.ui.keyringChoice.isChecked()
        worker = JoinWorker(
            self._location,
            Path(self.ui.folderField.text().strip()).expanduser(),
            self.ui.secretField.text(),
            self._keyring if use_keyring else None,
            self._clock,
            self,
        )
        worker.stage.connect(self._stage, Qt.ConnectionType.QueuedConnection)
        worker.finished.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.worker = worker
        self.ui.errorText.clear()
        self._show_busy(True)
        worker.start()

    def _stage(self, text: str) -> None:
        self.ui.progressText.setText(text)
        announce(self.ui.progressText, text)

    def _done(self, joined: Joined | None, error: BaseException | None) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()
        journal = None
        if joined is not None:
            try:
                journal = open_unlocked(
                    self._location, joined.unlocked, clock=self._clock, daily_backup=False
                )
            except Exception as problem:
                error = problem
        self._show_busy(False)
        if journal is None:
            text = explain(error).text if error is not None else ""
            self.ui.errorText.setText(text)
            announce(self.ui.errorText, text)
            self.ui.secretField.selectAll()
            self.ui.secretField.setFocus()
            return
        assert joined is not None
        self.joined, self.note = True, joined.note
        self.ui.secretField.clear()
        self._joined(journal)
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _changed(self) -> None:
        self.ui.errorText.clear()
        self.completeChanged.emit()

    def _show_busy(self, busy: bool) -> None:
        ui = self.ui
        ui.progress.setVisible(busy)
        ui.progressText.setVisible(busy)
        if not busy:
            ui.progressText.clear()
        for widget in (ui.folderField, ui.chooseFolderButton, ui.secretField, ui.keyringChoice):
            widget.setEnabled(not busy)
        wizard = self.wizard()
        if wizard is not None:
            for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
                wizard.button(which).setEnabled(not busy)
        self.completeChanged.emit()
