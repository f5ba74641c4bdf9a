"""The quiet status line: what it says at moments counted on the app's one clock, and the
calm sentence when the folder can't be reached (a USB stick pulled out); never a popup."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from kindspace.clock import system_clock
from kindspace.gui.announce import SPOKEN
from tests.gui.sync_helpers import app_device, join_from, run_job, share
from tests.helpers.widgets import wait_for

UNREACHABLE = "The sync folder can't be reached right now — your journal is safe on this device"


class MovableClock:
    """The pinned clock, moved on by hand: "ten minutes later" without waiting ten minutes."""

    def __init__(self) -> None:
        self.ahead = timedelta()

    def __call__(self) -> datetime:
        return system_clock() + self.ahead


def visible_message_boxes() -> list[QMessageBox]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.isVisible()
    ]


@pytest.fixture
def folder(tmp_path: Path, journal_dir: Path) -> Path:
    shared = tmp_path / "stick" / "Sync"
    shared.mkdir(parents=True)
    share(journal_dir, shared)
    join_from(shared, tmp_path / "desktop")
    return shared


def test_the_line_counts_minutes_on_the_apps_clock(
    pinned_now: datetime, qapp: QApplication, journal_dir: Path, folder: Path
) -> None:
    clock = MovableClock()
    with app_device(qapp, journal_dir, clock) as laptop:
        sync = laptop.sync
        wait_for(lambda: sync.jobs_done >= 1, 30)
        line = sync.line
        assert line.isVisible()
        assert line.text() == "Up to date with your other device"
        SPOKEN.clear()  # it keeps only the newest few, so count from empty
        for ahead, said in (
            (timedelta(minutes=9), "Up to date with your other device"),
            (timedelta(minutes=10, seconds=30), "Last exchange 10 minutes ago"),
            (timedelta(minutes=11, seconds=30), "Last exchange 11 minutes ago"),
            (timedelta(hours=1, minutes=5), "Last exchange an hour ago"),
            (timedelta(hours=3, minutes=1), "Last exchange 3 hours ago"),
            (timedelta(days=3, minutes=1), "Last exchange 3 days ago"),
        ):
            clock.ahead = ahead
            sync.tick_timer.timeout.emit()  # as the ticking timer does every half minute
            assert line.text() == said, ahead
        # Said aloud once when it changed from "up to date", not at every minute.
        assert SPOKEN == ["Last exchange 10 minutes ago"]
        run_job(sync)  # an exchange brings it back, at the moved clock's now
        assert line.text() == "Up to date with your other device"
        assert line.accessibleName() == "Sync status"


def test_a_pulled_usb_stick_gets_a_calm_line_and_coming_back_clears_it(
    qapp: QApplication, journal_dir: Path, folder: Path, tmp_path: Path
) -> None:
    with app_device(qapp, journal_dir) as laptop:
        sync = laptop.sync
        wait_for(lambda: sync.jobs_done >= 1, 30)
        stick, away = tmp_path / "stick", tmp_path / "stick-in-a-drawer"
        shutil.move(stick, away)
        sync.periodic_timer.setInterval(200)  # "every few minutes", made short
        sync.periodic_timer.start()
        wait_for(lambda: sync.line.text() == UNREACHABLE, 30)
        assert UNREACHABLE in SPOKEN
        assert visible_message_boxes() == []
        journal = laptop.journal
        assert journal is not None
        journal.entries.create(body="Written while the stick was out.")  # writing goes on
        assert sync.retry_timer.isActive()
        sync.periodic_timer.stop()
        shutil.move(away, stick)
        sync.retry_timer.setInterval(200)
        sync.retry_timer.start()
        wait_for(lambda: sync.line.text() == "Up to date with your other device", 30)
        assert visible_message_boxes() == []


def test_the_watcher_notices_the_folder_going_away_without_waiting_for_the_timer(
    qapp: QApplication, journal_dir: Path, folder: Path
) -> None:
    with app_device(qapp, journal_dir) as laptop:
        sync = laptop.sync
        wait_for(lambda: sync.jobs_done >= 1, 30)
        assert sync.watcher.directories()
        sync.folder_timer.setInterval(100)
        shutil.rmtree(folder)  # the watched folders vanish, as under a stick pulled out
        wait_for(lambda: sync.line.text() == UNREACHABLE, 30)
        assert sync.periodic_timer.remainingTime() > 60_000  # it was not the five minutes
        assert visible_message_boxes() == []


def test_after_a_failed_exchange_locking_leaves_no_journal_behind(
    qapp: QApplication, journal_dir: Path, folder: Path, tmp_path: Path
) -> None:
    import gc
    import weakref

    from kindspace.journal.journal import Journal

    # Journals other tests' screenshot walks may still hold are not this test's business.
    earlier = weakref.WeakSet(held for held in gc.get_objects() if isinstance(held, Journal))
    with app_device(qapp, journal_dir) as laptop:
        sync = laptop.sync
        wait_for(lambda: sync.jobs_done >= 1, 30)
        shutil.move(tmp_path / "stick", tmp_path / "stick-in-a-drawer")
        run_job(sync)
        outcome = sync.last_outcome
        assert outcome is not None and outcome.error is not None  # kept to word the line
        laptop.lock()
        gc.collect()
        # The error's traceback would keep the worker's journal, and its key, alive.
        assert outcome.error.__traceback__ is None
        assert not [
            held for held in gc.get_objects() if isinstance(held, Journal) and held not in earlier
        ]
