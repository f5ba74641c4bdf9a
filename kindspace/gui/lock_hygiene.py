"""What locking leaves behind: nothing of the journal that kindspace can still reach.

Why: a locked window should be as good as a closed one. The views empty their widgets
(``MainWindow.detach``); this module does the rest that no single view owns:

* the clipboard (and X11's selection) is cleared when it still holds text kindspace put
  there. kindspace only remembers a keyed digest of what it copied, never the text, and
  leaves alone anything another program copied since;
* undo histories of the window's text fields are dropped, so Ctrl+Z can't bring words back;
* Qt's and SQLite's caches are asked to let go, and Python's cycle collector runs, so the
  closed journal's objects (entry text, the data key) are freed now, not at some later
  moment. Freed memory is not overwritten by Python, which is why the process also refuses
  core dumps (``kindspace.process_guard``).
"""

from __future__ import annotations

import gc
import hashlib
import secrets

from PySide6.QtCore import QObject
from PySide6.QtGui import QClipboard, QGuiApplication, QPixmapCache
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_MODES = (QClipboard.Mode.Clipboard, QClipboard.Mode.Selection)
#: Platforms whose clipboard lives inside this process: every change there is kindspace's.
_PROCESS_LOCAL_CLIPBOARD = frozenset({"offscreen", "minimal"})


class ClipboardGuard(QObject):
    """Remembers (as digests) what kindspace copied, to clear it on lock."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._salt = secrets.token_bytes(16)
        self._ours: dict[QClipboard.Mode, bytes] = {}
        clipboard = QGuiApplication.clipboard()
        clipboard.changed.connect(self._on_changed)

    def _digest(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=self._salt).digest()

    def _owns(self, mode: QClipboard.Mode) -> bool:
        clipboard = QGuiApplication.clipboard()
        if QGuiApplication.platformName() in _PROCESS_LOCAL_CLIPBOARD:
            return True
        if mode is QClipboard.Mode.Selection:
            return clipboard.supportsSelection() and clipboard.ownsSelection()
        return clipboard.ownsClipboard()

    def _on_changed(self, mode: QClipboard.Mode) -> None:
        if mode not in _MODES:
            return
        if self._owns(mode):
            self._ours[mode] = self._digest(QGuiApplication.clipboard().text(mode))
        # Another program's copy is not ours to clear; forget what we had.
        else:
            self._ours.pop(mode, None)

    def clear_ours(self) -> None:
        """Empty the clipboard (and selection) where they hold what kindspace copied."""
        clipboard = QGuiApplication.clipboard()
        for mode in _MODES:
            if mode is QClipboard.Mode.Selection and not clipboard.supportsSelection():
                continue
            ours = self._ours.get(mode)
            # A clipboard manager may have taken the text over: the digest still knows it.
            still_ours = ours is not None and self._digest(clipboard.text(mode)) == ours
            if self._owns(mode) or still_ours:
                clipboard.clear(mode)
            self._ours.pop(mode, None)


def drop_undo_histories(root: QWidget) -> None:
    """Undo stacks keep every earlier version of a field's text: drop them all."""
    for field in root.findChildren(QLineEdit):
        if field.isUndoAvailable() or field.isRedoAvailable():
            text = field.text()
            field.setText(text)  # setText resets QLineEdit's undo history
    documents = [editor.document() for editor in root.findChildren(QPlainTextEdit)]
    documents += [editor.document() for editor in root.findChildren(QTextEdit)]
    for document in documents:
        if document.isUndoAvailable() or document.isRedoAvailable():
            document.clearUndoRedoStacks()


def release_memory() -> None:
    """Ask Python, Qt and SQLite to free what the closed journal left behind."""
    QPixmapCache.clear()
    gc.collect()  # SQLite's own caches are released by Journal.close
