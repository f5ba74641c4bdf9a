"""The real app on a real X server, driven by real key presses, on a temporary journal."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.app_driver import RunningApp
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal

pytestmark = [pytest.mark.system, pytest.mark.slow]
WORD = "lighthousekeeper"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    make_passphrase_journal(folder)
    return folder


@pytest.fixture
def start(xvfb_display: str, data_dir: Path, tmp_path: Path) -> Iterator:
    started: list[RunningApp] = []

    def launch() -> RunningApp:
        app = RunningApp(xvfb_display, data_dir, tmp_path / "probe.json")
        started.append(app)
        return app

    yield launch
    for app in started:
        app.stop()


def unlock(app: RunningApp) -> None:
    app.wait_for("the unlock screen", lambda s: s["unlock_ready"])
    app.focus_window()
    app.type(PASSPHRASE)
    app.keys("Return")
    app.wait_for("the journal to open", lambda s: not s["locked"])


def cli_search(data_dir: Path, query: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "kindspace", "search", query, "--passphrase-stdin"],
        input=PASSPHRASE + "\n",
        env={**os.environ, "KINDSPACE_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout


def test_write_find_lock_unlock_quit_and_find_it_again(start, data_dir: Path) -> None:
    app = start()
    unlock(app)
    assert app.status()["today_count"] == 0

    app.keys("ctrl+n")
    app.wait_for("the editor", lambda s: s["view"] == "editor")
    app.type(f"A gentle evening with the {WORD} story")
    app.keys("ctrl+s")
    app.wait_for("the day marked in the calendar", lambda s: s["today_count"] == 1)
    assert app.status()["day_list_rows"] == 1

    app.keys("ctrl+f")
    app.wait_for("the search view", lambda s: s["view"] == "search")
    app.type(WORD)
    app.keys("Return")
    app.wait_for("one search result", lambda s: s["search_results"] == 1)
    app.keys("Down", "Return")
    app.wait_for("the entry opened from search", lambda s: s["view"] == "editor")
    assert app.status()["editor_words"] == 7

    app.keys("ctrl+l")
    locked = app.wait_for("the lock screen", lambda s: s["locked"])
    assert locked["editor_words"] == 0 and locked["today_count"] == 0
    app.type(PASSPHRASE)
    app.keys("Return")
    back = app.wait_for("unlocking", lambda s: not s["locked"])
    assert back["view"] == "editor" and back["today_count"] == 1

    app.keys("ctrl+q")
    code, err = app.wait_exit()
    assert code == 0 and "Traceback" not in err

    again = start()
    unlock(again)
    assert again.wait_for("the entry after a restart", lambda s: s["today_count"] == 1)
    again.keys("ctrl+q")
    assert again.wait_exit()[0] == 0
    assert WORD in cli_search(data_dir, WORD)


def test_a_killed_app_offers_the_typed_words_at_the_next_start(start, data_dir: Path) -> None:
    app = start()
    unlock(app)
    app.keys("ctrl+n")
    app.wait_for("the editor", lambda s: s["view"] == "editor")
    app.type(f"unsaved {WORD} thoughts right before the crash")
    app.wait_for("the draft to be kept", lambda s: s["draft_kept"] and s["editor_words"] == 7)
    app.kill()

    again = start()
    unlock(again)
    again.wait_for("the offer of the draft", lambda s: "draftOfferDialog" in s["dialogs"])
    again.keys("Return")
    restored = again.wait_for("the draft back in the editor", lambda s: s["view"] == "editor")
    assert restored["editor_words"] == 7 and restored["editor_dirty"]
    again.focus_window()  # without a window manager, focus does not return from a dialog
    again.keys("ctrl+s")
    again.wait_for("the entry saved", lambda s: s["today_count"] == 1)
    again.keys("ctrl+q")
    assert again.wait_exit()[0] == 0
    assert WORD in cli_search(data_dir, WORD)


def test_a_second_start_brings_the_first_window_forward(start, data_dir: Path) -> None:
    first = start()
    first.wait_for("the unlock screen", lambda s: s["locked"])
    second = RunningApp(first.display, data_dir, data_dir.parent / "probe-second.json")
    code, err = second.wait_exit()
    assert code == 0 and "Traceback" not in err
    assert first.process.poll() is None
