"""Print entries to a PDF: one entry or a range, calm and printable, with real text.

Why Qt here: ``QPdfWriter`` and ``QTextDocument`` already lay out text with the system's
fonts (and their fallbacks for other scripts), break pages and embed the fonts as real,
searchable text, so kindspace needs no PDF library of its own. That makes this the one
export that lives in ``gui/``; the CLI reaches it only for ``--format pdf``.

The layout comes from :mod:`kindspace.transfer.entry_sections`, the same one the Markdown
export uses. The document is built with a text cursor rather than from HTML: the person's
words go in as plain text, so nothing they wrote can turn into markup.

A PDF is a plaintext copy of journal text, so like every export it is written to a private
(0600) temporary file beside the target and renamed into place only when complete.

Why entries are read a page range at a time: a printout runs by day, so the order is found
first from small keys (day, moment, id), and the entries themselves are read by id as each
range of pages is laid out (twice: once to count the pages, once to paint them). Only a
range's entries are ever in memory, so memory stays flat however long the journal is.

Why ``on_entry`` and ``on_page``: File ▸ Export runs this on a worker thread with a Stop
button. Laying the pages out to count them and then painting them are nearly all of the
time, so progress and Stop reach into both; an exception from either leaves no file behind.
Qt allows ``QTextDocument``, ``QPdfWriter`` and ``QPainter`` on such a paint device off the
GUI thread, on a thread Qt started (a filled document's layout starts a Qt timer, which
needs one; see :mod:`kindspace.gui.transfer_worker`). The dialog's tests print non-Latin
text that way, offscreen and under Xvfb.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMarginsF, QSizeF
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrinter

from kindspace import i18n
from kindspace.errors import KindspaceError
from kindspace.gui.dates import clock_time, long_date
from kindspace.gui.pdf_pages import Block, PageRanges, PageReport, text_first
from kindspace.gui.translation import locale_for
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate
from kindspace.journal.database import DatabaseError, describe_storage_error
from kindspace.paths import private_file_beside
from kindspace.transfer.entry_sections import EntryLayout, lay_out_entry
from kindspace.transfer.json_export import export_write_error
from kindspace.transfer.selection import ALL_PARTS, EntryPart, EntrySelection

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal
    from kindspace.journal.models import Entry
    from kindspace.practice.definitions import ExerciseCatalog

#: What the PDF's own title says: a viewer shows it in its window title, so never entry text.
DOCUMENT_TITLE = QT_TRANSLATE_NOOP("PdfExport", "kindspace journal")
MARGIN_MM = 20.0
RESOLUTION_DPI = 300
#: Space above an entry that follows another on the same page.
ENTRY_GAP_POINTS = 30.0
#: The application :func:`ensure_gui_application` made, kept so it lives as long as the process.
_headless_application: QGuiApplication | None = None


def export_pdf(
    journal: Journal,
    path: Path,
    selection: EntrySelection = EntrySelection(),  # noqa: B008  (frozen, so safe to share)
    parts: frozenset[EntryPart] = ALL_PARTS,
    catalog: ExerciseCatalog | None = None,
    *,
    on_page: PageReport | None = None,
    on_entry: PageReport | None = None,
) -> int:
    """Write the chosen entries to one PDF at ``path``; returns how many it holds.

    Entries come by day, then by time, one after another (short ones share a page), each
    showing only the chosen ``parts``. An existing file at
    ``path`` is replaced (the caller asks the person first). ``on_entry(index, count)`` is
    called before each entry is laid out to count the pages, ``on_page(index, count)``
    before each page is painted; either may raise to stop. Needs a Qt application
    object; :func:`ensure_gui_application` makes a headless one for the command line.
    """
    path = Path(path)
    try:
        order = day_order(journal, selection)
        return write_pdf(_layouts(journal, order, catalog, on_entry), path, parts, on_page=on_page)
    except DatabaseError as error:
        raise describe_storage_error(error, journal.location.database) from error


def day_order(journal: Journal, selection: EntrySelection) -> list[str]:
    """The chosen entries' ids by day, then by the moment written: chosen ids and imports
    come in any order, but a printout is read like a diary. Only small keys are kept, so
    the entries themselves can be read again a range at a time."""
    keys: list[tuple[date, datetime, str]] = [
        (entry.day, entry.created.astimezone(UTC), entry.id) for entry in selection.entries(journal)
    ]
    keys.sort(key=lambda key: (key[0], key[1]))  # stable: ties keep the selection's order
    return [entry_id for _day, _moment, entry_id in keys]


def _layouts(
    journal: Journal,
    order: Sequence[str],
    catalog: ExerciseCatalog | None,
    on_entry: PageReport | None,
) -> Callable[[], Iterator[EntryLayout]]:
    """Reads the entries in ``order`` afresh each time it is called, one at a time; the
    first time (counting pages) tells ``on_entry`` about each."""
    passes = 0

    def read() -> Iterator[EntryLayout]:
        nonlocal passes
        passes += 1
        report = on_entry if passes == 1 else None
        for index, entry_id in enumerate(order):
            if report is not None:
                report(index, len(order))
            yield lay_out_entry(journal.entries.get(entry_id), catalog)

    return read


def print_entries(
    journal: Journal,
    printer: QPrinter,
    selection: EntrySelection = EntrySelection(),  # noqa: B008  (frozen, so safe to share)
    parts: frozenset[EntryPart] = ALL_PARTS,
    catalog: ExerciseCatalog | None = None,
) -> int:
    """Print the chosen entries on ``printer`` (set up by a print dialog) as the PDF shows them."""
    try:
        order = day_order(journal, selection)
        return _render(_layouts(journal, order, catalog, None), parts, printer, printer.newPage)
    except DatabaseError as error:
        raise describe_storage_error(error, journal.location.database) from error


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a headless one so the CLI can print without a display."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    # offscreen needs no display server and never shows a window; fonts still come from
    # fontconfig, so other scripts fall back to whatever fonts the machine has.
    global _headless_application
    _headless_application = QGuiApplication(["kindspace", "-platform", "offscreen"])
    return _headless_application


def write_pdf(
    layouts: Callable[[], Iterable[EntryLayout]] | Sequence[EntryLayout],
    path: Path,
    parts: frozenset[EntryPart],
    *,
    on_page: PageReport | None = None,
) -> int:
    """Lay out and print ``layouts`` (or a function that makes them afresh, for each pass)
    into a private temporary file, then rename it into place; returns how many entries it
    holds."""
    try:
        with private_file_beside(path) as temp:
            return _print(layouts, parts, temp, on_page)
    except OSError as error:
        raise export_write_error(error, path) from None


def page_size_for(locale: QLocale) -> QPageSize:
    """Letter where people measure in inches, A4 everywhere else."""
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def entry_blocks(layouts: Iterable[EntryLayout], parts: frozenset[EntryPart]) -> list[Block]:
    """The blocks (paragraphs) of the entries, one after another, in document order."""
    return list(iter_blocks(layouts, parts))


def iter_blocks(layouts: Iterable[EntryLayout], parts: frozenset[EntryPart]) -> Iterator[Block]:
    """:func:`entry_blocks` an entry at a time, so a long printout need not be held whole."""
    blocks: list[Block] = []
    for count, layout in enumerate(layouts):
        _Writer(blocks, follows=count > 0).entry(layout, parts)
        yield from blocks
        blocks.clear()


class _Writer:
    """Adds one entry's blocks to ``blocks``; one that follows another keeps a wide gap."""

    def __init__(self, blocks: list[Block], *, follows: bool) -> None:
        self.blocks = blocks
        self.first = True
        self.follows = follows

    def entry(self, layout: EntryLayout, parts: frozenset[EntryPart]) -> None:
        if EntryPart.TITLE in parts:
            # An untitled note is headed "Note" rather than by its first line, which the
            # body shows right below anyway.
            own_title = " ".join(layout.entry.title.split())
            self.block(own_title or layout.kind_title, scale=1.6, bold=True, after=3)
            if own_title and own_title != layout.kind_title:
                self.block(layout.kind_title, grey=True, after=2)
        if EntryPart.DATE in parts:
            self.block(when_text(layout.entry), grey=True, after=8)
        for section in layout.chosen(parts):
            if section.part in (EntryPart.RATINGS, EntryPart.TAGS):
                # Short facts read better as one quiet line than as a headed section.
                value = ", ".join(section.items) or section.text
                self.block(f"{section.heading}: {value}", grey=True, before=8, after=0)
                continue
            if section.heading:
                self.block(section.heading, scale=1.15, bold=True, before=14, after=4)
            for item in section.items:
                self.block(f"\u2022\u2002{item}", indent=14, after=3)
            for paragraph in _paragraphs(section.text):
                self.block(paragraph, after=6)
        if self.first:  # nothing chosen to show: still keep the entry's page
            self.block("")

    def block(
        self,
        text: str,
        *,
        scale: float = 1.0,
        bold: bool = False,
        grey: bool = False,
        before: float = 0,
        after: float = 0,
        indent: float = 0,
    ) -> None:
        if self.first:
            before = ENTRY_GAP_POINTS if self.follows else 0
        self.blocks.append(Block(text, scale, bold, grey, before, after, indent))
        self.first = False


def document_locale() -> QLocale:
    """The locale of the language kindspace speaks now (the window's, or the command line's
    when ``--format pdf`` runs without a window), so names of days and months match it.

    The default locale the window set at start wins when it speaks that language (it keeps
    the region: de_AT, en_GB)."""
    chosen = QLocale()
    if chosen.language() == QLocale(i18n.current_language()).language():
        return chosen
    return locale_for(i18n.current_language())


def when_text(entry: Entry, locale: QLocale | None = None) -> str:
    """ "Wednesday, 1 May 2024, 21:14": the entry's own day, written the way its language
    does, with the time only when it was written on that day (a note filed under another day
    was not written at that time on it)."""
    locale = locale or document_locale()
    text = long_date(entry.day, locale)
    moment = entry.time_of_day
    return text if moment is None else f"{text}, {clock_time(moment, locale)}"


def _paragraphs(text: str) -> list[str]:
    """Blank lines part paragraphs; a single line break stays one (U+2028 in a block)."""
    blocks = [block.strip("\n") for block in text.split("\n\n") if block.strip()]
    return [block.replace("\n", "\u2028") for block in blocks]


def _print(
    layouts: Callable[[], Iterable[EntryLayout]] | Sequence[EntryLayout],
    parts: frozenset[EntryPart],
    target: Path,
    on_page: PageReport | None,
) -> int:
    writer = QPdfWriter(str(target))
    writer.setTitle(translate("PdfExport", DOCUMENT_TITLE))
    writer.setCreator("kindspace")
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(page_size_for(QLocale.system()))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    return _render(layouts, parts, writer, writer.newPage, on_page, target)


def _render(
    layouts: Callable[[], Iterable[EntryLayout]] | Sequence[EntryLayout],
    parts: frozenset[EntryPart],
    device: QPdfWriter | QPrinter,
    new_page: Callable[[], bool],
    on_page: PageReport | None = None,
    target: Path | None = None,
) -> int:
    page = QSizeF(device.pageLayout().paintRectPixels(device.resolution()).size())
    make_layouts = layouts if callable(layouts) else (lambda: layouts)
    entries = 0

    def counted() -> Iterator[EntryLayout]:
        nonlocal entries
        entries = 0  # each pass counts afresh; the last (painting) one is returned
        for layout in make_layouts():
            entries += 1
            yield layout

    def blocks() -> Iterator[Block]:
        return iter_blocks(counted(), parts)

    ranges = PageRanges(blocks, *text_first(device, page))
    painter = QPainter()
    if not painter.begin(device):
        if target is None:
            raise KindspaceError(
                translate(
                    "PdfExport",
                    "Printing could not start. Please check the printer and try again.",
                )
            )
        raise KindspaceError(
            translate(
                "PdfExport", "The PDF could not be started at {path}. Please choose another place."
            ).format(path=target)
        )
    try:
        ranges.paint(painter, new_page, on_page)
    finally:
        painter.end()
    return entries
