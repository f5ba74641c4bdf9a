"""Say something where a windowed app has no console to say it in.

Why: the Windows and macOS builds run without a console, so ``sys.stderr`` is None there.
A problem the command line would print (a journal folder that can't be made, an unexpected
error at start) would otherwise vanish, or worse, end in the bundler's own traceback box.
So it is shown as a plain message box instead: Windows' own when Qt may not have started,
Qt's elsewhere.
"""

from __future__ import annotations

import sys

from kindspace import APP_NAME

#: MessageBoxW's "information" icon: the tone is calm, not an alarm.
_MB_ICONINFORMATION = 0x40


def show_console_free_message(text: str) -> None:
    if sys.platform == "win32":
        import ctypes

        user32 = ctypes.WinDLL("user32")
        user32.MessageBoxW(None, text, APP_NAME, _MB_ICONINFORMATION)
        return
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication([APP_NAME])
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, text)
    box.setObjectName("consoleFreeMessage")
    box.exec()
    del app
