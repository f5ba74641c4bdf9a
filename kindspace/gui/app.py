"""Starting the desktop app. For now it shows a calm placeholder window.

The full main window (calendar, editor, exercises, tray) comes later; until then the window
says where the journal stands and how to create one, so that starting ``kindspace`` without a
command already does something kind rather than nothing. It never unlocks the journal, so it
can never show a secret or a word of the journal.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from kindspace import APP_NAME, __version__
from kindspace.journal.journal import JournalLocation

WELCOME = "Welcome to kindspace. Your journal will live here, private and on this computer."
CREATE_HINT = "For now, you can create it in a terminal with: kindspace init"
SAFE = "Your journal is safe and encrypted on this computer."
SAFE_HINT = "The full journal window is on its way; until then, 'kindspace --help' shows the way."


def messages_for(location: JournalLocation) -> tuple[str, str]:
    """The main message and a quieter hint for the journal at ``location``."""
    if location.exists():
        return SAFE, SAFE_HINT
    return WELCOME, CREATE_HINT


class PlaceholderWindow(QMainWindow):
    """A centered message about the journal; no journal text, no secrets, nothing to click."""

    def __init__(self, location: JournalLocation) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        message, hint = messages_for(location)
        self.message = QLabel(message)
        self.message.setObjectName("message")
        self.hint = QLabel(hint)
        self.hint.setObjectName("hint")
        for label in (self.message, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.message.setFont(font)
        # Quieter than the message but still easy to read: the disabled colour is too faint.
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addSpacing(16)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        self.setCentralWidget(body)
        self.resize(640, 420)


def application() -> QApplication:
    """The process's QApplication, created once with kindspace's names."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    return app


def run(data_dir: Path) -> int:
    """Show the window and run until it is closed; returns the event loop's exit code."""
    app = application()
    window = PlaceholderWindow(JournalLocation(data_dir))
    window.show()
    try:
        return app.exec()
    finally:
        window.close()
        window.deleteLater()
