"""The pinned PySide6 keeps Python's ``None`` alive through void calls.

Why this test exists: PySide6 6.12 returned ``None`` from void methods (``setAlpha``,
``setText``, ``update``, every QPainter draw call) without taking a reference to it. Python
3.12+ never frees ``None``, so nothing showed there, but Python 3.11 aborts the whole
process with "none_dealloc" once enough calls have run: a few thousand calendar cells or
PDF lines. kindspace supports 3.11, so the binding it pins must not have that bug.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel

CALLS = 300


def test_void_calls_leave_nones_reference_count_alone(qapp: object) -> None:
    label = QLabel()
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    colour = QColor()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        colour.setAlpha(10)
        label.setText("calm")
        painter = QPainter(image)
        painter.fillRect(QRect(0, 0, 4, 4), colour)
        painter.end()
    # Other code may hold a few more references afterwards, never hundreds fewer.
    assert sys.getrefcount(None) - before > -CALLS // 2
