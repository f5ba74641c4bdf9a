"""Visible words in the person's language: Qt's catalogue, looked up when shown.

Why explicit contexts (``translate("Calendar", …)``) rather than ``self.tr``: PySide's
``tr`` looks messages up under the *runtime* class name, while ``pyside6-lupdate`` files them
under the class the call is written in, so a subclass would silently fall back to English.
Module-level texts are marked with ``QT_TRANSLATE_NOOP`` and passed through :func:`translate`
where they are shown, never at import (the translator is installed later).

Messages with a count live in :class:`Counts`: lupdate only recognises a plural when ``tr``
gets a plain name as its count, and one context keeps the plural forms together for
translators. ``%Ln`` writes the number the locale's way (1.234 in German).
"""

from __future__ import annotations

from typing import final

from PySide6.QtCore import QCoreApplication, QObject


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``text`` for translation under ``context`` and keep it as it is (a typed stand-in
    for Qt's, whose stubs say ``object``); show it later with :func:`translate`."""
    del context
    return text


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the current language (English when no translation is loaded)."""
    return QCoreApplication.translate(context, text, disambiguation)


@final
class Counts(QObject):
    """Every visible phrase that holds a number, with its plural forms per language."""

    def entries(self, count: int) -> str:
        return self.tr("%Ln entries", "", count)

    def words(self, count: int) -> str:
        return self.tr("%Ln words", "", count)

    def hours(self, count: int) -> str:
        return self.tr("%Ln hours", "", count)

    def minutes(self, count: int) -> str:
        return self.tr("%Ln minutes", "", count)

    def import_entries(self, count: int) -> str:
        return self.tr("Import %Ln entries", "", count)

    def adding_entries(self, count: int) -> str:
        return self.tr("Adding %Ln entries to your journal…", "", count)

    def practice_days(self, count: int) -> str:
        return self.tr("You've taken time for yourself on %Ln days this month.", "", count)

    def look_back(self, count: int) -> str:
        return self.tr("Look back at this day in earlier years (%Ln entries)", "", count)

    def stopped_markdown(self, count: int) -> str:
        """``{total}`` and ``{path}`` are filled in afterwards."""
        return self.tr(
            "The export was stopped after %Ln of {total}; those %Ln files are in {path}.",
            "",
            count,
        )

    def steps_at_most(self, count: int) -> str:
        return self.tr("A practice can have up to %Ln steps.", "", count)

    def reminder_times_at_most(self, count: int) -> str:
        return self.tr("kindspace keeps up to %Ln reminder times a day.", "", count)

    def latest_shown(self, count: int) -> str:
        """``{total}`` is filled in afterwards."""
        return self.tr("The latest %Ln of {total} times are shown.", "", count)

    def read_again_in(self, count: int) -> str:
        return self.tr("Remind me to read it again in %Ln days", "", count)

    # Sync: one device needs its own sentence ("a minute ago"), so these are for two or more.
    def minutes_ago(self, count: int) -> str:
        return self.tr("%Ln minutes ago", "", count)

    def hours_ago(self, count: int) -> str:
        return self.tr("%Ln hours ago", "", count)

    def days_ago(self, count: int) -> str:
        return self.tr("%Ln days ago", "", count)

    def up_to_date_with(self, count: int) -> str:
        return self.tr("Up to date with %Ln devices", "", count)

    def waiting_out(self, count: int) -> str:
        return self.tr("%Ln changes waiting to go out", "", count)

    def waiting_in(self, count: int) -> str:
        return self.tr("%Ln changes waiting to come in", "", count)

    def yet_to_take_in(self, count: int) -> str:
        return self.tr("yet to take in %Ln changes from here", "", count)


_counts: Counts | None = None


def counts() -> Counts:
    """The one :class:`Counts` (made on first use, after the QApplication exists)."""
    global _counts
    if _counts is None:
        _counts = Counts()
    return _counts
