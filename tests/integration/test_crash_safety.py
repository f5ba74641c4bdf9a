"""A writer killed at any moment loses nothing it confirmed and leaves nothing half-written.

A real child process (``tests/helpers/crash_writer.py``) opens a real encrypted journal and
saves entries, or imports whole export files, printing ``ACK`` after each call returned. The
test SIGKILLs it at random moments, over and over, on the same journal, then opens the journal
itself and checks:

* every acknowledged entry is there (a save that returned is durable);
* every prepared import file is there completely or not at all (imports are one transaction);
* SQLCipher's page check, SQLite's integrity check and the full-text index's own check pass.

Kill moments follow what the child reports, not the clock, and are spread over its start-up
(opening, WAL recovery after the previous kill: between ``OPENING`` and ``READY``) and over its
writes: some a random part of a (measured) opening after ``OPENING``, some a little after
``READY``, most a random fraction of a write after the Nth acknowledgement, so that many land
inside a transaction. The test goes on until enough kills landed in the start-up and in the
writes, within a generous deadline, so a slow, busy machine makes it longer, never weaker.
SIGKILL tests a crashed process, not a power cut: the operating system still writes out what
it was given.

``KINDSPACE_CRASH_SEED`` repeats a run's kill moments (the seed is in every failure message).
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kindspace.journal import vault
from kindspace.journal.journal import Journal, JournalLocation, create_journal, open_journal
from tests.helpers.crash_writer import PASSPHRASE_ENV

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
WRITER = REPO / "tests" / "helpers" / "crash_writer.py"
PASSPHRASE = "crash test passphrase"
KILLS = 50
ENTRIES_PER_FILE = 300
FILES_PER_CHILD = 3
LINE_TIMEOUT_S = 120.0
DEADLINE_S = 900.0  # for a whole test: generous, as only a stuck writer should reach it
MIN_START_UP = 3  # kills that must land while the journal is being opened
SEED = int(os.environ.get("KINDSPACE_CRASH_SEED", time.time_ns() % 1_000_000))


class Child:
    """One writer process and the complete lines it printed (a cut-off last line is dropped)."""

    def __init__(self, args: list[str], stderr_path: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(REPO), **{PASSPHRASE_ENV: PASSPHRASE})
        self.stderr_path = stderr_path
        with stderr_path.open("wb") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, str(WRITER), *args],
                stdout=subprocess.PIPE,
                stderr=stderr,
                stdin=subprocess.DEVNULL,
                env=env,
                cwd=REPO,
            )
        self.started = time.monotonic()
        self.lines: list[str] = []
        self.seen_at: dict[str, float] = {}  # when OPENING and READY were read
        self._partial = b""
        self._open = True
        self.killed_at = 0.0

    def _pump(self, timeout: float) -> None:
        assert self.process.stdout is not None
        if not self._open:
            time.sleep(min(timeout, 0.01))
            return
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        if not ready:
            return
        chunk = os.read(self.process.stdout.fileno(), 65536)
        if not chunk:
            self._open = False
            return
        *complete, self._partial = (self._partial + chunk).split(b"\n")
        self.lines += [line.decode() for line in complete]
        for line in ("OPENING", "READY"):
            if line in self.lines:
                self.seen_at.setdefault(line, time.monotonic())

    def opening_time(self) -> float | None:
        """Seconds from ``OPENING`` to ``READY`` as read here (None if it never got there)."""
        if "OPENING" in self.seen_at and "READY" in self.seen_at:
            return self.seen_at["READY"] - self.seen_at["OPENING"]
        return None

    def acks(self) -> list[str]:
        return [line.split(" ", 1)[1] for line in self.lines if line.startswith("ACK ")]

    def wait_for(self, done: Callable[[Child], bool]) -> float:
        """Read output until ``done`` holds or the child ends; returns the monotonic time."""
        deadline = time.monotonic() + LINE_TIMEOUT_S
        while not done(self) and self._open:
            if time.monotonic() > deadline:
                pytest.fail(f"the writer stalled (seed {SEED}): {self.lines[-3:]}")
            self._pump(0.05)
        return time.monotonic()

    def kill(self) -> bool:
        """SIGKILL the child, read all it printed; True if the kill (not the child) ended it."""
        self.process.send_signal(signal.SIGKILL)
        self.killed_at = time.monotonic() - self.started
        while self._open:
            self._pump(1.0)
        returncode = self.process.wait(timeout=LINE_TIMEOUT_S)
        assert self.process.stdout is not None
        self.process.stdout.close()
        if returncode not in (-signal.SIGKILL, 0):
            errors = self.stderr_path.read_text(errors="replace")[-3000:]
            pytest.fail(f"the writer failed on its own (code {returncode}, seed {SEED}):\n{errors}")
        return returncode == -signal.SIGKILL


@dataclass
class Tally:
    """Where the kills landed, so a run that never hit a write or the start-up goes on.

    A start-up kill is one that came after ``OPENING`` and before ``READY``: inside
    ``open_journal``, not while Python was still loading.
    """

    kills: int = 0
    before_opening: int = 0
    in_start_up: int = 0
    while_writing: int = 0
    deadline: float = field(default_factory=lambda: time.monotonic() + DEADLINE_S, repr=False)

    def add(self, child: Child, killed: bool) -> None:
        if not killed:
            return
        self.kills += 1
        if "OPENING" not in child.lines:
            self.before_opening += 1
        elif "READY" not in child.lines:
            self.in_start_up += 1
        elif "DONE" not in child.lines:
            self.while_writing += 1

    def enough(self) -> bool:
        """Whether the kills are many enough and landed where they should; fails at the deadline."""
        done = (
            self.kills >= KILLS
            and self.while_writing >= self.kills // 2
            and self.in_start_up >= MIN_START_UP
        )
        if not done and time.monotonic() > self.deadline:
            pytest.fail(f"the kills keep missing the start-up or the writes: {self} (seed {SEED})")
        return done

    def check(self) -> None:
        print(f"kills: {self} (seed {SEED})")
        assert self.while_writing >= self.kills // 2, f"too few kills hit a write: {self}"
        assert self.in_start_up >= MIN_START_UP, f"too few kills hit the start-up: {self}"


@dataclass
class Timing:
    """How long opening the journal and one write take (measured, not guessed)."""

    opening: list[float]
    write: float

    def learn(self, child: Child) -> None:
        seconds = child.opening_time()
        if seconds is not None:
            self.opening.append(seconds)

    def open_s(self) -> float:
        return statistics.median(self.opening[-15:])


def kill_somewhere(child: Child, rng: random.Random, timing: Timing, most_acks: int) -> bool:
    """Kill ``child`` at a moment spread over its start-up and its first few writes."""
    plan = rng.random()
    if plan < 0.2:
        # A random part of an opening (and the recovery from the previous kill) after OPENING.
        child.wait_for(lambda c: "OPENING" in c.lines)
        time.sleep(rng.uniform(0.0, 1.2 * timing.open_s()))
    elif plan < 0.35:
        # A little after READY, when it should be writing.
        child.wait_for(lambda c: "READY" in c.lines)
        time.sleep(rng.uniform(0.0, 3 * timing.write))
    else:
        # A random part of a write after the Nth acknowledgement.
        target = rng.randint(0, most_acks)
        child.wait_for(lambda c: "READY" in c.lines and len(c.acks()) >= target)
        time.sleep(rng.uniform(0.0, 1.2 * timing.write))
    killed = child.kill()
    timing.learn(child)
    return killed


def calibrate(child: Child, writes: int) -> Timing:
    ready = child.wait_for(lambda c: "READY" in c.lines)
    done = child.wait_for(lambda c: len(c.acks()) >= writes)
    opening = child.opening_time()
    assert opening is not None
    return Timing(opening=[opening], write=(done - ready) / writes)


@pytest.fixture
def location(tmp_path: Path) -> JournalLocation:
    place = JournalLocation(tmp_path / "journal")
    journal, _ = create_journal(
        place, passphrase=PASSPHRASE, use_keyring=False, kdf_params=vault.FAST_TEST_KDF
    )
    journal.close()
    return place


@pytest.fixture
def reopened(location: JournalLocation) -> Iterator[Callable[[], Journal]]:
    opened: list[Journal] = []

    def reopen() -> Journal:
        journal = open_journal(location, passphrase=PASSPHRASE)
        opened.append(journal)
        return journal

    yield reopen
    for journal in opened:
        journal.close()


def assert_sound(journal: Journal) -> None:
    """Every check the store offers: encrypted pages, b-trees, foreign keys, the FTS index."""
    db = journal.db
    assert db.execute("PRAGMA cipher_integrity_check").fetchall() == [], f"seed {SEED}"
    assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"seed {SEED}"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == [], f"seed {SEED}"
    db.execute("INSERT INTO entries_fts(entries_fts, rank) VALUES('integrity-check', 1)")
    tags = db.execute("SELECT count(*) FROM entry_tags").fetchone()[0]
    assert tags == sum(len(entry.tags) for entry in journal.entries.iter_all()), f"seed {SEED}"


def present_ids(journal: Journal) -> list[str]:
    return [entry.id for entry in journal.entries.iter_all()]


def test_acknowledged_saves_survive_being_killed(
    location: JournalLocation, reopened: Callable[[], Journal], tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    stderr = tmp_path / "writer-stderr.txt"
    acked: list[str] = []
    tally = Tally()
    first = Child([str(location.data_dir), "save"], stderr)
    timing = calibrate(first, writes=30)
    tally.add(first, first.kill())
    acked += first.acks()
    while not tally.enough():
        child = Child([str(location.data_dir), "save"], stderr)
        tally.add(child, kill_somewhere(child, rng, timing, most_acks=6))
        acked += child.acks()
    tally.check()

    journal = reopened()
    ids = present_ids(journal)
    missing = set(acked) - set(ids)
    assert not missing, f"{len(missing)} acknowledged saves were lost (seed {SEED})"
    assert len(ids) == len(set(ids))
    assert len(ids) >= len(acked) > KILLS
    assert_sound(journal)
    journal.close()
    assert_sound(reopened())  # again after the checkpoint that closing made


def write_import_file(folder: Path, number: int) -> tuple[Path, list[str]]:
    """An export of ENTRIES_PER_FILE new entries, ids of its own, as kindspace would write it."""
    ids = [str(uuid.uuid4()) for _ in range(ENTRIES_PER_FILE)]
    entries = [
        {
            "id": entry_id,
            "day": "2024-05-31",
            "created": f"2024-05-31T21:{index // 60 % 60:02d}:{index % 60:02d}.000000+05:45",
            "updated": "2024-06-01T08:00:00.000000+00:00",
            "kind": "self-compassion-break",
            "title": f"file {number} entry {index}",
            "body": f"imported body {index} of file {number}\n" + "kind words " * 20,
            "answers": {"kindness": f"May I be kind {index}.", "steps": [index, "two"]},
            "intensity_before": index % 11,
            "intensity_after": None,
            "tags": ["imported", f"file{number}"],
            "import_source": "crash-test",
        }
        for index, entry_id in enumerate(ids)
    ]
    document = {"format": "kindspace-journal", "version": 1, "entries": entries}
    path = folder / f"import-{number:04d}.json"
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), encoding="utf-8")
    return path, ids


def test_imports_are_whole_or_absent_after_being_killed(
    location: JournalLocation, reopened: Callable[[], Journal], tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    stderr = tmp_path / "writer-stderr.txt"
    folder = tmp_path / "imports"
    folder.mkdir()
    files: list[tuple[Path, list[str]]] = []
    acked: set[str] = set()

    def next_child() -> Child:
        """Hand the child the first files not yet acknowledged (making more when needed)."""
        start = next((i for i, (path, _) in enumerate(files) if path.name not in acked), len(files))
        while len(files) < start + FILES_PER_CHILD:
            files.append(write_import_file(folder, len(files)))
        names = [str(path) for path, _ in files[start : start + FILES_PER_CHILD]]
        return Child([str(location.data_dir), "import", *names], stderr)

    tally = Tally()
    first = next_child()
    timing = calibrate(first, writes=2)
    tally.add(first, first.kill())
    acked.update(first.acks())
    while not tally.enough():
        child = next_child()
        tally.add(child, kill_somewhere(child, rng, timing, most_acks=FILES_PER_CHILD - 1))
        acked.update(child.acks())
    tally.check()

    journal = reopened()
    ids = set(present_ids(journal))
    whole = partial = 0
    for path, file_ids in files:
        found = len(ids.intersection(file_ids))
        assert found in (0, ENTRIES_PER_FILE), (
            f"{path.name} is partly imported: {found} of {ENTRIES_PER_FILE} (seed {SEED})"
        )
        assert path.name not in acked or found, f"acknowledged {path.name} is missing"
        whole += found == ENTRIES_PER_FILE
        partial += 0 < found < ENTRIES_PER_FILE
    assert whole >= len(acked) > 0 and partial == 0
    assert len(ids) == whole * ENTRIES_PER_FILE
    assert_sound(journal)
    journal.close()
    assert_sound(reopened())
