"""File ▸ Import and File ▸ Export (being built for issue 7; this first version only
reserves the hook)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kindspace.gui.main_window import MainWindow
from kindspace.practice.definitions import ExerciseCatalog


def install_transfer(window: MainWindow, catalog: ExerciseCatalog) -> QObject:
    """Connects the import and export actions of ``window``; called once at start."""
    del catalog
    return QObject(window)
