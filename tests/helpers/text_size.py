"""The app's text at a larger size for one test, as Settings ▸ Comfort sets it, then put back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kindspace.gui.theme import ThemeKeeper


@contextmanager
def text_at(percent: float) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * percent / 100)
    app.setFont(font)
    try:
        yield
    finally:
        app.setFont(before)


@contextmanager
def as_the_app_looks(percent: int) -> Iterator[ThemeKeeper]:
    """kindspace's own style, palette and focus ring at ``percent`` text, as the app shows
    them (their paddings decide what fits), then the test application's look again."""
    from PySide6.QtWidgets import QStyleFactory

    from kindspace.preferences import Preferences

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font, style = app.palette(), QFont(app.font()), app.style().name()
    keeper = ThemeKeeper(app)
    keeper.apply(Preferences(theme="light", text_size=percent))
    try:
        yield keeper
    finally:
        app.setPalette(palette)
        app.setFont(font)
        previous = QStyleFactory.create(style)
        if previous is not None:
            app.setStyle(previous)
