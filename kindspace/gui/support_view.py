"""The support page: emergency help and crisis lines first, then the person's own people.

Why this order and this shape: people open it when they are hurting, so the numbers are at
the top, read-only and wrapped (never cut off), above the fold at 1024×600. Editing a list
is a choice ("Edit this list"), so no stray key can change a number. The page works while
the journal is locked too: the shipped crisis lines and grounding need no key, and the
person's contacts appear there only if they chose to keep a copy outside the journal.

The sections come from ``resources/support``; the person's contacts and their edited list
of crisis lines are kept with ``journal.settings``, inside the encrypted journal. This
module keeps the page itself: its sections, grounding, the country choice, and loading and
saving the two lists. The lists live beside it: how either is edited in
:mod:`kindspace.gui.support_editing`, what each shows in
:mod:`kindspace.gui.support_contacts` and :mod:`kindspace.gui.support_crisis_lines`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kindspace.gui.announce import announce
from kindspace.gui.country_chooser import CountryChooser, system_country
from kindspace.gui.focus_ring import tab_after
from kindspace.gui.forms.ui_support import Ui_SupportView
from kindspace.gui.grounding_panel import GroundingPanel
from kindspace.gui.problems import show_problem
from kindspace.gui.reading_column import centre_in_column
from kindspace.gui.support_contacts import ContactsList
from kindspace.gui.support_crisis_lines import CrisisLinesList
from kindspace.gui.support_editing import EditableList
from kindspace.gui.typography import HEADING, SUBHEADING, quiet, scale_font
from kindspace.gui.words import translate
from kindspace.journal.journal import Journal
from kindspace.practice.crisis_lines import load_crisis_directory
from kindspace.practice.grounding import Grounding
from kindspace.practice.learn import parse_app_link
from kindspace.practice.support import (
    CrisisLines,
    SupportContact,
    SupportPage,
    contacts,
    crisis_lines,
    reset_crisis_lines,
    save_contacts,
    save_crisis_lines,
    shipped_crisis_lines,
)


class SupportView(QWidget):
    """The support page, for the open journal or, with :meth:`show_locked`, a locked one."""

    closed = Signal()
    learn_requested = Signal(str)
    exercise_requested = Signal(str)
    #: The person saved their contacts (a list of SupportContact), so a copy kept outside
    #: the journal, if they chose one, can follow.
    contacts_saved = Signal(list)

    def __init__(
        self,
        page: SupportPage,
        grounding: Grounding,
        parent: QWidget | None = None,
        *,
        country: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SupportView()
        self.ui.setupUi(self)
        centre_in_column(self)
        self.journal: Journal | None = None
        #: Whose lines kindspace offers: the system's territory ("de_AT" -> "AT") unless the
        #: caller knows better; None when unknown (then the lines of the person's language).
        self.country = country if country is not None else system_country()
        self.ui.supportTitle.setText(page.title)
        scale_font(self.ui.supportTitle, HEADING, bold=True)
        self.grounding_panel = GroundingPanel(grounding)
        self.ui.groundingPanelLayout.addWidget(self.grounding_panel)
        self.ui.groundingPanelLayout.addStretch(1)
        self.ui.closeSupport.clicked.connect(self.closed.emit)
        self.ui.groundMe.clicked.connect(self.show_grounding)
        self.ui.backToSupport.clicked.connect(self.show_main)
        self.people = ContactsList()
        self.crisis = CrisisLinesList()
        self.contacts = self.people.table
        self.lines = self.crisis.table
        self.lines_note = QLabel(self._shipped().note)
        self.lines_note.setWordWrap(True)
        quiet(self.lines_note)
        self.country_row = CountryChooser(load_crisis_directory(), self.country)
        self.country_row.chosen.connect(self._choose_country)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        quiet(self.status)
        layout = self.ui.sectionsLayout
        for section in page.sections:
            heading = QLabel(section.heading)
            scale_font(heading, SUBHEADING, bold=True)
            text = QLabel(section.text)
            text.setTextFormat(Qt.TextFormat.MarkdownText)
            text.setWordWrap(True)
            text.linkActivated.connect(self._follow)
            layout.addWidget(heading)
            layout.addWidget(text)
            if section.shows == "contacts":
                layout.addWidget(self.people)
                self.people.add_buttons(
                    "contacts", self.save_contacts, lambda: self._cancel(self.people)
                )
            elif section.shows == "crisis_lines":
                layout.addWidget(self.crisis)
                layout.addWidget(self.lines_note)
                layout.addWidget(self.country_row)
                self.crisis.add_buttons(
                    translate("SupportView", "crisis lines"),
                    self.save_lines,
                    lambda: self._cancel(self.crisis),
                )
                self.crisis.add_shipped_button(self.use_shipped_lines)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.crisis.show_lines(self._shipped().lines)
        self.people.show_people([], locked=False)
        tab_after(self.ui.supportScroll, [self.ui.groundMe, self.ui.closeSupport])

    def _shipped(self) -> CrisisLines:
        return shipped_crisis_lines(country=self.country)

    def _choose_country(self, country: str | None) -> None:
        self.country = country
        self.crisis.show_lines(self._shipped().lines)

    # -- what is shown -----------------------------------------------------------------------

    def show_main(self) -> None:
        self.ui.supportPages.setCurrentWidget(self.ui.mainPage)
        self.ui.supportScroll.verticalScrollBar().setValue(0)
        self.ui.groundMe.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_grounding(self) -> None:
        self.ui.supportPages.setCurrentWidget(self.ui.groundingPage)
        self.ui.backToSupport.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_grounding(self) -> bool:
        return self.ui.supportPages.currentWidget() is self.ui.groundingPage

    def set_still(self, still: bool) -> None:
        self.grounding_panel.set_still(still)

    def show_locked(self, people: Sequence[SupportContact]) -> None:
        """What needs no key: the shipped lines, grounding, and contacts kept outside."""
        self.journal = None
        self.crisis.show_lines(self._shipped().lines)
        self.country_row.setVisible(True)
        self.people.show_people(people, locked=True)
        for part in (self.people, self.crisis):
            part.allow_editing(False)
        self.status.clear()

    # -- journal ---------------------------------------------------------------------------

    def attach(self, journal: Journal | None) -> None:
        self.journal = journal
        if journal is None:
            self.clear()
            return
        try:
            people = contacts(journal.settings)
            lines = crisis_lines(journal.settings, country=self.country)
        except Exception as error:
            show_problem(self, error)
            return
        for part in (self.people, self.crisis):
            part.allow_editing(True)
        self.people.show_people(people, locked=False)
        self.crisis.show_lines(lines.lines)
        # The person's own list replaces kindspace's; choosing a country applies to the latter.
        self.country_row.setVisible(not lines.edited)

    def save_contacts(self) -> bool:
        if self.journal is None:
            return False
        people = self.people.entered()
        try:
            save_contacts(self.journal.settings, people)
        except Exception as error:
            show_problem(self, error)
            return False
        self.people.show_people(contacts(self.journal.settings), locked=False)
        self.people.stop_editing()
        self._say(
            translate(
                "SupportView",
                "Your contacts are saved in your encrypted journal.",
            )
        )
        self.contacts_saved.emit(people)
        return True

    def save_lines(self) -> bool:
        if self.journal is None:
            return False
        lines = self.crisis.entered()
        try:
            save_crisis_lines(self.journal.settings, lines)
        except Exception as error:
            show_problem(self, error)
            return False
        self.crisis.show_lines(crisis_lines(self.journal.settings, country=self.country).lines)
        self.country_row.setVisible(False)
        self.crisis.stop_editing()
        self._say(translate("SupportView", "Your list of crisis lines is saved."))
        return True

    def use_shipped_lines(self) -> None:
        if self.journal is None:
            return
        try:
            reset_crisis_lines(self.journal.settings)
        except Exception as error:
            show_problem(self, error)
            return
        self.attach(self.journal)
        self.crisis.stop_editing()
        self._say(
            translate(
                "SupportView",
                "Showing kindspace's own list of crisis lines again.",
            )
        )

    def _cancel(self, part: EditableList) -> None:
        """Stop editing: the table goes back to what is saved (the person chose Cancel)."""
        if self.journal is not None:
            self.attach(self.journal)
        part.stop_editing()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        announce(self, text)

    def clear(self) -> None:
        self.contacts.setRowCount(0)
        self.lines.setRowCount(0)
        self.people.show_people([], locked=True)
        self.status.clear()
        for part in (self.people, self.crisis):
            part.allow_editing(False)

    def _follow(self, url: str) -> None:
        link = parse_app_link(url)
        if link is None or link.name is None:
            return
        if link.target == "learn":
            self.learn_requested.emit(link.name)
        elif link.target == "exercise":
            self.exercise_requested.emit(link.name)
