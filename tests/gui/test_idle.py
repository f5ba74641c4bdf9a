"""The idle watcher fires once after the minutes pass, and input pushes the moment back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from pytestqt.qtbot import QtBot

from kindspace.gui.idle import IdleWatcher


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def fire(watcher: IdleWatcher) -> None:
    """What the single-shot timer does when it runs out."""
    watcher._check()


def test_idle_fires_only_after_the_full_time(qtbot: QtBot) -> None:
    clock = FakeMonotonic()
    watcher = IdleWatcher(monotonic=clock)
    watcher.set_minutes(5)
    fired: list[bool] = []
    watcher.idle.connect(lambda: fired.append(True))
    clock.now += 4 * 60
    watcher.eventFilter(
        QObject(), QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    )
    clock.now += 2 * 60
    fire(watcher)  # 6 minutes since start, but only 2 since the key press
    assert fired == [] and watcher.is_active()
    clock.now += 3 * 60
    fire(watcher)
    assert fired == [True]


def test_zero_minutes_never_arms(qtbot: QtBot) -> None:
    watcher = IdleWatcher(monotonic=FakeMonotonic())
    watcher.set_minutes(0)
    assert not watcher.is_active()
