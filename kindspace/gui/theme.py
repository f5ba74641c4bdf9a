"""Light, dark or the system's scheme, and a text size, applied to the whole app.

Why our own palettes: Fusion looks the same on every desktop, and an explicit palette is the
only way to honour "dark" where the platform has no dark theme (X11 without a portal, the
offscreen platform). "system" follows ``QStyleHints.colorScheme()`` and changes live when the
desktop switches. The colours are soft on purpose: nothing in kindspace should shout.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from kindspace.preferences import Preferences

_LIGHT = {
    QPalette.ColorRole.Window: "#f6f4f1",
    QPalette.ColorRole.WindowText: "#2f3437",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#efece7",
    QPalette.ColorRole.Text: "#2f3437",
    QPalette.ColorRole.PlaceholderText: "#6f7478",
    QPalette.ColorRole.Button: "#ece8e2",
    QPalette.ColorRole.ButtonText: "#2f3437",
    QPalette.ColorRole.Highlight: "#5b8a7a",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#2f3437",
    QPalette.ColorRole.Link: "#3f7264",
    QPalette.ColorRole.LinkVisited: "#5d6f8a",
    QPalette.ColorRole.Mid: "#cfc9c0",
    QPalette.ColorRole.Midlight: "#e2ddd6",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Dark: "#a39d94",
    QPalette.ColorRole.Shadow: "#7a756e",
    QPalette.ColorRole.BrightText: "#ffffff",
}
_DARK = {
    QPalette.ColorRole.Window: "#202427",
    QPalette.ColorRole.WindowText: "#e4e1dc",
    # Fields a little lighter than the window, so Fusion's dark outlines of check boxes and
    # radio buttons stand out against them.
    QPalette.ColorRole.Base: "#353b40",
    QPalette.ColorRole.AlternateBase: "#3b4247",
    QPalette.ColorRole.Text: "#e4e1dc",
    QPalette.ColorRole.PlaceholderText: "#9a9ea1",
    QPalette.ColorRole.Button: "#2f3437",
    QPalette.ColorRole.ButtonText: "#e4e1dc",
    QPalette.ColorRole.Highlight: "#6fa595",
    QPalette.ColorRole.HighlightedText: "#14171a",
    QPalette.ColorRole.ToolTipBase: "#2f3437",
    QPalette.ColorRole.ToolTipText: "#e4e1dc",
    QPalette.ColorRole.Link: "#8cc3b3",
    QPalette.ColorRole.LinkVisited: "#a9b8d0",
    QPalette.ColorRole.Mid: "#4a5054",
    QPalette.ColorRole.Midlight: "#3a4044",
    QPalette.ColorRole.Light: "#50575b",
    QPalette.ColorRole.Dark: "#15181a",
    QPalette.ColorRole.Shadow: "#0c0e0f",
    QPalette.ColorRole.BrightText: "#ffffff",
}


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``amount`` of the way from ``first`` to ``second`` (0 is first, 1 is second), opaque:
    how views derive gentle tints from the palette instead of inventing colours."""
    keep = 1.0 - amount
    return QColor.fromRgbF(
        first.redF() * keep + second.redF() * amount,
        first.greenF() * keep + second.greenF() * amount,
        first.blueF() * keep + second.blueF() * amount,
    )


def palette_for(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
        disabled = QColor(colour)
        if role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
        ):
            disabled.setAlphaF(0.5)
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def wants_dark(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return system_prefers_dark()


def is_dark(palette: QPalette) -> bool:
    """Whether the palette in use is dark (for views that draw their own colours)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class ThemeKeeper:
    """Applies preferences to the app and follows the system scheme while set to "system"."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._theme = "system"
        self._base_point_size = app.font().pointSizeF()
        app.setStyle("Fusion")
        app.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)

    def apply(self, preferences: Preferences) -> None:
        self._theme = preferences.theme
        self._app.setPalette(palette_for(wants_dark(self._theme)))
        font = QFont(self._app.font())
        font.setPointSizeF(self._base_point_size * preferences.text_size / 100)
        self._app.setFont(font)

    def _on_system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._theme == "system":
            self._app.setPalette(palette_for(system_prefers_dark()))
