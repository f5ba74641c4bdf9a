"""Light, dark and text size reach the whole app; dark fields stand out from the window."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from kindspace.gui.theme import ThemeKeeper, is_dark, palette_for
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
