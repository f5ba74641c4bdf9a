"""How big File ▸ Export opens: as its choices like to be, within most of the screen.

Why its own module: sizing the dialog to the screen is a job of its own (measuring wrapped
words, scroll bars and larger text against the room a small screen leaves), apart from
which entries and parts are chosen and how the writing runs. The dialog calls
:func:`fit_to_screen` when it is made and again when it is shown, with the fonts and style
it is shown in; the screenshots call it with a screen size to stand in for a real one.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from kindspace.gui.forms.ui_export_dialog import Ui_ExportDialog

#: How much of the screen the dialog may take at most; the choices scroll beyond that.
SCREEN_SHARE = 0.9


def fit_to_screen(dialog: QDialog, ui: Ui_ExportDialog, screen: QSize | None = None) -> None:
    """As wide as the choices like to be (larger text needs more) and as tall as they are
    at that width, within most of the screen (or ``screen``, a size the screenshots stand
    in for one). The choices scroll up and down beyond that, never sideways: their
    descriptions wrap instead, and the dialog is never narrower than the words that can't
    wrap (their sideways bar is off, so a narrower one would cut them off)."""
    dialog.ensurePolished()  # with its children: sizes measured as they will be shown
    area, holder = ui.choicesScroll, ui.choicesHolder
    scroll_bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    area.setMinimumWidth(holder.minimumSizeHint().width() + scroll_bar)
    ui.dialogLayout.activate()
    room = screen if screen is not None else dialog.screen().availableGeometry().size()
    share = QSize(int(room.width() * SCREEN_SHARE), int(room.height() * SCREEN_SHARE))
    dialog.resize(natural_size(dialog, ui).boundedTo(share).expandedTo(dialog.minimumSizeHint()))


def natural_size(dialog: QDialog, ui: Ui_ExportDialog) -> QSize:
    """The size at which the choices would need no scrolling at all."""
    outer, area, holder = ui.dialogLayout, ui.choicesScroll, ui.choicesHolder
    scroll_bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    margins = outer.contentsMargins()
    sides = margins.left() + margins.right() + scroll_bar
    width = max(
        dialog.sizeHint().width() + scroll_bar,
        _descriptions_width(ui) + sides,
        dialog.minimumSizeHint().width(),
    )
    # The rest of the dialog at that width, with the choices as tall as their words make
    # them there, rather than the lines a scroll area asks for by itself.
    rest = _height_at(dialog, width) - area.sizeHint().height()
    return QSize(width, rest + _height_at(holder, width - sides))


def _descriptions_width(ui: Ui_ExportDialog) -> int:
    """How wide the choices are with each format's description on one line: room enough is
    used for that, so the choices are shorter to scroll through; the descriptions wrap only
    on a screen too narrow for it."""
    box, layout = ui.formatBox, ui.formatLayout
    chrome = box.contentsMargins().left() + box.contentsMargins().right()
    chrome += layout.contentsMargins().left() + layout.contentsMargins().right()
    return chrome + max(
        about.indent() + math.ceil(QFontMetricsF(about.font()).horizontalAdvance(about.text()))
        for about in (ui.jsonAbout, ui.markdownAbout, ui.pdfAbout)
    )


def _height_at(widget: QWidget, width: int) -> int:
    """How tall ``widget`` is at ``width``, its wrapped words taking the lines they need."""
    layout = widget.layout()
    if layout is not None and layout.hasHeightForWidth():
        return layout.totalHeightForWidth(width)
    return widget.sizeHint().height()
