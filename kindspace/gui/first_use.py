"""Views built the first time a person asks for them, not before the first paint.

Why: at start a person sees the calendar, Today and (perhaps) the lock screen. Insights
pulls in its charts, its form and the figures it works out (about a tenth of a second of
imports and building); importing it only when it is opened keeps that off every start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kindspace.gui.main_window import MainWindow
from kindspace.practice.definitions import ExerciseCatalog

if TYPE_CHECKING:
    from kindspace.gui.insights_view import InsightsFeature

#: The Insights view's name in the window (``insights_view.INSIGHTS``, not imported here).
INSIGHTS = "insights"


class InsightsOnFirstUse(QObject):
    """Stands in for Insights until it is first opened (menu, Today's link, or a restart
    that returns to it), then builds it once and hands over."""

    def __init__(self, window: MainWindow, catalog: ExerciseCatalog) -> None:
        super().__init__(window)
        self.window = window
        self.catalog = catalog
        self.feature: InsightsFeature | None = None
        window.ui.actionInsights.triggered.connect(self._first_show)

    def ensure(self) -> InsightsFeature:
        """The Insights feature, built now if it wasn't yet."""
        if self.feature is None:
            from kindspace.gui.insights_view import InsightsFeature

            self.window.ui.actionInsights.triggered.disconnect(self._first_show)
            self.feature = InsightsFeature(self.window, self.catalog)
        return self.feature

    def _first_show(self) -> None:
        # The feature connects the menu action itself, but not for the click that is being
        # delivered now, so this first one shows it here.
        self.ensure().show()
