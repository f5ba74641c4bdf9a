from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from kindspace.journal.note_draft import NoteDraft, split_tags

WHEN = datetime(2026, 3, 29, 21, 15, tzinfo=timezone(timedelta(hours=2)))


def test_a_draft_survives_its_payload() -> None:
    draft = NoteDraft("abc", "A title", "Some words\nand more", "rest, #kind", WHEN)
    assert NoteDraft.from_payload(draft.to_payload()) == draft
    assert draft.has_words()


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"written_at": "yesterday"},
        {"written_at": "2026-03-29T21:15:00"},  # no offset: we can't place it in time
        {"written_at": WHEN.isoformat(), "body": 5},
        {"written_at": WHEN.isoformat(), "entry_id": 7},
    ],
)
def test_a_foreign_payload_is_not_a_draft(payload: dict) -> None:
    assert NoteDraft.from_payload(payload) is None


def test_an_empty_draft_has_no_words() -> None:
    assert not NoteDraft(None, " ", "\n", "tag", datetime.now(UTC)).has_words()


def test_tags_split_on_commas() -> None:
    assert split_tags(" rest, #kind ,, evening walk ") == ["rest", "#kind", "evening walk"]
