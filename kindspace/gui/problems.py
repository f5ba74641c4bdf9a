"""Calm dialogs for everything that can go wrong, so no person ever sees a traceback.

Every face of the app turns an exception into two short parts: what happened, and what to
do. The store already words its own errors (:class:`KindspaceError`); this module covers the
rest (SQLCipher reporting a damaged page as MemoryError, a full disk as OSError) and adds
the reassurance that matters most while writing: the text is still here.
"""

from __future__ import annotations

import errno
import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kindspace.errors import (
    CannotUnlock,
    DamagedJournal,
    InvalidInput,
    KeyringUnavailable,
    KindspaceError,
    StorageFull,
)
from kindspace.gui.words import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

DAMAGED_PAGE = QT_TRANSLATE_NOOP(
    "Problems",
    "Part of the journal could not be read, so it may be damaged. Nothing was changed. "
    "Your backups are in the backups folder beside the journal, and Settings ▸ Backups can "
    "bring one back.",
)
FULL_DISK = QT_TRANSLATE_NOOP(
    "Problems",
    "The disk is full, so this could not be saved yet. Please free some space and try again.",
)
UNEXPECTED = QT_TRANSLATE_NOOP(
    "Problems",
    "Something unexpected got in the way. Nothing was deleted. Please try again; if it keeps "
    "happening, restarting kindspace usually helps.",
)
TEXT_IS_SAFE = QT_TRANSLATE_NOOP(
    "Problems",
    "What you were writing is still in the editor and kept as a draft.",
)


@dataclass(frozen=True)
class Problem:
    """What a person reads: a short title and a few plain sentences."""

    title: str
    text: str


def explain(error: BaseException, *, writing_kept: bool = False) -> Problem:
    """Word any error for a person; ``writing_kept`` adds that their text is not lost."""
    problem = _explain(error)
    if writing_kept:
        return Problem(problem.title, f"{problem.text}\n\n{translate('Problems', TEXT_IS_SAFE)}")
    return problem


def _explain(error: BaseException) -> Problem:
    if isinstance(error, StorageFull):
        return Problem(translate("Problems", "The disk is full"), str(error))
    if isinstance(error, CannotUnlock):
        return Problem(translate("Problems", "That didn't open the journal"), str(error))
    if isinstance(error, KeyringUnavailable):
        return Problem(translate("Problems", "The system keyring isn't available"), str(error))
    if isinstance(error, DamagedJournal):
        return Problem(translate("Problems", "The journal needs attention"), str(error))
    if isinstance(error, InvalidInput):
        return Problem(translate("Problems", "Let's adjust that"), str(error))
    if isinstance(error, KindspaceError):
        return Problem(translate("Problems", "That didn't work this time"), str(error))
    if isinstance(error, MemoryError):
        return Problem(
            translate("Problems", "The journal needs attention"),
            translate("Problems", DAMAGED_PAGE),
        )
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return Problem(
                translate("Problems", "The disk is full"), translate("Problems", FULL_DISK)
            )
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            read_only = (
                translate(
                    "Problems",
                    "The folder ({folder}) is read-only or belongs to someone else. Please "
                    "check it and try again.",
                ).format(folder=error.filename)
                if error.filename
                else translate(
                    "Problems",
                    "The folder is read-only or belongs to someone else. Please check it and "
                    "try again.",
                )
            )
            return Problem(translate("Problems", "kindspace can't write there"), read_only)
    return Problem(
        translate("Problems", "That didn't work this time"), translate("Problems", UNEXPECTED)
    )


def show_problem(
    parent: QWidget | None, error: BaseException, *, writing_kept: bool = False
) -> QMessageBox:
    """Log the error's type (never its text, which could hold journal words) and say it kindly.

    The box is window-modal but does not block the caller (``open``, not ``exec``), so an
    autosave timer or a test can go on; it deletes itself when closed.
    """
    log.warning("Showing a problem to the person: %s", type(error).__name__)
    problem = explain(error, writing_kept=writing_kept)
    box = QMessageBox(parent)
    box.setObjectName("problemDialog")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(problem.title)
    box.setText(problem.title)
    box.setInformativeText(problem.text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(problem.title)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
