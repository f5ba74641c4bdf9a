"""The Reminders settings page: what it shows, what Save keeps where, start at login."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from kindspace.gui.reminder_driver import ReminderDriver
from kindspace.gui.settings_reminders import (
    LOCKED_PHRASES,
    NO_TRAY_HELP,
    ReminderSettingsDialog,
    ReminderSettingsPage,
)
from kindspace.journal.journal import Journal
from kindspace.practice.definitions import load_exercises
from kindspace.reminders import autostart
from kindspace.reminders.rules import QuietHours, ReminderRules
from kindspace.reminders.store import load_phrases, reminders_path
from tests.helpers.widgets import unnamed_interactive_widgets

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
OWN = "Be gentle with the one who is trying."


@pytest.fixture(autouse=True)
def berlin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")


def make_page(
    qtbot: QtBot, data_dir: Path, journal: Journal | None, *, has_tray: bool = True
) -> ReminderSettingsPage:
    data_dir.mkdir(parents=True, exist_ok=True)
    driver = ReminderDriver(data_dir, lambda: journal, clock=lambda: NOW)
    page = ReminderSettingsPage(driver, list(load_exercises().values()), has_tray=has_tray)
    qtbot.addWidget(page)
    return page


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_the_form_shows_the_saved_rules(qtbot: QtBot, tmp_path: Path) -> None:
    page = make_page(qtbot, tmp_path / "data", None)
    page.load(
        ReminderRules(
            enabled=True,
            times=(time(9, 30), time(17, 0)),
            weekdays=frozenset({0, 2, 4}),
            quiet_hours=QuietHours(time(22, 0), time(7, 0)),
            skip_if_practised_today=False,
        )
    )

    assert page.times() == [time(9, 30), time(17, 0)]
    assert [box.isChecked() for box in page.day_boxes] == [1, 0, 1, 0, 1, 0, 0]
    assert page.ui.quietCheck.isChecked()
    assert page.ui.quietStart.time() == QTime(22, 0)
    assert not page.ui.skipCheck.isChecked()


def test_save_keeps_the_rules_and_puts_phrases_only_in_the_journal(
    qtbot: QtBot, tmp_path: Path, journal: Journal
) -> None:
    data_dir = tmp_path / "data"
    page = make_page(qtbot, data_dir, journal)
    page.ui.enabledCheck.setChecked(True)
    page.ui.timeEdit.setTime(QTime(21, 15))
    click(qtbot, page.ui.addTimeButton)
    page.day_boxes[6].setChecked(False)
    page.ui.quietCheck.setChecked(True)
    page.ui.quietStart.setTime(QTime(23, 0))
    page.ui.quietEnd.setTime(QTime(6, 30))
    page.ui.phrasesEdit.setPlainText(f"{OWN}\n\n")
    reminder_ids = [e.id for e in load_exercises().for_reminders()]
    page.ui.exerciseChoice.setCurrentIndex(page.ui.exerciseChoice.findData(reminder_ids[0]))

    click(qtbot, page.ui.saveButton)

    rules = page.driver.rules
    assert rules.enabled
    assert time(21, 15) in rules.times
    assert 6 not in rules.weekdays
    assert rules.quiet_hours == QuietHours(time(23, 0), time(6, 30))
    assert rules.quiet_hours.spans_midnight
    assert rules.suggested_exercise == reminder_ids[0]
    assert load_phrases(journal.settings) == (OWN,)
    saved = reminders_path(data_dir).read_text()
    assert OWN not in saved
    assert json.loads(saved)["rules"]["quiet_hours"] == {"start": "23:00", "end": "06:30"}
    assert "Saved" in page.ui.message.text()


def test_only_short_reminder_exercises_are_suggested(qtbot: QtBot, tmp_path: Path) -> None:
    page = make_page(qtbot, tmp_path / "data", None)
    offered = {page.ui.exerciseChoice.itemData(i) for i in range(1, page.ui.exerciseChoice.count())}

    assert offered == {e.id for e in load_exercises().for_reminders()}
    assert page.ui.exerciseChoice.itemData(0) is None


def test_a_time_twice_is_explained_kindly(qtbot: QtBot, tmp_path: Path) -> None:
    page = make_page(qtbot, tmp_path / "data", None)
    page.ui.enabledCheck.setChecked(True)
    page.ui.timeEdit.setTime(QTime(8, 0))
    click(qtbot, page.ui.addTimeButton)
    click(qtbot, page.ui.addTimeButton)

    assert page.times().count(time(8, 0)) == 1
    assert page.ui.message.text() == "08:00 is already in the list."


def test_while_locked_own_phrases_wait_for_the_journal(qtbot: QtBot, tmp_path: Path) -> None:
    page = make_page(qtbot, tmp_path / "data", None)

    assert not page.ui.phrasesEdit.isEnabled()
    assert page.ui.phrasesEdit.placeholderText() == LOCKED_PHRASES
    page.ui.enabledCheck.setChecked(True)
    click(qtbot, page.ui.saveButton)
    assert page.driver.rules.enabled


def test_start_at_login_writes_and_removes_the_real_entry(qtbot: QtBot, tmp_path: Path) -> None:
    page = make_page(qtbot, tmp_path / "data", None)
    entry = autostart.desktop_entry_path()

    page.ui.autostartCheck.setChecked(True)
    click(qtbot, page.ui.saveButton)
    assert entry.exists()
    assert autostart.START_HIDDEN_FLAG in entry.read_text()
    assert str(tmp_path / "data") in entry.read_text()  # not the usual folder: it is passed

    page.ui.autostartCheck.setChecked(False)
    click(qtbot, page.ui.saveButton)
    assert not entry.exists()
    assert not autostart.autostart_enabled()


@pytest.mark.parametrize("has_tray", [True, False])
def test_without_a_tray_the_page_explains_how_to_get_one(
    qtbot: QtBot, tmp_path: Path, has_tray: bool
) -> None:
    page = make_page(qtbot, tmp_path / "data", None, has_tray=has_tray)

    assert page.ui.trayHelp.isHidden() is has_tray
    assert page.ui.trayHelp.text() == NO_TRAY_HELP
    assert "AppIndicator" in NO_TRAY_HELP


def test_every_control_has_a_name_and_no_button_is_a_default(qtbot: QtBot, tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    driver = ReminderDriver(data_dir, lambda: None, clock=lambda: NOW)
    dialog = ReminderSettingsDialog(driver, list(load_exercises().values()), has_tray=True)
    qtbot.addWidget(dialog)

    assert unnamed_interactive_widgets(dialog) == []
    assert not page_buttons_default(dialog.page)


def page_buttons_default(page: ReminderSettingsPage) -> list[str]:
    return [
        button.objectName()
        for button in (page.ui.saveButton, page.ui.addTimeButton, page.ui.removeTimeButton)
        if button.isDefault() or button.autoDefault()
    ]
