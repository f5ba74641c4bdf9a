"""One cold start, measured from inside: when the first window was painted, RSS, month switches.

Run by ``bench_startup`` as a fresh process for every sample, so each start is cold for
Python and Qt (the OS file cache stays warm for both variants alike):

    python -m benchmarks.startup_child kindspace|bare DATA_DIR
It prints one JSON line: ``painted_at`` (time.time() at the first paint), ``rss_kib`` right
after it and ``month_switch_ms`` (showing the next month and painting it, twelve times).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QCalendarWidget, QMainWindow

PASSPHRASE = "benchmark startup passphrase"
SWITCHES = 12


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return -1


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted_at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.painted_at is None:
            self.painted_at = time.time()
            # exit(), not quit(): quit() asks windows to close, and kindspace's main window
            # turns a close into its own quit flow.
            QTimer.singleShot(0, lambda: QApplication.exit(0))
        return False


def month_switches(app: QApplication, calendar: QCalendarWidget) -> list[float]:
    timings = []
    for _ in range(SWITCHES):
        started = time.perf_counter()
        calendar.showNextMonth()  # for kindspace this also loads the month's counts
        app.processEvents()
        calendar.grab()  # paint every cell now, as the screen would
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def main(variant: str, data_dir: Path) -> None:
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint()
    if variant == "bare":
        window = QMainWindow()
        calendar = QCalendarWidget()
        window.setCentralWidget(calendar)
        journal = None
    else:
        from kindspace.gui.main_window import MainWindow
        from kindspace.gui.theme import ThemeKeeper
        from kindspace.journal.journal import JournalLocation, open_journal
        from kindspace.preferences import Preferences

        ThemeKeeper(app).apply(Preferences())
        journal = open_journal(JournalLocation(data_dir), passphrase=PASSPHRASE, daily_backup=False)
        window = MainWindow()
        window.attach(journal)
        calendar = window.ui.calendar
    window.resize(1100, 720)
    app.installEventFilter(watcher)  # the first paint anywhere in the window counts
    window.show()
    app.exec()
    result = {
        "painted_at": watcher.painted_at,
        "rss_kib": rss_kib(),
        "month_switch_ms": month_switches(app, calendar),
    }
    if journal is not None:
        journal.close()
    print(json.dumps(result), flush=True)
    # Skip interpreter teardown: it is not part of start-up, and tearing down Qt objects at
    # interpreter exit is where PySide6 is least predictable.
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1], Path(sys.argv[2]))
