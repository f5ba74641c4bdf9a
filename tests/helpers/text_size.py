"""The app's text at a larger size for one test, as Settings ▸ Comfort sets it, then put back."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication


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
