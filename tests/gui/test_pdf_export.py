"""The PDF export, read back with pypdf: real searchable text, only the chosen parts, the
entry's own day in day-then-time order, short entries sharing a page, page numbers, and a
private file that appears only when complete."""

from __future__ import annotations

import gc
import os
import re
import stat
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QImage,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from kindspace.errors import KindspaceError
from kindspace.gui.pdf_export import DOCUMENT_TITLE, export_pdf, page_size_for, print_entries
from kindspace.journal.journal import Journal
from kindspace.practice.definitions import ExerciseCatalog, load_exercises
from kindspace.transfer.selection import ALL_PARTS, EntryPart, EntrySelection, parse_parts
from tests.helpers.system import require_system_part

LISBON = timezone(timedelta(hours=1))
LETTER_BODY = "You are doing better than you think."
NOTE_BODY = "Rain on the roof <b>& co</b>.\n\nA second paragraph."


@pytest.fixture(scope="module")
def catalog() -> ExerciseCatalog:
    return load_exercises()


@pytest.fixture
def filled(journal: Journal) -> Journal:
    journal.entries.create(
        kind="compassionate_letter",
        title="For the mornings",
        body=LETTER_BODY,
        answers={"topic": "I snap at the children.", "letter": "Dear Sam,\nanyone would."},
        intensity_before=7,
        intensity_after=4,
        tags=["family"],
        written_at=datetime(2024, 5, 2, 8, 5, tzinfo=LISBON),
    )
    journal.entries.create(
        kind="rain",
        answers={"recognize": ["worry", "sadness"]},
        written_at=datetime(2024, 5, 3, 18, 30, tzinfo=UTC),
    )
    journal.entries.create(body=NOTE_BODY, written_at=datetime(2024, 5, 4, 7, 0, tzinfo=UTC))
    return journal


def page_texts(path: Path) -> list[str]:
    """Each page's text with runs of white space as one space (Qt places words one by one)."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def entry_texts(path: Path, *starts: str) -> list[str]:
    """The one page's text cut where each entry starts (short entries share a page)."""
    (text,) = page_texts(path)
    cuts = [text.index(start) for start in starts] + [len(text)]
    assert cuts[:-1] == sorted(cuts[:-1]), "the entries are out of order"
    return [text[cuts[i] : cuts[i + 1]] for i in range(len(starts))]


def test_short_entries_share_a_page_with_real_text_and_page_numbers(
    qapp: QApplication, filled: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    target = tmp_path / "journal.pdf"
    assert export_pdf(filled, target, catalog=catalog) == 3
    letter, rain, note = entry_texts(target, "For the mornings", "RAIN", "Note Saturday")
    assert letter.startswith("For the mornings A compassionate letter Thursday, 2 May 2024, 08:05")
    for text in (
        "Self-criticism before: 7 out of 10",
        "What you are hard on yourself about I snap at the children.",
        "The letter Dear Sam, anyone would.",
        "Self-criticism after: 4 out of 10",
        f"One sentence to keep {LETTER_BODY}",
        "Tags: family",
    ):
        assert text in letter
    assert rain.startswith("RAIN Friday, 3 May 2024, 18:30") and "worry" in rain
    assert "sadness" in rain
    # The person's text is printed as typed, never read as markup.
    assert note.startswith("Note Saturday, 4 May 2024, 07:00 Rain on the roof <b>& co</b>.")
    assert "A second paragraph." in note and note.endswith("Page 1 of 1")


def test_the_entry_s_own_day_in_day_then_time_order(
    qapp: QApplication, journal: Journal, tmp_path: Path
) -> None:
    """A note filed under 6 December 2025 but written a year later is printed on its own
    day, without the (other day's) time; entries come by day, then time, not as written."""
    journal.entries.create(
        body="Filed later.", day=date(2025, 12, 6),
        written_at=datetime(2026, 12, 6, 9, 15, tzinfo=LISBON),
    )  # fmt: skip
    journal.entries.create(body="Evening.", written_at=datetime(2025, 12, 7, 21, 0, tzinfo=LISBON))
    journal.entries.create(body="Morning.", written_at=datetime(2025, 12, 7, 6, 45, tzinfo=LISBON))
    target = tmp_path / "order.pdf"
    export_pdf(journal, target, parts=parse_parts("date,body"))
    filed, morning, evening = entry_texts(
        target, "Saturday, 6 December 2025", "Sunday, 7 December 2025, 06:45",
        "Sunday, 7 December 2025, 21:00",
    )  # fmt: skip
    assert filed == "Saturday, 6 December 2025 Filed later. "
    assert "2026" not in page_texts(target)[0]
    assert morning.endswith("Morning. ") and evening.startswith("Sunday, 7 December 2025, 21:00 Ev")


def test_long_entries_still_run_over_pages(
    qapp: QApplication, journal: Journal, tmp_path: Path
) -> None:
    for day in (1, 2):
        journal.entries.create(
            body="\n\n".join(f"Paragraph {n} of a long day." for n in range(60)),
            written_at=datetime(2024, 3, day, 8, 0, tzinfo=UTC),
        )
    target = tmp_path / "long.pdf"
    export_pdf(journal, target, parts=parse_parts("date,body"))
    pages = page_texts(target)
    assert len(pages) >= 3
    assert pages[0].startswith("Friday, 1 March 2024, 08:00")
    assert sum(text.count("Paragraph 59 of a long day.") for text in pages) == 2


def test_printing_goes_through_a_printer_like_the_pdf(
    qapp: QApplication, filled: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    """QPrinter printing to a file is the same paint device a print dialog hands over."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_entries(filled, printer, catalog=catalog) == 3
    letter, _rain, _note = entry_texts(tmp_path / "printed.pdf", "For the", "RAIN", "Note Sat")
    assert "Thursday, 2 May 2024, 08:05" in letter


def test_only_the_chosen_parts_are_printed(
    qapp: QApplication, filled: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    target = tmp_path / "answers.pdf"
    export_pdf(filled, target, parts=parse_parts("date,answers"), catalog=catalog)
    letter, rain, note = entry_texts(target, "Thursday", "Friday", "Saturday")
    assert letter.startswith("Thursday, 2 May 2024, 08:05 What you are hard on yourself about")
    assert "For the mornings" not in letter  # no title
    assert "out of 10" not in letter  # no ratings
    assert LETTER_BODY not in letter  # no body (an exercise's closing words)
    assert "family" not in letter  # no tags
    assert "worry" in rain
    assert "Rain on the roof" not in note and note.startswith("Saturday, 4 May 2024")

    export_pdf(filled, target, parts=frozenset({EntryPart.RATINGS}), catalog=catalog)
    (only,) = page_texts(target)
    assert only == (
        "Self-criticism before: 7 out of 10 Self-criticism after: 4 out of 10 Page 1 of 1"
    )


def test_one_entry_or_a_range(
    qapp: QApplication, filled: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    target = tmp_path / "range.pdf"
    count = export_pdf(filled, target, EntrySelection(date(2024, 5, 3), date(2024, 5, 4)))
    assert count == 2 and len(entry_texts(target, "Friday", "Saturday")) == 2
    note = filled.entries.on_day(date(2024, 5, 4))[0]
    assert export_pdf(filled, target, EntrySelection(entry_ids=(note.id,)), ALL_PARTS) == 1
    (text,) = page_texts(target)
    assert "Rain on the roof" in text and "Page 1 of 1" in text


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_file_is_private_replaced_whole_and_titled_without_journal_text(
    qapp: QApplication, filled: Journal, tmp_path: Path, catalog: ExerciseCatalog
) -> None:
    folder = tmp_path / "prints"
    folder.mkdir()
    target = folder / "print.pdf"
    target.write_bytes(b"an older copy")
    export_pdf(filled, target, catalog=catalog)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [path.name for path in folder.iterdir()] == ["print.pdf"]  # no temporary file
    reader = PdfReader(target)
    assert reader.metadata is not None and reader.metadata.title == DOCUMENT_TITLE
    width = float(reader.pages[0].mediabox.width)
    expected = page_size_for(QLocale.system()).size(QPageSize.Unit.Point).width()
    assert width == pytest.approx(expected, abs=1)


def test_a_dark_theme_still_prints_dark_text_on_white_paper(
    qapp: QApplication, filled: Journal, tmp_path: Path
) -> None:
    light = qapp.palette()
    dark = QPalette(light)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        dark.setColor(role, QColor(Qt.GlobalColor.white))
    qapp.setPalette(dark)
    try:
        target = tmp_path / "dark.pdf"
        export_pdf(filled, target)
    finally:
        qapp.setPalette(light)
    colours: set[str] = set()
    for page in PdfReader(target).pages:
        content = page.get_contents()
        assert content is not None
        text = content.get_data().decode("latin-1")
        colours.update(re.findall(r"([\d.]+ [\d.]+ [\d.]+) (?:rg|scn)\b", text))
    assert "0 0 0" in colours  # the entries' text
    assert "1 1 1" not in colours  # nothing printed white


def test_paper_follows_how_people_measure_where_they_live() -> None:
    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    germany = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert page_size_for(us).id() == QPageSize.PageSizeId.Letter
    assert page_size_for(germany).id() == QPageSize.PageSizeId.A4


def test_a_missing_folder_gets_a_calm_message_and_leaves_nothing(
    qapp: QApplication, filled: Journal, tmp_path: Path
) -> None:
    with pytest.raises(KindspaceError, match="does not exist"):
        export_pdf(filled, tmp_path / "nowhere" / "print.pdf")
    assert not (tmp_path / "nowhere").exists()


def test_stopping_while_the_pages_are_counted_leaves_nothing(
    qapp: QApplication, filled: Journal, tmp_path: Path
) -> None:
    """The first pass (laying out to count the pages) asks before every entry, in day
    order, so Stop works there too; stopping leaves no file."""
    told: list[tuple[int, int]] = []

    def on_entry(index: int, count: int) -> None:
        told.append((index, count))
        if index == 2:
            raise KindspaceError("stopped")

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(KindspaceError, match="stopped"):
        export_pdf(filled, folder / "print.pdf", on_entry=on_entry)
    assert told == [(0, 3), (1, 3), (2, 3)]
    assert list(folder.iterdir()) == []


def test_an_entry_deleted_while_printing_stops_the_pdf_calmly(
    qapp: QApplication, filled: Journal, tmp_path: Path
) -> None:
    """Entries are read again for each pass; one gone in between stops the export with a
    plain message rather than a file whose page numbers no longer fit."""
    gone = filled.entries.between(date(2024, 5, 3), date(2024, 5, 3))[0].id

    def on_entry(index: int, count: int) -> None:
        if index == count - 1:
            filled.entries.delete(gone)

    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(KindspaceError, match="no longer in the journal"):
        export_pdf(filled, folder / "print.pdf", on_entry=on_entry)
    assert list(folder.iterdir()) == []


def test_accented_text_comes_out_as_text(
    qapp: QApplication, journal: Journal, tmp_path: Path
) -> None:
    journal.entries.create(body="Ça va — très bien, merci. Ελπίδα.", title="Ça va")
    target = tmp_path / "accents.pdf"
    export_pdf(journal, target)
    (text,) = page_texts(target)
    assert "Ça va — très bien, merci. Ελπίδα." in text


@pytest.mark.system
def test_chinese_text_comes_out_when_the_machine_has_a_font_for_it(
    qapp: QApplication, journal: Journal, tmp_path: Path
) -> None:
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        require_system_part("A font with Chinese characters", "install fonts-wqy-microhei")
    journal.entries.create(body="大丈夫、ゆっくりでいい。", title="大丈夫")
    target = tmp_path / "cjk.pdf"
    export_pdf(journal, target)
    (text,) = page_texts(target)
    assert "大丈夫" in text


def test_printing_a_month_keeps_python_s_count_of_none(
    qapp: QApplication, journal: Journal, tmp_path: Path
) -> None:
    """PySide6 6.12 dropped a reference to None in every void call; on Python 3.11 printing a
    month brought None's count to zero and aborted the process ("none_dealloc"). Printing
    makes more such calls than anything else in kindspace, so it keeps its own check."""
    for day in range(1, 31):
        journal.entries.create(
            kind="rain",
            answers={"recognize": ["worry", "sadness"], "nurture": "May I be kind."},
            body="One.\n\nTwo.\n\nThree.",
            intensity_before=5,
            tags=["evening"],
            written_at=datetime(2024, 4, day, 20, 0, tzinfo=UTC),
        )
    gc.collect()
    before = sys.getrefcount(None)
    assert export_pdf(journal, tmp_path / "april.pdf") == 30
    gc.collect()
    # With PySide6 6.12 this dropped by thousands; a little garbage may go too.
    assert before - sys.getrefcount(None) <= 500


def test_a_long_printout_laid_out_a_page_range_at_a_time_matches_one_long_document(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Memory stays flat because only a range of pages is laid out (and read) at once, and
    it is fast because each range's text is written before its layout; every page must
    still look exactly as one long document laid out paragraph by paragraph would paint it
    (compared pixel by pixel)."""
    from benchmarks.synthetic_journal import generate_entries
    from kindspace.gui import pdf_pages
    from kindspace.gui.pdf_export import entry_blocks, iter_blocks
    from kindspace.gui.pdf_pages import fill_document, prepare_document, text_first
    from kindspace.transfer.entry_sections import lay_out_entry

    made = generate_entries(60, first_day=date(2024, 1, 1), last_day=date(2024, 3, 1))
    layouts = [lay_out_entry(entry) for entry in sorted(made, key=lambda e: (e.day, e.created))]
    blocks = entry_blocks(layouts, ALL_PARTS)
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(300)
    page = QSizeF(writer.pageLayout().paintRectPixels(300).size())

    def laid_out_first() -> tuple[QTextDocument, float]:  # as one document was made before
        document = QTextDocument()
        return document, prepare_document(document, writer, page)

    passes = 0

    def streamed() -> Iterator[pdf_pages.Block]:  # as the export reads its entries
        nonlocal passes
        passes += 1
        return iter_blocks(iter(layouts), ALL_PARTS)

    def painted(range_blocks: int) -> tuple[pdf_pages.PageRanges, list[QImage]]:
        monkeypatch.setattr(pdf_pages, "RANGE_BLOCKS", range_blocks)
        if range_blocks > len(blocks):
            ranges = pdf_pages.PageRanges(blocks, laid_out_first, fill_document)
        else:
            ranges = pdf_pages.PageRanges(streamed, *text_first(writer, page))
        canvas = QImage(
            int(page.width() / 4), int(page.height() / 4) + 40, QImage.Format.Format_RGB32
        )
        canvas.fill(Qt.GlobalColor.white)
        pages: list[QImage] = []

        def new_page() -> bool:
            pages.append(canvas.copy())
            canvas.fill(Qt.GlobalColor.white)
            return True

        painter = QPainter(canvas)
        painter.scale(0.25, 0.25)
        ranges.paint(painter, new_page)
        painter.end()
        return ranges, [*pages, canvas.copy()]

    whole, whole_pages = painted(10**9)
    ranged, ranged_pages = painted(40)

    assert len(whole.ranges) == 1 and len(ranged.ranges) > 3
    assert passes == 2, "read once to count the pages, once to paint them"
    assert len(ranged_pages) == len(whole_pages) == whole.page_count > 10
    differing = [
        i for i, (a, b) in enumerate(zip(ranged_pages, whole_pages, strict=True)) if a != b
    ]
    assert differing == []
