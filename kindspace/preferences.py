"""How the app looks and behaves on this computer: theme, text size, auto-lock, window.

These are kept outside the encrypted journal on purpose: the lock screen and the unlock
window need the theme and text size before any key is available, and auto-lock must work
while the journal is locked. Nothing here is journal text or a secret, and the file is still
private (0600) and written atomically. A damaged file never stops the app: defaults are used
and the damaged file is left in place for the person to inspect.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kindspace.errors import StorageFull
from kindspace.i18n import _
from kindspace.language import FOLLOW_SYSTEM, SUPPORTED_LANGUAGES
from kindspace.paths import write_private_atomically

log = logging.getLogger(__name__)

PREFERENCES_FILE = "preferences.json"
THEMES = ("system", "light", "dark")
TEXT_SIZES = (90, 100, 115, 130, 150)
AUTO_LOCK_CHOICES = (0, 5, 10, 15, 30, 60)


@dataclass(frozen=True)
class Preferences:
    """One person's settings for this computer (not part of the journal)."""

    theme: str = "system"
    #: Percent of the system font size.
    text_size: int = 100
    #: Minutes idle before the window locks itself; 0 never. Only used with a passphrase.
    auto_lock_minutes: int = 10
    #: Opaque window geometry from Qt, base64, so the window comes back where it was.
    window_geometry: str = ""
    window_state: str = ""
    last_view: str = "today"
    #: Views and hints already explained once (for "say so once" messages).
    seen_hints: tuple[str, ...] = field(default=())
    #: The breathing guide stands still instead of growing and shrinking.
    reduce_motion: bool = False
    #: Today offers a look back at this day in earlier years (only opened when asked).
    offer_on_this_day: bool = True
    #: The person chose to keep their support contacts readable while the journal is locked
    #: (a separate private file; see kindspace.practice.support).
    contacts_outside_journal: bool = False
    #: "system" or one of kindspace.language.SUPPORTED_LANGUAGES.
    language: str = FOLLOW_SYSTEM

    def with_changes(self, **changes: Any) -> Preferences:
        return _checked(replace(self, **changes))


def _checked(prefs: Preferences) -> Preferences:
    """Replace any out-of-range value with its default, so a hand-edited file cannot break."""
    defaults = Preferences()
    theme = prefs.theme if prefs.theme in THEMES else defaults.theme
    text_size = prefs.text_size if prefs.text_size in TEXT_SIZES else defaults.text_size
    minutes = prefs.auto_lock_minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= 24 * 60:
        minutes = defaults.auto_lock_minutes
    texts = {
        name: value if isinstance(value, str) else getattr(defaults, name)
        for name in ("window_geometry", "window_state", "last_view")
        for value in [getattr(prefs, name)]
    }
    hints = tuple(h for h in prefs.seen_hints if isinstance(h, str))
    language = prefs.language if prefs.language in SUPPORTED_LANGUAGES else FOLLOW_SYSTEM

    def switch(name: str) -> bool:
        value = getattr(prefs, name)
        return value if isinstance(value, bool) else bool(getattr(defaults, name))

    return Preferences(
        theme=theme,
        text_size=text_size,
        auto_lock_minutes=minutes,
        seen_hints=hints,
        language=language,
        reduce_motion=switch("reduce_motion"),
        offer_on_this_day=switch("offer_on_this_day"),
        contacts_outside_journal=switch("contacts_outside_journal"),
        **texts,
    )


def preferences_path(data_dir: Path) -> Path:
    return data_dir / PREFERENCES_FILE


def load_preferences(data_dir: Path) -> Preferences:
    """The saved preferences, or defaults when there are none or the file is unreadable."""
    path = preferences_path(data_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as error:
        log.warning("Preferences could not be read (%s); using defaults.", type(error).__name__)
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    known = {f.name for f in fields(Preferences)}
    values = {key: value for key, value in raw.items() if key in known}
    if isinstance(values.get("seen_hints"), list):
        values["seen_hints"] = tuple(values["seen_hints"])
    try:
        return _checked(Preferences(**values))
    except TypeError:
        return Preferences()


def saved_language(data_dir: Path) -> str:
    """The language setting alone, read quietly: "system" when there is none to read.

    For the command line, which decides its language before anything else and must not
    warn about a settings file on every run (the app reports a broken one itself)."""
    try:
        raw = json.loads(preferences_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return FOLLOW_SYSTEM
    language = raw.get("language") if isinstance(raw, dict) else None
    return language if language in SUPPORTED_LANGUAGES else FOLLOW_SYSTEM


def save_preferences(data_dir: Path, prefs: Preferences) -> None:
    """Write atomically; a full disk becomes StorageFull, which faces turn into kind words."""
    document = asdict(prefs)
    document["seen_hints"] = list(prefs.seen_hints)
    data = json.dumps(document, indent=2, sort_keys=True).encode("utf-8")
    try:
        write_private_atomically(preferences_path(data_dir), data)
    except OSError as error:
        raise StorageFull(
            _(
                "kindspace could not save its settings because the disk is "
                "full or read-only. Your journal is not affected."
            )
        ) from error
