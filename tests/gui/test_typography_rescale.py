"""A text-size change reaches every scaled widget, even when PySide hands back something else.

Why: ``QApplication.allWidgets()`` once returned a stale ``QWidgetItem`` wrapper (a deleted
layout item's, at an address a new widget reused), and the rescaling stopped there, leaving
the widgets after it at the old size. The full test run failed on it now and then.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWidgetItem
from pytestqt.qtbot import QtBot

from kindspace.gui.typography import scale_font
from tests.helpers.text_size import text_at


def test_a_layout_item_among_the_widgets_stops_no_rescaling(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    label = QLabel("words")
    qtbot.addWidget(label)
    scale_font(label, 1.5)
    held = QWidget()
    qtbot.addWidget(held)
    item = QWidgetItem(held)  # a real item, as the stale wrapper was
    monkeypatch.setattr(QApplication, "allWidgets", staticmethod(lambda: [item, label]))

    with text_at(150):
        assert label.font().pointSizeF() == pytest.approx(qapp.font().pointSizeF() * 1.5)
