"""A hard moment, made safe: support from every screen, grounding first, words never lost.

Everything runs over a real encrypted journal and the real app controller, driven with the
keyboard where a person would use it.
"""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from kindspace.gui.announce import SPOKEN
from kindspace.gui.controller import AppController
from kindspace.gui.exercise_view import ExerciseView
from kindspace.gui.layout_contents import layout_widgets
from kindspace.gui.main_window import READER, TODAY, MainWindow
from kindspace.gui.practice_views import EXERCISE, SUPPORT, Practice
from kindspace.gui.settings_comfort import KEEP, NOT_NOW, ComfortPage
from kindspace.gui.unlock import PASSPHRASE as PASSPHRASE_KIND
from kindspace.journal.journal import Journal
from kindspace.journal.keyring_store import KeyringCheck
from kindspace.practice.definitions import StepKind, load_exercises
from kindspace.practice.session import ExerciseSession
from kindspace.practice.support import (
    SupportContact,
    contacts_outside,
    keep_contacts_outside,
    outside_contacts_path,
    save_contacts,
    shipped_crisis_lines,
)
from kindspace.preferences import Preferences
from tests.gui.conftest import answer_next_message_box
from tests.gui.practice_helpers import make_practice, press_next, widget_texts
from tests.helpers.app_controller import app_controller
from tests.helpers.journals import PASSPHRASE
from tests.helpers.widgets import (
    ACTIVATION_TIMEOUT_MS,
    fields_without_description,
    mnemonic_clashes,
    settle,
    unnamed_interactive_widgets,
)

NO_KEYRING = KeyringCheck(None, "tests: no keyring")
SAMARITANS = "116 123"


@pytest.fixture
def controller(qtbot: QtBot, qapp: QApplication, journal_dir: Path) -> Iterator[AppController]:
    with app_controller(qtbot, qapp, journal_dir, keyring_check=NO_KEYRING) as made:
        made.start()
        settle(made)
        with qtbot.waitActive(made.window, timeout=ACTIVATION_TIMEOUT_MS):
            made.window.activateWindow()
        yield made


def focused() -> QWidget | None:
    return QApplication.focusWidget()


# -- 1. support while locked ---------------------------------------------------------------


def test_f1_on_the_lock_screen_opens_support_with_the_lines_and_grounding(
    controller: AppController, qtbot: QtBot
) -> None:
    window = controller.window
    assert window.is_locked()
    qtbot.keyClick(controller.lock_view.ui.passphraseField, Qt.Key.Key_F1)
    locked = controller.practice.locked_support
    assert window.ui.pages.currentWidget() is locked
    text = widget_texts(locked)
    assert SAMARITANS in text and "emergency number" in text
    assert "inside your encrypted journal" in locked.people.text.text()
    assert not locked.people.edit.isVisible() and not locked.crisis.edit.isVisible()
    qtbot.keyClick(focused() or locked, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(locked.is_grounding)  # a mnemonic clicks a moment after the key
    assert locked.grounding_panel.pacer.isVisible()
    qtbot.keyClick(focused() or locked, Qt.Key.Key_Escape)  # back to support
    assert not locked.is_grounding()
    qtbot.keyClick(focused() or locked, Qt.Key.Key_Escape)  # back to unlocking
    assert window.ui.pages.currentWidget() is controller.lock_view
    assert focused() is controller.lock_view.ui.passphraseField


def test_the_lock_screen_shows_a_visible_way_to_support(
    controller: AppController, qtbot: QtBot
) -> None:
    button = controller.lock_view.ui.supportButton
    assert button.isVisible() and button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert controller.window.ui.pages.currentWidget() is controller.practice.locked_support
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    controller.window.ui.actionLock.trigger()  # the lock screen, after a lock
    assert controller.lock_view.ui.supportButton.isVisible()


def test_own_contacts_show_while_locked_only_when_the_person_chose_it(
    controller: AppController, journal_dir: Path
) -> None:
    robin = SupportContact("Robin", "friend", "0123 456")
    keep_contacts_outside(journal_dir, [robin])
    controller.window.support_requested.emit()
    assert "Robin" not in widget_texts(controller.practice.locked_support)  # not chosen
    controller.apply_preferences(controller.preferences.with_changes(contacts_outside_journal=True))
    controller.window.support_requested.emit()
    assert "Robin" in controller.practice.locked_support.people.text.text()


def test_keeping_contacts_outside_asks_first_and_writes_a_private_file(
    qtbot: QtBot, journal: Journal, tmp_path: Path
) -> None:
    save_contacts(journal.settings, [SupportContact("Robin", "friend", "0123 456")])
    page = ComfortPage(journal, Preferences(), tmp_path)
    qtbot.addWidget(page)
    changes: list[tuple[str, bool]] = []
    page.changed.connect(lambda name, on: changes.append((name, on)))
    seen = answer_next_message_box(lambda box: _button(box, NOT_NOW))
    page.ui.contactsOutside.setChecked(True)
    assert "not encrypted" in seen[0]
    assert not page.ui.contactsOutside.isChecked() and changes == []
    assert not outside_contacts_path(tmp_path).exists()
    answer_next_message_box(lambda box: _button(box, KEEP))
    page.ui.contactsOutside.setChecked(True)
    assert changes == [("contacts_outside_journal", True)]
    path = outside_contacts_path(tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [person.name for person in contacts_outside(tmp_path)] == ["Robin"]
    page.ui.contactsOutside.setChecked(False)
    assert not path.exists() and changes[-1] == ("contacts_outside_journal", False)


def _button(box: QMessageBox, text: str) -> object:
    return next(button for button in box.buttons() if button.text() == text)


def test_auto_lock_waits_during_an_exercise_and_while_support_is_open(
    controller: AppController,
) -> None:
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    window = controller.window
    window.exercise_requested.emit("rain")
    controller.idle.idle.emit()  # ten quiet minutes in the middle of RAIN
    assert not window.is_locked() and controller.idle.is_active()
    window.support_requested.emit()
    controller.idle.idle.emit()
    assert not window.is_locked() and window.current_view() == SUPPORT
    controller.practice.support_view.ui.closeSupport.click()  # back to the exercise
    controller.practice.exercise_view.save_for_later()  # done for now
    assert window.current_view() == TODAY
    controller.idle.idle.emit()
    assert window.is_locked()


def test_the_tray_menu_has_the_support_entry(qtbot: QtBot) -> None:
    from kindspace.gui.tray import KindTray

    tray = KindTray(list(load_exercises().values()))
    action = next(a for a in tray.menu.actions() if a.objectName() == "supportAction")
    assert action.text() == "When it feels like too much"
    with qtbot.waitSignal(tray.support_requested, timeout=1000):
        action.trigger()


# -- 2. support one step away, numbers first, read-only ----------------------------------------


def test_support_is_one_click_from_today_and_from_every_exercise_step(
    qtbot: QtBot, journal: Journal
) -> None:
    window, practice = make_practice(qtbot, journal)
    window.today_view.ui.supportButton.click()
    assert window.current_view() == SUPPORT
    for exercise_id in practice.catalog:
        practice.start(exercise_id)
        view = practice.exercise_view
        assert view.session is not None
        while True:
            assert view.ui.supportButton.isVisible(), view.session.current_step.id
            if view.session.is_last:
                break
            view.go_next()
        view.ui.supportButton.click()
        assert window.current_view() == SUPPORT
        practice.support_view.ui.closeSupport.click()
        assert window.current_view() == EXERCISE
        view.leave_safely()


def test_the_numbers_come_first_above_the_fold_whole_and_read_only(
    qtbot: QtBot, journal: Journal
) -> None:
    window, practice = make_practice(qtbot, journal)
    window.resize(1024, 600)
    window.ui.actionSupport.trigger()
    support = practice.support_view
    qtbot.waitUntil(lambda: support.crisis.text.height() > 0)
    QApplication.processEvents()
    viewport = support.ui.supportScroll.viewport()
    bottom = support.crisis.text.mapTo(viewport, QPoint(0, support.crisis.text.height()))
    assert bottom.y() <= viewport.height(), "the crisis lines must show without scrolling"
    shipped = shipped_crisis_lines(country=support.country)
    for line in shipped.lines:
        assert line.contact in support.crisis.text.text()
    assert support.crisis.text.hasHeightForWidth()  # wrapped, never cut off
    # Read-only until the person chooses to edit: no table is on screen, keys change nothing.
    assert not support.lines.isVisible() and not support.contacts.isVisible()
    qtbot.keyClicks(focused() or support, "x")
    assert support.lines.item(0, 2).text() == shipped.lines[0].contact
    support.crisis.edit.click()
    assert support.lines.isVisible()
    # The person's own contacts come after the numbers.
    sections = support.ui.sectionsLayout
    order = layout_widgets(sections)
    assert order.index(support.crisis) < order.index(support.people)


# -- 3. too much: ground first, decide later ----------------------------------------------------


def start_writing(
    qtbot: QtBot, journal: Journal, exercise_id: str, words: str
) -> tuple[MainWindow, Practice, ExerciseView]:
    window, practice = make_practice(qtbot, journal)
    window.exercise_requested.emit(exercise_id)
    view = practice.exercise_view
    while view.step_input is not None and view.step_input.text is None:
        press_next(qtbot, view)
    assert view.step_input is not None and view.step_input.text is not None
    qtbot.keyClicks(view.step_input.text, words)
    return window, practice, view


def test_too_much_then_esc_keeps_the_words_as_a_draft(qtbot: QtBot, journal: Journal) -> None:
    window, practice, view = start_writing(qtbot, journal, "rain", "a tide of grief")
    view.step_input.text.setFocus()  # type: ignore[union-attr]
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # type: ignore[arg-type]
    if focused() is view.ui.intensity:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # type: ignore[arg-type]
    assert focused() is view.ui.tooMuch  # the first Tab stop after the words
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # type: ignore[arg-type]
    qtbot.waitUntil(view.is_grounding)
    assert focused() is view.ui.goOn
    assert not view.ui.leaveBox.isVisible()  # nothing asked yet
    qtbot.keyClick(view.ui.goOn, Qt.Key.Key_Escape)
    assert window.current_view() == TODAY
    draft = journal.drafts.load("exercise:rain")
    assert draft is not None and "a tide of grief" in str(draft.payload)
    assert journal.entries.count() == 0
    assert "a tide of grief" not in widget_texts(view)
    practice.start("rain")  # and it comes back where it was left
    assert view.step_input is not None and view.step_input.value() == "a tide of grief"


def test_esc_on_a_step_leaves_with_the_words_kept(qtbot: QtBot, journal: Journal) -> None:
    window, _practice, view = start_writing(qtbot, journal, "reverse_golden_rule", "harsh")
    qtbot.keyClick(view.step_input.text, Qt.Key.Key_Escape)  # type: ignore[union-attr,arg-type]
    assert window.current_view() == TODAY
    assert "harsh" in str(journal.drafts.load("exercise:reverse_golden_rule").payload)  # type: ignore[union-attr]
    assert any("draft" in said for said in SPOKEN[-2:])  # the status change is announced


def test_the_breathing_guide_moves_and_stands_still_when_asked(
    qtbot: QtBot, journal: Journal
) -> None:
    _window, practice, view = start_writing(qtbot, journal, "rain", "words")
    view.ui.tooMuch.click()
    pacer = view.grounding_panel.pacer
    assert pacer.isVisible() and pacer.is_moving()
    assert pacer.words() in ("Breathe in", "Breathe out")
    practice.set_still(True)
    assert not pacer.is_moving() and "four" in pacer.words()
    view.ui.goOn.click()
    assert not pacer.is_moving()  # hidden: no timer wakes the app


def test_too_much_is_the_first_tab_stop_after_the_fields_in_screen_order(
    qtbot: QtBot, journal: Journal
) -> None:
    _window, _practice, view = start_writing(qtbot, journal, "reverse_golden_rule", "x")
    ui = view.ui
    field = view.step_input.text  # type: ignore[union-attr]
    assert field is not None
    field.setFocus()
    order = []
    for _ in range(5):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # type: ignore[arg-type]
        order.append(focused())
    buttons = (ui.intensity, ui.tooMuch, ui.supportButton, ui.saveForLater, ui.back, ui.next)
    reachable = [w for w in buttons if w.isVisible() and w.isEnabled()]
    assert order == reachable[:5]
    assert order[0 if reachable[0] is ui.tooMuch else 1] is ui.tooMuch
    xs = [w.mapToGlobal(QPoint(0, 0)).x() for w in order if w is not ui.intensity]
    assert xs == sorted(xs)


@pytest.mark.parametrize("exercise_id", list(load_exercises()))
def test_no_alt_key_does_two_things_on_any_step(
    qtbot: QtBot, journal: Journal, exercise_id: str
) -> None:
    window, practice = make_practice(qtbot, journal)
    practice.start(exercise_id)
    view = practice.exercise_view
    titles = [action.text() for action in window.menuBar().actions()]
    assert view.session is not None
    while True:
        assert mnemonic_clashes(view.findChildren(QWidget), titles) == []
        if view.session.is_last:
            assert view.ui.next.text() == "F&inish and save"
            break
        view.go_next()
    view.ui.tooMuch.click()
    view.ui.stopForNow.click()
    assert mnemonic_clashes(view.findChildren(QWidget), titles) == []


# -- 4. the person's words are never replaced ----------------------------------------------------


def test_a_phrase_is_added_at_the_cursor_on_its_own_line_and_can_be_undone(
    qtbot: QtBot, journal: Journal
) -> None:
    window, practice = make_practice(qtbot, journal)
    practice.start("self_compassion_break")
    view = practice.exercise_view
    press_next(qtbot, view)  # step 2: phrases
    step_input = view.step_input
    assert step_input is not None and step_input.step.kind is StepKind.PHRASES
    field = step_input.text
    assert isinstance(field, QPlainTextEdit)
    qtbot.keyClicks(field, "my own words")
    first = step_input.options[0]
    first.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Tab):  # moving never replaces
        qtbot.keyClick(focused(), key)  # type: ignore[arg-type]
        assert field.toPlainText() == "my own words"
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Return)  # on purpose
    phrase = step_input.step.options[0]
    assert field.toPlainText() == f"my own words\n{phrase}"
    assert focused() is field
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one undo
    assert field.toPlainText() == "my own words"
    field.redo()
    qtbot.keyClicks(field, " And more.")
    assert field.toPlainText() == f"my own words\n{phrase} And more."
    # The box under the phrases has a visible label that names it.
    label = next(
        w for w in view.findChildren(QWidget) if getattr(w, "buddy", None) and w.buddy() is field
    )  # type: ignore[attr-defined]
    assert "Your words" in label.text()
    del window


def test_choices_look_choosable_and_never_clear_own_words(qtbot: QtBot, journal: Journal) -> None:
    _window, practice = make_practice(qtbot, journal)
    practice.start("reverse_golden_rule")
    view = practice.exercise_view
    assert view.session is not None
    view.session.go_to("tone")
    view._show_step()
    step_input = view.step_input
    assert step_input is not None and all(isinstance(b, QRadioButton) for b in step_input.options)
    assert step_input.own is not None
    qtbot.keyClicks(step_input.own, "soft as rain")
    assert step_input.value() == "soft as rain"
    step_input.options[0].click()
    assert step_input.value() == step_input.options[0].text()
    assert step_input.own.text() == "soft as rain"  # still there, nothing dropped
    practice.start("rain")
    feelings = practice.exercise_view.step_input
    assert feelings is not None and feelings.options[0].isCheckable()


@pytest.mark.parametrize("exercise_id", list(load_exercises()))
def test_every_field_carries_its_question_for_screen_readers(
    qtbot: QtBot, journal: Journal, exercise_id: str
) -> None:
    _window, practice = make_practice(qtbot, journal)
    practice.start(exercise_id)
    view = practice.exercise_view
    assert view.session is not None
    while True:
        step_input = view.step_input
        assert step_input is not None
        if step_input.step.kind is not StepKind.TAKEAWAY:
            assert fields_without_description(step_input) == []
        if step_input.text is not None:
            assert step_input.text.accessibleDescription() == step_input.step.prompt
        if view.session.is_last:
            break
        view.go_next()


# -- 5. painful words not shown back unasked ----------------------------------------------------


def test_step_four_of_the_reverse_golden_rule_shows_what_was_written_in_step_two(
    qtbot: QtBot, journal: Journal
) -> None:
    _window, practice = make_practice(qtbot, journal)
    practice.start("reverse_golden_rule")
    view = practice.exercise_view
    assert view.session is not None
    press_next(qtbot, view)
    qtbot.keyClicks(view.step_input.text, "No wonder you are tired.")  # type: ignore[union-attr,arg-type]
    press_next(qtbot, view)
    press_next(qtbot, view)
    assert view.session.current_step.id == "to_self"
    assert view.ui.earlier.isVisible()
    assert "No wonder you are tired." in view.ui.earlier.text()


def test_on_this_day_can_be_switched_off(
    controller: AppController, journal_dir: Path, qtbot: QtBot
) -> None:
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    journal = controller.journal
    assert journal is not None
    now = journal.clock()
    earlier = now.replace(year=now.year - (4 if (now.month, now.day) == (2, 29) else 1))
    journal.entries.create(body="an old hard day", written_at=earlier)
    controller.window.refresh_today()
    today = controller.window.today_view.ui
    assert today.lookBack.isVisible() and not today.onThisDay.isVisible()
    controller.apply_preferences(controller.preferences.with_changes(offer_on_this_day=False))
    assert not today.lookBack.isVisible() and not today.onThisDayHeading.isVisible()
    assert today.onThisDay.count() == 0


# -- 6. nothing discarded silently -------------------------------------------------------------


def test_a_finished_exercise_offers_no_continue(qtbot: QtBot, journal: Journal) -> None:
    exercise = load_exercises()["small_moments"]
    session = ExerciseSession(exercise)
    session.set_answer(exercise.takeaway_step.id, "a warm cup")
    entry = session.save(journal)
    window, practice = make_practice(qtbot, journal)
    window.open_entry(entry.id)
    assert window.current_view() == READER
    assert not practice.reader.ui.continueEntry.isVisible()


def test_closing_reminder_settings_asks_and_keeps_a_new_time(
    qtbot: QtBot, tmp_path: Path, journal: Journal
) -> None:
    from PySide6.QtCore import QTime

    from kindspace.gui.reminder_driver import ReminderDriver
    from kindspace.gui.settings_reminders import ReminderSettingsDialog

    data = tmp_path / "reminders"
    data.mkdir()
    driver = ReminderDriver(data, lambda: journal, clock=lambda: datetime(2026, 3, 2, tzinfo=UTC))
    dialog = ReminderSettingsDialog(driver, list(load_exercises().values()), has_tray=False)
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.page
    page.ui.enabledCheck.setChecked(True)
    page.ui.timeEdit.setTime(QTime(7, 45))
    page.ui.addTimeButton.click()
    seen = answer_next_message_box(lambda box: box.defaultButton())
    dialog.reject()  # Close
    assert "haven't saved" in seen[0]
    assert QTime(7, 45).toPython() in driver.rules.times  # type: ignore[operator]
    assert not dialog.isVisible()


def test_the_first_run_passphrase_page_puts_the_cursor_in_the_field(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from kindspace.gui.onboarding import FirstRunWizard
    from kindspace.journal import vault
    from kindspace.journal.journal import JournalLocation

    wizard = FirstRunWizard(
        JournalLocation(tmp_path / "new"), NO_KEYRING, kdf_params=vault.FAST_TEST_KDF
    )
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard, timeout=ACTIVATION_TIMEOUT_MS):
        wizard.show()
        wizard.activateWindow()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.unlock_page
    field = wizard.unlock_page.ui.passphraseField
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(focused(), "typed at once")  # type: ignore[arg-type]
    assert field.text() == "typed at once"
    back, begin = (
        wizard.buttonText(b)
        for b in (wizard.WizardButton.BackButton, wizard.WizardButton.FinishButton)
    )
    assert (
        back.replace("&", "")[back.index("&")].lower()
        != begin.replace("&", "")[begin.index("&")].lower()
    )


# -- the whole path with the keyboard, and names for every control --------------------------------


@pytest.mark.parametrize("percent", [100, 150])
def test_unlock_exercise_too_much_support_with_the_keyboard_only(
    controller: AppController, qtbot: QtBot, journal_dir: Path, percent: int
) -> None:
    window = controller.window
    # Also with the largest text on the smallest screen, where the views were rearranged.
    controller.apply_preferences(controller.preferences.with_changes(text_size=percent))
    window.resize(1024, 600)
    qtbot.keyClicks(controller.lock_view.ui.passphraseField, PASSPHRASE)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not window.is_locked())
    qtbot.keyClick(focused() or window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    exercises = window.today_view.ui.exercises
    assert focused() is exercises
    qtbot.keyClick(exercises, Qt.Key.Key_Home)
    qtbot.keyClick(exercises, Qt.Key.Key_Return)
    assert window.current_view() == EXERCISE
    view = controller.practice.exercise_view
    qtbot.keyClicks(focused(), "it is all too much")  # type: ignore[arg-type]
    qtbot.keyClick(focused(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)  # type: ignore[arg-type]
    qtbot.waitUntil(view.is_grounding)
    assert focused() is view.ui.goOn
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # type: ignore[arg-type]
    assert focused() is view.ui.openSupport
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # type: ignore[arg-type]
    assert window.current_view() == SUPPORT
    assert SAMARITANS in controller.practice.support_view.crisis.text.text()
    qtbot.keyClick(focused() or window, Qt.Key.Key_Escape)
    assert window.current_view() == EXERCISE  # back to the exercise, words intact
    draft = controller.journal.drafts.load(view.session.draft_slot)  # type: ignore[union-attr]
    assert draft is not None and "it is all too much" in str(draft.payload)


def test_every_control_of_the_touched_views_has_a_name(
    controller: AppController, qtbot: QtBot, journal_dir: Path
) -> None:
    from kindspace.gui.settings_comfort import ComfortPage

    practice = controller.practice
    assert unnamed_interactive_widgets(controller.lock_view) == []
    controller.window.support_requested.emit()
    assert unnamed_interactive_widgets(practice.locked_support) == []
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    assert unnamed_interactive_widgets(controller.window.today_view) == []
    controller.window.support_requested.emit()
    practice.support_view.crisis.edit.click()
    practice.support_view.people.edit.click()
    assert unnamed_interactive_widgets(practice.support_view) == []
    controller.window.exercise_requested.emit("reverse_golden_rule")
    view = practice.exercise_view
    qtbot.keyClicks(view.step_input.text, "words")  # type: ignore[union-attr,arg-type]
    view.ui.tooMuch.click()
    view.ui.stopForNow.click()
    assert view._choice_buttons and unnamed_interactive_widgets(view) == []
    assert controller.journal is not None
    page = ComfortPage(controller.journal, controller.preferences, journal_dir)
    qtbot.addWidget(page)
    assert unnamed_interactive_widgets(page) == []
