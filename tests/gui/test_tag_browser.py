"""The tag browser over a real encrypted journal: counts, entries without a word, rename, merge."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kindspace.gui.main_window import EDITOR, TODAY, MainWindow
from kindspace.gui.tag_browser import CHOOSE_A_TAG, NO_TAGS, TagBrowserView
from kindspace.gui.tags_feature import TAGS, TagsFeature, install_tags
from kindspace.journal.journal import Journal
from tests.helpers.view_walk import faint_words
from tests.helpers.widgets import unnamed_interactive_widgets

pytestmark = pytest.mark.usefixtures("ordinary_now")
TZ = timezone(timedelta(hours=2))
SECRET = "a lighthouse I never told anyone about"


def add(journal: Journal, day: date, tags: list[str], body: str = "A few words.") -> str:
    when = datetime(day.year, day.month, day.day, 21, 5, tzinfo=TZ)
    return journal.entries.create(body=body, tags=tags, day=day, written_at=when).id


@pytest.fixture
def tagged(journal: Journal) -> dict[str, str]:
    """Three "work" entries, two "job", one "rest" (one entry has both work and rest)."""
    return {
        "work-old": add(journal, date(2024, 1, 5), ["work"], "Old work day."),
        "work-new": add(journal, date(2024, 3, 9), ["work", "rest"], f"Newest. {SECRET}"),
        "work-mid": add(journal, date(2024, 2, 1), ["work"], "Middle."),
        "job-1": add(journal, date(2024, 1, 7), ["job"], "A job note."),
        "job-2": add(journal, date(2024, 2, 2), ["job", "work"], "Both already."),
        "untagged": add(journal, date(2024, 2, 3), [], "No tags here."),
    }


def open_browser(qtbot: QtBot, journal: Journal) -> tuple[MainWindow, TagsFeature]:
    window = MainWindow(clock=journal.clock)
    qtbot.addWidget(window)
    feature = install_tags(window)
    window.attach(journal)
    window.show()
    return window, feature


def tag_rows(view: TagBrowserView) -> list[str]:
    return [view.ui.tagList.item(row).text() for row in range(view.ui.tagList.count())]


def entry_rows(view: TagBrowserView) -> list[str]:
    return [view.ui.entryList.item(row).text() for row in range(view.ui.entryList.count())]


def choose(view: TagBrowserView, tag: str) -> None:
    listing = view.ui.tagList
    row = next(i for i in range(listing.count()) if listing.item(i).text().startswith(f"{tag} "))
    listing.setCurrentRow(row)


def test_the_browser_is_built_only_when_first_wanted(qtbot: QtBot, journal: Journal) -> None:
    window, feature = open_browser(qtbot, journal)
    assert feature.view is None and TAGS not in window.views()
    window.ui.actionTags.trigger()
    assert feature.view is not None and window.current_view() == TAGS


def test_every_tag_is_listed_with_its_count_and_a_tag_lists_its_entries_newest_first(
    qtbot: QtBot, journal: Journal, tagged: dict[str, str]
) -> None:
    window, feature = open_browser(qtbot, journal)
    window.ui.actionTags.trigger()
    view = feature.view
    assert view is not None
    assert tag_rows(view) == ["job · 2 entries", "rest · 1 entry", "work · 4 entries"]
    choose(view, "work")
    rows = entry_rows(view)
    assert len(rows) == 4 and "Newest." in rows[0] and "Old work day." in rows[-1]
    assert "tagged work · 4 entries" in view.ui.entryListLabel.text()
    assert "No tags here." not in "\n".join(rows)


def test_the_keyboard_alone_finds_a_tag_and_opens_its_entry(
    qtbot: QtBot, journal: Journal, tagged: dict[str, str]
) -> None:
    window, feature = open_browser(qtbot, journal)
    window.ui.actionTags.trigger()
    view = feature.view
    assert view is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: view.ui.tagList.hasFocus(), timeout=5000)
    assert view.chosen_tag() == "job"
    qtbot.keyClick(view.ui.tagList, Qt.Key.Key_Down)
    assert view.chosen_tag() == "rest" and len(entry_rows(view)) == 1
    qtbot.keyClick(view.ui.tagList, Qt.Key.Key_Return)
    assert view.ui.entryList.hasFocus()
    qtbot.keyClick(view.ui.entryList, Qt.Key.Key_Return)
    assert window.current_view() == EDITOR
    assert window.editor.entry is not None and window.editor.entry.id == tagged["work-new"]
    window.ui.actionTags.trigger()
    qtbot.keyClick(view.ui.tagList, Qt.Key.Key_Escape)
    assert window.current_view() == TODAY


def test_the_tab_order_goes_tags_entries_name_button_back(qtbot: QtBot) -> None:
    view = TagBrowserView()
    qtbot.addWidget(view)
    ui = view.ui
    order = [ui.tagList, ui.entryList, ui.newNameEdit, ui.renameButton, ui.closeTags]
    for before, after in itertools.pairwise(order):
        assert before.nextInFocusChain() is after or _next_focusable(before) is after


def _next_focusable(widget: object) -> object:
    current = widget.nextInFocusChain()  # type: ignore[attr-defined]
    while current.focusPolicy() == Qt.FocusPolicy.NoFocus:
        current = current.nextInFocusChain()
    return current


def test_a_rename_changes_every_entry_and_the_searchs_tag_choices(
    qtbot: QtBot, journal: Journal, tagged: dict[str, str]
) -> None:
    window, feature = open_browser(qtbot, journal)
    window.ui.actionTags.trigger()
    view = feature.view
    assert view is not None
    choose(view, "rest")
    view.ui.newNameEdit.setText("sleep")  # typing would pop up the completer
    assert view.ui.renameButton.text() == "&Rename" and view.ui.renameButton.isEnabled()
    qtbot.keyClick(view.ui.newNameEdit, Qt.Key.Key_Return)
    assert journal.entries.get(tagged["work-new"]).tags == ("work", "sleep")
    assert tag_rows(view) == ["job · 2 entries", "sleep · 1 entry", "work · 4 entries"]
    assert view.chosen_tag() == "sleep"
    assert view.ui.statusLabel.text() == "“rest” was renamed to “sleep” on 1 entry."
    combo = window.search_view.ui.tagCombo
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["work", "job", "sleep"]


def test_a_merge_asks_first_naming_how_many_entries_change_and_keep_both_changes_nothing(
    qtbot: QtBot, journal: Journal, tagged: dict[str, str]
) -> None:
    window, feature = open_browser(qtbot, journal)
    window.ui.actionTags.trigger()
    view = feature.view
    assert view is not None
    choose(view, "job")
    view.ui.newNameEdit.setText("WORK")
    assert view.ui.renameButton.text() == "&Merge"
    assert view.ui.renameButton.accessibleName() == "Merge tags"
    view.ui.renameButton.click()
    question = feature.merge_question
    assert question is not None and question.isVisible()
    assert question.text() == "Merge “job” into “work”?"
    assert question.informativeText().startswith("2 entries will be tagged “work” instead")
    assert "job" not in question.windowTitle()
    keep = next(b for b in question.buttons() if b.text() == "Keep both")
    keep.click()
    qtbot.waitUntil(lambda: feature.merge_question is None, timeout=5000)
    assert journal.entries.tags() == [("work", 4), ("job", 2), ("rest", 1)]


def test_a_merge_joins_the_tags_without_doubling_an_entry_that_had_both(
    qtbot: QtBot, journal: Journal, tagged: dict[str, str]
) -> None:
    window, feature = open_browser(qtbot, journal)
    window.ui.actionTags.trigger()
    view = feature.view
    assert view is not None
    choose(view, "job")
    view.ui.newNameEdit.setText("work")
    view.ui.renameButton.click()
    question = feature.merge_question
    assert question is not None
    merge = next(b for b in question.buttons() if b.text() == "Merge")
    merge.click()
    qtbot.waitUntil(lambda: feature.merge_question is None, timeout=5000)
    assert journal.entries.tags() == [("work", 5), ("rest", 1)]
    assert journal.entries.get(tagged["job-2"]).tags == ("work",)
    assert view.chosen_tag() == "work" and len(entry_rows(view)) == 5
    assert view.ui.statusLabel.text() == "“job” was merged into “work” on 2 entries."


def test_the_search_view_opens_the_browser_at_its_chosen_tag(
    qtbot: QtBot, journal: Journal, tagged: dict[str, str]
) -> None:
    window, feature = open_browser(qtbot, journal)
    window.show_search()
    search = window.search_view
    search.ui.tagCombo.setCurrentIndex(search.ui.tagCombo.findData("rest"))
    search.ui.browseTagsButton.click()
    assert window.current_view() == TAGS
    assert feature.view is not None and feature.view.chosen_tag() == "rest"


def test_locking_forgets_every_tag_and_line_and_an_empty_journal_says_so_kindly(
    qtbot: QtBot, journal: Journal, tagged: dict[str, str]
) -> None:
    window, feature = open_browser(qtbot, journal)
    window.ui.actionTags.trigger()
    view = feature.view
    assert view is not None
    choose(view, "work")
    window.detach()
    assert view.ui.tagList.count() == 0
    assert entry_rows(view) == [CHOOSE_A_TAG]
    assert SECRET[:12] not in view.ui.entryListLabel.text() + view.ui.newNameLabel.text()
    assert not window.ui.actionTags.isEnabled()
    for entry_id in tagged.values():
        journal.entries.delete(entry_id)
    window.attach(journal)
    window.ui.actionTags.trigger()
    assert entry_rows(view) == [NO_TAGS] and not view.ui.newNameEdit.isEnabled()
    assert faint_words(view) == []  # said in the text's colour, not a disabled grey


def test_a_tag_with_an_ampersand_shows_it_and_no_shortcut_is_taken_twice(
    qtbot: QtBot, journal: Journal
) -> None:
    add(journal, date(2024, 5, 1), ["R&R"])
    window, feature = open_browser(qtbot, journal)
    window.ui.actionTags.trigger()
    assert feature.view is not None
    assert feature.view.ui.newNameLabel.text() == "&New name for R&&R"
    keys = [
        action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    ]
    assert len(keys) == len(set(keys)) and "Ctrl+Shift+T" in keys


def test_every_control_has_a_name(qtbot: QtBot) -> None:
    view = TagBrowserView()
    qtbot.addWidget(view)
    assert unnamed_interactive_widgets(view) == []


def test_no_merge_question_outlives_the_lock(
    qtbot: QtBot, journal: Journal, tagged: dict[str, str]
) -> None:
    window, feature = open_browser(qtbot, journal)
    window.ui.actionTags.trigger()
    assert feature.view is not None
    choose(feature.view, "job")
    feature.view.ui.newNameEdit.setText("work")
    feature.view.ui.renameButton.click()
    assert isinstance(feature.merge_question, QMessageBox)
    window.detach()
    qtbot.waitUntil(lambda: feature.merge_question is None, timeout=5000)
    assert ("job", 2) in journal.entries.tags()
