"""Print entries to a PDF: one entry or a range, calm and printable, with real text.

Why Qt here: ``QPdfWriter`` and ``QTextDocument`` already lay out text with the system's
fonts (and their fallbacks for other scripts), break pages and embed the fonts as real,
searchable text, so kindspace needs no PDF library of its own. That makes this the one
export that lives in ``gui/``; the CLI reaches it only for ``--format pdf``.

The layout comes from :mod:`kindspace.transfer.entry_sections`, the same one the Markdown
export uses. The HTML is built here with every piece of the person's text escaped, so
nothing they wrote can turn into markup.

A PDF is a plaintext copy of journal text, so like every export it is written to a private
(0600) temporary file beside the target and renamed into place only when complete.
"""

from __future__ import annotations

import contextlib
import html
import os
import secrets
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from kindspace.errors import KindspaceError
from kindspace.journal.database import DatabaseError, describe_storage_error
from kindspace.paths import PRIVATE_FILE_MODE, fsync_dir
from kindspace.transfer.entry_sections import EntryLayout, lay_out_entry
from kindspace.transfer.json_export import export_write_error
from kindspace.transfer.selection import ALL_PARTS, EntryPart, EntrySelection

if TYPE_CHECKING:
    from kindspace.journal.journal import Journal
    from kindspace.practice.definitions import ExerciseCatalog

#: What the PDF's own title says: a viewer shows it in its window title, so never entry text.
DOCUMENT_TITLE = "kindspace journal"
MARGIN_MM = 20.0
RESOLUTION_DPI = 300
BODY_POINTS = 11.0
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_STYLE = """
h1 { font-size: 18pt; font-weight: 600; margin-bottom: 2pt; }
h2 { font-size: 12.5pt; font-weight: 600; margin-top: 14pt; margin-bottom: 4pt; }
p { margin-top: 0; margin-bottom: 6pt; line-height: 135%; }
p.when { color: #555555; margin-bottom: 12pt; }
p.kind { color: #555555; margin-bottom: 2pt; }
ul { margin-top: 0; margin-bottom: 6pt; }
"""


def export_pdf(
    journal: Journal,
    path: Path,
    selection: EntrySelection = EntrySelection(),  # noqa: B008  (frozen, so safe to share)
    parts: frozenset[EntryPart] = ALL_PARTS,
    catalog: ExerciseCatalog | None = None,
) -> int:
    """Write the chosen entries to one PDF at ``path``; returns how many it holds.

    Each entry starts on a new page and shows only the chosen ``parts``. An existing file at
    ``path`` is replaced (the caller asks the person first). Needs a Qt application object;
    :func:`ensure_gui_application` makes a headless one for the command line.
    """
    path = Path(path)
    try:
        layouts = [lay_out_entry(entry, catalog) for entry in selection.entries(journal)]
    except DatabaseError as error:
        raise describe_storage_error(error, journal.location.database) from error
    write_pdf(layouts, path, parts)
    return len(layouts)


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a headless one so the CLI can print without a display."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    # offscreen needs no display server and never shows a window; fonts still come from
    # fontconfig, so other scripts fall back to whatever fonts the machine has.
    return QGuiApplication(["kindspace", "-platform", "offscreen"])


def write_pdf(layouts: Iterable[EntryLayout], path: Path, parts: frozenset[EntryPart]) -> None:
    """Lay out and print ``layouts`` into a private temporary file, then rename it into place."""
    folder = path.parent
    tmp = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        if os.name == "posix":
            os.fchmod(fd, PRIVATE_FILE_MODE)
        os.close(fd)
    except OSError as error:
        raise export_write_error(error, path) from None
    try:
        _print(entries_html(layouts, parts), tmp)
        with tmp.open("rb+") as handle:  # QPdfWriter does not flush to disk by itself
            os.fsync(handle.fileno())
        tmp.replace(path)
        fsync_dir(folder)
    except BaseException as error:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(error, OSError):
            raise export_write_error(error, path) from None
        raise


def page_size_for(locale: QLocale) -> QPageSize:
    """Letter where people measure in inches, A4 everywhere else."""
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def entries_html(layouts: Iterable[EntryLayout], parts: frozenset[EntryPart]) -> str:
    pages = [_entry_html(layout, parts) for layout in layouts]
    joined = '<div style="page-break-before: always;"></div>'.join(pages)
    return f"<html><head><style>{_STYLE}</style></head><body>{joined}</body></html>"


def _entry_html(layout: EntryLayout, parts: frozenset[EntryPart]) -> str:
    blocks: list[str] = []
    if EntryPart.TITLE in parts:
        # An untitled note is headed "Note" rather than by its first line, which the body
        # shows right below anyway.
        own_title = " ".join(layout.entry.title.split())
        blocks.append(f"<h1>{_escape(own_title or layout.kind_title)}</h1>")
        if own_title and own_title != layout.kind_title:
            blocks.append(f'<p class="kind">{_escape(layout.kind_title)}</p>')
    if EntryPart.DATE in parts:
        blocks.append(f'<p class="when">{_escape(when_text(layout.entry.created))}</p>')
    for section in layout.chosen(parts):
        if section.heading:
            blocks.append(f"<h2>{_escape(section.heading)}</h2>")
        if section.part is EntryPart.TAGS:
            blocks.append(f"<p>{_escape(', '.join(section.items))}</p>")
        elif section.items:
            items = "".join(f"<li>{_escape(item)}</li>" for item in section.items)
            blocks.append(f"<ul>{items}</ul>")
        else:
            blocks.append(_paragraphs(section.text))
    return "".join(blocks) or "<p></p>"


def when_text(moment: datetime) -> str:
    """ "Wednesday 1 May 2024, 21:14" in words that do not depend on the machine's locale."""
    return (
        f"{_WEEKDAYS[moment.weekday()]} {moment.day} {_MONTHS[moment.month - 1]} "
        f"{moment.year}, {moment:%H:%M}"
    )


def _paragraphs(text: str) -> str:
    """Blank lines part paragraphs; single line breaks stay line breaks."""
    paragraphs = [block.strip("\n") for block in text.split("\n\n") if block.strip()]
    return "".join(
        "<p>" + "<br/>".join(_escape(line) for line in block.split("\n")) + "</p>"
        for block in paragraphs
    )


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _print(document_html: str, target: Path) -> None:
    writer = QPdfWriter(str(target))
    writer.setTitle(DOCUMENT_TITLE)
    writer.setCreator("kindspace")
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageSize(page_size_for(QLocale.system()))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    document.setHtml(document_html)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    footer_height = round(RESOLUTION_DPI * 0.35)
    body = QSizeF(page.width(), page.height() - footer_height)
    document.setPageSize(body)
    painter = QPainter()
    if not painter.begin(writer):
        raise KindspaceError(
            f"The PDF could not be started at {target}. Please choose another place."
        )
    try:
        _paint_pages(painter, document, body, footer_height, writer.newPage)
    finally:
        painter.end()


def _paint_pages(
    painter: QPainter,
    document: QTextDocument,
    body: QSizeF,
    footer_height: int,
    new_page: Callable[[], bool],
) -> None:
    count = document.pageCount()
    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(BODY_POINTS * 0.8)
    for index in range(count):
        if index:
            new_page()
        painter.save()
        painter.translate(0, -index * body.height())
        document.drawContents(
            painter, QRectF(0, index * body.height(), body.width(), body.height())
        )
        painter.restore()
        painter.setFont(footer_font)
        painter.setPen(Qt.GlobalColor.darkGray)
        footer = QRectF(0, body.height(), body.width(), footer_height)
        painter.drawText(
            footer,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
            f"Page {index + 1} of {count}",
        )
