"""The tray menu, waiting for a tray, and the app's behaviour when there is none.

The offscreen platform never has a tray, so these tests cover the menu itself and the no-tray
path; tests/integration/test_tray_xvfb.py shows the icon in a real tray host.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kindspace.gui.controller import AppController
from kindspace.gui.settings_dialog import SettingsDialog
from kindspace.gui.settings_reminders import ReminderSettingsPage
from kindspace.gui.tray import KindTray, TrayWaiter
from kindspace.journal.journal import Journal
from kindspace.journal.keyring_store import KeyringCheck
from kindspace.practice.definitions import load_exercises
from kindspace.reminders.rules import ReminderRules
from kindspace.reminders.state import ReminderState
from kindspace.reminders.store import save_reminders
from tests.helpers.app_controller import app_controller
from tests.helpers.widgets import settle

NO_KEYRING = KeyringCheck(None, "none in tests")
#: A stays-on-top window asks to be raised; the offscreen platform has no stacking to change.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def tray(qtbot: QtBot) -> KindTray:
    return KindTray(sorted(load_exercises().values(), key=lambda e: e.order))


def action(tray: KindTray, name: str):  # type: ignore[no-untyped-def]
    for menu in (tray.menu, tray.exercise_menu, tray.pause_menu):
        for each in menu.actions():
            if each.objectName() == name:
                return each
    raise AssertionError(f"no menu item {name}")


def test_the_menu_offers_everything_in_order(tray: KindTray) -> None:
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]

    assert texts == [
        "Open kindspace",
        "Quick kind note",
        "When it feels like too much",
        "Start an exercise",
        "Pause reminders",
        "Reminder settings…",
        "Quit kindspace",
    ]


@pytest.mark.parametrize(
    ("name", "signal"),
    [
        ("openAction", "open_requested"),
        ("noteAction", "note_requested"),
        ("settingsAction", "settings_requested"),
        ("quitAction", "quit_requested"),
    ],
)
def test_each_item_says_what_the_person_wants(
    qtbot: QtBot, tray: KindTray, name: str, signal: str
) -> None:
    with qtbot.waitSignal(getattr(tray, signal)):
        action(tray, name).trigger()


def test_every_exercise_can_be_started_from_the_tray(qtbot: QtBot, tray: KindTray) -> None:
    catalog = load_exercises()
    names = [a.objectName() for a in tray.exercise_menu.actions()]
    assert names == [f"exercise_{e.id}" for e in sorted(catalog.values(), key=lambda e: e.order)]

    first = next(iter(sorted(catalog.values(), key=lambda e: e.order)))
    with qtbot.waitSignal(tray.exercise_requested) as started:
        action(tray, f"exercise_{first.id}").trigger()
    assert started.args == [first.id]


@pytest.mark.parametrize("key", ["hour", "tomorrow", "resumed"])
def test_pause_offers_three_lengths(qtbot: QtBot, tray: KindTray, key: str) -> None:
    with qtbot.waitSignal(tray.pause_requested) as paused:
        action(tray, f"pause_{key}").trigger()
    assert paused.args == [key]


def test_while_paused_only_resume_is_offered(tray: KindTray) -> None:
    assert not action(tray, "resumeAction").isEnabled()

    tray.set_paused(True)

    assert action(tray, "resumeAction").isEnabled()
    assert not any(a.isEnabled() for a in tray.pause_actions)
    assert tray.pause_menu.title() == "Reminders are paused"


def test_the_waiter_gives_up_when_no_tray_appears(qtbot: QtBot) -> None:
    waiter = TrayWaiter(seconds=1)
    found: list[bool] = []
    waiter.found.connect(lambda: found.append(True))

    with qtbot.waitSignal(waiter.gave_up, timeout=5000):
        waiter.start()
        assert waiter.looking  # offscreen has no tray: it looks again a few times

    assert found == []
    assert not waiter.looking


# -- the app without a tray -------------------------------------------------------------------


@pytest.fixture
def controller(qtbot: QtBot, qapp: QApplication, journal_dir: Path) -> Iterator[AppController]:
    with app_controller(qtbot, qapp, journal_dir, keyring_check=NO_KEYRING) as made:
        qtbot.addWidget(made.reminders.popup)
        yield made


def test_without_a_tray_closing_the_window_quits_as_before(
    qtbot: QtBot, controller: AppController
) -> None:
    controller.start()
    settle(controller)
    assert not controller.reminders.has_tray()

    with qtbot.waitSignal(controller.window.quit_requested):
        controller.window.close()


def test_without_a_tray_a_due_reminder_still_shows_its_card(
    pinned_now: datetime, qtbot: QtBot, qapp: QApplication, journal_dir: Path
) -> None:
    local = pinned_now.replace(second=0, microsecond=0)
    now = local.astimezone(UTC)
    rules = ReminderRules(
        enabled=True, times=(time(local.hour, local.minute),), skip_if_practised_today=False
    )
    save_reminders(journal_dir, rules, ReminderState(handled_through=now - timedelta(hours=1)))
    with app_controller(qtbot, qapp, journal_dir, keyring_check=NO_KEYRING) as made:
        qtbot.addWidget(made.reminders.popup)
        made.start()
        settle(made)
        qtbot.waitUntil(made.reminders.popup.isVisible)
        assert not made.reminders.has_tray()
        assert made.reminders.popup.ui.prompt.text()


def test_start_opens_the_window_on_the_exercise(qtbot: QtBot, controller: AppController) -> None:
    controller.start()
    settle(controller)
    exercise = load_exercises().for_reminders()[0].id

    with qtbot.waitSignal(controller.window.exercise_requested) as asked:
        controller.reminders.popup.start_chosen.emit(exercise)

    assert asked.args == [exercise]
    assert controller.window.isVisible()
    assert controller.reminders.last_exercise == exercise


def test_started_hidden_without_a_tray_the_window_comes_up_minimized(
    qtbot: QtBot, qapp: QApplication, journal_dir: Path
) -> None:
    with app_controller(
        qtbot, qapp, journal_dir, keyring_check=NO_KEYRING, start_hidden=True
    ) as made:
        made.reminders.waiter = TrayWaiter(seconds=0)
        made.reminders.waiter.gave_up.connect(made.reminders._no_tray)
        made.start()
        settle(made)
        qtbot.waitUntil(made.window.isVisible)
        assert made.window.isMinimized()


def test_the_settings_dialog_has_a_reminders_page(
    qtbot: QtBot, controller: AppController, journal: Journal
) -> None:
    dialog = SettingsDialog(
        journal, None, controller.preferences, controller.data_dir, parent=controller.window
    )
    qtbot.addWidget(dialog)

    dialog.show_section("reminders")

    assert dialog.ui.sections.currentItem().text() == "Reminders"
    assert isinstance(dialog.current_page(), ReminderSettingsPage)
