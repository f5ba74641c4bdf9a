"""Cycles are collected on the GUI thread while the window runs, never on a worker.

Why: a Qt object destroyed on a worker thread breaks Qt (its timers can't be stopped from
there) and can crash the app; the app's worker threads allocate all the time.
"""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from kindspace.cycle_collection import collect_as_python_would
from kindspace.gui.main_thread_gc import MainThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def python_default() -> Iterator[None]:
    """Python's own setting, which the app starts from (the test run turns it off)."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def _allocate_a_lot(kept: list[object]) -> None:
    """Containers that stay alive, far past generation 0's threshold (what counts)."""
    kept.extend([index] for index in range(5_000))


@pytest.mark.usefixtures("python_default")
def test_a_cycle_left_by_the_window_dies_on_the_gui_thread(qtbot: QtBot) -> None:
    collector = MainThreadCollector()
    try:
        died_on: list[str] = []
        cycle = _Cycle()
        weakref.finalize(cycle, lambda: died_on.append(threading.current_thread().name))
        del cycle
        kept: list[object] = []
        worker = threading.Thread(target=_allocate_a_lot, args=(kept,), name="kindspace-worker")
        worker.start()
        worker.join()

        assert died_on == [], "the worker's allocations collected nothing"
        _allocate_a_lot(kept)  # nor do the GUI thread's own, outside the collector's turn
        assert died_on == []
        qtbot.waitUntil(lambda: died_on == [threading.main_thread().name], timeout=5000)
    finally:
        collector.stop()
    assert gc.isenabled(), "Python's own collector is back once the window is gone"


def test_nothing_is_collected_below_the_thresholds() -> None:
    gc.collect()
    assert collect_as_python_would() == 0
