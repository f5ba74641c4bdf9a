"""The Insights view (being built for issue 7; this first version only reserves its hook)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kindspace.gui.main_window import MainWindow
from kindspace.practice.definitions import ExerciseCatalog


def install_insights(window: MainWindow, catalog: ExerciseCatalog) -> QObject:
    """Adds the Insights view to ``window``; the controller calls this once at start."""
    del catalog
    return QObject(window)
