"""The support page: a gentle note, the person's own contacts, emergency help and crisis lines.

The person's contacts (a therapist, a friend) are personal, so they are kept inside the
encrypted journal through ``journal.settings``, never in a plain settings file. The crisis
lines ship as data per country (``resources/support/crisis_lines.toml``, see
:mod:`kindspace.practice.crisis_lines`) because numbers change; the
person can edit the list, and their version is kept in the journal too, so an update of
kindspace never overwrites it. Nothing here is deleted unless the person asks.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kindspace.errors import InvalidInput, StorageFull
from kindspace.i18n import _
from kindspace.journal.drafts import SettingsStore
from kindspace.localized import localized_path
from kindspace.paths import resource_path, write_private_atomically
from kindspace.practice.content import Fields, read_toml_file
from kindspace.practice.crisis_lines import CrisisLine as CrisisLine
from kindspace.practice.crisis_lines import CrisisLines as CrisisLines
from kindspace.practice.crisis_lines import load_crisis_directory

log = logging.getLogger(__name__)

CONTACTS_KEY = "support.contacts"
#: The copy of the contacts kept readable while the journal is locked, only when the person
#: chose it (Settings ▸ Comfort and support). Private (0600) in the data folder.
OUTSIDE_CONTACTS_FILE = "support-contacts.json"
CRISIS_LINES_KEY = "support.crisis_lines"
SECTION_CONTENTS = ("contacts", "crisis_lines")
MAX_FIELD_LENGTH = 500


@dataclass(frozen=True)
class SupportSection:
    id: str
    heading: str
    text: str  # Markdown
    #: What the view shows below the text: "contacts", "crisis_lines" or nothing.
    shows: str | None = None


@dataclass(frozen=True)
class SupportPage:
    title: str
    sections: tuple[SupportSection, ...]


@dataclass(frozen=True)
class SupportContact:
    """Someone the person can turn to. Only the name is needed."""

    name: str
    role: str = ""  # "therapist", "friend", "sister"
    phone: str = ""
    other: str = ""  # e-mail, hours, anything else worth knowing


def support_folder() -> Path:
    return resource_path("support")


def support_file(name: str, folder: Path | None = None, language: str | None = None) -> Path:
    """``folder/name`` when a folder is given (tests), else the shipped file in ``language``."""
    if folder is not None:
        return folder / name
    return localized_path("support", name, language=language)


def load_support_page(folder: Path | None = None, language: str | None = None) -> SupportPage:
    path = support_file("support.toml", folder, language)
    fields = Fields(read_toml_file(path), path.name)
    sections = []
    for section in fields.tables("sections"):
        shows = section.one_of("shows", SECTION_CONTENTS) if section.has("shows") else None
        sections.append(
            SupportSection(
                id=section.text("id"),
                heading=section.text("heading"),
                text=section.text("text"),
                shows=shows,
            )
        )
        section.done()
    page = SupportPage(title=fields.text("title"), sections=tuple(sections))
    fields.done()
    return page


def shipped_crisis_lines(
    folder: Path | None = None, *, country: str | None = None, language: str | None = None
) -> CrisisLines:
    """kindspace's own lines for ``country`` (emergency numbers first), in ``language``.

    With no country known, the lines of the countries that speak ``language``.
    """
    directory = load_crisis_directory(folder, language)
    return CrisisLines(note=directory.note, lines=directory.lines_for(country, language))


def crisis_lines(
    settings: SettingsStore,
    folder: Path | None = None,
    *,
    country: str | None = None,
    language: str | None = None,
) -> CrisisLines:
    """The person's edited list if they made one, otherwise the shipped list."""
    shipped = shipped_crisis_lines(folder, country=country, language=language)
    stored = settings.get(CRISIS_LINES_KEY)
    if not isinstance(stored, list):
        return shipped
    lines = tuple(
        CrisisLine(**fields)
        for item in stored
        if (fields := _known_fields(item, ("region", "name", "contact", "details")))
    )
    return CrisisLines(note=shipped.note, lines=lines, edited=True)


def save_crisis_lines(settings: SettingsStore, lines: list[CrisisLine]) -> None:
    cleaned = []
    for line in lines:
        tidy = CrisisLine(*(_clean(value) for value in asdict(line).values()))
        if not (tidy.name or tidy.contact):
            raise InvalidInput(_("Please give each line a name or a number, so it can be used."))
        cleaned.append(asdict(tidy))
    settings.set(CRISIS_LINES_KEY, cleaned)


def reset_crisis_lines(settings: SettingsStore) -> None:
    """Go back to the list kindspace ships (the person asked for it)."""
    settings.delete(CRISIS_LINES_KEY)


def contacts(settings: SettingsStore) -> list[SupportContact]:
    stored = settings.get(CONTACTS_KEY, [])
    if not isinstance(stored, list):
        return []
    return [
        SupportContact(**fields)
        for item in stored
        if (fields := _known_fields(item, ("name", "role", "phone", "other")))
    ]


def save_contacts(settings: SettingsStore, people: list[SupportContact]) -> None:
    cleaned = []
    for person in people:
        tidy = SupportContact(*(_clean(value) for value in asdict(person).values()))
        if not tidy.name:
            raise InvalidInput(_("Please give each contact a name, so you know who it is."))
        cleaned.append(asdict(tidy))
    settings.set(CONTACTS_KEY, cleaned)


# -- contacts readable while locked (only when the person chose it) ---------------------


def outside_contacts_path(data_dir: Path) -> Path:
    return data_dir / OUTSIDE_CONTACTS_FILE


def keep_contacts_outside(data_dir: Path, people: list[SupportContact]) -> None:
    """Write the copy readable without the key (the person asked for it). Atomic, 0600."""
    document = {"format": 1, "contacts": [asdict(person) for person in people]}
    data = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    try:
        write_private_atomically(outside_contacts_path(data_dir), data)
    except OSError as error:
        raise StorageFull(
            _(
                "kindspace could not keep your contacts outside the journal "
                "because the disk is full or read-only. They are still safe "
                "inside your journal."
            )
        ) from error


def contacts_outside(data_dir: Path) -> list[SupportContact]:
    """The copy kept outside the journal; [] when there is none or it can't be read."""
    try:
        raw = json.loads(outside_contacts_path(data_dir).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as error:
        log.warning("Contacts kept outside the journal unreadable (%s).", type(error).__name__)
        return []
    stored = raw.get("contacts") if isinstance(raw, dict) else None
    if not isinstance(stored, list):
        return []
    return [
        SupportContact(**fields)
        for item in stored
        if (fields := _known_fields(item, ("name", "role", "phone", "other")))
    ]


def stop_keeping_contacts_outside(data_dir: Path) -> None:
    """Remove the outside copy (the person asked; the contacts stay inside the journal)."""
    outside_contacts_path(data_dir).unlink(missing_ok=True)


def _clean(value: str) -> str:
    value = value.strip()
    if len(value) > MAX_FIELD_LENGTH:
        raise InvalidInput(
            _("Please keep each field under {max_field_length} characters.").format(
                max_field_length=MAX_FIELD_LENGTH
            )
        )
    return value


def _known_fields(item: Any, names: tuple[str, ...]) -> dict[str, str]:
    """The text fields of a stored item ({} when it holds none); the rest is ignored."""
    if not isinstance(item, dict):
        return {}
    fields = {name: item[name] if isinstance(item.get(name), str) else "" for name in names}
    return fields if any(fields.values()) else {}
