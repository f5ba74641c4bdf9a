"""At 150% text on 1024×600 the crisis lines are whole and above the fold: the calendar steps
aside on the support page, and no number is broken over two lines."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kindspace.journal.journal import Journal
from kindspace.practice.support import shipped_crisis_lines
from tests.gui.practice_helpers import make_practice
from tests.helpers.text_size import text_at


def lines_per_number(label: QLabel) -> dict[str, int]:
    """How many lines each number takes in the label's table, laid out at the label's width."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.documentLayout().documentSize()  # lays it out
    table = QTextCursor(document).currentTable()
    if table is None:
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
        table = cursor.currentTable()
    assert isinstance(table, QTextTable)
    counts = {}
    for row in range(table.rows()):
        cell = table.cellAt(row, 0)
        block = cell.firstCursorPosition().block()
        counts[block.text().replace("\xa0", " ")] = block.layout().lineCount()
    return counts


def test_every_number_is_whole_and_above_the_fold_at_150_percent(
    qtbot: QtBot, journal: Journal
) -> None:
    with text_at(150):
        window, practice = make_practice(qtbot, journal)
        window.resize(1024, 600)
        window.ui.actionSupport.trigger()
        support = practice.support_view
        qtbot.waitUntil(lambda: support.crisis.text.height() > 0)
        QApplication.processEvents()
        assert not window.ui.sidebar.isVisible()  # the numbers get the whole width
        viewport = support.ui.supportScroll.viewport()
        text = support.crisis.text
        bottom = text.mapTo(viewport, QPoint(0, text.height()))
        assert bottom.y() <= viewport.height(), "every crisis line shows without scrolling"
        counts = lines_per_number(text)
        assert set(counts) == {line.contact for line in shipped_crisis_lines().lines}
        assert all(count == 1 for count in counts.values()), counts
        assert not support.ui.supportScroll.horizontalScrollBar().isVisible()
        support.ui.closeSupport.click()
        assert window.ui.sidebar.isVisible()  # back on Today, the calendar is back
