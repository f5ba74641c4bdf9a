"""Sync in the background: after a burst of saves, when the folder's watcher sees another
device's files, and on quit; never while locked. Two real journals share one real folder."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kindspace.gui.sync_feature import SyncFeature
from tests.gui.sync_helpers import app_device, bodies, join_from, run_job, share, window_device
from tests.helpers.widgets import wait_for

pytestmark = pytest.mark.usefixtures("ordinary_now")


def quicken(feature: SyncFeature) -> None:
    """The same timers, minutes and seconds made short, so a test need not wait for them."""
    feature.write_timer.setInterval(100)
    feature.save_timer.setInterval(300)
    feature.folder_timer.setInterval(200)
    if feature.write_timer.isActive():
        feature.write_timer.start()


def pause(seconds: float) -> None:
    """Let Qt run for a while (timers fire, workers report) without waiting on anything."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


@pytest.fixture
def folder(tmp_path: Path, journal_dir: Path) -> Path:
    shared = tmp_path / "Sync"
    shared.mkdir()
    share(journal_dir, shared)
    join_from(shared, tmp_path / "desktop")
    return shared


def test_a_save_goes_out_after_the_burst_and_the_other_device_takes_it_in(
    qapp: QApplication, journal_dir: Path, folder: Path, tmp_path: Path
) -> None:
    with app_device(qapp, journal_dir) as laptop, window_device(tmp_path / "desktop") as desktop:
        desktop_window, desktop_sync = desktop
        for feature in (laptop.sync, desktop_sync):
            quicken(feature)
            wait_for(lambda f=feature: f.jobs_done >= 1, 30)  # the exchange after unlocking
        assert desktop_sync.watcher.directories()  # it watches the other device's files
        window = laptop.window
        window.new_note()
        window.editor.ui.body.setPlainText("Tea in the garden, slowly.")
        done_before = laptop.sync.jobs_done
        assert window.editor.save() is not None
        # Nothing goes out in the middle of a burst of saves...
        assert laptop.sync.jobs_done == done_before
        # ...and a moment after it ends, it does, without anyone asking; the desktop's
        # watcher sees the new file and takes it in.
        wait_for(lambda: "Tea in the garden, slowly." in bodies(desktop_window.journal), 30)
        assert laptop.sync.last_outcome is not None
        report = laptop.sync.last_outcome.report
        assert report is not None and report.sent >= 1
        # The desktop's day list and calendar show it without being asked to.
        desktop_window.select_day(laptop.clock().date())
        rows = [
            desktop_window.ui.dayEntries.item(row).text()
            for row in range(desktop_window.ui.dayEntries.count())
        ]
        assert any("Tea in the garden" in row for row in rows)
        # Each exchange rewrites the devices' small state files; the two watchers must not
        # answer each other's for ever.
        settled = laptop.sync.jobs_done + desktop_sync.jobs_done
        pause(2.0)
        assert laptop.sync.jobs_done + desktop_sync.jobs_done <= settled + 2


def test_nothing_runs_while_locked_and_unlocking_exchanges_again(
    qapp: QApplication, journal_dir: Path, folder: Path, tmp_path: Path
) -> None:
    with app_device(qapp, journal_dir) as laptop:
        quicken(laptop.sync)
        wait_for(lambda: laptop.sync.jobs_done >= 1, 30)
        laptop.lock()
        assert not laptop.sync.is_busy()
        assert not any(timer.isActive() for timer in laptop.sync._timers())
        assert laptop.sync.watcher.directories() == []
        done = laptop.sync.jobs_done
        with window_device(tmp_path / "desktop") as (desktop_window, desktop_sync):
            assert desktop_window.journal is not None
            desktop_window.journal.entries.create(body="Written while the laptop was locked.")
            run_job(desktop_sync)
        laptop.sync.sync_now()  # even when asked, nothing runs without the journal
        pause(1.0)
        assert laptop.sync.jobs_done == done
        from tests.gui.sync_helpers import unlocked

        unlocked(laptop)
        wait_for(lambda: laptop.sync.jobs_done > done, 30)
        wait_for(lambda: "Written while the laptop was locked." in bodies(laptop.journal), 30)


def test_quit_sends_what_was_saved_since_the_last_exchange(
    qapp: QApplication, journal_dir: Path, folder: Path, tmp_path: Path
) -> None:
    with app_device(qapp, journal_dir) as laptop:
        wait_for(lambda: laptop.sync.jobs_done >= 1, 30)
        laptop.sync.save_timer.setInterval(60 * 60 * 1000)  # the burst "never" ends...
        journal = laptop.journal
        assert journal is not None
        journal.entries.create(body="The last words before closing the lid.")
        laptop.quit()  # ...but quitting sends it
        assert laptop.journal is None
    with window_device(tmp_path / "desktop") as (desktop_window, desktop_sync):
        run_job(desktop_sync)
        assert "The last words before closing the lid." in bodies(desktop_window.journal)


def test_lock_stops_a_running_exchange_safely_and_the_next_unlock_finishes_it(
    qapp: QApplication, journal_dir: Path, folder: Path, tmp_path: Path
) -> None:
    from kindspace.journal.journal import JournalLocation, open_journal
    from tests.gui.sync_helpers import unlocked
    from tests.helpers.journals import PASSPHRASE

    with window_device(tmp_path / "desktop") as (desktop_window, desktop_sync):
        assert desktop_window.journal is not None
        desktop_window.journal.entries.create(body="From the desktop, while the laptop locks.")
        run_job(desktop_sync)
    with app_device(qapp, journal_dir) as laptop:
        wait_for(lambda: laptop.sync.jobs_done >= 1, 30)
        assert "From the desktop, while the laptop locks." in bodies(laptop.journal)
    with window_device(tmp_path / "desktop") as (desktop_window, desktop_sync):
        assert desktop_window.journal is not None
        desktop_window.journal.entries.create(body="A second note from the desktop.")
        run_job(desktop_sync)
    # Another window holds the journal's write lock, so the exchange has to wait inside
    # SQLite when it applies what came in: it is provably running when the lock comes.
    other = open_journal(JournalLocation(journal_dir), passphrase=PASSPHRASE, daily_backup=False)
    try:
        with app_device(qapp, journal_dir) as laptop:
            other.db.execute("BEGIN IMMEDIATE")
            done = laptop.sync.jobs_done
            laptop.sync.start_timer.stop()
            laptop.sync.sync_now()
            wait_for(laptop.sync.is_busy)
            laptop.lock()  # waits briefly, then leaves the worker stopped behind
            assert laptop.window.is_locked()
            other.db.execute("ROLLBACK")
            wait_for(lambda: not laptop.sync.is_busy(), 30)
            pause(0.3)
            assert laptop.sync.jobs_done == done + 1
            outcome = laptop.sync.last_outcome
            assert outcome is not None and outcome.stopped
            # Nothing of the stopped bundle was applied: all of it comes at the next unlock.
            assert "A second note from the desktop." not in bodies(other)
            unlocked(laptop)
            wait_for(lambda: "A second note from the desktop." in bodies(laptop.journal), 30)
    finally:
        other.close()
