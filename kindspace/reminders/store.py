"""Keeping reminder rules and state across restarts, without leaking the person's phrases.

Reminders must work while the journal is locked (that is when most of them come), so their
times, days, quiet hours and state live in a small plain file, ``reminders.json``, beside the
journal: private (0600 in a 0700 folder) and replaced atomically. The person's own phrases can
be as personal as a journal entry, so they never go into that file; they are kept inside the
encrypted journal's settings (:func:`save_phrases`, :func:`load_phrases`) and joined to the
rules only while the journal is open.

A damaged or unreadable file never stops reminders and is never deleted or overwritten: it is
renamed to ``reminders.json.damaged-<UTC time>`` and the usual settings are used, with one kind
sentence for the app to show.
"""

from __future__ import annotations

import contextlib
import errno
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any, Protocol

from kindspace.clock import Clock, system_clock
from kindspace.errors import InvalidInput, KindspaceError, StorageFull
from kindspace.i18n import _
from kindspace.paths import place_new, write_private_atomically
from kindspace.reminders.phrases import clean_phrases
from kindspace.reminders.rules import ReminderRules
from kindspace.reminders.state import ReminderState

REMINDERS_FILE = "reminders.json"
FORMAT_NAME = "kindspace-reminders"
FORMAT_VERSION = 1
#: The key under which the journal's (encrypted) settings hold the person's phrases.
PHRASES_SETTING = "reminder_phrases"
_MAX_FILE_BYTES = 256 * 1024


class SettingsLike(Protocol):
    """What :func:`load_phrases`/:func:`save_phrases` need: ``journal.settings`` has it."""

    def get(self, key: str, default: Any = None) -> Any: ...
    def set(self, key: str, value: Any) -> None: ...


@dataclass(frozen=True)
class SavedReminders:
    """What :func:`load_reminders` found. ``rules.phrases`` is always empty here."""

    rules: ReminderRules
    state: ReminderState
    #: One kind sentence to show once when the file could not be used, else None.
    problem: str | None = None
    #: Where an unreadable file was moved to, so nothing is lost.
    set_aside: Path | None = None


class _Unreadable(Exception):
    """The file exists but is not a reminders file kindspace can use."""


def reminders_path(data_dir: Path) -> Path:
    return data_dir / REMINDERS_FILE


def load_reminders(data_dir: Path, *, clock: Clock = system_clock) -> SavedReminders:
    """The saved rules and state, or the usual ones; never raises for a bad file.

    ``clock`` dates the name of a damaged file's copy.
    """
    path = reminders_path(data_dir)
    try:
        rules, state = _read(path)
    except FileNotFoundError:
        return SavedReminders(ReminderRules(), ReminderState())
    except _Unreadable:
        pass
    else:
        return SavedReminders(rules, state)
    try:
        copy = _set_aside(path, clock)
    except OSError:
        return SavedReminders(
            ReminderRules(),
            ReminderState(),
            problem=_(
                "kindspace couldn't read its reminder settings, so it is using the usual ones "
                "for now. The unreadable file was left where it is and will not be replaced. "
                "Your journal is not affected."
            ),
        )
    return SavedReminders(
        ReminderRules(),
        ReminderState(),
        problem=_(
            "kindspace couldn't read its reminder settings, so it is using the usual ones for "
            "now. Nothing was deleted: the old file is kept as {name}. "
            "Your journal is not affected."
        ).format(name=copy.name),
        set_aside=copy,
    )


def save_reminders(
    data_dir: Path, rules: ReminderRules, state: ReminderState, *, clock: Clock = system_clock
) -> None:
    """Write rules (without phrases) and state atomically, 0600.

    An unreadable file in the way is first moved aside, as :func:`load_reminders` does; if
    that is impossible, nothing is written, so it is never overwritten.
    """
    path = reminders_path(data_dir)
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "rules": rules.to_dict(with_phrases=False),
        "state": state.to_dict(),
    }
    data = (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")
    try:
        with contextlib.suppress(FileNotFoundError):
            _read(path)
    except _Unreadable:
        try:
            _set_aside(path, clock)
        except OSError as error:
            raise KindspaceError(
                _(
                    "kindspace couldn't keep a copy of its unreadable reminder "
                    "settings, so it left them as they are and didn't save the new "
                    "ones. Your journal is not affected."
                )
            ) from error
    try:
        write_private_atomically(path, data)
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StorageFull(
                _(
                    "The disk is full, so kindspace couldn't save the reminder "
                    "settings. Please free some space and try again; your journal "
                    "is not affected."
                )
            ) from error
        reason = error.strerror or "an unexpected problem"
        raise KindspaceError(
            _(
                "kindspace couldn't save the reminder settings ({reason}). "
                "Your journal is not affected."
            ).format(reason=reason)
        ) from error


def load_phrases(settings: SettingsLike) -> tuple[str, ...]:
    """The person's own reminder phrases from the (unlocked) journal; () when none or unusable.

    Unusable phrases are not removed from the journal: they stay there for the settings page
    to show and fix, and reminders use the defaults meanwhile.
    """
    try:
        return clean_phrases(settings.get(PHRASES_SETTING, []))
    except InvalidInput:
        return ()


def save_phrases(settings: SettingsLike, phrases: Iterable[str]) -> tuple[str, ...]:
    """Check and keep the phrases in the journal; returns them as kept (trimmed, no repeats).

    Raises :class:`InvalidInput` with a kind message when they cannot be used as they are.
    """
    cleaned = clean_phrases(phrases)
    settings.set(PHRASES_SETTING, list(cleaned))
    return cleaned


def _read(path: Path) -> tuple[ReminderRules, ReminderState]:
    """Parse the file; FileNotFoundError passes through, anything else is _Unreadable."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(_MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise
    except NotADirectoryError as error:  # a file where the data folder should be: no file
        raise FileNotFoundError(str(path)) from error
    except OSError as error:
        raise _Unreadable from error
    if len(raw) > _MAX_FILE_BYTES:
        raise _Unreadable
    try:
        document = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise _Unreadable from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise _Unreadable
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _Unreadable
    try:
        # A newer version only adds keys, which from_dict ignores. Phrases never belong here:
        # any found in the file (an older or hand-edited one) are not used.
        rules = ReminderRules.from_dict(document.get("rules", {})).with_phrases(())
        state = ReminderState.from_dict(document.get("state", {}))
    except InvalidInput as error:
        raise _Unreadable from error
    return rules, state


def _set_aside(path: Path, clock: Clock) -> Path:
    """Rename ``path`` to a dated name beside it, never replacing another file."""
    stamp = clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    for number in range(1, 100):
        suffix = "" if number == 1 else f"-{number}"
        copy = path.with_name(f"{path.name}.damaged-{stamp}{suffix}")
        try:
            place_new(path, copy)
        except FileExistsError:
            continue
        return copy
    raise OSError(errno.EEXIST, "too many earlier copies", str(path))
