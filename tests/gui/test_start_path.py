"""What the first paint needs, and no more: start-up imports and views built on first use.

Why: a person at start sees the calendar, Today or the lock screen. Every module imported
and every view built before that is time they wait (issue: "Start, search and import at
the floor"); Insights, the import and export dialogs and sqlite-utils used to be among them.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kindspace.gui import first_use, insights_view
from kindspace.gui.controller import AppController
from kindspace.gui.unlock import PASSPHRASE as PASSPHRASE_KIND
from kindspace.journal.keyring_store import KeyringCheck
from kindspace.preferences import load_preferences, save_preferences
from tests.helpers.app_controller import app_controller
from tests.helpers.journals import PASSPHRASE
from tests.helpers.widgets import settle, wait_for

TESTS_KEYRING = KeyringCheck(None, "tests")
#: Modules only opening a feature needs; none of them may load with the start-up modules.
NOT_AT_START = (
    "sqlite_utils",
    "click",
    "kindspace.gui.insights_view",
    "kindspace.practice.insights",
    "kindspace.gui.export_dialog",
    "kindspace.gui.export_choices",
    "kindspace.gui.export_fit",
    "kindspace.gui.export_run",
    "kindspace.gui.import_dialog",
    "kindspace.gui.pdf_export",
    "kindspace.transfer.readers",
    "cryptography",  # unwrapping with a passphrase or recovery key only, never for the keyring
    "keyring",  # the key is read ahead by a helper process (see key_read_ahead)
    "secretstorage",
    "jeepney",
    "argon2",
    "kindspace.gui.exercise_view",
    "kindspace.gui.support_view",
    "kindspace.gui.support_editing",
    "kindspace.gui.support_contacts",
    "kindspace.gui.support_crisis_lines",
    "kindspace.gui.learn_view",
    "kindspace.gui.own_exercise_editor",
    "kindspace.gui.popup",
    "kindspace.gui.search_view",  # built the first time search is opened
    "kindspace.gui.search_results",
    "kindspace.gui.search_worker",
    "kindspace.gui.date_filter",
    "kindspace.gui.entry_reader",  # built when the first exercise entry is read back
    "kindspace.transfer.entry_sections",
    "kindspace.gui.editor",  # built when the first note is written or opened
    "kindspace.gui.markdown_preview",
    "PySide6.QtNetwork",  # the single instance watches a file instead of a local socket
    # Installed just after the first screen is painted (see later_features):
    "kindspace.gui.transfer_actions",
    "kindspace.gui.tags_feature",
    "kindspace.gui.tag_browser",
    "kindspace.gui.recently_deleted",
    "kindspace.gui.sync_feature",
    "kindspace.sync.engine",
    "kindspace.gui.tray",
    "kindspace.gui.reminder_driver",
    "kindspace.reminders.schedule",
)


def test_the_start_up_modules_leave_features_to_first_use() -> None:
    code = (
        "import sys\n"
        "import kindspace.gui.app, kindspace.gui.controller, kindspace.gui.probe\n"
        "import kindspace.gui.single_instance\n"
        f"print([m for m in {NOT_AT_START!r} if m in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"


def test_no_modules_source_stays_in_memory_after_pyside_looked_at_it() -> None:
    code = (
        "import linecache\n"
        "import kindspace.gui.app, kindspace.gui.controller, kindspace.gui.probe\n"
        "print(sorted(name for name in linecache.cache if 'kindspace' in name))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]"


def test_the_stand_in_names_the_view_as_insights_does() -> None:
    assert first_use.INSIGHTS == insights_view.INSIGHTS


@pytest.fixture
def controller(qtbot: QtBot, qapp: QApplication, journal_dir: Path) -> Iterator[AppController]:
    with app_controller(qtbot, qapp, journal_dir, keyring_check=TESTS_KEYRING) as made:
        yield made


def _unlock(controller: AppController) -> None:
    controller.start()
    settle(controller)
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    assert not controller.window.is_locked()


def test_insights_is_built_when_first_opened_and_then_shows(controller: AppController) -> None:
    _unlock(controller)
    assert "insights" not in controller.window.views()

    controller.window.ui.actionInsights.trigger()

    assert controller.window.current_view() == "insights"
    feature = controller.insights.feature
    assert feature is not None and feature.view.insights is not None
    controller.window.show_today()
    controller.window.ui.actionInsights.trigger()  # the second time the feature itself answers
    assert controller.window.current_view() == "insights"


def test_the_editor_is_built_for_the_first_note_and_keeps_its_words_over_a_lock(
    controller: AppController,
) -> None:
    _unlock(controller)
    window = controller.window
    assert "editor" not in window.views() and window.editor_if_built() is None
    window.ui.actionSave.trigger()  # nothing to save yet: no editor is built for it
    assert window.editor_if_built() is None

    window.ui.actionNewNote.trigger()

    editor = window.editor_if_built()
    assert editor is not None and window.current_view() == "editor"
    editor.ui.body.setPlainText("rain on the roof")
    controller.lock()
    controller.unlock(PASSPHRASE, PASSPHRASE_KIND)
    settle(controller)
    assert window.current_view() == "editor"
    assert editor.ui.body.toPlainText() == "rain on the roof"


def test_search_is_built_when_first_opened_and_finds_then(controller: AppController) -> None:
    _unlock(controller)
    window = controller.window
    assert "search" not in window.views() and window.search.worker is None
    journal = controller.journal
    assert journal is not None
    journal.entries.create(body="a heron by the river")

    window.ui.actionFind.trigger()

    assert window.current_view() == "search"
    view = window.search_view
    assert window.search.worker is not None, "the worker starts with the view"
    view.ui.queryEdit.setText("heron")
    view.search_now()
    wait_for(lambda: len(view.shown_entry_ids()) == 1)
    # What other features connected before it existed reaches them now.
    view.tags_requested.emit("")
    assert controller.tags.view is not None and window.current_view() == "tags"
    controller.lock()  # the worker's connection closes with the journal
    assert window.search.worker is None


@pytest.mark.parametrize("last_view", ["insights", "learn", "search"])
def test_a_start_returns_to_the_last_view_even_one_built_on_first_use(
    qtbot: QtBot, qapp: QApplication, journal_dir: Path, last_view: str
) -> None:
    save_preferences(journal_dir, load_preferences(journal_dir).with_changes(last_view=last_view))
    with app_controller(qtbot, qapp, journal_dir, keyring_check=TESTS_KEYRING) as made:
        _unlock(made)
        assert made.window.current_view() == last_view


def test_practice_views_and_the_reminder_popup_wait_for_their_first_use(
    controller: AppController,
) -> None:
    _unlock(controller)
    practice = controller.practice
    assert not {"exercise", "learn", "support"} & set(controller.window.views())
    assert practice._locked_support is None and not practice.own.is_built()
    assert controller.reminders.popup_if_built() is None

    controller.window.ui.actionSupport.trigger()

    assert controller.window.current_view() == "support"
    assert controller.window.views()["support"] is practice.support_view
    assert "exercise" not in controller.window.views()
    controller.window.ui.actionLearn.trigger()
    assert controller.window.current_view() == "learn"
    controller.window.exercise_requested.emit(next(iter(practice.catalog)))
    assert controller.window.current_view() == "exercise"
    assert practice.exercise_view.session is not None
