"""After Ctrl+L nothing of the journal stays where kindspace can reach it.

What can be proven from Python is what the code controls: references. Freed strings may
still sit in memory the allocator has not reused (which is why core dumps are refused), so
these tests walk every live kindspace object and the window's widgets, not raw memory.
"""

from __future__ import annotations

import dataclasses
import gc
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from kindspace.gui.controller import AppController
from kindspace.gui.unlock import PASSPHRASE as PASSPHRASE_KIND
from kindspace.journal.journal import Journal
from kindspace.journal.keyring_store import KeyringCheck
from tests.helpers.app_controller import app_controller
from tests.helpers.journals import PASSPHRASE
from tests.helpers.widgets import settle

NO_KEYRING = KeyringCheck(None, "tests: no keyring")
WORD = "lanternharbourquiet"
TAG = "tidepoolsecret"


@pytest.fixture
def controller(qtbot: QtBot, qapp: QApplication, journal_dir: Path) -> Iterator[AppController]:
    with app_controller(qtbot, qapp, journal_dir, keyring_check=NO_KEYRING) as made:
        yield made


def _children(value: Any) -> Iterator[Any]:
    if isinstance(value, types.ModuleType):
        # A module reached through a function's globals is not something kindspace holds;
        # kindspace's own modules are still walked (a cache there would be a real leak).
        if value.__name__.startswith("kindspace"):
            yield from vars(value).values()
        return
    if isinstance(value, dict):
        yield from value.keys()
        yield from value.values()
    elif isinstance(value, list | tuple | set | frozenset):
        yield from value
    else:
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            yield from (getattr(value, f.name, None) for f in dataclasses.fields(value))
        attributes = getattr(value, "__dict__", None)
        if isinstance(attributes, dict):
            yield from attributes.values()
        closure = getattr(value, "__closure__", None) or ()
        yield from (cell.cell_contents for cell in closure if cell.cell_contents is not None)
        bound_to = getattr(value, "__self__", None)
        if bound_to is not None:
            yield bound_to


def _held_by_kindspace(found: Any) -> list[str]:
    """Paths from live kindspace objects to values for which ``found`` is true."""
    gc.collect()
    hits: list[str] = []
    seen: set[int] = set()
    roots = [
        obj
        for obj in gc.get_objects()
        if type(obj).__module__.startswith("kindspace") and not isinstance(obj, type)
    ]
    for root in roots:
        stack: list[tuple[Any, str, int]] = [(root, type(root).__name__, 0)]
        while stack:
            value, path, depth = stack.pop()
            if isinstance(value, str | bytes | bytearray):
                if found(value):
                    hits.append(path)
                continue
            if id(value) in seen or depth > 8 or isinstance(value, type):
                continue
            seen.add(id(value))
            if isinstance(value, Journal):
                hits.append(f"{path} (an open Journal)")
            try:
                children = list(_children(value))
            except Exception:
                continue
            stack.extend((child, f"{path}>{type(child).__name__}", depth + 1) for child in children)
    return hits


def _open_everything(controller: AppController, qtbot: QtBot) -> bytes:
    """Write, open, preview, search and copy the note: every place its words can go."""
    controller.start()
    settle(controller)
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    journal = controller.journal
    assert journal is not None
    key = journal.data_key
    entry_id = journal.entries.create(
        title=f"About {WORD}", body=f"A long walk and a {WORD} by the sea.", tags=[TAG]
    ).id
    del journal
    window = controller.window
    window.refresh_today()
    window.open_entry(entry_id)
    editor = window.editor.ui
    editor.title.setText(f"More about {WORD}")  # an undo step that holds the old title
    editor.bodyTabs.setCurrentIndex(1)  # the preview
    editor.body.selectAll()
    editor.body.copy()
    window.show_search()
    window.search_view.ui.queryEdit.setText(WORD)
    window.search_view.search_now()
    qtbot.waitUntil(lambda: window.search_view.shown_entry_ids() == [entry_id])
    assert WORD in QGuiApplication.clipboard().text()
    return key


def test_lock_leaves_no_note_text_or_key_in_kindspace_objects(
    controller: AppController, qtbot: QtBot
) -> None:
    key = _open_everything(controller, qtbot)
    # The walk does see the words and the key while the journal is open.
    assert _held_by_kindspace(lambda value: isinstance(value, str) and WORD in value)
    assert _held_by_kindspace(lambda value: not isinstance(value, str) and value == key)
    controller.window.ui.actionLock.trigger()
    assert controller.window.is_locked()

    assert _held_by_kindspace(lambda value: isinstance(value, str) and WORD in value) == []
    assert _held_by_kindspace(lambda value: isinstance(value, str) and TAG in value) == []
    assert _held_by_kindspace(lambda value: not isinstance(value, str) and value == key) == []
    assert not [obj for obj in gc.get_objects() if isinstance(obj, Journal)]


def test_lock_empties_widgets_their_undo_histories_and_models(
    controller: AppController, qtbot: QtBot
) -> None:
    _open_everything(controller, qtbot)
    controller.window.ui.actionLock.trigger()

    window = controller.window
    for field in window.findChildren(QLineEdit):
        assert WORD not in field.text()
        assert not field.isUndoAvailable(), field.objectName()
    for editor in (*window.findChildren(QPlainTextEdit), *window.findChildren(QTextEdit)):
        assert WORD not in editor.document().toPlainText()
        assert not editor.document().isUndoAvailable(), editor.objectName()
    completer = window.editor.ui.tags.completer()
    assert completer is not None and completer.model().rowCount() == 0


def test_lock_clears_the_clipboard_kindspace_filled(
    controller: AppController, qtbot: QtBot
) -> None:
    _open_everything(controller, qtbot)
    controller.window.ui.actionLock.trigger()
    assert QGuiApplication.clipboard().text() == ""


def test_a_closed_settings_window_keeps_no_journal_after_lock(
    controller: AppController, qtbot: QtBot
) -> None:
    key = _open_everything(controller, qtbot)

    def close_settings() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "Settings should be open now"
        dialog.reject()

    QTimer.singleShot(0, close_settings)
    controller.open_settings()
    # The event loop runs between closing Settings and any later lock (idle or by hand).
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    controller.window.ui.actionLock.trigger()
    assert controller.window.is_locked()

    assert _held_by_kindspace(lambda value: not isinstance(value, str) and value == key) == []
    assert not [obj for obj in gc.get_objects() if isinstance(obj, Journal)]


def test_a_lock_while_settings_is_open_closes_it_and_keeps_no_journal(
    controller: AppController, qtbot: QtBot
) -> None:
    key = _open_everything(controller, qtbot)
    left_open: list[bool] = []

    def close_if_still_open() -> None:  # only so a failing test ends instead of waiting
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            left_open.append(True)
            dialog.reject()

    QTimer.singleShot(0, controller.lock)  # the idle lock, while Settings waits for the person
    QTimer.singleShot(10_000, close_if_still_open)
    controller.open_settings()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    assert left_open == [], "the lock should have closed Settings"
    assert controller.window.is_locked()
    assert _held_by_kindspace(lambda value: not isinstance(value, str) and value == key) == []
    assert not [obj for obj in gc.get_objects() if isinstance(obj, Journal)]
