"""The recovery key on screen, on paper and in a file.

The recovery key is the way back in when a passphrase is forgotten or a keyring is reset,
often in a hard moment months later. So it is shown large and monospaced, and it can be
kept three ways: copied, printed (on a page that says what it is for) or saved as a small
file only its owner can read. Nothing here ever logs the key.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QGuiApplication, QPalette, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from kindspace.gui import typography
from kindspace.gui.forms.ui_recovery_key import Ui_RecoveryKeyPanel
from kindspace.gui.problems import explain
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.paths import write_private_atomically

SHEET_TITLE = QT_TRANSLATE_NOOP("RecoverySheet", "Your kindspace recovery key")
SHEET_FILE_NAME = "kindspace-recovery-key.txt"
SHEET_PDF_NAME = "kindspace-recovery-key.pdf"
WHAT_IT_IS = QT_TRANSLATE_NOOP(
    "RecoverySheet",
    "This key opens your kindspace journal if you ever forget your passphrase or the "
    "system keyring is reset, for example on a new computer.",
)
HOW_TO_KEEP_IT = QT_TRANSLATE_NOOP(
    "RecoverySheet",
    "Keep it somewhere safe and private, such as with your important papers. Anyone who "
    "has this key and your journal file can read your journal, so please don't share it.",
)
HOW_TO_USE_IT = QT_TRANSLATE_NOOP(
    "RecoverySheet",
    'To use it, choose "Use my recovery key instead" when kindspace asks for your '
    "passphrase. Capital or small letters and the dashes don't matter.",
)
COPIED = QT_TRANSLATE_NOOP(
    "RecoverySheet",
    "Copied. Paste it somewhere safe and private, and clear it from there when done.",
)
PRINTED = QT_TRANSLATE_NOOP(
    "RecoverySheet",
    "Sent to the printer. Keep the page somewhere safe and private.",
)


def sheet_text(key: str) -> str:
    """The text of a saved recovery-key file: the key and, plainly, what it is for."""
    parts = [SHEET_TITLE, f"    {key}", WHAT_IT_IS, HOW_TO_KEEP_IT, HOW_TO_USE_IT]
    return "\n\n".join(translate("RecoverySheet", part) for part in parts) + "\n"


def save_sheet(key: str, path: Path) -> None:
    """Write the recovery-key file readable only by its owner (0600), whole or not at all.

    Written beside its target and renamed into place, so an existing file is never left
    half-replaced. The chosen folder is the person's own: its permissions are left alone.
    """
    write_private_atomically(path, sheet_text(key).encode("utf-8"), own_folder=False)


def print_sheet(key: str, printer: QPrinter) -> None:
    """Print one page: a heading, the key in large monospaced type, and what it is for."""
    paragraphs = "".join(
        f'<p style="font-size: 12pt;">{html.escape(text)}</p>'
        for text in (
            translate("RecoverySheet", WHAT_IT_IS),
            translate("RecoverySheet", HOW_TO_KEEP_IT),
            translate("RecoverySheet", HOW_TO_USE_IT),
        )
    )
    document = QTextDocument()
    document.setHtml(
        f'<h2 style="font-size: 18pt;">{html.escape(translate("RecoverySheet", SHEET_TITLE))}</h2>'
        '<p style="font-family: monospace; font-size: 20pt; margin: 24px 0;">'
        f"{html.escape(key)}</p>{paragraphs}"
    )
    document.print_(printer)


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class RecoveryKeyPanel(QWidget):
    """The key itself with Copy, Print… and Save as file…; used by first run and Settings."""

    #: Emitted after the key was copied, printed or saved, so a page can say "well done".
    kept = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryKeyPanel()
        self.ui.setupUi(self)
        typography.scale_font(self.ui.keyText, typography.RECOVERY_KEY, fixed=True)
        typography.quiet(self.ui.status)
        # On the text background, so the key stands out like a card to copy from.
        self.ui.keyText.setBackgroundRole(QPalette.ColorRole.Base)
        self.ui.keyText.setAutoFillBackground(True)
        self._key = ""
        self._printer: QPrinter | None = None
        self.ui.keyText.clear()
        self._say("")
        self.ui.copyButton.clicked.connect(self.copy_to_clipboard)
        self.ui.printButton.clicked.connect(self.choose_printer)
        self.ui.saveButton.clicked.connect(self.choose_file)

    def set_key(self, key: str) -> None:
        self._key = key
        self.ui.keyText.setText(key)
        self._say("")

    def key(self) -> str:
        return self._key

    def forget(self) -> None:
        """Take the key off the screen (Settings hides it again after showing)."""
        self.set_key("")

    def printer(self) -> QPrinter:
        """The printer used by Print…; made on first use, since finding printers takes time."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self._printer.setDocName(translate("RecoverySheet", SHEET_TITLE))
            if not self._printer.outputFileName():
                # Where no printer exists, "print to file" is ready with a sensible name.
                self._printer.setOutputFileName(str(_documents_folder() / SHEET_PDF_NAME))
        return self._printer

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self._key)
        self._say(translate("RecoverySheet", COPIED))
        self.kept.emit()

    def choose_printer(self) -> QPrintDialog:
        """Open the print dialog without blocking; printing happens when it is accepted."""
        dialog = QPrintDialog(self.printer(), self)
        dialog.setWindowTitle(translate("RecoverySheet", "Print the recovery key"))
        dialog.accepted.connect(lambda: self.print_to(self.printer()))
        dialog.finished.connect(dialog.deleteLater)
        QDialog.open(dialog)
        return dialog

    def print_to(self, printer: QPrinter) -> bool:
        try:
            print_sheet(self._key, printer)
        except Exception as error:
            self._say(explain(error).text)
            return False
        self._say(translate("RecoverySheet", PRINTED))
        self.kept.emit()
        return True

    def choose_file(self) -> QFileDialog:
        """Ask where to save, without blocking; saving happens when a file is chosen."""
        dialog = QFileDialog(self, translate("RecoverySheet", "Save the recovery key"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(translate("RecoverySheet", "Text files (*.txt)"))
        dialog.setDefaultSuffix("txt")
        dialog.setDirectory(str(_documents_folder()))
        dialog.selectFile(SHEET_FILE_NAME)
        dialog.fileSelected.connect(lambda name: self.save_to(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        QDialog.open(dialog)
        return dialog

    def save_to(self, path: Path) -> bool:
        try:
            save_sheet(self._key, path)
        except Exception as error:
            self._say(explain(error).text)
            return False
        self._say(
            translate(
                "RecoverySheet", "Saved as {name}, readable only by you. Keep it somewhere private."
            ).format(name=path.name)
        )
        self.kept.emit()
        return True

    def _say(self, text: str) -> None:
        self.ui.status.setText(text)
        self.ui.status.setVisible(bool(text))
