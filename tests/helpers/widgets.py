"""Looking at views the way a keyboard or screen-reader user meets them."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

#: How long a window may take to become active. Generous on purpose: activation returns as
#: soon as it happens, and a machine busy with other work can take seconds to get there.
ACTIVATION_TIMEOUT_MS = 60_000

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
)
#: Widgets whose children are their own parts (a spin box's line edit, a line edit's clear
#: button), named through them.
COMPOSITE = (QAbstractSpinBox, QComboBox, QAbstractItemView, QLineEdit)


def _is_part_of_composite(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITE):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """Everything a person can focus or operate in ``root`` (hidden ones too)."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar):
            continue
        if _is_part_of_composite(widget, root):
            continue
        focusable_label = (
            isinstance(widget, QLabel) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        )
        if isinstance(widget, INTERACTIVE) or focusable_label:
            found.append(widget)
    return found


def unnamed_interactive_widgets(root: QWidget) -> list[str]:
    """Describe each interactive widget in ``root`` without an accessible name."""
    return [
        f"{type(widget).__name__} {widget.objectName() or '(no object name)'}"
        for widget in interactive_widgets(root)
        if not widget.accessibleName().strip()
    ]


FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractButton)


def fields_without_description(root: QWidget) -> list[str]:
    """Exercise fields (text, choices) whose accessible description doesn't carry a question.

    A screen reader reads the description after the name, so the question is heard with
    the field instead of only being on screen above it.
    """
    return [
        f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()}"
        for widget in interactive_widgets(root)
        if isinstance(widget, FIELDS) and not widget.accessibleDescription().strip()
    ]


def mnemonic_clashes(widgets: list[QWidget], titles: list[str]) -> list[str]:
    """Alt+letter keys used twice among the visible ``widgets`` and menu ``titles``."""
    seen: dict[str, str] = {}
    clashes = []
    texts = [(title, title) for title in titles]
    texts += [
        (widget.text(), widget.objectName())  # type: ignore[attr-defined]
        for widget in widgets
        if isinstance(widget, QAbstractButton | QLabel) and widget.isVisible()
    ]
    for text, name in texts:
        marker = text.replace("&&", "").find("&")
        if marker < 0 or marker + 1 >= len(text.replace("&&", "")):
            continue
        key = text.replace("&&", "")[marker + 1].lower()
        if key in seen:
            clashes.append(f"Alt+{key.upper()}: {seen[key]} and {name}")
        seen[key] = name
    return clashes


class _Settles(Protocol):
    unlocking: bool


def settle(controller: _Settles, timeout_s: float = 15.0) -> None:
    """Wait until the app's start or unlock, which run off the GUI thread, have answered."""
    wait_for(lambda: not controller.unlocking, timeout_s)


def wait_for(condition: Callable[[], bool], timeout_s: float = 15.0) -> None:
    """Let Qt run until ``condition`` holds (work off the GUI thread reports back through it)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting after {timeout_s:g} s")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
