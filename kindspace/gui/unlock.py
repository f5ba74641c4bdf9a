"""The unlock screen: at start when the keyring can't open the journal, and as the lock screen.

It shows no journal content at all, only a heading, a field for the passphrase or recovery
key, an Open button, and a way to support that needs no key (:attr:`support_requested`).
It does not open the journal itself: it says what the person wants
(:attr:`UnlockView.unlock_requested`) and the app calls ``open_journal`` and answers with
:meth:`~UnlockView.show_error` or by moving on.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QStyle, QWidget

from kindspace.errors import InvalidInput
from kindspace.gui import typography
from kindspace.gui.forms.ui_unlock import Ui_UnlockView
from kindspace.gui.reading_column import keep_measure
from kindspace.gui.secret_fields import connect_reveal
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.recovery_key import PRINTED_LENGTH, normalize_recovery_key

PASSPHRASE = "passphrase"  # noqa: S105  (names of unlock kinds, not secrets)
RECOVERY_KEY = "recovery_key"
KEYRING = "keyring"

WELCOME_BACK = QT_TRANSLATE_NOOP("Unlock", "Welcome back")
LOCKED = QT_TRANSLATE_NOOP("Unlock", "Your journal is locked")
ASK_TO_TYPE = QT_TRANSLATE_NOOP(
    "Unlock",
    "Your journal is safe and encrypted on this computer. Type your passphrase to open it.",
)
ASK_RECOVERY_KEY = QT_TRANSLATE_NOOP(
    "Unlock",
    "Your recovery key opens the journal too. It's the code you wrote down, printed or "
    "saved when the journal was made.",
)
KEYRING_READY = QT_TRANSLATE_NOOP(
    "Unlock",
    "Your journal is safe and encrypted on this computer. It opens with the key kept in "
    "your system keyring.",
)
NOTHING_TYPED = QT_TRANSLATE_NOOP("Unlock", "Please type your passphrase first.")
OPEN = QT_TRANSLATE_NOOP("Unlock", "&Open journal")
OPENING = QT_TRANSLATE_NOOP("Unlock", "Opening…")

#: The unlock column's measure in average characters.
UNLOCK_CHARACTERS = 73


class UnlockView(QWidget):
    """Asks for the passphrase or recovery key (or just for a click, with the keyring)."""

    #: ``(secret, kind)``: kind is "passphrase", "recovery_key" (secret in its printed
    #: form) or "keyring" (secret empty).
    unlock_requested = Signal(str, str)
    #: Crisis lines and grounding, which need no key.
    support_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockView()
        self.ui.setupUi(self)
        typography.heading(self.ui.heading)
        typography.quiet(self.ui.explanation)
        typography.quiet(self.ui.recoveryHint)
        typography.scale_font(self.ui.recoveryField, 1.1, fixed=True)
        # About 440 px at 100% text, growing with it, so the buttons' words (longer in
        # German) keep their room at 150%.
        keep_measure(self.ui.column, UNLOCK_CHARACTERS)
        # A recovery key, in its larger fixed-width font, is read back whole while it is
        # typed, at every text size (its font changes after the window's: watch the field).
        self.ui.recoveryField.installEventFilter(self)
        self._fit_recovery_field()
        connect_reveal(self.ui.showPassphrase, self.ui.passphraseField)
        self.ui.useRecoveryKey.toggled.connect(self._show_recovery_field)
        self.ui.passphraseField.returnPressed.connect(self._request)
        self.ui.recoveryField.returnPressed.connect(self._request)
        self.ui.openButton.clicked.connect(self._request)
        self.ui.supportButton.clicked.connect(self.support_requested.emit)
        self.ui.passphraseField.textEdited.connect(self._clear_error)
        self.ui.recoveryField.textEdited.connect(self._clear_error)
        self._needs_secret = True
        self._show_recovery_field(False)
        self.set_mode(needs_secret=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.ui.recoveryField and event.type() == QEvent.Type.FontChange:
            self._fit_recovery_field()
        return super().eventFilter(watched, event)

    def _fit_recovery_field(self) -> None:
        """Room for a whole key: its text, the field's frame and margins, and the cursor.

        Measured on a printed key's length as well as the hint (which a translation may
        change), in the field's fixed-width font, where every character is as wide.
        """
        field = self.ui.recoveryField
        metrics = field.fontMetrics()
        text = max(
            metrics.horizontalAdvance(field.placeholderText()),
            metrics.horizontalAdvance("X" * PRINTED_LENGTH),
        )
        style = field.style()
        frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, field)
        cursor = style.pixelMetric(QStyle.PixelMetric.PM_TextCursorWidth, None, field)
        margins = field.textMargins()
        # Qt's line edit keeps 2 px inside its frame on each side; styles draw the frame 1-2 px.
        sides = 2 * max(frame, 2) + 2 * 2 + margins.left() + margins.right()
        field.setMinimumWidth(text + sides + cursor)

    # -- what the app tells the view ------------------------------------------------------

    def set_locked(self, locked: bool) -> None:
        """Say "Your journal is locked" on the lock screen and "Welcome back" at start."""
        self.ui.heading.setText(
            translate("Unlock", LOCKED) if locked else translate("Unlock", WELCOME_BACK)
        )

    def set_mode(self, needs_secret: bool) -> None:
        """With the key in the keyring, only an Open button is needed."""
        self._needs_secret = needs_secret
        self.ui.secretArea.setVisible(needs_secret)
        self._update_explanation()
        self.clear()

    def show_error(self, text: str) -> None:
        """Say what went wrong, calmly, and be ready for the next try.

        A passphrase is cleared so it can be typed again. A recovery key is kept and
        selected instead: it is long, and comparing it with the paper is the next step.
        """
        self.set_busy(False)
        self.ui.errorText.setText(text)
        field = self._active_field()
        if field is self.ui.recoveryField:
            field.selectAll()
        else:
            field.clear()
        self.focus_field()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.ui.secretArea, self.ui.openButton):
            widget.setEnabled(not busy)
        self.ui.openButton.setText(
            translate("Unlock", OPENING) if busy else translate("Unlock", OPEN)
        )
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def clear(self) -> None:
        """Forget anything typed and any message (after unlocking, or before locking)."""
        self.ui.passphraseField.clear()
        self.ui.recoveryField.clear()
        self.ui.showPassphrase.setChecked(False)
        self.ui.useRecoveryKey.setChecked(False)
        self.ui.errorText.clear()
        self.set_busy(False)

    def focus_field(self) -> None:
        """Put the cursor where typing should go (the app calls this when showing the view)."""
        if self._needs_secret:
            self._active_field().setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.ui.openButton.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what the person does ---------------------------------------------------------------

    def _request(self) -> None:
        if not self.ui.openButton.isEnabled():
            return
        if not self._needs_secret:
            self.unlock_requested.emit("", KEYRING)
            return
        if self.ui.useRecoveryKey.isChecked():
            try:
                key = normalize_recovery_key(self.ui.recoveryField.text())
            except InvalidInput as error:
                self.show_error(str(error))
                return
            self.unlock_requested.emit(key, RECOVERY_KEY)
            return
        passphrase = self.ui.passphraseField.text()
        if not passphrase:
            self.ui.errorText.setText(translate("Unlock", NOTHING_TYPED))
            self.focus_field()
            return
        self.unlock_requested.emit(passphrase, PASSPHRASE)

    def _show_recovery_field(self, use_recovery_key: bool) -> None:
        self.ui.passphraseArea.setVisible(not use_recovery_key)
        self.ui.recoveryArea.setVisible(use_recovery_key)
        self.ui.passphraseField.clear()
        self.ui.recoveryField.clear()
        self.ui.errorText.clear()
        self._update_explanation()
        if self.isVisible():
            self.focus_field()

    def _update_explanation(self) -> None:
        if not self._needs_secret:
            text = translate("Unlock", KEYRING_READY)
        elif self.ui.useRecoveryKey.isChecked():
            text = translate("Unlock", ASK_RECOVERY_KEY)
        else:
            text = translate("Unlock", ASK_TO_TYPE)
        self.ui.explanation.setText(text)

    def _clear_error(self) -> None:
        self.ui.errorText.clear()

    def _active_field(self) -> QLineEdit:
        if self.ui.useRecoveryKey.isChecked():
            return self.ui.recoveryField
        return self.ui.passphraseField
