"""What the editor keeps as a draft, so a crash or a power cut loses at most a few seconds.

The draft lives inside the encrypted journal (the ``drafts`` table), never in a plain file.
It records enough to put the editor back exactly: which entry it belongs to (or none for a
new note), the words, the tags as typed, and the date and time the person chose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kindspace.journal.models import NOTE_KIND

EDITOR_SLOT = "editor"


@dataclass(frozen=True)
class NoteDraft:
    entry_id: str | None
    title: str
    body: str
    tags_text: str
    written_at: datetime
    kind: str = NOTE_KIND

    def has_words(self) -> bool:
        return bool(self.title.strip() or self.body.strip())

    def to_payload(self) -> dict[str, Any]:
        return {
            "entry_id": self.entry_id,
            "title": self.title,
            "body": self.body,
            "tags_text": self.tags_text,
            "written_at": self.written_at.isoformat(),
            "kind": self.kind,
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> NoteDraft | None:
        """The draft, or None when the payload is not one (a damaged or foreign draft)."""
        try:
            written_at = datetime.fromisoformat(str(payload["written_at"]))
        except (KeyError, ValueError):
            return None
        if written_at.tzinfo is None:
            return None
        entry_id = payload.get("entry_id")
        texts = [payload.get(name, "") for name in ("title", "body", "tags_text", "kind")]
        if not all(isinstance(text, str) for text in texts):
            return None
        if entry_id is not None and not isinstance(entry_id, str):
            return None
        title, body, tags_text, kind = texts
        return cls(entry_id, title, body, tags_text, written_at, kind or NOTE_KIND)


def split_tags(text: str) -> list[str]:
    """Tags as typed in one field: commas separate, a leading # is allowed."""
    return [part.strip() for part in text.split(",") if part.strip()]
