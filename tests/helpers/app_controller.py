"""An app controller for one test, with everything it changed in the app put back after.

Why: a controller installs an event filter on the shared QApplication and its theme sets the
app's palette and font; a test that leaves them behind changes every test after it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kindspace.gui.controller import AppController


@contextlib.contextmanager
def app_controller(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, **options: Any
) -> Iterator[AppController]:
    palette, font = qapp.palette(), qapp.font()
    controller = AppController(qapp, data_dir, **options)
    qtbot.addWidget(controller.window)
    try:
        yield controller
    finally:
        controller.later.cancel()  # nothing of this test's app is installed in the next one
        if controller.journal is not None:
            controller.window.detach().close()
        qapp.removeEventFilter(controller.idle)
        qapp.setPalette(palette)
        qapp.setFont(font)
