"""A second floor for start-up: the bare window, plus the work "ready" itself requires.

Why a second floor: the issue's floor (``bare_window``) paints an empty calendar. A start of
kindspace is ready only when the calendar is marked from the encrypted journal, which needs
the key from the Secret Service and an open SQLCipher database. This program does exactly
that and nothing else, with kindspace's own parts and in kindspace's order: it starts the
key's helper first (``KeyReader``), builds a bare window holding a calendar while the helper
reads the key, then unwraps the key, opens the journal (``open_unlocked``), counts the
current month's entries and paints them as marks. No Today, menus, theme, probe, tray or
later features. So ``kindspace ÷ keyed window`` is what kindspace's own window costs, and
``keyed window ÷ bare window`` what the key and the journal cost before any window of ours.

With ``--key-on-stdin`` there is no helper and no keyring: the benchmark reads the key from
the Secret Service itself and hands it over through a pipe (never a file), so the start
measures the journal alone, as if the keyring answered instantly. That is the least any
start that shows the journal's marks can cost.

``bench_startup`` runs it as ``python -m benchmarks.keyed_window`` in the same environment
as ``python -m kindspace`` and reads ``ready_at`` (``time.monotonic()``) the same way, from
the file ``KINDSPACE_TEST_PROBE`` names, written at the calendar's first paint
(the marks are counted before the window is shown, so that paint is the marked month).
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import date
from pathlib import Path

from kindspace.clock import system_clock
from kindspace.journal.key_read_ahead import KeyReader, ReadAhead, ReadAheadKeyStore
from kindspace.journal.unlocking import KEYRING_TIMEOUT_SECONDS, JournalLocation

KEY_ON_STDIN = "--key-on-stdin"


class NoKey(RuntimeError):
    """The helper did not hand over a key, so this floor has nothing to measure."""


class HandedKey:
    """The key as the benchmark hands it over (hex on stdin), answered like the helper."""

    def outcome(self) -> ReadAhead:
        return ReadAhead(True, "handed over", data_key=bytes.fromhex(sys.stdin.readline()))


def report_ready(probe: Path) -> None:
    status = {"ready_at": time.monotonic(), "pid": os.getpid(), "longest_wait_ms": 0}
    partial = probe.with_name(probe.name + ".partial")
    partial.write_text(json.dumps(status))
    partial.replace(probe)


def month_marks(location: JournalLocation, reader: KeyReader | HandedKey, today: date) -> set[date]:
    """The days of ``today``'s month that have entries, read with the key ``reader`` gives."""
    from kindspace.journal.journal import open_unlocked
    from kindspace.journal.unlocking import unlock_key

    answer = reader.outcome()
    if answer.data_key is None:
        raise NoKey(f"the key's helper gave no key ({answer.problem or answer.reason})")
    store = ReadAheadKeyStore(answer, lambda: None)
    # Left open, as kindspace leaves it: closing would be work no start does.
    journal = open_unlocked(location, unlock_key(location, keyring=store), daily_backup=False)
    return set(journal.entries.month_counts(today.year, today.month))


def main(argv: list[str]) -> int:
    location = JournalLocation(Path(os.environ["KINDSPACE_DATA_DIR"]))
    reader: KeyReader | HandedKey | None = HandedKey() if KEY_ON_STDIN in argv else None
    if reader is None:
        reader = KeyReader.start(location, KEYRING_TIMEOUT_SECONDS)  # first, as kindspace does
    if reader is None:
        raise NoKey("this journal does not keep its key in the keyring")

    # Qt's ``Qt`` namespace is never touched: its first use builds 100-odd enum classes
    # (about 20 ms), which the bare window doesn't pay either.
    from PySide6.QtCore import QDate, QRect
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication, QCalendarWidget, QMainWindow

    probe = Path(os.environ["KINDSPACE_TEST_PROBE"])

    class MarkedCalendar(QCalendarWidget):
        def __init__(self, marks: set[date]) -> None:
            super().__init__()
            self._marks = marks
            self._reported = False

        def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802
            super().paintCell(painter, rect, qdate)
            if qdate.toPython() in self._marks:
                painter.setBrush(QColor(0, 100, 0))
                painter.drawEllipse(rect.center().x() - 2, rect.bottom() - 6, 4, 4)
            if not self._reported:  # the marks were counted before the window was shown
                self._reported = True
                report_ready(probe)

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("keyed")
    window.resize(1024, 700)
    marks = month_marks(location, reader, system_clock().date())  # the app's one clock
    window.setCentralWidget(MarkedCalendar(marks))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
