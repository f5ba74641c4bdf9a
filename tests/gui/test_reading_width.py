"""On a roomy screen (1440×900) the views keep a readable, centred column with calm space
either side; on the smallest (1024×600, 150% text) the same views use their whole width."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from kindspace.gui.layout_contents import layout_widgets
from kindspace.gui.main_window import MainWindow
from kindspace.gui.practice_views import Practice
from kindspace.gui.reading_column import MIXED, PROSE
from kindspace.gui.tags_feature import TagsFeature
from kindspace.journal.journal import Journal
from tests.gui.practice_helpers import make_practice
from tests.helpers.text_size import text_at

#: Each view and how many average characters its column holds at most.
VIEWS = {"today": MIXED, "editor": MIXED, "search": MIXED, "reader": PROSE, "learn": MIXED,
         "support": MIXED, "tags": MIXED}  # fmt: skip


def column_of(view: QWidget) -> tuple[QWidget, QWidget]:
    """The column holding the view's words, and what it is centred in."""
    area = view.findChild(QScrollArea, "todayScroll")
    if area is not None and area.widget() is not None:
        return area.widget(), area.viewport()
    column = next(w for w in layout_widgets(view.layout()) if w.objectName().endswith("Column"))
    return column, view


def open_each(window: MainWindow, practice: Practice) -> Iterator[tuple[str, QWidget]]:
    """Each view in turn, shown as a person opens it."""
    assert window.journal is not None
    window.open_entry(window.journal.entries.create(body="A calm walk.").id)
    for name in VIEWS:
        if name == "support":
            practice.show_support()
        elif name == "tags":
            TagsFeature(window).show("")
        else:
            window.show_view(name)
        QApplication.processEvents()
        yield name, window.views()[name]


def test_on_a_roomy_screen_every_column_is_readable_and_centred(
    qtbot: QtBot, journal: Journal
) -> None:
    window, practice = make_practice(qtbot, journal)
    window.resize(1440, 900)
    for name, view in open_each(window, practice):
        column, around = column_of(view)
        measure = column.fontMetrics().averageCharWidth() * VIEWS[name]
        margins = column.layout().contentsMargins()
        assert column.width() <= measure + margins.left() + margins.right(), name
        assert column.width() < around.width() - 100, name  # calm space either side
        left = column.mapTo(around, column.rect().topLeft()).x()
        right = around.width() - (left + column.width())
        assert abs(left - right) <= 2, (name, left, right)


@pytest.mark.parametrize("percent", [100, 150])
def test_on_the_smallest_screen_the_columns_take_the_whole_width(
    qtbot: QtBot, journal: Journal, percent: int
) -> None:
    with text_at(percent):
        window, practice = make_practice(qtbot, journal)
        window.resize(1024, 600)
        for name, view in open_each(window, practice):
            column, around = column_of(view)
            wanted = column.maximumWidth()
            assert column.width() >= min(wanted, around.width()) - 2, name
