"""The preview never reads what an image link names, and long notes preview in bounded time.

The dangerous cases run in a child process with a deadline: a preview that reads /dev/zero
would otherwise take the test run down with it, and one that opens a FIFO would hang it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kindspace.gui.editor import EditorView
from kindspace.gui.markdown_preview import LONG_NOTE_HINT, PREVIEW_CHARACTERS

REPO = Path(__file__).resolve().parents[2]
DEADLINE_S = 30.0

PREVIEW_IN_A_CHILD = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from kindspace.gui.editor import EditorView

app = QApplication([])
view = EditorView()
view.resize(800, 600)
view.show()
view.new_note()
view.ui.body.setPlainText(Path(sys.argv[1]).read_text())
view.ui.bodyTabs.setCurrentIndex(1)
app.processEvents()
view.ui.preview.viewport().grab()  # paint it, as the screen would
print(repr(view.ui.preview.toPlainText()[-200:]))
print("done")
"""


def _preview_in_a_child(tmp_path: Path, note: str) -> str:
    source = tmp_path / "note.md"
    source.write_text(note)
    result = subprocess.run(
        [sys.executable, "-c", PREVIEW_IN_A_CHILD, str(source)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=DEADLINE_S,
    )
    assert result.stdout.rstrip().endswith("done"), result.stderr[-2000:]
    return result.stdout


def test_an_image_link_to_dev_zero_is_not_read(tmp_path: Path) -> None:
    shown = _preview_in_a_child(
        tmp_path, "Before\n\n![endless zeros](/dev/zero)\n\n<img src='/dev/zero'>\n\nAfter"
    )
    assert "endless zeros" in shown and "After" in shown


def test_a_long_note_previews_its_beginning(tmp_path: Path) -> None:
    paragraph = "Some **kind** words, a list:\n\n- one\n- two\n\n"
    shown = _preview_in_a_child(tmp_path, paragraph * (2_000_000 // len(paragraph)))
    assert LONG_NOTE_HINT in shown


FIFTY_MEGABYTES = """
from PySide6.QtWidgets import QApplication, QTextBrowser
from kindspace.gui.markdown_preview import show_preview
app = QApplication([])
browser = QTextBrowser()
browser.resize(800, 600)
browser.show()
paragraph = "Some **kind** words, a list:\\n\\n- one\\n- two\\n\\n"
show_preview(browser, paragraph * (50_000_000 // len(paragraph)))
browser.viewport().grab()
print("done")
"""


def test_a_fifty_megabyte_note_previews_within_the_deadline() -> None:
    """It took over a minute; now a fraction of a second (the deadline is generous)."""
    result = subprocess.run(
        [sys.executable, "-c", FIFTY_MEGABYTES],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.stdout.strip() == "done", result.stderr[-2000:]


class _FifoWatch:
    """Notices whenever anything opens the FIFO for reading, and lets it go at once."""

    def __init__(self, fifo: Path) -> None:
        self.fifo, self.opened = fifo, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._stop.is_set():
            try:
                fd = os.open(self.fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError:  # ENXIO: no reader has it open
                self._stop.wait(0.01)
                continue
            self.opened += 1
            os.close(fd)  # the reader sees the end of the file and goes on

    def stop(self) -> int:
        time.sleep(0.2)  # give a reader that is just opening it the chance to be seen
        self._stop.set()
        self._thread.join()
        return self.opened


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_an_image_link_to_a_fifo_is_never_opened(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    watch = _FifoWatch(fifo)
    try:
        shown = _preview_in_a_child(
            tmp_path,
            f"![a pipe]({fifo})\n\n![]({fifo.as_uri()})\n\n[ref]: {fifo}\n\n![by reference][ref]",
        )
    finally:
        opened = watch.stop()
    assert opened == 0
    assert "a pipe" in shown and "by reference" in shown


def test_a_short_note_is_previewed_whole(qtbot: QtBot) -> None:
    view = EditorView()
    qtbot.addWidget(view)
    view.new_note()
    view.ui.body.setPlainText("# Title\n\n" + "word " * (PREVIEW_CHARACTERS // 10))
    view.ui.bodyTabs.setCurrentIndex(1)
    assert LONG_NOTE_HINT not in view.ui.preview.toPlainText()
    assert "Title" in view.ui.preview.toPlainText()
