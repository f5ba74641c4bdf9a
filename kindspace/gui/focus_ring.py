"""A keyboard focus ring a person can actually see: 2 px, at least 3:1, around any control.

Why this shape (see docs/design/visual.md for what was weighed): Fusion marks focus with a
1-px change of an outline at about 2.6:1, and only on some controls. Style sheets can't add
an outline without taking over the whole look of a widget, and Qlementine (a modern QStyle)
ships bindings only for another PySide6 release. Qt itself has the right part: QFocusFrame,
a see-through frame that follows a widget and is drawn *outside* it, as the macOS style does.
One frame follows the application's focus; a thin QProxyStyle over Fusion gives it room
(PM_FocusFrame*Margin) and draws it (CE_FocusFrame) in the theme's ring colour. Everything
else stays Fusion, so the .ui files and every other control look as before.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFocusFrame,
    QLineEdit,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QTextEdit,
    QWidget,
)

from kindspace.gui.theme import Spacing, focus_ring_colour

#: The ring's width, and the room it takes around a control (the ring plus a 1-px gap).
RING_WIDTH = 2
RING_MARGIN = RING_WIDTH + 1
#: What gets a ring: controls a person operates. Whole windows and plain labels don't.
RINGED = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


class KindStyle(QProxyStyle):
    """Fusion, with room for the focus ring and the spacing scale's gap between controls."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def pixelMetric(  # noqa: N802 (Qt's name)
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return RING_MARGIN
        if metric in (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing,
            QStyle.PixelMetric.PM_LayoutVerticalSpacing,
        ):
            return Spacing.S  # room for two rings between neighbours
        return int(super().pixelMetric(metric, option, widget))

    def styleHint(  # noqa: N802 (Qt's name)
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,  # noqa: N803 (Qt's name)
    ) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        return int(super().styleHint(hint, option, widget, returnData))

    def drawControl(  # noqa: N802 (Qt's name)
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_FocusFrame:
            draw_ring(painter, QRectF(option.rect), option)
            return
        super().drawControl(element, option, painter, widget)


def draw_ring(painter: QPainter, rect: QRectF, option: QStyleOption) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(focus_ring_colour(option.palette), RING_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING_WIDTH / 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))
    painter.restore()


class FocusRing(QObject):
    """One QFocusFrame that moves to whichever control has the keyboard focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: QFocusFrame | None = None
        self._frame_widget: QWidget | None = None
        # No arguments taken, and the move done a moment later: focus also changes while a
        # widget is being destroyed, and touching that widget from Python would crash.
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(0)
        self._later.timeout.connect(self._follow_focus)
        app.focusChanged.connect(self._later.start)

    @classmethod
    def install(cls, app: QApplication) -> FocusRing:
        """The app's one ring (a second would draw a second frame on every focus change)."""
        found = app.findChild(cls)
        return found if isinstance(found, cls) else cls(app)

    def _follow_focus(self) -> None:
        target = _ringed(QApplication.focusWidget())
        if self.frame is not None and target is self._frame_widget:
            return
        if self._frame is not None and shiboken6.isValid(self._frame):
            self._frame.hide()
            self._frame.deleteLater()
        self._frame = None
        if target is not None:
            # A frame per focus: Qt parents it in the control's own window, so it goes with it.
            self._frame = QFocusFrame(target)
            self._frame.setWidget(target)
        self._frame_widget = target

    @property
    def frame(self) -> QFocusFrame | None:
        return self._frame if self._frame is not None and shiboken6.isValid(self._frame) else None


def _ringed(widget: QWidget | None) -> QWidget | None:
    """The control to ring for ``widget`` (a combo box for its line edit), or None."""
    if widget is None or widget.isWindow() or widget.parentWidget() is None:
        return None
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
        widget = parent
    return widget if isinstance(widget, RINGED) else None


def tab_after(container: QWidget, widgets: list[QWidget]) -> None:
    """Put ``widgets`` right after everything inside ``container`` in the Tab order.

    Why: controls made in code join the Tab order at its end, so a page filled after
    ``setupUi`` would otherwise be reached only after the buttons drawn below it.
    """
    last = container
    widget = container.nextInFocusChain()
    while widget is not container and widget is not None:
        # Qt ignores setTabOrder for a widget that takes no focus, so anchor on one that does.
        if container.isAncestorOf(widget) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            last = widget
        widget = widget.nextInFocusChain()
    for widget in widgets:
        QWidget.setTabOrder(last, widget)
        last = widget
