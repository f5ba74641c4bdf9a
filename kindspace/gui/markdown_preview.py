"""The Markdown preview: text only, never a file or a network address, in bounded time.

Why: an entry can arrive through an import, and Qt's Markdown support loads whatever an
image link names. ``![y](/dev/zero)`` made the app read until it ran out of memory, a FIFO
froze it, and a remote address would be a network request from a journal that promises to
stay offline. So the preview's document refuses every resource, images become their alt
text before anything is laid out, and HTML inside the Markdown stays literal text (an
``<img src=…>`` would be another way to name a file).

A 50 MB note took over a minute to lay out; the preview shows the first
``PREVIEW_CHARACTERS`` (about 35,000 words, a fraction of a second here) and says kindly
that the whole note is in the editor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextBrowser
from shiboken6 import isValid

from kindspace.gui.words import QT_TRANSLATE_NOOP, translate

#: Measured: 200,000 characters of Markdown are parsed and laid out in about 0.1 s.
PREVIEW_CHARACTERS = 200_000
LONG_NOTE_HINT = QT_TRANSLATE_NOOP(
    "MarkdownPreview",
    "The preview shows the beginning; the whole note is in the editor.",
)
IMAGE_WITHOUT_ALT = QT_TRANSLATE_NOOP("MarkdownPreview", "(an image)")
_FEATURES = QTextDocument.MarkdownFeature(
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)


class InertDocument(QTextDocument):
    """A document that loads nothing: no file, no device, no network address."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802  (Qt's name)
        return None


def preview_text(text: str) -> tuple[str, bool]:
    """The part of ``text`` to preview, and whether it was shortened."""
    if len(text) <= PREVIEW_CHARACTERS:
        return text, False
    head = text[:PREVIEW_CHARACTERS]
    # End at a paragraph break near the limit, so no list or emphasis is cut in half.
    cut = head.rfind("\n\n", PREVIEW_CHARACTERS * 9 // 10)
    return (head[:cut] if cut > 0 else head), True


def _images_to_alt_text(document: QTextDocument) -> None:
    cursor = QTextCursor(document)
    block = document.begin()
    images: list[tuple[int, int, str]] = []
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isImageFormat():
                image = fragment.charFormat().toImageFormat()
                alt = str(image.property(QTextFormat.Property.ImageAltText) or "").strip()
                images.append((fragment.position(), fragment.length(), alt))
            iterator += 1
        block = block.next()
    for position, length, alt in reversed(images):  # from the end: positions stay valid
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(alt or translate("MarkdownPreview", IMAGE_WITHOUT_ALT), QTextCharFormat())


def preview_document(text: str, parent: QObject | None = None) -> QTextDocument:
    """The preview of ``text`` as a document that never loads anything."""
    shown, shortened = preview_text(text)
    document = InertDocument(parent)
    document.setMarkdown(shown, _FEATURES)
    _images_to_alt_text(document)
    if shortened:
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        hint = QTextCharFormat()
        hint.setFontItalic(True)
        cursor.insertText(translate("MarkdownPreview", LONG_NOTE_HINT), hint)
    return document


def show_preview(browser: QTextBrowser, text: str) -> None:
    """Replace what ``browser`` shows with the preview of ``text``."""
    old = browser.document()
    browser.setDocument(preview_document(text, browser))
    # Qt deletes a document it made itself; one made here is ours to let go of.
    if old is not None and isValid(old) and old.parent() is browser:
        old.deleteLater()
