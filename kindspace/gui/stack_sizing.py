"""Let a stack of pages be only as wide and tall as the page it shows.

Why: a QStackedWidget asks every page, shown or not, for its smallest size and takes the
largest. One wide page (an exercise at 150% text, a long list of settings) then widens the
whole window even while a narrow page is showing, so a window sized 1024×600 grows past the
screen after that page was opened once. Pages that are not showing get the Ignored size
policy, which a layout reads as "no minimum, no wish"; the page showing gets its own policy
back, so it still decides the size while it is in front.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QEvent, QObject
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget

_KEPT_POLICY = "kindspaceKeptSizePolicy"


class _PageSizing(QObject):
    """Watches one stack: pages added later step back as well, the current one comes forward."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self._stack = stack
        stack.installEventFilter(self)
        stack.currentChanged.connect(self.follow)
        self.follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if isinstance(event, QChildEvent) and event.type() == QEvent.Type.ChildAdded:
            child = event.child()
            if isinstance(child, QWidget) and child is not self._stack.currentWidget():
                _step_back(child)  # a new page waits behind; currentChanged brings it forward
        return False

    def follow(self, _index: int = -1) -> None:
        current = self._stack.currentWidget()
        for index in range(self._stack.count()):
            page = self._stack.widget(index)
            if page is None:
                continue
            if page is current:
                _come_forward(page)
            else:
                _step_back(page)
        self._stack.updateGeometry()


def size_to_current_page(stack: QStackedWidget) -> None:
    """From now on ``stack`` sizes itself by its current page alone, pages added later too."""
    _PageSizing(stack)


def _step_back(page: QWidget) -> None:
    if not isinstance(page.property(_KEPT_POLICY), QSizePolicy):
        page.setProperty(_KEPT_POLICY, QSizePolicy(page.sizePolicy()))
    page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)


def _come_forward(page: QWidget) -> None:
    kept = page.property(_KEPT_POLICY)
    if isinstance(kept, QSizePolicy):
        page.setSizePolicy(kept)
