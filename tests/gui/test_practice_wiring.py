"""The practice in the window: Today list and kinds from content, locking, names, About."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kindspace import __version__
from kindspace.gui.about_dialog import AboutDialog
from kindspace.gui.main_window import READER
from kindspace.gui.practice_views import EXERCISE
from kindspace.journal.journal import Journal
from kindspace.paths import resource_path
from kindspace.practice.definitions import StepKind, load_exercises
from kindspace.practice.grounding import TooMuchChoice
from kindspace.practice.session import ExerciseSession
from tests.gui.practice_helpers import make_practice, press_next, widget_texts
from tests.helpers.widgets import unnamed_interactive_widgets

SECRET = "quietly sorting buttons"


def today_titles(window: object) -> list[str]:
    listing = window.today_view.ui.exercises  # type: ignore[attr-defined]
    return [listing.item(row).text().splitlines()[0] for row in range(listing.count())]


def test_today_and_entry_kinds_come_from_the_catalog(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    catalog = load_exercises()
    assert today_titles(window) == [exercise.title for exercise in catalog.values()]
    for exercise in catalog.values():
        assert window.kind_labels[exercise.id] == exercise.title
    assert practice.catalog.problems == ()


def test_a_new_content_file_shows_up_without_code_changes(
    qtbot: QtBot, journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(resource_path(), tmp_path / "resources")
    source = (tmp_path / "resources" / "exercises" / "small_moments.toml").read_text("utf-8")
    new = re.sub(r'(?m)^title = ".*"$', 'title = "A tea pause"', source, count=1)
    new = new.replace('id = "small_moments"', 'id = "tea_pause"')
    assert "A tea pause" in new
    (tmp_path / "resources" / "exercises" / "tea_pause.toml").write_text(new, "utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    window, _practice = make_practice(qtbot, journal)
    assert "A tea pause" in today_titles(window)
    assert window.kind_labels["tea_pause"] == "A tea pause"
    window.exercise_requested.emit("tea_pause")
    assert window.current_view() == EXERCISE


def test_locking_leaves_no_answer_in_any_widget(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    saved = ExerciseSession(load_exercises()["small_moments"])
    saved.set_answer(saved.exercise.takeaway_step.id, f"{SECRET} saved")
    entry = saved.save(journal)
    window.open_entry(entry.id)
    assert window.current_view() == READER
    window.exercise_requested.emit("reverse_golden_rule")
    view = practice.exercise_view
    assert view.step_input is not None
    qtbot.keyClicks(view.step_input.text, SECRET)  # type: ignore[arg-type]
    press_next(qtbot, view)
    assert SECRET in widget_texts(window)
    window.detach()
    QApplication.processEvents()
    assert SECRET not in widget_texts(window)
    for widget in QApplication.allWidgets():
        if widget.window() is window or widget.parent() is None:
            text = getattr(widget, "toPlainText", None) or getattr(widget, "text", None)
            if callable(text):
                value = text()
                assert not (isinstance(value, str) and SECRET in value), widget.objectName()


def test_every_control_has_an_accessible_name(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    seen_kinds: set[StepKind] = set()
    for exercise in practice.catalog.values():
        window.exercise_requested.emit(exercise.id)
        view = practice.exercise_view
        assert view.session is not None
        while True:
            seen_kinds.add(view.session.current_step.kind)
            assert unnamed_interactive_widgets(view) == [], view.session.current_step.id
            if view.session.is_last:
                break
            press_next(qtbot, view)
        view.ui.tooMuch.click()
        assert unnamed_interactive_widgets(view) == []
        view.settle(TooMuchChoice.DISCARD)
    assert seen_kinds == set(StepKind)
    for other in (practice.reader, practice.learn_view, practice.support_view):
        assert unnamed_interactive_widgets(other) == [], type(other).__name__


def test_about_shows_the_version_and_credits(qtbot: QtBot, journal: Journal) -> None:
    window, practice = make_practice(qtbot, journal)
    window.about_requested.emit()
    about = practice.about
    assert isinstance(about, AboutDialog)
    qtbot.waitExposed(about)
    assert __version__ in about.ui.version.text()
    credits = about.ui.credits.toPlainText()
    assert "Kristin Neff" in credits and "Tara Brach" in credits
    assert unnamed_interactive_widgets(about) == []
    about.close()
