"""Drafts and settings live inside the encrypted journal and survive reopening."""

from __future__ import annotations

from pathlib import Path

import pytest

from kindspace.clock import system_clock
from kindspace.errors import InvalidInput
from kindspace.journal.database import open_encrypted
from kindspace.journal.drafts import DraftStore, SettingsStore
from kindspace.journal.migrations import migrate


def test_a_draft_is_replaced_not_duplicated(drafts: DraftStore) -> None:
    drafts.save("editor:new", {"body": "first"})
    drafts.save("editor:new", {"body": "first words, then more"})
    assert [draft.payload for draft in drafts.all()] == [{"body": "first words, then more"}]


def test_drafts_survive_closing_the_journal(db_path: Path, data_key: bytes) -> None:
    db = open_encrypted(db_path, data_key, create=True)
    migrate(db, system_clock)
    DraftStore(db).save("exercise:rain", {"step": 2, "answers": {"recognize": "fear"}})
    db.conn.close()
    reopened = open_encrypted(db_path, data_key)
    try:
        draft = DraftStore(reopened).load("exercise:rain")
    finally:
        reopened.conn.close()
    assert draft is not None
    assert draft.payload == {"step": 2, "answers": {"recognize": "fear"}}


def test_discard_removes_only_that_draft(drafts: DraftStore) -> None:
    drafts.save("a", {"x": 1})
    drafts.save("b", {"x": 2})
    drafts.discard("a")
    assert drafts.load("a") is None
    assert drafts.load("b") is not None


def test_newest_draft_comes_first(drafts: DraftStore) -> None:
    drafts.save("older", {})
    drafts.save("newer", {})
    assert [draft.slot for draft in drafts.all()] == ["newer", "older"]


def test_settings_round_trip_and_default(settings: SettingsStore) -> None:
    assert settings.get("reminders.phrases", []) == []
    settings.set("reminders.phrases", ["Be gentle with yourself today."])
    settings.set("backup.keep", 14)
    assert settings.get("reminders.phrases") == ["Be gentle with yourself today."]
    assert settings.as_dict() == {
        "backup.keep": 14,
        "reminders.phrases": ["Be gentle with yourself today."],
    }
    settings.delete("backup.keep")
    assert settings.get("backup.keep", 7) == 7


def test_values_json_cannot_hold_are_refused(settings: SettingsStore) -> None:
    with pytest.raises(InvalidInput):
        settings.set("bad", {1, 2})
