"""Shared steps for the practice tests: a window with the practice installed, and a walker
that goes through any exercise with the keyboard alone, whatever its steps are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from kindspace.gui.exercise_view import ExerciseView
from kindspace.gui.main_window import MainWindow
from kindspace.gui.practice_views import Practice, install_practice
from kindspace.journal.journal import Journal
from kindspace.practice.definitions import StepKind
from tests.helpers.widgets import ACTIVATION_TIMEOUT_MS


def make_practice(qtbot: QtBot, journal: Journal) -> tuple[MainWindow, Practice]:
    """A shown window with practice installed, on the journal's clock (one clock, as the app)."""
    window = MainWindow(clock=journal.clock)
    qtbot.addWidget(window)
    practice = install_practice(window)
    window.attach(journal)
    # Shortcuts (Ctrl+Enter, Alt+N) only reach an active window.
    with qtbot.waitActive(window, timeout=ACTIVATION_TIMEOUT_MS):
        window.show()
        window.activateWindow()
    return window, practice


def press_next(qtbot: QtBot, view: ExerciseView) -> None:
    """Ctrl+Enter from wherever the focus is, as a person would go on."""
    target = view.focusWidget() or view
    qtbot.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def answer_step_by_keyboard(qtbot: QtBot, view: ExerciseView, words: str) -> None:
    """Fill the current step with keys only: typing, arrows and the space bar."""
    step_input = view.step_input
    assert step_input is not None
    step = step_input.step
    if view.session is not None and view.session.is_first and view.ui.intensityBox.isVisible():
        for _ in range(8):  # from "Not rated" up to 7
            qtbot.keyClick(view.ui.intensity, Qt.Key.Key_Up)
    if step.kind is StepKind.PAUSE:
        return
    if step_input.options:  # a radio button, a check box, or "add this phrase"
        step_input.options[0].setFocus()
        qtbot.keyClick(step_input.options[0], Qt.Key.Key_Space)
    if step_input.text is not None and step.kind is not StepKind.PHRASES:
        qtbot.keyClicks(step_input.text, f"{words} {step.id}")
    if step_input.reminder is not None:
        qtbot.keyClick(step_input.reminder, Qt.Key.Key_Space)
    if step_input.tags is not None:
        qtbot.keyClicks(step_input.tags, "practice")
    if view.ui.intensityBox.isVisible() and step.kind is StepKind.TAKEAWAY:
        for _ in range(4):  # from "Not rated" up to 3
            qtbot.keyClick(view.ui.intensity, Qt.Key.Key_Up)


def widget_texts(root: QWidget) -> str:
    """Every text a person could read or select in ``root``."""
    parts: list[str] = []
    for label in root.findChildren(QLabel):
        parts.append(label.text())
    for field in root.findChildren(QLineEdit):
        parts.append(field.text())
    for area in root.findChildren(QPlainTextEdit):
        parts.append(area.toPlainText())
    for browser in root.findChildren(QTextBrowser):
        parts.append(browser.toPlainText())
    for listing in root.findChildren(QListWidget):
        parts.extend(listing.item(row).text() for row in range(listing.count()))
    return "\n".join(parts)
