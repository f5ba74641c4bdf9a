"""kindspace's icon for the window and the tray, from the bitmaps the packages ship.

Why the bitmaps and not the SVG they are drawn from: an SVG icon loads Qt's SVG module and
icon engine at start (a few milliseconds and most of a megabyte that stay resident), while
``resources/icons/hicolor`` already holds the icon at every size a window, task bar or tray
asks for. QIcon reads each file only when that size is first painted.
"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from kindspace.paths import resource_path

#: The sizes in ``resources/icons/hicolor`` (``packaging/make_icons.py`` renders them).
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The icon at every shipped size; a null icon when none of the files is there."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", "hicolor", f"{size}x{size}", "apps", "kindspace.png")
        if path.exists():
            icon.addFile(str(path))
    return icon
