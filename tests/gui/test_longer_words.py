"""German runs about 30% longer than English. With every word of Today's check-in and its
practices made that much longer, at 150% text on 1024×600, the words wrap onto more rows:
nothing is cut and nothing runs past the window's edge."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from kindspace.journal.journal import Journal
from tests.gui.practice_helpers import make_practice
from tests.helpers.text_size import as_the_app_looks
from tests.helpers.view_walk import cut_off_words


def longer(button: QPushButton) -> None:
    text = button.text()
    button.setText(text + "e" * math.ceil(len(text.replace("&", "")) * 0.3))


def test_longer_feeling_words_wrap_onto_more_rows(qtbot: QtBot, journal: Journal) -> None:
    with as_the_app_looks(150):
        window, _practice = make_practice(qtbot, journal)
        window.resize(1024, 600)
        today = window.today_view
        for button in (*today.chips, *today.strengths, today.ui.keepCheckIn):
            longer(button)
        window.resize(1024, 599)  # as any resize does, the rows are laid out again
        window.resize(1024, 600)
        QApplication.processEvents()
        QApplication.processEvents()
        assert not today.ui.todayScroll.horizontalScrollBar().isVisible()
        assert cut_off_words(today) == []
        rows = {chip.y() for chip in today.chips}
        assert len(rows) > len(today.chips) / 4  # fewer a row than the four that fit English


def test_english_words_keep_four_a_row_from_the_first_show(qtbot: QtBot, journal: Journal) -> None:
    """Sized before it is shown, as the app restores a window: the rows are laid out for the
    width the scroll area really has, not the width it had before it was shown."""
    from kindspace.gui.main_window import MainWindow
    from kindspace.gui.practice_views import install_practice

    with as_the_app_looks(100):
        window = MainWindow(clock=journal.clock)
        qtbot.addWidget(window)
        window.resize(1024, 600)
        install_practice(window)
        window.attach(journal)
        window.show()
        QApplication.processEvents()
        QApplication.processEvents()
        today = window.today_view
        rows = {chip.y() for chip in today.chips}
        assert len(rows) == math.ceil(len(today.chips) / 4)
        keep, strengths = today.ui.keepCheckIn, today.strengths
        assert abs(keep.y() - strengths[0].y()) < keep.height()  # on the strength row
