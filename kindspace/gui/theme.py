"""kindspace's design system: the calm palette, the spacing scale and every pair of colours
that carries text, applied to the whole app together with light, dark or the system's scheme.

Why our own palettes: Fusion looks the same on every desktop, and an explicit palette is the
only way to honour "dark" where the platform has no dark theme (X11 without a portal, the
offscreen platform). "system" follows ``QStyleHints.colorScheme()`` and changes live when the
desktop switches. The colours are soft on purpose: nothing in kindspace should shout. Soft
must still be readable, so every pair that carries text is listed in :func:`text_pairs` and a
test holds each one to WCAG's 4.5:1 in both schemes (docs/design/visual.md has the figures).
The type scale lives in typography.py; the focus ring in focus_ring.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from kindspace.preferences import Preferences

#: WCAG 2.2 minimum contrast for body text (1.4.3) and for a focus indicator (1.4.11).
TEXT_CONTRAST = 4.5
NON_TEXT_CONTRAST = 3.0


class Spacing:
    """The spacing scale, on a 4-px grid: every margin and gap in the views is one of these
    (the .ui files use them as numbers; docs/design/visual.md says which goes where)."""

    XS = 4  # between a label and its own field
    S = 8  # between controls in a row or a column
    M = 12  # inside a card or a group
    L = 16  # between groups; a page's top and bottom margin
    XL = 24  # a page's side margin
    XXL = 32  # around a single centred question


#: How strongly a search match is tinted (unselected rows; the selected row uses SELECTED_MARK).
MARK_STRENGTH = 0.35
SELECTED_MARK = 0.22
#: The breathing circle's fill, over the window (0-255); the words inside are Text on it.
BREATH_FILL_ALPHA = 70

_LIGHT = {
    QPalette.ColorRole.Window: "#f6f4f1",
    QPalette.ColorRole.WindowText: "#2f3437",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#efece7",
    QPalette.ColorRole.Text: "#2f3437",
    QPalette.ColorRole.PlaceholderText: "#5e6367",  # hints: 5.2:1 even on AlternateBase
    QPalette.ColorRole.Button: "#ece8e2",
    QPalette.ColorRole.ButtonText: "#2f3437",
    QPalette.ColorRole.Highlight: "#4a7a6b",  # white on it: 4.9:1
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
    QPalette.ColorRole.PlaceholderText: "#aeb2b4",  # 4.8:1 even on AlternateBase
    QPalette.ColorRole.Button: "#2f3437",
    QPalette.ColorRole.ButtonText: "#e4e1dc",
    QPalette.ColorRole.Highlight: "#80b6a6",  # also calendar counts: 4.9:1 on Base
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
#: The keyboard focus ring, 2 px: at least 3:1 against the window, fields and buttons.
FOCUS_RING = {False: "#3f7264", True: "#8cc3b3"}

_ROLE = QPalette.ColorRole
#: Every palette pair that carries text: (what it is, text role, background role).
TEXT_ROLE_PAIRS = (
    ("labels", _ROLE.WindowText, _ROLE.Window),
    ("typed text", _ROLE.Text, _ROLE.Base),
    ("text on alternate rows", _ROLE.Text, _ROLE.AlternateBase),
    ("text on the window (read-only text)", _ROLE.Text, _ROLE.Window),
    ("hints on the window", _ROLE.PlaceholderText, _ROLE.Window),
    ("placeholders in fields", _ROLE.PlaceholderText, _ROLE.Base),
    ("quiet text on alternate rows", _ROLE.PlaceholderText, _ROLE.AlternateBase),
    ("buttons", _ROLE.ButtonText, _ROLE.Button),
    ("selected items (white on green)", _ROLE.HighlightedText, _ROLE.Highlight),
    ("tooltips", _ROLE.ToolTipText, _ROLE.ToolTipBase),
    ("links on the window", _ROLE.Link, _ROLE.Window),
    ("links in fields", _ROLE.Link, _ROLE.Base),
    ("visited links", _ROLE.LinkVisited, _ROLE.Base),
    ("calendar counts", _ROLE.Highlight, _ROLE.Base),
)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an opaque sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio (1 to 21) between two opaque colours."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` (maybe translucent) as it looks painted over an opaque ``background``."""
    return mix(background, colour, colour.alphaF())


def search_mark(palette: QPalette, *, selected: bool) -> QColor:
    """The background behind a search match (the match itself is bold text on it).

    On the selected row the green is moved away from the selection's text colour (darker
    under white, lighter under dark text), so the match stands out and stays readable.
    """
    if selected:
        text = palette.color(_ROLE.HighlightedText)
        away = QColor("#000000") if text.lightness() > 127 else QColor("#ffffff")
        return mix(palette.color(_ROLE.Highlight), away, SELECTED_MARK)
    return mix(palette.color(_ROLE.Base), palette.color(_ROLE.Highlight), MARK_STRENGTH)


def breath_fill(palette: QPalette) -> QColor:
    fill = QColor(palette.color(_ROLE.Highlight))
    fill.setAlpha(BREATH_FILL_ALPHA)
    return fill


def focus_ring_colour(palette: QPalette) -> QColor:
    return QColor(FOCUS_RING[is_dark(palette)])


def text_pairs(palette: QPalette) -> list[tuple[str, QColor, QColor]]:
    """Every colour pair in the app that carries text, including the ones views derive."""
    pairs = [
        (name, palette.color(text), palette.color(background))
        for name, text, background in TEXT_ROLE_PAIRS
    ]
    window = palette.color(_ROLE.Window)
    pairs += [
        ("search matches", palette.color(_ROLE.Text), search_mark(palette, selected=False)),
        (
            "search matches, selected row",
            palette.color(_ROLE.HighlightedText),
            search_mark(palette, selected=True),
        ),
        (
            "words in the breathing circle",
            palette.color(_ROLE.Text),
            over(breath_fill(palette), window),
        ),
    ]
    return pairs


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
        # Imported here: the focus ring reads its colour and spacing from this module.
        from kindspace.gui.focus_ring import FocusRing, KindStyle

        self.style = KindStyle()
        app.setStyle(self.style)
        self.focus_ring = FocusRing.install(app)
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
