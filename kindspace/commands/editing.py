"""Changing and removing entries from the command line: ``edit`` and ``delete``.

``edit`` without new text opens ``$VISUAL`` or ``$EDITOR`` on a copy of the entry's text.
That copy is plaintext, so it never goes to ``/tmp`` (shared, often not cleared, sometimes
synced; jrnl #1182): it lives in a private (0700) ``editing`` folder inside kindspace's own
data folder, is created 0600, and is removed as soon as the editor has closed, whatever
happened. ``delete`` asks on a terminal and, without one, only acts on ``--yes``.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kindspace.commands.session import Session
from kindspace.errors import InvalidInput
from kindspace.i18n import _, ngettext
from kindspace.journal.trash import KEEP_DAYS
from kindspace.paths import PRIVATE_FILE_MODE, ensure_private_dir
from kindspace.transfer.entry_sections import long_when

EDITING_FOLDER = "editing"


def editor_command() -> list[str]:
    """The person's editor, as ``$VISUAL`` or ``$EDITOR`` say (these may carry options)."""
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            try:
                words = shlex.split(value)
            except ValueError:
                raise InvalidInput(
                    _("kindspace couldn't read ${name} ({value!r}).").format(name=name, value=value)
                ) from None
            if words:
                return words
    raise InvalidInput(
        _(
            "Please set VISUAL or EDITOR to the editor you like, or give "
            "the new text after the id (or - to read it from standard "
            "input)."
        )
    )


@contextlib.contextmanager
def private_edit_file(data_dir: Path, text: str) -> Iterator[Path]:
    """A 0600 file holding ``text`` in a 0700 folder of the journal's own; removed on exit."""
    folder = ensure_private_dir(data_dir / EDITING_FOLDER)
    path = folder / f"entry-{uuid.uuid4().hex}.txt"
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            stream.write(text)
        yield path
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        # Some editors leave a backup or swap file beside it ("name~", ".name.swp").
        for leftover in folder.glob(f"*{path.stem}*"):
            with contextlib.suppress(OSError):
                leftover.unlink()
        with contextlib.suppress(OSError):
            folder.rmdir()


def edit_in_editor(session: Session, text: str) -> str:
    command = editor_command()
    with private_edit_file(session.location.data_dir, text) as path:
        try:
            finished = subprocess.run([*command, str(path)], check=False)
        except OSError as error:
            raise InvalidInput(
                _(
                    "kindspace couldn't start the editor {command!r} ({strerror}), "
                    "so nothing was changed."
                ).format(command=command[0], strerror=error.strerror)
            ) from None
        if finished.returncode != 0:
            raise InvalidInput(_("The editor stopped with an error, so nothing was changed."))
        return path.read_text(encoding="utf-8")


def run_edit(session: Session) -> int:
    """Change text, title, tags or day; without text or options, open the person's editor."""
    args = session.args
    changes: dict[str, Any] = {}
    if args.title is not None:
        changes["title"] = args.title
    if args.tag is not None:
        changes["tags"] = args.tag
    if args.date is not None:
        changes["day"] = args.date
    text: str | None = None
    if args.text == "-":
        text = session.stdin.read()
    elif args.text is not None:
        text = args.text
    use_editor = text is None and not changes
    if use_editor and not session.interactive:
        raise InvalidInput(
            _(
                "Without a terminal kindspace can't open an editor: please "
                "give the new text after the id, or - to read it from standard "
                "input."
            )
        )
    with session.open() as journal:
        entry_id = journal.entries.find_id(args.entry_id)
        entry = journal.entries.get(entry_id)
        if use_editor:
            edited = edit_in_editor(session, entry.body)
            text = edited.removesuffix("\n") if not entry.body.endswith("\n") else edited
            if text == entry.body:
                session.out.write(_("Nothing changed.") + "\n")
                return 0
        if text is not None:
            if not text.strip() and not entry.answers:
                raise InvalidInput(
                    _(
                        "The entry would be empty, so nothing was changed ('kindspace "
                        "delete' removes an entry)."
                    )
                )
            changes["body"] = text
        journal.entries.update(entry_id, **changes)
    session.out.write(_("Saved.") + "\n")
    return 0


#: What a delete from the terminal can count on (the app's Entry ▸ Recently deleted…).
def bring_back() -> str:
    return ngettext(
        "The app can bring it back for {days} day (Entry ▸ Recently deleted…).",
        "The app can bring it back for {days} days (Entry ▸ Recently deleted…).",
        KEEP_DAYS,
    ).format(days=KEEP_DAYS)


def run_delete(session: Session) -> int:
    args = session.args
    if not args.yes and not session.interactive:
        raise InvalidInput(_("Without a terminal to ask on, kindspace deletes only with --yes."))
    with session.open() as journal:
        entry_id = journal.entries.find_id(args.entry_id)
        entry = journal.entries.get(entry_id)
        if not args.yes:
            session.err.write(
                # Translators: "y" and "n" are the answers; the same letters as "yes" below.
                _("Delete the {kind} of {when}? {bring_back} [y/N] ").format(
                    kind=entry.kind,
                    when=long_when(entry, starts_sentence=False),
                    bring_back=bring_back(),
                )
            )
            session.err.flush()
            answer = session.stdin.readline().strip().casefold()
            # Translators: the answers that mean yes, separated by "|" (English ones work too).
            yes = {"y", "yes", *_("y|yes").casefold().split("|")}
            if answer not in yes:
                session.out.write(_("Kept; nothing was deleted.") + "\n")
                return 0
        journal.entries.delete(entry_id)
    session.out.write(_("Deleted. {bring_back}").format(bring_back=bring_back()) + "\n")
    return 0
