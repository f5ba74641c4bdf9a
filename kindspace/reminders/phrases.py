"""The words a reminder shows: the person's own phrases, or kindspace's gentle defaults.

A person's own phrases can be as private as a journal entry ("you are not your father"), so
they live in the encrypted journal and are only shown while it is unlocked. The defaults are
written to be safe anywhere: on a locked screen, over a colleague's shoulder, on a bad day.
They invite and never count, hurry or blame. They are content, not code
(``resources/reminders/phrases.toml``, one file per language), so a translator never has
to touch Python.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from kindspace.errors import InvalidInput
from kindspace.i18n import _
from kindspace.language import SOURCE_LANGUAGE
from kindspace.localized import localized_path
from kindspace.practice.content import ContentError, Fields, read_toml_file

MAX_PHRASES = 50
MAX_PHRASE_LENGTH = 200


def clean_phrases(phrases: object) -> tuple[str, ...]:
    """The phrases as kindspace keeps them: trimmed, blank ones dropped, duplicates once.

    Raises :class:`InvalidInput` with a message fit for the settings page when the list
    cannot be used as it is.
    """
    if isinstance(phrases, str) or not isinstance(phrases, Iterable):
        raise InvalidInput(_("Reminder phrases should be a list of short sentences."))
    kept: list[str] = []
    for phrase in phrases:
        if not isinstance(phrase, str):
            raise InvalidInput(_("Each reminder phrase should be a piece of text."))
        text = " ".join(phrase.split())  # one line: the popup is small and wraps by itself
        if not text or text in kept:
            continue
        if len(text) > MAX_PHRASE_LENGTH:
            raise InvalidInput(
                _(
                    "A reminder phrase can be up to {max_phrase_length} "
                    "characters, so it fits the small reminder card. Could you "
                    "shorten this one?"
                ).format(max_phrase_length=MAX_PHRASE_LENGTH)
            )
        kept.append(text)
    if len(kept) > MAX_PHRASES:
        raise InvalidInput(
            _(
                "kindspace keeps up to {max_phrases} reminder phrases. Could "
                "you choose your favourites?"
            ).format(max_phrases=MAX_PHRASES)
        )
    return tuple(kept)


def default_phrases(language: str | None = None, path: Path | None = None) -> tuple[str, ...]:
    """kindspace's own phrases in ``language`` (the app's current one by default).

    Shown when the person has no phrases of their own, and always while the journal is
    locked. A file that cannot be used raises :class:`ContentError` naming it.
    """
    path = path or localized_path("reminders", "phrases.toml", language=language)
    fields = Fields(read_toml_file(path), path.name)
    raw = fields.text_list("phrases")
    fields.done()
    try:
        phrases = clean_phrases(raw)
    except InvalidInput as error:
        raise ContentError(f"{path.name}: {error}") from error
    if not phrases:
        raise fields.fail("phrases", "should hold at least one phrase")
    return phrases


def pick_phrase(own: tuple[str, ...], rotation: int, *, generic: bool) -> str:
    """The phrase for this reminder: the next of the person's own, or of the defaults.

    ``generic`` is for a locked journal: then only the defaults are used, whatever is passed.
    """
    choices = _shown_defaults() if generic or not own else own
    return choices[rotation % len(choices)]


def _shown_defaults() -> tuple[str, ...]:
    """The defaults for a reminder, which must never fail: a broken translation gives way
    to English rather than to no reminder at all."""
    try:
        return default_phrases()
    except ContentError:
        return default_phrases(SOURCE_LANGUAGE)
