"""The Today area: a greeting, a check-in, one suggested practice, support, "on this day".

The words here are the first a person reads each day, so they invite and never count what
was missed: practice days are counted up, never streaks. Old entries can hold painful
words, so "on this day" is offered (a button) rather than shown, and can be switched off
in Settings; support is always one click away, at the top.

The check-in needs no typing: feeling words as chips and three gentle steps of strength.
One practice is suggested (the Qt-free rules are in ``practice/suggest.py``); the short ones
sit beside it, high enough never to hide below the fold at 1024×600, and every practice is
one click away ("All practices").
"""

from __future__ import annotations

import itertools
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QListWidgetItem, QPushButton, QSizePolicy, QWidget

from kindspace.gui.checkin_rows import KeepBelow, reflow_chips
from kindspace.gui.forms.ui_today import Ui_TodayView
from kindspace.gui.reading_column import centre_scrolled
from kindspace.gui.typography import HEADING, SUBHEADING, note_item, quiet, scale_font
from kindspace.gui.words import counts, translate
from kindspace.i18n import _
from kindspace.journal.models import Entry
from kindspace.journal.own_exercises import is_own_id
from kindspace.practice.checkin import FEELING_WORDS, STRENGTHS

FEELING_COLUMNS = 4
SHORT_COLUMNS = 2
#: Chips: rounded, checkable, coloured from the palette (no colours of their own).
CHIP_STYLE = """
QPushButton[chip="true"] {
    border: 1px solid palette(mid); border-radius: 12px; padding: 4px 14px;
    background: palette(base); color: palette(text);
}
QPushButton[chip="true"]:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight);
}
QPushButton[chip="true"]:focus { border: 2px solid palette(text); }
"""

ENTRY_ID = Qt.ItemDataRole.UserRole
EXERCISE_ID = Qt.ItemDataRole.UserRole + 1


def greeting_for(now: datetime) -> str:
    hour = now.hour
    if 5 <= hour < 12:
        return translate("Today", "Good morning.")
    if 12 <= hour < 18:
        return translate("Today", "Good afternoon.")
    if 18 <= hour < 23:
        return translate("Today", "Good evening.")
    # Short on purpose: at large text on a small screen a third line of heading pushes the
    # short practices below the fold, and a late hour is when they are wanted most.
    return translate("Today", "Hello. Be gentle with yourself tonight.")


def practice_days_text(days: int) -> str:
    if days == 0:
        return translate(
            "Today",
            "Whenever you come back is a good time to practise.",
        )
    return counts().practice_days(days)


class TodayView(QWidget):
    write_note = Signal()
    start_exercise = Signal(str)
    open_entry = Signal(str)
    insights_requested = Signal()
    support_requested = Signal()
    #: The person kept a check-in: (feeling words, strength 1–3 or None).
    check_in = Signal(list, object)
    #: Write a new practice of their own, or edit one (its id) written earlier.
    write_own = Signal()
    edit_own = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TodayView()
        self.ui.setupUi(self)
        centre_scrolled(self.ui.todayScroll)
        scale_font(self.ui.greeting, HEADING, bold=True)
        for heading in (self.ui.exercisesHeading, self.ui.onThisDayHeading):
            scale_font(heading, SUBHEADING, bold=True)
        self.ui.writeNote.clicked.connect(self.write_note.emit)
        self.ui.showInsights.clicked.connect(self.insights_requested.emit)
        self.ui.supportButton.clicked.connect(self.support_requested.emit)
        self.ui.lookBack.clicked.connect(self.look_back)
        self._offer_on_this_day = True
        self._on_this_day_count = 0
        self.ui.exercises.itemActivated.connect(self._on_exercise)
        self.ui.exercises.itemClicked.connect(self._on_exercise)
        self.ui.onThisDay.itemActivated.connect(self._on_entry)
        self.ui.writeOwn.clicked.connect(self.write_own.emit)
        self.ui.editOwn.clicked.connect(self._edit_own)
        self.ui.exercises.currentItemChanged.connect(self._update_edit_own)
        self.chips: list[QPushButton] = []
        self.strengths: list[QPushButton] = []
        self.short_buttons: list[QPushButton] = []
        self._suggested: str | None = None
        self._build_checkin()
        self._keep = KeepBelow(self.ui.todayLayout, self.ui.strengthRow, self.ui.keepCheckIn)
        self.ui.todayScroll.viewport().installEventFilter(self)
        scale_font(self.ui.suggestionTitle, SUBHEADING, bold=True)
        for label in (self.ui.suggestionReason, self.ui.checkInNote):
            quiet(label)
        self.ui.beginSuggestion.clicked.connect(self._begin_suggestion)
        self.ui.showAll.toggled.connect(self._show_all)
        self.set_exercises([])
        self.set_suggestion(None)
        self.say_about_checkin("")
        self._show_all(False)
        self._show_on_this_day(opened=False)

    # -- the check-in ----------------------------------------------------------------------

    def _build_checkin(self) -> None:
        self.ui.feelings.setStyleSheet(CHIP_STYLE)
        for index, word in enumerate(FEELING_WORDS):
            chip = self._chip(_(word), f"feeling_{word.replace(' ', '_')}")
            chip.setProperty("word", word)  # kept in English, as the journal keeps it
            chip.setAccessibleDescription(translate("Today", "A feeling word; pick any that fit"))
            self.ui.feelingsLayout.addWidget(chip, *divmod(index, FEELING_COLUMNS))
            self.chips.append(chip)
        # Chips keep their own width; what is left over stays at the end of each row.
        self.ui.feelingsLayout.setColumnStretch(FEELING_COLUMNS, 1)
        for value, label in STRENGTHS:
            button = self._chip(_(label), f"strength_{value}")
            button.setStyleSheet(CHIP_STYLE)
            button.setAccessibleName(
                translate("Today", "Strength: {strength}").format(strength=_(label).lower())
            )
            button.setProperty("strength", value)
            button.toggled.connect(lambda on, b=button: self._only_strength(b, on))
            self.ui.strengthLayout.addWidget(button)
            self.strengths.append(button)
        self.ui.keepCheckIn.clicked.connect(self._keep_checkin)
        chain: list[QWidget] = [self.ui.supportButton, *self.chips, *self.strengths]
        chain.append(self.ui.keepCheckIn)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    @staticmethod
    def _chip(text: str, name: str) -> QPushButton:
        chip = QPushButton(text)
        chip.setObjectName(name)
        chip.setCheckable(True)
        chip.setAutoDefault(False)
        chip.setProperty("chip", True)
        chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        # A style sheet stops a widget following the app's text size; this keeps it following.
        scale_font(chip, 1.0)
        chip.setAccessibleName(text)
        return chip

    def _only_strength(self, chosen: QPushButton, on: bool) -> None:
        """One strength at a time, and none is fine (it is optional)."""
        if not on:
            return
        for button in self.strengths:
            if button is not chosen:
                button.setChecked(False)

    def picked_feelings(self) -> list[str]:
        return [str(chip.property("word")) for chip in self.chips if chip.isChecked()]

    def picked_strength(self) -> int | None:
        for button in self.strengths:
            if button.isChecked():
                value = button.property("strength")
                return value if isinstance(value, int) else None
        return None

    def _keep_checkin(self) -> None:
        self.check_in.emit(self.picked_feelings(), self.picked_strength())

    def checkin_kept(self, note: str) -> None:
        """Thank the person and clear the chips for next time."""
        self.say_about_checkin(note)
        for button in (*self.chips, *self.strengths):
            button.setChecked(False)

    def say_about_checkin(self, note: str) -> None:
        self.ui.checkInNote.setText(note)
        self.ui.checkInNote.setVisible(bool(note))

    # -- the suggestion and the short practices --------------------------------------------

    def set_suggestion(self, suggestion: tuple[str, str, str] | None) -> None:
        """(exercise id, "Title · about 3 minutes", reason), or None for nothing to offer."""
        self.ui.suggestionBox.setVisible(suggestion is not None)
        if suggestion is None:
            self._suggested = None
            return
        self._suggested, title, reason = suggestion
        self.ui.suggestionTitle.setText(title)
        self.ui.suggestionReason.setText(reason)
        self.ui.beginSuggestion.setAccessibleName(
            translate("Today", "Begin: {exercise}").format(exercise=title)
        )

    def set_short_practices(self, practices: list[tuple[str, str]]) -> None:
        """(exercise id, "Title · 30 seconds") for each short practice, quickest first."""
        for button in self.short_buttons:
            # Hidden and deleted in place: a widget taken out with setParent(None) becomes a
            # window of its own for a moment, and can take the focus from the main window.
            self.ui.shortPractices.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.short_buttons = []
        for exercise_id, label in practices:
            button = QPushButton(label)
            button.setObjectName(f"short_{exercise_id}")
            button.setAccessibleName(translate("Today", "Begin: {exercise}").format(exercise=label))
            button.clicked.connect(lambda _c=False, i=exercise_id: self.start_exercise.emit(i))
            button.setStyleSheet("text-align: left; padding: 4px 10px;")
            scale_font(button, 1.0)
            self.short_buttons.append(button)
        self._reflow_short()
        self.ui.shortLabel.setVisible(bool(practices))
        chain = [self.ui.beginSuggestion, *self.short_buttons, self.ui.showAll]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._reflow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # The scroll area's viewport gets its width after the view (and with every scroll
        # bar that comes or goes): the rows are laid out for the width it really has.
        if event.type() == QEvent.Type.Resize:
            self._reflow()
        return False

    def _reflow(self) -> None:
        room = self._room()
        reflow_chips(self.ui.feelingsLayout, self.chips, room, FEELING_COLUMNS)
        self._keep.fit(room)
        self._reflow_short()

    def _room(self) -> int:
        """The width the check-in and the practices have (the column is capped when wide)."""
        margins = self.ui.todayLayout.contentsMargins()
        width = min(self.ui.todayScroll.viewport().width(), self.ui.todayContent.maximumWidth())
        return width - margins.left() - margins.right()

    def _reflow_short(self) -> None:
        """Two columns when they fit, else one: never wider than the window (large text)."""
        buttons = self.short_buttons
        if not buttons:
            return
        room = self._room()
        widest = max(button.sizeHint().width() for button in buttons)
        spacing = self.ui.shortPractices.horizontalSpacing()
        columns = SHORT_COLUMNS if widest * SHORT_COLUMNS + spacing <= room else 1
        layout = self.ui.shortPractices
        for button in buttons:
            layout.removeWidget(button)
        for index, button in enumerate(buttons):
            layout.addWidget(button, *divmod(index, columns))

    @property
    def suggested(self) -> str | None:
        """The id of the practice offered first (None when there is none)."""
        return self._suggested

    def _begin_suggestion(self) -> None:
        if self._suggested is not None:
            self.start_exercise.emit(self._suggested)

    def show_all_practices(self) -> None:
        self.ui.showAll.setChecked(True)
        self._show_all(True)

    def _show_all(self, shown: bool) -> None:
        self.ui.exercisesHeading.setVisible(shown)
        self.ui.exercises.setVisible(shown)
        self.ui.editOwn.setVisible(shown)
        self._update_edit_own()
        if shown:
            self.ui.todayScroll.ensureWidgetVisible(self.ui.exercises)

    def set_now(self, now: datetime) -> None:
        self.ui.greeting.setText(greeting_for(now))

    def set_exercises(self, exercises: list[tuple[str, str, str]]) -> None:
        """(id, title, one-line description) for each exercise, in the order to show."""
        self.ui.exercises.clear()
        if not exercises:
            item = QListWidgetItem(translate("Today", "Guided exercises will appear here."))
            note_item(item)
            self.ui.exercises.addItem(item)
            return
        for exercise_id, title, description in exercises:
            item = QListWidgetItem(f"{title}\n{description}" if description else title)
            item.setData(EXERCISE_ID, exercise_id)
            item.setToolTip(description)
            self.ui.exercises.addItem(item)

    def set_offer_on_this_day(self, offer: bool) -> None:
        """Settings: switch "on this day" off entirely, or offer it again."""
        self._offer_on_this_day = offer
        if not offer:
            self.ui.onThisDay.clear()
            self._on_this_day_count = 0
        self._show_on_this_day(opened=False)

    def set_on_this_day(self, entries: list[Entry]) -> None:
        """Keep the entries ready; they show only when the person chooses to look back."""
        self.ui.onThisDay.clear()
        self._on_this_day_count = len(entries) if self._offer_on_this_day else 0
        if self._offer_on_this_day:
            for entry in entries:
                first_line = entry.first_line or translate("Today", "An entry")
                item = QListWidgetItem(f"{entry.day.year} · {first_line}")
                item.setData(ENTRY_ID, entry.id)
                self.ui.onThisDay.addItem(item)
        count = self._on_this_day_count
        self.ui.lookBack.setText(counts().look_back(count))
        self._show_on_this_day(opened=False)

    def look_back(self) -> None:
        self._show_on_this_day(opened=True)
        self.ui.onThisDay.setCurrentRow(0)
        self.ui.onThisDay.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_on_this_day(self, *, opened: bool) -> None:
        offered = self._offer_on_this_day and self._on_this_day_count > 0
        self.ui.onThisDayHeading.setVisible(offered)
        self.ui.lookBack.setVisible(offered and not opened)
        self.ui.onThisDay.setVisible(offered and opened)

    def set_practice_days(self, days_this_month: int) -> None:
        self.ui.practiceSummary.setText(practice_days_text(days_this_month))

    def clear(self) -> None:
        """Remove journal words before locking."""
        self.ui.onThisDay.clear()
        self._on_this_day_count = 0
        self._show_on_this_day(opened=False)
        self.ui.practiceSummary.clear()
        self.say_about_checkin("")
        self.set_suggestion(None)
        self.set_short_practices([])
        for button in (*self.chips, *self.strengths):
            button.setChecked(False)

    def _on_exercise(self, item: QListWidgetItem) -> None:
        exercise_id = item.data(EXERCISE_ID)
        if isinstance(exercise_id, str):
            self.start_exercise.emit(exercise_id)

    def _chosen_own(self) -> str | None:
        item = self.ui.exercises.currentItem()
        exercise_id = item.data(EXERCISE_ID) if item is not None else None
        return exercise_id if isinstance(exercise_id, str) and is_own_id(exercise_id) else None

    def _update_edit_own(self) -> None:
        self.ui.editOwn.setEnabled(self._chosen_own() is not None)

    def _edit_own(self) -> None:
        own_id = self._chosen_own()
        if own_id is not None:
            self.edit_own.emit(own_id)

    def _on_entry(self, item: QListWidgetItem) -> None:
        entry_id = item.data(ENTRY_ID)
        if isinstance(entry_id, str):
            self.open_entry.emit(entry_id)
