"""Painting a long printout a page range at a time, so memory stays flat however long it is.

Why: a ``QTextDocument`` keeps the layout of every line it holds. A whole 20-year journal in
one document took about 490 MB at its peak. Here a document holds a few thousand paragraphs
(blocks) at a time; its pages are painted and it is dropped before the next one is built.

Why the output stays the same as one long document: a range ends only where a page starts
with a new paragraph exactly at its top (never inside a paragraph, which could wrap
differently). The next document starts with that paragraph, so everything after it lies
where it would have in one document, shifted by whole pages. When a range holds no such
page start, it grows until it does (at worst the whole printout in one document, as
before). "Page n of m" needs m before the first page is painted, so the ranges are found
in a first pass that only lays out, and laid out again for painting.

Why the blocks come from a function that makes them afresh for each pass rather than as one
list: then only a range's blocks are in memory at a time, and the entries behind them can be
read from the journal a range at a time too, so memory stays flat as the journal grows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import NamedTuple

from PySide6.QtCore import QLocale, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPaintDevice,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from kindspace.gui.words import translate

#: The body text's size; headings and quiet lines are given relative to it.
BODY_POINTS = 11.0
#: The height kept below each page's text for its page number.
FOOTER_INCHES = 0.35
#: Block spacing in points (1/72 inch); Qt measures margins in 96-per-inch pixels.
_PIXELS_PER_POINT = 96 / 72
_LINE_HEIGHT_PERCENT = 125
#: Paragraphs per document: a few hundred pages, a small fraction of a long journal.
RANGE_BLOCKS = 3000
FOOTER_SCALE = 0.8
_QUIET_GREY = QColor(0x55, 0x55, 0x55)
#: How close (in pixels) a line must be to a page's top to count as starting it.
_EPSILON = 0.01


class Block(NamedTuple):
    """One paragraph: its text and how it looks (sizes in points; see ``pdf_export``)."""

    text: str
    scale: float
    bold: bool
    grey: bool
    before: float
    after: float
    indent: float


#: Makes an empty document set up for the device; returns it and the footer's height.
NewDocument = Callable[[], tuple[QTextDocument, float]]
#: Writes blocks into an empty document.
Fill = Callable[[QTextDocument, Sequence[Block]], None]
#: Told ``(index, count)`` before each page is painted; it may raise to stop.
PageReport = Callable[[int, int], None]
#: Makes the printout's blocks afresh, in order (called once for each pass).
Blocks = Callable[[], Iterable[Block]]


class PageRanges:
    """The printout's blocks, split into ranges that each end on a whole page."""

    def __init__(
        self, blocks: Blocks | Sequence[Block], new_document: NewDocument, fill: Fill
    ) -> None:
        self.blocks: Blocks = blocks if callable(blocks) else (lambda: blocks)
        self.new_document = new_document
        self.fill = fill
        #: (blocks in the range, pages to paint from it); the last range paints all its pages.
        self.ranges: list[tuple[int, int]] = []
        self._plan()

    @property
    def page_count(self) -> int:
        return sum(pages for _size, pages in self.ranges)

    def _plan(self) -> None:
        source = iter(self.blocks())
        waiting: list[Block] = []  # read, not yet in a finished range
        size = RANGE_BLOCKS
        while True:
            waiting.extend(islice(source, max(0, size - len(waiting))))
            if len(waiting) < size:  # the printout ends in this range
                document, _footer = self._document(waiting)
                self.ranges.append((len(waiting), max(1, document.pageCount())))
                return
            document, _footer = self._document(waiting[:size])
            cut = _last_clean_cut(document)
            del document
            if cut is None:
                size *= 2  # no page starts with a paragraph yet: take more and look again
                continue
            block, page = cut
            self.ranges.append((block, page))
            del waiting[:block]
            size = RANGE_BLOCKS

    def _document(self, blocks: Sequence[Block]) -> tuple[QTextDocument, float]:
        document, footer_height = self.new_document()
        self.fill(document, blocks)
        document.pageCount()  # lays it out
        return document, footer_height

    def paint(
        self,
        painter: QPainter,
        new_page: Callable[[], bool],
        on_page: PageReport | None = None,
    ) -> None:
        """Paint every page with "Page n of m" centred below it, a range at a time."""
        count = self.page_count
        index = 0
        source: Iterator[Block] = iter(self.blocks())
        for number, (size, pages) in enumerate(self.ranges):
            last = number + 1 == len(self.ranges)
            document, footer_height = self._document(list(source if last else islice(source, size)))
            for page in range(pages):
                if on_page is not None:
                    on_page(index, count)
                if index:
                    new_page()
                footer = translate("PdfExport", "Page {number} of {count}").format(
                    number=QLocale().toString(index + 1), count=QLocale().toString(count)
                )
                _paint_page(painter, document, page, footer_height, footer)
                index += 1
            del document  # its layout goes before the next range is built


def _last_clean_cut(document: QTextDocument) -> tuple[int, int] | None:
    """(block number, page index) of the last page that begins exactly with a paragraph's
    first line at its very top and after a paragraph that ended on the page before; None
    when no page (after the first) does."""
    height = document.pageSize().height()
    block = document.lastBlock()
    while block.isValid() and block.blockNumber() > 0:
        text_layout = block.layout()
        previous = block.previous()
        if (
            text_layout.lineCount()
            and previous.layout().lineCount()
            and not block.blockFormat().topMargin()
        ):
            top = text_layout.position().y() + text_layout.lineAt(0).y()
            page = round(top / height)
            if page >= 1 and abs(top - page * height) < _EPSILON:
                above = previous.layout()
                last = above.lineAt(above.lineCount() - 1)
                if above.position().y() + last.y() + last.height() <= page * height + _EPSILON:
                    return block.blockNumber(), page
        block = previous
    return None


def _paint_page(
    painter: QPainter, document: QTextDocument, page: int, footer_height: float, footer: str
) -> None:
    body = document.pageSize()
    top = page * body.height()
    painter.save()
    painter.translate(0, -top)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.clip = QRectF(0, top, body.width(), body.height())
    context.palette = _paper_palette()
    painter.setClipRect(context.clip)
    document.documentLayout().draw(painter, context)
    painter.restore()
    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(document.defaultFont().pointSizeF() * FOOTER_SCALE)
    painter.setFont(footer_font)
    painter.setPen(_QUIET_GREY)
    painter.drawText(
        QRectF(0, body.height(), body.width(), footer_height),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
        footer,
    )


def _paper_palette() -> QPalette:
    """Dark text on white paper, whatever colours the app itself shows (a dark theme's light
    text would print invisible on paper)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, QColor(Qt.GlobalColor.black))
    palette.setColor(QPalette.ColorRole.Base, QColor(Qt.GlobalColor.white))
    palette.setColor(QPalette.ColorRole.Window, QColor(Qt.GlobalColor.white))
    return palette


def text_first(device: QPaintDevice, page: QSizeF) -> tuple[NewDocument, Fill]:
    """How the printout makes and fills its documents for ``device``: text first, then the
    layout's device and page size, so each is laid out once at the end rather than again
    after every paragraph (about five times faster, the same layout line by line).

    A filled document's new layout starts a Qt timer, so this needs a thread Qt started
    (the GUI thread or a ``QThread``)."""

    def new_document() -> tuple[QTextDocument, float]:
        document = QTextDocument()
        document.setDefaultFont(body_font())  # the blocks' sizes are relative to it
        return document, device.logicalDpiY() * FOOTER_INCHES

    def fill(document: QTextDocument, blocks: Sequence[Block]) -> None:
        fill_document(document, blocks)
        prepare_document(document, device, page)

    return new_document, fill


def fill_document(document: QTextDocument, blocks: Iterable[Block]) -> None:
    """Write ``blocks`` into an empty ``document``.

    Built with a text cursor rather than HTML: the person's words go in as plain text, so
    nothing they wrote can ever be read as markup, and spacing is set exactly.
    """
    cursor = QTextCursor(document)
    size = document.defaultFont().pointSizeF()
    for number, block in enumerate(blocks):
        text, scale, bold, grey, before, after, indent = block
        block_format = QTextBlockFormat()
        block_format.setTopMargin(before * _PIXELS_PER_POINT)
        block_format.setBottomMargin(after * _PIXELS_PER_POINT)
        block_format.setLineHeight(
            _LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        if indent:
            block_format.setLeftMargin(indent * _PIXELS_PER_POINT)
            block_format.setTextIndent(-8 * _PIXELS_PER_POINT)
        char_format = QTextCharFormat()
        char_format.setFontPointSize(size * scale)
        char_format.setFontWeight(QFont.Weight.DemiBold if bold else QFont.Weight.Normal)
        if grey:
            char_format.setForeground(_QUIET_GREY)
        if number == 0:
            cursor.setBlockFormat(block_format)
            cursor.setBlockCharFormat(char_format)
        else:
            cursor.insertBlock(block_format, char_format)
        cursor.insertText(text, char_format)


def prepare_document(document: QTextDocument, device: QPaintDevice, page: QSizeF) -> float:
    """Set fonts and page size for ``device``; returns the height kept for page numbers."""
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setDefaultFont(body_font())
    footer_height = device.logicalDpiY() * FOOTER_INCHES
    document.setPageSize(QSizeF(page.width(), page.height() - footer_height))
    return footer_height


def body_font() -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(BODY_POINTS)
    return font
