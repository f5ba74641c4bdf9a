"""The floor for start-up: a bare PySide6 window holding a calendar, started like kindspace.

``bench_startup`` runs it as ``python -m benchmarks.bare_window`` in the same environment
as ``python -m kindspace`` (same X server, session bus and probe variable), and it reports
the same way kindspace's test probe does: ``ready_at`` (``time.monotonic()``) at the first
paint of the calendar's cells, written to the file ``KINDSPACE_TEST_PROBE`` names.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QDate, QRect
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QCalendarWidget, QMainWindow


class Calendar(QCalendarWidget):
    def __init__(self, probe: Path) -> None:
        super().__init__()
        self._probe = probe
        self._reported = False

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # noqa: N802
        super().paintCell(painter, rect, qdate)
        if not self._reported:
            self._reported = True
            status = {"ready_at": time.monotonic(), "pid": os.getpid(), "longest_wait_ms": 0}
            partial = self._probe.with_name(self._probe.name + ".partial")
            partial.write_text(json.dumps(status))
            partial.replace(self._probe)


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.setCentralWidget(Calendar(Path(os.environ["KINDSPACE_TEST_PROBE"])))
    window.resize(1024, 700)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
