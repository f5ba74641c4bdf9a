"""The reminder card: its buttons, its words, and that it never takes the keyboard."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from kindspace.gui.popup import LATER_MINUTES, ReminderPopup
from kindspace.reminders.phrases import default_phrases
from kindspace.reminders.schedule import Reminder
from tests.helpers.widgets import unnamed_interactive_widgets

#: A stays-on-top window asks to be raised; the offscreen platform has no stacking to change.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


def reminder(exercise: str | None = "soothing_touch", seconds: int = 60) -> Reminder:
    return Reminder(
        slot=datetime(2026, 3, 2, 10, 0, tzinfo=UTC),
        phrase=default_phrases()[0],
        suggested_exercise=exercise,
        popup_seconds=seconds,
        generic=True,
        snoozed=False,
    )


@pytest.fixture
def popup(qtbot: QtBot) -> ReminderPopup:
    card = ReminderPopup()
    qtbot.addWidget(card)
    return card


def test_the_card_shows_the_phrase_and_the_suggested_exercise(popup: ReminderPopup) -> None:
    popup.show_reminder(reminder(), "Soothing touch")

    assert popup.isVisible()
    assert popup.ui.prompt.text() == default_phrases()[0]
    assert "Soothing touch" in popup.ui.suggestion.text()


def test_start_asks_for_the_suggested_exercise_and_hides(
    qtbot: QtBot, popup: ReminderPopup
) -> None:
    popup.show_reminder(reminder("soothing_touch"), "Soothing touch")

    with qtbot.waitSignal(popup.start_chosen) as started:
        qtbot.mouseClick(popup.ui.startButton, Qt.MouseButton.LeftButton)

    assert started.args == ["soothing_touch"]
    assert not popup.isVisible()


def test_start_without_a_suggestion_asks_for_the_app_only(
    qtbot: QtBot, popup: ReminderPopup
) -> None:
    popup.show_reminder(reminder(None))

    with qtbot.waitSignal(popup.start_chosen) as started:
        qtbot.mouseClick(popup.ui.startButton, Qt.MouseButton.LeftButton)

    assert started.args == [""]


@pytest.mark.parametrize("minutes", LATER_MINUTES)
def test_later_offers_each_snooze(qtbot: QtBot, popup: ReminderPopup, minutes: int) -> None:
    popup.show_reminder(reminder())
    action = next(a for a in popup.later_menu.actions() if a.objectName() == f"later{minutes}")

    with qtbot.waitSignal(popup.later_chosen) as later:
        action.trigger()

    assert later.args == [minutes]
    assert not popup.isVisible()


def test_not_today_says_so_and_hides(qtbot: QtBot, popup: ReminderPopup) -> None:
    popup.show_reminder(reminder())

    with qtbot.waitSignal(popup.not_today_chosen):
        qtbot.mouseClick(popup.ui.notTodayButton, Qt.MouseButton.LeftButton)

    assert not popup.isVisible()


def test_closing_the_card_chooses_nothing(qtbot: QtBot, popup: ReminderPopup) -> None:
    popup.show_reminder(reminder())
    chosen: list[object] = []
    popup.start_chosen.connect(chosen.append)
    popup.later_chosen.connect(chosen.append)
    popup.not_today_chosen.connect(lambda: chosen.append("not today"))

    qtbot.mouseClick(popup.ui.closeButton, Qt.MouseButton.LeftButton)

    assert not popup.isVisible()
    assert chosen == []


def test_the_card_goes_away_by_itself_after_its_lifetime(
    qtbot: QtBot, popup: ReminderPopup
) -> None:
    popup.show_reminder(reminder(seconds=5))

    assert popup.lifetime.isActive()
    assert popup.lifetime.interval() == 5000
    popup.lifetime.timeout.emit()  # the lifetime's end, without waiting five seconds

    assert not popup.isVisible()


def test_no_button_is_a_default_and_each_is_a_tab_stop(popup: ReminderPopup) -> None:
    for button in popup.buttons():
        # Reachable with Tab once the person goes to the card; a click never grabs focus.
        assert button.focusPolicy() == Qt.FocusPolicy.TabFocus, button.objectName()
        if isinstance(button, QPushButton):
            assert not button.isDefault(), button.objectName()
            assert not button.autoDefault(), button.objectName()
    flags = popup.windowFlags()
    for flag in (Qt.WindowType.FramelessWindowHint, Qt.WindowType.WindowStaysOnTopHint):
        assert flags & flag, flag
    assert popup.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)


def test_tab_walks_the_card_s_buttons_and_esc_closes_it(qtbot: QtBot, popup: ReminderPopup) -> None:
    popup.show_reminder(reminder(seconds=60))
    with qtbot.waitActive(popup):
        popup.activateWindow()  # the person went to the card
    popup.ui.startButton.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [popup.focusWidget()]
    for _ in range(len(popup.buttons()) - 1):
        qtbot.keyClick(popup.focusWidget(), Qt.Key.Key_Tab)
        seen.append(popup.focusWidget())
    assert seen == popup.buttons()
    qtbot.keyClick(popup.focusWidget(), Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_every_button_has_a_name_for_screen_readers(popup: ReminderPopup) -> None:
    assert unnamed_interactive_widgets(popup) == []


#: Runs in its own process on the real X server: the offscreen platform activates every window
#: it shows (it ignores WindowDoesNotAcceptFocus), so focus can only be checked on X.
FOCUS_CHECK = """
import json, sys
import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from kindspace.gui.popup import ReminderPopup
from kindspace.reminders.schedule import Reminder

app = QApplication(sys.argv[:1])
field = QLineEdit()
field.setWindowTitle("somebody else's work")
field.show()
field.activateWindow()
QTest.qWaitForWindowActive(field, 5000)
field.setFocus()
chosen = []
popup = ReminderPopup()
popup.start_chosen.connect(chosen.append)
popup.later_chosen.connect(chosen.append)
popup.not_today_chosen.connect(lambda: chosen.append("not today"))
popup.show_reminder(Reminder(datetime.now(UTC), "A pause", "soothing_touch", 60, True, False))
QTest.qWaitForWindowExposed(popup, 5000)
QTest.qWait(300)
target = QApplication.focusWidget()
if target is not None:
    QTest.keyClicks(target, "hello")
    QTest.keyClick(target, Qt.Key.Key_Return)
    QTest.keyClick(target, Qt.Key.Key_Space)
print(json.dumps({
    "popup_visible": popup.isVisible(),
    "popup_active": popup.isActiveWindow(),
    "field_has_focus": QApplication.focusWidget() is field,
    "field_active": QApplication.activeWindow() is field,
    "typed": field.text(),
    "chosen": chosen,
}))
"""


@pytest.mark.system
def test_the_card_never_takes_focus_from_what_the_person_is_typing(
    xvfb_display: str,
) -> None:
    env = {**os.environ, "DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run(
        [sys.executable, "-c", FOCUS_CHECK],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    seen = json.loads(result.stdout.strip().splitlines()[-1])

    assert seen == {
        "popup_visible": True,
        "popup_active": False,
        "field_has_focus": True,
        "field_active": True,
        "typed": "hello ",
        "chosen": [],
    }


def test_the_card_sits_inside_the_screen_near_a_corner(popup: ReminderPopup) -> None:
    popup.show_reminder(reminder())
    screen = QApplication.primaryScreen().availableGeometry()

    assert screen.contains(popup.frameGeometry())
    assert popup.frameGeometry().right() > screen.center().x()
    assert popup.frameGeometry().bottom() > screen.center().y()
