"""File ▸ Export sizes itself within the screen: at 150% text on a 1024×600 screen its
choices are whole in every language (the format descriptions and the third column of parts
once ran past the right edge, where the sideways scroll bar is off, so nothing showed it), a
narrower screen wraps the descriptions instead of cutting them, and each format still tells
a screen reader what it is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kindspace.gui.export_dialog import ExportDialog
from kindspace.gui.translation import install_language
from kindspace.journal.journal import Journal
from kindspace.language import SUPPORTED_LANGUAGES
from tests.helpers.text_size import as_the_app_looks
from tests.helpers.view_walk import cut_off_words

SMALL, NARROW = QSize(1024, 600), QSize(640, 480)


def shown(qtbot: QtBot, journal: Journal, screen: QSize) -> ExportDialog:
    dialog = ExportDialog(journal, None)
    qtbot.addWidget(dialog)
    dialog.fit_to_screen(screen)
    dialog.show()
    QApplication.processEvents()
    return dialog


def descriptions(dialog: ExportDialog) -> list[QLabel]:
    return [dialog.ui.jsonAbout, dialog.ui.markdownAbout, dialog.ui.pdfAbout]


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_every_choice_is_whole_at_150_percent_on_a_small_screen(
    qtbot: QtBot, journal: Journal, language: str
) -> None:
    install_language(language)
    with as_the_app_looks(150):
        dialog = shown(qtbot, journal, SMALL)
        assert dialog.width() <= SMALL.width() and dialog.height() <= SMALL.height()
        area = dialog.ui.choicesScroll
        # Its sideways bar is turned off, so choices too wide are clipped without one.
        assert area.horizontalScrollBar().maximum() == 0
        assert cut_off_words(dialog) == []
        # There is room for each description on one line, so there is less to scroll.
        for about in descriptions(dialog):
            assert about.height() < 2 * about.fontMetrics().lineSpacing(), about.text()


def test_a_narrower_screen_wraps_the_descriptions_rather_than_cutting_them(
    qtbot: QtBot, journal: Journal
) -> None:
    install_language("de")
    with as_the_app_looks(150):
        dialog = shown(qtbot, journal, NARROW)
        assert dialog.width() <= NARROW.width()
        assert dialog.ui.choicesScroll.horizontalScrollBar().maximum() == 0
        assert cut_off_words(dialog) == []
        assert any(
            about.height() >= 2 * about.fontMetrics().lineSpacing()
            for about in descriptions(dialog)
        )


def test_each_format_tells_a_screen_reader_what_it_is(qtbot: QtBot, journal: Journal) -> None:
    dialog = shown(qtbot, journal, SMALL)
    ui = dialog.ui
    for choice, about in zip(
        (ui.jsonChoice, ui.markdownChoice, ui.pdfChoice), descriptions(dialog), strict=True
    ):
        assert choice.accessibleName().startswith("Export as ")
        assert choice.accessibleDescription() == about.text() != ""
