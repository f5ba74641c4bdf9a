"""Render kindspace's icon (resources/icons/kindspace.svg) into every size the platforms want.

Why generated and committed: the Linux icon theme, Windows and macOS want bitmaps at fixed
sizes, while the SVG is the one thing a person edits. Run this after changing the SVG:

    python packaging/make_icons.py            # writes into resources/icons/
    python packaging/make_icons.py --out DIR  # writes elsewhere (the packaging test compares)

Output:
    hicolor/<n>x<n>/apps/kindspace.png   n = 16 22 24 32 48 64 128 256 512 (the freedesktop
                                         icon theme layout, so it can be copied to
                                         /usr/share/icons/hicolor as it is)
    kindspace.ico                        16 24 32 48 64 as 32-bit BMP, 256 as PNG (Windows)
    kindspace.icns                       16 to 1024 as PNG, 1x and 2x (macOS)

The SVG is drawn with Qt's own renderer (QtSvg); ICO and ICNS are assembled here byte by
byte, since both are a small header in front of images Qt already encodes.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "kindspace.svg"
NAME = "kindspace"
THEME_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_BMP_SIZES = (16, 24, 32, 48, 64)
ICO_PNG_SIZES = (256,)
#: ICNS element types holding PNG data, and the pixel size of each.
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),  # 512@2x
    ("ic11", 32),  # 16@2x
    ("ic12", 64),  # 32@2x
    ("ic13", 256),  # 128@2x
    ("ic14", 512),  # 256@2x
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn into a transparent ``size`` × ``size`` image (straight alpha)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """An ICO image in its BMP form: a BITMAPINFOHEADER, BGRA rows bottom-up, an AND mask.

    The header's height counts the colour rows and the mask rows together (twice the image).
    With 32-bit colour the alpha channel decides transparency, so the mask is all zeros.
    """
    width, height = image.width(), image.height()
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    # Format_ARGB32 is 0xAARRGGBB per pixel, which little-endian memory holds as B, G, R, A:
    # exactly a BMP's byte order.
    rows = [
        bytes(image.constScanLine(y))[: width * 4]
        if sys.byteorder == "little"
        else _swap_words(bytes(image.constScanLine(y))[: width * 4])
        for y in range(height)
    ]
    mask_row = bytes(((width + 31) // 32) * 4)
    return header + b"".join(reversed(rows)) + mask_row * height


def _swap_words(row: bytes) -> bytes:
    return b"".join(row[i : i + 4][::-1] for i in range(0, len(row), 4))


def ico_bytes(images: Sequence[tuple[int, bytes]]) -> bytes:
    """An ICO file from (size, encoded image) pairs: ICONDIR, one ICONDIRENTRY each, images."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns_bytes(elements: Sequence[tuple[str, bytes]]) -> bytes:
    """An ICNS file: 'icns' and the total length, then type, length and data per element."""
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data for kind, data in elements
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(source: Path, out: Path) -> list[Path]:
    """Render ``source`` into ``out`` in every format; returns the files written."""
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source} is not an SVG that Qt can draw")
    cache: dict[int, QImage] = {}

    def image(size: int) -> QImage:
        if size not in cache:
            cache[size] = render(renderer, size)
        return cache[size]

    written: list[Path] = []
    for size in THEME_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png_bytes(image(size)))
        written.append(path)
    ico = ico_bytes(
        [(size, bmp_entry(image(size))) for size in ICO_BMP_SIZES]
        + [(size, png_bytes(image(size))) for size in ICO_PNG_SIZES]
    )
    icns = icns_bytes([(kind, png_bytes(image(size))) for kind, size in ICNS_TYPES])
    for name, data in ((f"{NAME}.ico", ico), (f"{NAME}.icns", icns)):
        (out / name).write_bytes(data)
        written.append(out / name)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render kindspace's icon in every size.")
    parser.add_argument(
        "--source", type=Path, default=SOURCE, help="the SVG (default: %(default)s)"
    )
    parser.add_argument("--out", type=Path, default=SOURCE.parent, help="where to write")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    written = write_icons(args.source, args.out)
    del app
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
