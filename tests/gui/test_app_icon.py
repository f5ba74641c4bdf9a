"""The window and tray icon come from the shipped bitmaps, so no SVG engine loads at start."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication

from kindspace.gui.app_icon import ICON_SIZES, app_icon

SHOW_ICON = (
    "from kindspace.gui.app import application\n"
    "app = application()\n"
    "assert not app.windowIcon().pixmap(32).isNull()\n"
    "print(sorted({line.split('/')[-1].strip() for line in open('/proc/self/maps')"
    " if 'svg' in line.lower()}))\n"
)


def test_the_icon_comes_in_every_shipped_size(qapp: QApplication) -> None:
    sizes = {size.width() for size in app_icon().availableSizes()}
    assert sizes == set(ICON_SIZES)


@pytest.mark.skipif(sys.platform != "linux", reason="reads the process's memory map")
def test_showing_the_icon_loads_no_svg_module() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SHOW_ICON],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True, text=True, check=True, timeout=120,
    )  # fmt: skip
    assert done.stdout.strip() == "[]"
