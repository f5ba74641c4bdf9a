"""Where each kind of synced thing lives in the journal, read and written as plain fields.

The merge (``merge.py``) thinks in fields and versions only; these adapters turn an entry, a
setting, an own exercise or a support contact into a dict of JSON values and back, inside the
caller's transaction. Values coming from another device are checked as strictly as the app's
own saves (bad ones raise ValueError, and the whole exchange is rolled back).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Protocol

from kindspace.clock import from_utc_text, to_utc_text
from kindspace.errors import InvalidInput
from kindspace.journal.database import Database
from kindspace.journal.models import Entry, check_answers, check_intensity, clean_tags
from kindspace.journal.trash import put_in_trash, take_out_of_trash
from kindspace.sync import changes
from kindspace.sync.hlc import genesis_stamp, stamp_moment

#: For values read back from the trash, where every field is present.
_ANY_STAMP = genesis_stamp("trash")
ENTRY_FIELDS = (
    "day",
    "created",
    "updated",
    "kind",
    "title",
    "body",
    "answers",
    "intensity_before",
    "intensity_after",
    "tags",
    "import_source",
)
#: Fields whose concurrent edits are both kept: what the person wrote.
TEXT_FIELDS = frozenset({"title", "body", "answers"})
#: Settings that follow the person to their other devices. Reminders, backups, appearance
#: and the recovery key (which belongs to this device's key file) stay on each device.
FOLLOWING_SETTINGS = frozenset({"support.crisis_lines"})
#: The support contacts' setting; each contact is synced on its own (``support_contact``).
CONTACTS_SETTING = "support.contacts"
CONTACT_FIELDS = ("contact", "position")
OWN_EXERCISE_FIELDS = ("definition", "created", "updated")
SETTING_FIELDS = ("value",)


def entry_values(entry: Entry) -> dict[str, Any]:
    return {
        "day": entry.day.isoformat(),
        "created": entry.created.isoformat(),
        "updated": entry.updated.isoformat(),
        "kind": entry.kind,
        "title": entry.title,
        "body": entry.body,
        "answers": entry.answers,
        "intensity_before": entry.intensity_before,
        "intensity_after": entry.intensity_after,
        "tags": list(entry.tags),
        "import_source": entry.import_source,
    }


def _moment(value: Any) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    if moment is None or moment.tzinfo is None:
        raise ValueError("a synced time must be an aware ISO 8601 time")
    return moment


def _text(value: Any, name: str) -> str:
    from kindspace.journal.entries import check_text  # entries builds on this package

    if not isinstance(value, str):
        raise ValueError(f"the entry's {name} must be text")
    try:
        return check_text(value, name)
    except InvalidInput as error:
        raise ValueError(str(error)) from error


def entry_from_values(entry_id: str, values: dict[str, Any], stamp: str) -> Entry:
    """An entry from synced fields; fields never received (a stub) get plain defaults."""
    written = stamp_moment(stamp)
    created = _moment(values["created"]) if "created" in values else written
    try:
        tags = values.get("tags", [])
        if not isinstance(tags, list):
            raise ValueError("an entry's tags must be a list")
        source = values.get("import_source")
        if source is not None and not isinstance(source, str):
            raise ValueError("an entry's import source must be text")
        kind = _text(values.get("kind", "note"), "kind").strip()
        if not kind:
            raise ValueError("an entry needs a kind")
        return Entry(
            id=entry_id,
            day=date.fromisoformat(values["day"]) if "day" in values else created.date(),
            created=created,
            updated=_moment(values["updated"]) if "updated" in values else written,
            kind=kind,
            title=_text(values.get("title", ""), "title"),
            body=_text(values.get("body", ""), "body"),
            answers=check_answers(values.get("answers", {})),
            intensity_before=check_intensity(values.get("intensity_before"), "before"),
            intensity_after=check_intensity(values.get("intensity_after"), "after"),
            tags=clean_tags(_text(tag, "tag") for tag in tags),
            import_source=source,
        )
    except (InvalidInput, TypeError) as error:
        raise ValueError(str(error)) from error


class Target(Protocol):
    @property
    def fields(self) -> tuple[str, ...]: ...

    def read(self, db: Database, target_id: str) -> dict[str, Any] | None: ...
    def read_dead(self, db: Database, target_id: str) -> dict[str, Any] | None: ...
    def write(self, db: Database, target_id: str, values: dict[str, Any], stamp: str) -> None: ...
    def write_dead(self, db: Database, target_id: str, values: dict[str, Any]) -> None: ...
    def remove(self, db: Database, target_id: str, now: datetime) -> None: ...


def _columns_row(db: Database, entry_id: str) -> Entry | None:
    from kindspace.journal.entries import EntryRepository

    return EntryRepository(db)._find(entry_id)


@dataclass(frozen=True)
class Entries:
    fields: tuple[str, ...] = ENTRY_FIELDS

    def read(self, db: Database, target_id: str) -> dict[str, Any] | None:
        entry = _columns_row(db, target_id)
        return entry_values(entry) if entry else None

    def read_dead(self, db: Database, target_id: str) -> dict[str, Any] | None:
        row = db.execute("SELECT entry FROM trash WHERE id = ?", (target_id,)).fetchone()
        return entry_values(Entry.from_row(json.loads(row[0]))) if row else None

    def write(self, db: Database, target_id: str, values: dict[str, Any], stamp: str) -> None:
        entry = entry_from_values(target_id, values, stamp)
        row = entry.to_row()
        if _columns_row(db, target_id) is None:
            names = ", ".join(row)
            db.execute(
                f"INSERT INTO entries ({names}) VALUES ({', '.join(':' + n for n in row)})", row
            )
            take_out_of_trash(db, target_id)
        else:
            sets = ", ".join(f"{name} = :{name}" for name in row if name != "id")
            db.execute(f"UPDATE entries SET {sets} WHERE id = :id", row)

    def write_dead(self, db: Database, target_id: str, values: dict[str, Any]) -> None:
        entry = entry_from_values(target_id, values, _ANY_STAMP)
        db.execute(
            "UPDATE trash SET entry = ? WHERE id = ?",
            (json.dumps(entry.to_row(), ensure_ascii=False), target_id),
        )

    def remove(self, db: Database, target_id: str, now: datetime) -> None:
        entry = _columns_row(db, target_id)
        if entry is not None:
            db.execute("DELETE FROM entries WHERE id = ?", (target_id,))
            put_in_trash(db, entry, now)


def _setting(db: Database, key: str) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def _set_setting(db: Database, key: str, value: Any) -> None:
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True)
    except (TypeError, ValueError) as error:
        raise ValueError("a synced setting must be plain JSON") from error
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, text),
    )


@dataclass(frozen=True)
class Settings:
    fields: tuple[str, ...] = SETTING_FIELDS

    def read(self, db: Database, target_id: str) -> dict[str, Any] | None:
        row = db.execute("SELECT value FROM settings WHERE key = ?", (target_id,)).fetchone()
        return {"value": json.loads(row[0])} if row else None

    def read_dead(self, db: Database, target_id: str) -> dict[str, Any] | None:
        return None

    def write(self, db: Database, target_id: str, values: dict[str, Any], stamp: str) -> None:
        if target_id not in FOLLOWING_SETTINGS:
            raise ValueError(f"the setting {target_id!r} does not follow the person")
        _set_setting(db, target_id, values.get("value"))

    def write_dead(self, db: Database, target_id: str, values: dict[str, Any]) -> None:
        return None

    def remove(self, db: Database, target_id: str, now: datetime) -> None:
        db.execute("DELETE FROM settings WHERE key = ?", (target_id,))


def contact_key(contact: dict[str, Any]) -> str:
    """A contact's identity across devices: its name, ignoring case and spacing."""
    return " ".join(str(contact.get("name", "")).split()).casefold()


def _contacts(db: Database) -> list[dict[str, Any]]:
    stored = _setting(db, CONTACTS_SETTING)
    return [item for item in stored if isinstance(item, dict)] if isinstance(stored, list) else []


@dataclass(frozen=True)
class Contacts:
    """Each support contact on its own, so two devices adding one each keep both."""

    fields: tuple[str, ...] = CONTACT_FIELDS

    def read(self, db: Database, target_id: str) -> dict[str, Any] | None:
        for position, contact in enumerate(_contacts(db)):
            if contact_key(contact) == target_id:
                return {"contact": contact, "position": position}
        return None

    def read_dead(self, db: Database, target_id: str) -> dict[str, Any] | None:
        return None

    def write(self, db: Database, target_id: str, values: dict[str, Any], stamp: str) -> None:
        contact = values.get("contact", {"name": target_id})
        position = values.get("position", 0)
        if not isinstance(contact, dict) or not all(isinstance(v, str) for v in contact.values()):
            raise ValueError("a synced contact must be named text fields")
        if contact_key(contact) != target_id:
            raise ValueError("a synced contact's name does not match its id")
        if isinstance(position, bool) or not isinstance(position, int):
            raise ValueError("a synced contact's position must be a whole number")
        self._store(db, target_id, (position, contact))

    def _store(
        self, db: Database, target_id: str, placed: tuple[int, dict[str, Any]] | None
    ) -> None:
        listed = [(i, c) for i, c in enumerate(_contacts(db)) if contact_key(c) != target_id]
        if placed is not None:
            listed.append(placed)
        listed.sort(key=lambda item: (item[0], contact_key(item[1])))
        _set_setting(db, CONTACTS_SETTING, [contact for _, contact in listed])

    def write_dead(self, db: Database, target_id: str, values: dict[str, Any]) -> None:
        return None

    def remove(self, db: Database, target_id: str, now: datetime) -> None:
        self._store(db, target_id, None)


@dataclass(frozen=True)
class OwnExercises:
    fields: tuple[str, ...] = OWN_EXERCISE_FIELDS

    def read(self, db: Database, target_id: str) -> dict[str, Any] | None:
        row = db.execute(
            "SELECT definition, created_utc, updated_utc FROM own_exercises WHERE id = ?",
            (target_id,),
        ).fetchone()
        if row is None:
            return None
        return {"definition": json.loads(row[0]), "created": row[1], "updated": row[2]}

    def read_dead(self, db: Database, target_id: str) -> dict[str, Any] | None:
        return None

    def write(self, db: Database, target_id: str, values: dict[str, Any], stamp: str) -> None:
        from kindspace.journal.own_exercises import is_own_id  # it records through this package

        definition = values.get("definition", {})
        if not is_own_id(target_id):
            raise ValueError(f"{target_id!r} is not an own exercise's id")
        if not isinstance(definition, dict):
            raise ValueError("an own exercise must be an object")
        written = to_utc_text(stamp_moment(stamp))
        times = [values.get("created", written), values.get("updated", written)]
        for text in times:
            if not isinstance(text, str):
                raise ValueError("an own exercise's times must be text")
            from_utc_text(text, 0)
        db.execute(
            "INSERT INTO own_exercises (id, definition, created_utc, updated_utc) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET definition = excluded.definition,"
            " created_utc = excluded.created_utc, updated_utc = excluded.updated_utc",
            (target_id, json.dumps(definition, ensure_ascii=False, sort_keys=True), *times),
        )

    def write_dead(self, db: Database, target_id: str, values: dict[str, Any]) -> None:
        return None

    def remove(self, db: Database, target_id: str, now: datetime) -> None:
        db.execute("DELETE FROM own_exercises WHERE id = ?", (target_id,))


TARGETS: dict[str, Target] = {
    changes.ENTRY: Entries(),
    changes.SETTING: Settings(),
    changes.SUPPORT_CONTACT: Contacts(),
    changes.OWN_EXERCISE: OwnExercises(),
}
