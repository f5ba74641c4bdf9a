"""Light, dark and text size reach the whole app; every word reads at 4.5:1; focus shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kindspace.gui.theme import (
    NON_TEXT_CONTRAST,
    TEXT_CONTRAST,
    ThemeKeeper,
    contrast_ratio,
    focus_ring_colour,
    is_dark,
    palette_for,
    text_pairs,
)
from kindspace.preferences import Preferences


@pytest.fixture
def keeper(qapp: QApplication):
    palette, font = qapp.palette(), qapp.font()
    yield ThemeKeeper(qapp)
    qapp.setPalette(palette)
    qapp.setFont(font)


def test_dark_and_light_are_applied(keeper: ThemeKeeper, qapp: QApplication) -> None:
    keeper.apply(Preferences(theme="dark"))
    assert is_dark(qapp.palette())
    keeper.apply(Preferences(theme="light"))
    assert not is_dark(qapp.palette())


def test_text_size_scales_the_app_font(keeper: ThemeKeeper, qapp: QApplication) -> None:
    keeper.apply(Preferences(text_size=100))
    base = qapp.font().pointSizeF()
    keeper.apply(Preferences(text_size=130))
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.3)


@pytest.mark.parametrize("dark", [True, False])
def test_text_is_readable_and_fields_are_distinct(dark: bool) -> None:
    palette = palette_for(dark)
    window = palette.color(QPalette.ColorRole.Window).lightness()
    base = palette.color(QPalette.ColorRole.Base).lightness()
    text = palette.color(QPalette.ColorRole.Text).lightness()
    assert abs(text - base) > 120
    assert abs(base - window) >= 10  # check boxes and fields must not vanish into the window


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_colour_pair_that_carries_text_reads_at_4_5_to_1(dark: bool) -> None:
    faint = {
        name: round(contrast_ratio(text, background), 2)
        for name, text, background in text_pairs(palette_for(dark))
        if contrast_ratio(text, background) < TEXT_CONTRAST
    }
    assert faint == {}


def test_contrast_is_measured_as_wcag_says() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_the_focus_ring_stands_out_from_what_surrounds_it(dark: bool) -> None:
    palette = palette_for(dark)
    ring = focus_ring_colour(palette)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        assert contrast_ratio(ring, palette.color(role)) >= NON_TEXT_CONTRAST, role.name


def ring_width_left_of(image: QImage, widget_rect: QRect, ring: QColor) -> int:
    """How many pixels of the ring colour lie just left of the widget, at its middle."""
    y = widget_rect.center().y()
    return sum(
        1
        for x in range(max(0, widget_rect.left() - 6), widget_rect.left())
        if image.pixelColor(x, y).name() == ring.name()
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_focused_control_gets_a_ring_two_pixels_wide(
    keeper: ThemeKeeper, qapp: QApplication, qtbot: QtBot, scheme: str
) -> None:
    keeper.apply(Preferences(theme=scheme))
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first, second, field = QPushButton("First"), QPushButton("Second"), QLineEdit()
    for widget in (first, second, field):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    ring = focus_ring_colour(qapp.palette())
    for widget in (second, field):
        widget.setFocus()
        qtbot.waitUntil(
            lambda w=widget: (
                keeper.focus_ring.frame is not None  # type: ignore[union-attr]
                and keeper.focus_ring.frame.widget() is w
            )
        )  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: keeper.focus_ring.frame.isVisible())  # type: ignore[union-attr]
        image = window.grab().toImage()
        assert ring_width_left_of(image, second.geometry(), ring) == (2 if widget is second else 0)
        assert ring_width_left_of(image, field.geometry(), ring) == (2 if widget is field else 0)
