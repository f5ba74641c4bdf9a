"""Preferences live outside the journal, privately, and a damaged file never stops the app."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from kindspace.errors import StorageFull
from kindspace.preferences import (
    Preferences,
    load_preferences,
    preferences_path,
    save_preferences,
)


def test_defaults_when_nothing_was_saved(tmp_path: Path) -> None:
    assert load_preferences(tmp_path) == Preferences()


def test_saved_preferences_come_back_and_stay_private(tmp_path: Path) -> None:
    prefs = Preferences().with_changes(
        theme="dark", text_size=130, auto_lock_minutes=5, seen_hints=("tray",)
    )
    save_preferences(tmp_path / "data", prefs)
    assert load_preferences(tmp_path / "data") == prefs
    path = preferences_path(tmp_path / "data")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"theme": 5, "text_size": "x"}'])
def test_a_damaged_file_gives_defaults_and_is_left_alone(tmp_path: Path, content: str) -> None:
    preferences_path(tmp_path).write_text(content)
    prefs = load_preferences(tmp_path)
    assert prefs.theme == "system" and prefs.text_size == 100
    assert preferences_path(tmp_path).read_text() == content


def test_unknown_and_out_of_range_values_fall_back(tmp_path: Path) -> None:
    preferences_path(tmp_path).write_text(
        json.dumps({"theme": "neon", "auto_lock_minutes": -3, "future_key": 1, "text_size": 115})
    )
    prefs = load_preferences(tmp_path)
    assert (prefs.theme, prefs.auto_lock_minutes, prefs.text_size) == ("system", 10, 115)


def test_a_write_that_cannot_land_is_a_kind_error(tmp_path: Path) -> None:
    # Root ignores read-only modes, so block the rename with a folder in the file's place.
    preferences_path(tmp_path).mkdir()
    with pytest.raises(StorageFull, match="Your journal is not affected"):
        save_preferences(tmp_path, Preferences().with_changes(theme="light"))
    assert load_preferences(tmp_path).theme == "system"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_comfort_switches_are_kept_and_a_hand_edited_value_falls_back(tmp_path: Path) -> None:
    prefs = Preferences().with_changes(
        reduce_motion=True, offer_on_this_day=False, contacts_outside_journal=True
    )
    save_preferences(tmp_path, prefs)
    assert load_preferences(tmp_path) == prefs
    path = tmp_path / "preferences.json"
    path.write_text('{"reduce_motion": "yes", "offer_on_this_day": 0}', encoding="utf-8")
    loaded = load_preferences(tmp_path)
    assert (loaded.reduce_motion, loaded.offer_on_this_day) == (False, True)
