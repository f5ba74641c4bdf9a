"""Starting the desktop app: one QApplication, one instance, one controller.

``run`` is what ``kindspace`` without a command calls. A second start does not open the
journal twice: it asks the first one to come forward and exits quietly.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from kindspace import APP_NAME, __version__
from kindspace.errors import KindspaceError
from kindspace.gui.app_icon import app_icon
from kindspace.gui.platform_check import ensure_window_possible
from kindspace.gui.words import translate
from kindspace.paths import ensure_private_dir
from kindspace.preferences import load_preferences

if TYPE_CHECKING:
    from kindspace.journal.key_read_ahead import KeyReader


def application() -> QApplication:
    """The process's QApplication, created once with kindspace's names and icon."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    return app


def run(data_dir: Path, *, start_hidden: bool = False, key_reader: KeyReader | None = None) -> int:
    """Show the window and run until the person quits; returns the event loop's exit code.

    ``start_hidden`` (login): start in the tray, or minimized where there is no tray.
    ``key_reader``: the helper already reading the key (see ``key_read_ahead``), if any.
    """
    from kindspace.gui.controller import AppController
    from kindspace.gui.main_thread_gc import MainThreadCollector
    from kindspace.gui.probe import install_probe
    from kindspace.gui.single_instance import SingleInstance, ask_first_instance_to_show
    from kindspace.gui.translation import start_language

    if QApplication.instance() is None:
        # Qt aborts the process when it cannot start its platform: say why, kindly, first.
        ensure_window_possible(os.environ)
    app = application()
    ensure_private_dir(data_dir)
    # Before any window exists: every view reads its words and date formats once, when built.
    start_language(load_preferences(data_dir).language)
    instance = SingleInstance(data_dir)
    if not instance.acquire():
        if ask_first_instance_to_show(data_dir):
            return 0
        # The lock is held but nobody answers (a hung first instance): say so kindly, the
        # way every other start-up problem is said (a console, or a box where there is none).
        raise KindspaceError(
            translate(
                "App",
                "kindspace seems to be open already but isn't answering. If it isn't, please "
                "wait a moment and start it again.",
            )
        )
    # Before any worker thread starts: Qt objects must never be collected on one.
    collector = MainThreadCollector(app)
    controller = AppController(app, data_dir, start_hidden=start_hidden, key_reader=key_reader)
    probe = install_probe(controller)
    instance.show_requested.connect(controller.bring_forward)
    app.setQuitOnLastWindowClosed(False)
    controller.start()
    try:
        return app.exec()
    finally:
        del probe
        collector.stop()
        instance.release()
