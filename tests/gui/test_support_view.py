"""Support: the page's sections, and contacts and crisis lines kept in the encrypted journal."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QTableWidgetItem
from pytestqt.qtbot import QtBot

from kindspace.gui.layout_contents import layout_widgets
from kindspace.gui.practice_views import SUPPORT
from kindspace.journal.journal import Journal
from kindspace.practice.support import contacts, shipped_crisis_lines
from tests.gui.conftest import answer_next_message_box
from tests.gui.practice_helpers import make_practice, widget_texts


def test_support_opens_from_the_menu_with_every_part(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    window.ui.actionSupport.trigger()
    assert window.current_view() == SUPPORT
    text = widget_texts(practice.support_view)
    assert "emergency number" in text
    assert "not therapy" in text
    assert "may be out of date" in text
    shipped = shipped_crisis_lines(country=practice.support_view.country)
    assert practice.support_view.lines.rowCount() == len(shipped.lines)


def test_contacts_are_kept_in_the_journal_across_reopening(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    window.ui.actionSupport.trigger()
    table = practice.support_view.contacts
    add = practice.support_view.findChild(QPushButton, "add_contacts")
    assert isinstance(add, QPushButton)
    add.click()
    for column, value in enumerate(("Robin", "friend", "0123 456", "evenings")):
        table.setItem(0, column, QTableWidgetItem(value))
    assert practice.support_view.save_contacts()
    assert [person.name for person in contacts(journal.settings)] == ["Robin"]
    state = window.view_state()
    window.detach()
    assert practice.support_view.contacts.rowCount() == 0
    assert "Robin" not in widget_texts(window)
    window.attach(journal, state)
    assert practice.support_view.contacts.item(0, 0).text() == "Robin"


def test_a_contact_without_a_name_gets_a_kind_message(qtbot: QtBot, journal: Journal) -> None:
    _window, practice = make_practice(qtbot, journal)
    table = practice.support_view.contacts
    table.insertRow(0)
    table.setItem(0, 2, QTableWidgetItem("0123"))
    seen = answer_next_message_box(lambda box: box.defaultButton() or box.buttons()[0])
    assert not practice.support_view.save_contacts()
    qtbot.waitUntil(lambda: bool(seen))
    assert "name" in seen[0]
    assert contacts(journal.settings) == []


def test_edited_crisis_lines_are_kept_and_can_go_back(qtbot: QtBot, journal: Journal) -> None:
    _window, practice = make_practice(qtbot, journal)
    lines = practice.support_view.lines
    lines.setItem(0, 2, QTableWidgetItem("555 0100"))
    assert practice.support_view.save_lines()
    practice.support_view.attach(journal)
    assert lines.item(0, 2).text() == "555 0100"
    practice.support_view.use_shipped_lines()
    shipped = shipped_crisis_lines(country=practice.support_view.country)
    assert lines.item(0, 2).text() == shipped.lines[0].contact


def test_another_countrys_lines_can_be_shown_below_the_numbers(
    qtbot: QtBot, journal: Journal
) -> None:
    window, practice = make_practice(qtbot, journal)
    window.ui.actionSupport.trigger()
    support = practice.support_view
    chooser = support.country_row.choice
    chooser.setCurrentIndex(chooser.findData("AT"))
    assert support.country == "AT"
    austria = shipped_crisis_lines(country="AT")
    assert [support.lines.item(row, 2).text() for row in range(support.lines.rowCount())] == [
        line.contact for line in austria.lines
    ]
    assert austria.lines[0].contact == "112"  # the emergency number comes first
    assert "142" in support.crisis.text.text() and "147" in support.crisis.text.text()
    # Below the numbers, so it never pushes them out of sight.
    sections = support.ui.sectionsLayout
    order = layout_widgets(sections)
    assert order.index(support.crisis) < order.index(support.country_row)


def test_the_person_s_own_list_hides_the_country_choice(qtbot: QtBot, journal: Journal) -> None:
    _window, practice = make_practice(qtbot, journal)
    support = practice.support_view
    assert not support.country_row.isHidden()
    support.lines.setItem(0, 2, QTableWidgetItem("555 0100"))
    assert support.save_lines()
    assert support.country_row.isHidden()
    support.use_shipped_lines()
    assert not support.country_row.isHidden()
