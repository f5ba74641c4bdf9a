"""Screenshots of sync in the window, for the screenshots command: Settings ▸ Sync before and
after sharing, an entry with two versions (the note and the side-by-side view), and the
first-run page for joining.

Two small sample journals play a laptop and a desktop, sharing a folder, all inside the
screenshots' temporary folder (removed afterwards); the words are gentle examples written
for this purpose. The desktop's clock runs 25 minutes behind, so "last exchange" and the
versions' captions say something real. Shot at 1024×600, the smallest window kindspace is
made for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QDeadlineTimer
from PySide6.QtWidgets import QWidget

from kindspace.gui.main_window import MainWindow
from kindspace.gui.practice_views import install_practice
from kindspace.gui.sync_feature import SyncFeature
from kindspace.journal import vault
from kindspace.journal.journal import Journal, JournalLocation, create_journal

SHOT_PASSPHRASE = "two desks one journal"  # noqa: S105 (a throw-away sample journal)
FIRST = "Rain against the window. I made soup and let the afternoon be slow."
ON_LAPTOP = FIRST + " Later I called my sister, which helped."
ON_DESKTOP = FIRST + " I noticed I was being hard on myself and stopped to breathe."
#: How long to wait for the sample's exchanges before shooting anyway, in milliseconds.
WAIT_MS = 20_000


class _Clock:
    """A sample device's clock: the shots' evening, moved by ``behind``."""

    def __init__(self, now: datetime, behind: timedelta = timedelta()) -> None:
        self.now, self.behind = now, behind

    def __call__(self) -> datetime:
        return self.now - self.behind


def _journal(folder: Path, clock: _Clock) -> Journal:
    journal, _recovery = create_journal(
        JournalLocation(folder),
        passphrase=SHOT_PASSPHRASE,
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
        clock=clock,
    )
    return journal


def _wait(feature: SyncFeature, start: Callable[[], None]) -> None:
    done = feature.jobs_done
    start()
    deadline = QDeadlineTimer(WAIT_MS)
    while feature.jobs_done == done and not deadline.hasExpired():
        QCoreApplication.processEvents()


def shoot_sync(
    scheme: str,
    temp: Path,
    now: datetime,
    shoot: Callable[[str, QWidget], None],
    larger: Callable[[], None],
) -> None:
    """Shoot the Sync page, the two-versions note and view, and the joining page; then the
    page and the view again with the text at 150% (``larger``)."""
    from kindspace.sync.engine import SyncEngine
    from kindspace.sync.joining import join, open_folder_keys

    base = temp / f"sync-{scheme}"
    folder = base / "Sync"
    folder.mkdir(parents=True)
    # The story: shared two hours ago; the desktop wrote 25 minutes ago, the laptop just now.
    laptop_clock = _Clock(now, timedelta(hours=2))
    desktop_clock = _Clock(now, timedelta(hours=2))
    laptop = _journal(base / "laptop", laptop_clock)
    entry = laptop.entries.create(title="A slow Sunday", body=FIRST, tags=["rest"])
    window = MainWindow(clock=laptop_clock)
    window.resize(1024, 600)
    install_practice(window)
    feature = SyncFeature(window, laptop_clock)
    window.attach(laptop)
    desktop: Journal | None = None
    try:
        # The page alone (Settings' other pages would keep the sample journal alive).
        page = feature.settings_page(None)
        page.resize(620, 480)
        page.ui.folderField.setText(str(folder))  # type: ignore[attr-defined]
        shoot(f"sync-settings-start-{scheme}", page)

        _wait(feature, lambda: feature.start_sharing(folder))
        keys = open_folder_keys(folder, passphrase=SHOT_PASSPHRASE)
        desktop = join(JournalLocation(base / "desktop"), folder, keys, clock=desktop_clock)
        SyncEngine(desktop).exchange()
        desktop_clock.behind = timedelta(minutes=25)
        desktop.entries.update(entry.id, body=ON_DESKTOP)
        SyncEngine(desktop).exchange()
        laptop_clock.behind = timedelta()
        laptop.entries.update(entry.id, body=ON_LAPTOP)
        _wait(feature, feature.sync_now)
        shoot(f"sync-settings-{scheme}", page)

        window.select_day(entry.day)
        window.open_entry(entry.id)
        shoot(f"sync-conflict-note-{scheme}", window)
        feature.conflicts.show(entry.id)
        shoot(f"sync-conflict-{scheme}", window)
        if feature.conflicts.view is not None:
            feature.conflicts.view.show_combined()
        shoot(f"sync-conflict-combined-{scheme}", window)
        larger()
        feature.conflicts.show(entry.id)
        shoot(f"sync-conflict-150-{scheme}", window)
        shoot(f"sync-settings-150-{scheme}", page)
        page.hide()
        shiboken6.delete(page)
    finally:
        feature.stop()
        window.detach()
        window.hide()
        # Now, not at a later event loop, and without the window's way back to the feature:
        # nothing of the sample journals may outlive the shots.
        del window.sync_settings_page  # type: ignore[attr-defined]
        shiboken6.delete(window)
        laptop.close()
        if desktop is not None:
            desktop.close()
    _shoot_join(scheme, base, folder, shoot)


def _shoot_join(
    scheme: str, base: Path, folder: Path, shoot: Callable[[str, QWidget], None]
) -> None:
    from kindspace.gui.onboarding import FirstRunWizard
    from kindspace.journal.keyring_store import KeyringCheck

    wizard = FirstRunWizard(
        JournalLocation(base / "new"),
        KeyringCheck(None, "screenshots"),
        kdf_params=vault.FAST_TEST_KDF,
    )
    wizard.resize(720, 560)
    wizard.welcome_page.ui.joinChoice.setChecked(True)
    shoot(f"first-run-join-choice-{scheme}", wizard)
    wizard.next()
    wizard.join_page.ui.folderField.setText(str(folder))
    shoot(f"first-run-join-{scheme}", wizard)
    wizard.hide()
    wizard.deleteLater()
