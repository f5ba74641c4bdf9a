"""``kindspace --self-test``: prove on this computer that the journal really works and is private.

Why it exists: a packaged app can break in ways its tests never see (a bundle missing the
SQLCipher library, a file system that ignores permissions). The self-test runs the real
parts end to end in a throwaway private folder: create a journal with a random passphrase
and the real (default) key-derivation cost, write a note with a random canary word, find
it, back it up, open the backup, run the health checks, unlock again with the passphrase
and the recovery key, and finally make sure the canary is in no file as plaintext.

It never touches the person's own data folder or keyring, and removes its folder afterwards.
"""

from __future__ import annotations

import os
import platform
import secrets
import shutil
import stat
import sys
import tempfile
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from kindspace import __version__
from kindspace.errors import WrongSecret
from kindspace.i18n import _
from kindspace.journal.backup import make_backup
from kindspace.journal.database import cipher_version, open_encrypted_readonly
from kindspace.journal.health import check_journal
from kindspace.journal.journal import JournalLocation, create_journal, open_journal
from kindspace.journal.search import search_entries


class SelfTestFailure(Exception):
    """A step did not do what it should; ``str()`` says what was seen."""


class _Steps:
    """Prints each step as it runs, so a failure shows exactly where it happened."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.current = ""

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        self.current = name
        self.out.write(_("  {name}… ").format(name=name))
        self.out.flush()
        yield
        self.out.write(_("ok") + "\n")


def _files(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if path.is_file())


def _plaintext_files(folder: Path, canary: bytes) -> list[str]:
    return [path.name for path in _files(folder) if canary in path.read_bytes()]


def _too_open(folder: Path) -> list[str]:
    if os.name != "posix":
        return []
    paths = [folder, *folder.rglob("*")]
    return [path.name for path in paths if stat.S_IMODE(path.stat().st_mode) & 0o077]


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise SelfTestFailure(what)


def _read_content() -> None:
    """The exercises and pages ship as data files beside the code, in every language; a
    bundle that lost them would open to empty screens, so every one is read strictly here."""
    from kindspace.language import SUPPORTED_LANGUAGES
    from kindspace.practice.crisis_lines import load_crisis_directory
    from kindspace.practice.definitions import load_exercises
    from kindspace.practice.grounding import load_grounding
    from kindspace.practice.learn import load_articles
    from kindspace.practice.support import load_support_page
    from kindspace.reminders.phrases import default_phrases

    for language in SUPPORTED_LANGUAGES:
        _expect(len(load_exercises(strict=True, language=language)) > 0, "no exercises were found")
        _expect(bool(load_articles(language=language)), "no Learn pages were found")
        load_support_page(language=language)
        load_grounding(language=language)
        load_crisis_directory(language=language)
        default_phrases(language)


def _run_steps(folder: Path, steps: _Steps) -> None:
    with steps.step("read the exercises, Learn and Support pages"):
        _read_content()
    location = JournalLocation(folder / "journal")
    passphrase = secrets.token_urlsafe(24)
    canary = "canary" + secrets.token_hex(8)
    with steps.step("create a journal (with the real passphrase cost)"):
        journal, recovery_key = create_journal(location, passphrase=passphrase, use_keyring=False)
    try:
        with steps.step("check that the journal is encrypted"):
            _expect(bool(cipher_version(journal.db)), "the database connection is not encrypted")
        with steps.step("write a note"):
            entry = journal.entries.create(body=f"A self-test note with {canary} in it.")
        with steps.step("find the note"):
            hits = journal.search(canary)
            _expect([hit.entry_id for hit in hits] == [entry.id], "search did not find the note")
        with steps.step("look for the note's words on disk"):
            found = _plaintext_files(folder, canary.encode())
            _expect(not found, f"the note's text is readable in {', '.join(found)}")
        with steps.step("make a backup"):
            backup = make_backup(journal)
        with steps.step("open the backup and find the note"):
            copy = open_encrypted_readonly(backup, journal.data_key)
            try:
                in_backup = [hit.entry_id for hit in search_entries(copy, canary)]
            finally:
                copy.conn.close()
            _expect(in_backup == [entry.id], "the backup does not hold the note")
        with steps.step("check the journal's integrity"):
            problems = [f"{r.name}: {r.detail}" for r in check_journal(journal) if not r.ok]
            _expect(not problems, "; ".join(problems))
    finally:
        journal.close()
    with steps.step("unlock with the passphrase"):
        open_journal(location, passphrase=passphrase).close()
    with steps.step("unlock with the recovery key"):
        open_journal(location, recovery_key=recovery_key).close()
    with steps.step("refuse a wrong passphrase"):
        try:
            open_journal(location, passphrase=passphrase + "x").close()
        except WrongSecret:
            pass
        else:
            raise SelfTestFailure(_("a wrong passphrase opened the journal"))
    with steps.step("look for the note's words in every file"):
        found = _plaintext_files(folder, canary.encode())
        _expect(not found, f"the note's text is readable in {', '.join(found)}")
    with steps.step("check that only you can read the files"):
        too_open = _too_open(folder)
        _expect(not too_open, f"others can read {', '.join(too_open)}")


def run_self_test(out: TextIO, err: TextIO | None = None) -> int:
    """Run every step in a private temporary folder; 0 when all passed, else 1."""
    err = err or sys.stderr
    out.write(
        _("kindspace {version} self-test (Python {python_version})").format(
            version=__version__, python_version=platform.python_version()
        )
        + "\n"
    )
    steps = _Steps(out)
    folder: Path | None = None
    try:
        with steps.step("make a private temporary folder"):
            folder = Path(tempfile.mkdtemp(prefix="kindspace-selftest-"))  # created 0700
        _run_steps(folder, steps)
    except Exception as error:
        out.write(_("failed") + "\n")
        if os.environ.get("KINDSPACE_DEBUG") == "1":
            traceback.print_exc(file=err)
        reason = str(error) or type(error).__name__
        err.write(
            _("kindspace: The self-test failed at “{current}”: {reason}").format(
                current=steps.current, reason=reason
            )
            + "\n"
        )
        return 1
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    out.write(_("Self-test passed.") + "\n")
    return 0
