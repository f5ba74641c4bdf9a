"""How much the encrypted journal costs compared with the same journal in plain SQLite.

Why a plain baseline in the same run: absolute timings say as much about the machine as about
kindspace, while the ratio encrypted/plain, measured on the same data, disk and moment, shows
what SQLCipher and kindspace's unlock path add. Both stores go through the real code: the
encrypted one through ``create_journal``/``open_journal`` and ``EntryRepository``; the plain one
gets the same migrations, pragmas (WAL, ``synchronous=FULL``, ...) and repository on Python's
own ``sqlite3``. Operating system caches cannot be dropped without root tricks, so every
operation is warmed up once and then timed warm; each figure is a median over repeats, with
the two stores alternating which goes first.

Run: ``python -m benchmarks.bench_store [--entries N] [--repeat R]`` (see ``--help``).
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import shutil
import sqlite3  # the plain baseline: Python's own SQLite, deliberately not kindspace's SQLCipher
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from benchmarks import synthetic_journal as synthetic
from benchmarks import timing
from benchmarks.timing import Row, alternating, row, timed
from kindspace.clock import system_clock
from kindspace.journal import vault
from kindspace.journal.database import Database, cipher_version, write_transaction
from kindspace.journal.entries import EntryRepository
from kindspace.journal.journal import Journal, JournalLocation, create_journal, open_journal
from kindspace.journal.key_file import KdfParams, read_key_file
from kindspace.journal.keyring_store import KeyringKeyStore, find_usable_keyring
from kindspace.journal.migrations import migrate
from kindspace.journal.models import Entry
from kindspace.journal.search import search_entries

PASSPHRASE = "benchmark passphrase, not a secret"
PLAIN_PRAGMAS = (
    "journal_mode = WAL",
    "synchronous = FULL",
    "foreign_keys = ON",
    "secure_delete = ON",
    "temp_store = MEMORY",
)
DEFAULT_OUT = Path(__file__).resolve().parent / "out"
WARMUP_ENTRIES = 300


class Store(Protocol):
    db: Database
    entries: EntryRepository

    def close(self) -> None: ...


class PlainStore:
    """The journal's schema and settings without encryption: the baseline."""

    def __init__(self, path: Path) -> None:
        conn = sqlite3.connect(str(path), timeout=10.0, isolation_level=None)
        for pragma in PLAIN_PRAGMAS:
            conn.execute(f"PRAGMA {pragma}")
        self.db = Database(conn)
        migrate(self.db, system_clock)
        self.entries = EntryRepository(self.db)

    def close(self) -> None:
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.conn.close()


class MemoryKeyStore:
    """Hands back the raw data key as a keyring would, so "keyring unlock" measures
    kindspace's own work (key file, key check, SQLCipher open, migrations), not D-Bus."""

    def __init__(self) -> None:
        self._keys: dict[str, bytes] = {}

    def store(self, journal_id: str, data_key: bytes) -> None:
        self._keys[journal_id] = data_key

    def load(self, journal_id: str) -> bytes | None:
        return self._keys.get(journal_id)

    def forget(self, journal_id: str) -> None:
        self._keys.pop(journal_id, None)


@dataclass
class Config:
    entries: int = synthetic.DEFAULT_ENTRIES
    repeat: int = 5
    saves: int = 50
    seed: int = synthetic.DEFAULT_SEED
    workdir: Path | None = None
    out: Path = DEFAULT_OUT
    keyring: bool = True
    kdf: KdfParams = field(default_factory=lambda: vault.DEFAULT_KDF)


def _bulk_import(store: Store, entries: Sequence[Entry]) -> None:
    """The import path: many ``_insert`` calls inside one write transaction."""
    with write_transaction(store.db):
        for entry in entries:
            store.entries._insert(entry)


def _save(store: Store, entry: Entry) -> None:
    store.entries.create(
        body=entry.body, title=entry.title, kind=entry.kind, answers=entry.answers,
        tags=entry.tags, written_at=entry.created, intensity_before=entry.intensity_before,
        intensity_after=entry.intensity_after,
    )  # fmt: skip


def _opener(open_store: Callable[[], Store], month: tuple[int, int]) -> Callable[[], float]:
    """Time opening plus the first query the app runs (the current month); close untimed."""

    def measure() -> float:
        opened: list[Store] = []
        seconds = timed(lambda: opened.append(_first_query(open_store(), month)))
        opened[0].close()
        return seconds

    return measure


class Bench:
    """One benchmark run: its folders, its data and the rows measured so far."""

    def __init__(self, config: Config, workdir: Path) -> None:
        self.config = config
        self.workdir = workdir
        self.keys = MemoryKeyStore()
        self.rows: list[Row] = []
        self.notes: list[str] = []
        self.dataset: dict[str, Any] = {}
        self.versions: dict[str, str] = {}
        self._folders = itertools.count(1)
        started = time.perf_counter()
        self.entries = synthetic.generate_entries(config.entries, seed=config.seed)
        self.new_entries = synthetic.generate_entries(config.saves, seed=config.seed + 1)
        self.dataset["generate_seconds"] = time.perf_counter() - started

    def new_encrypted(self) -> Journal:
        folder = self.workdir / f"run-{next(self._folders)}"
        kdf = self.config.kdf
        location = JournalLocation(folder)
        return create_journal(location, passphrase=PASSPHRASE, keyring=self.keys, kdf_params=kdf)[0]

    def new_plain(self) -> PlainStore:
        folder = self.workdir / f"run-{next(self._folders)}"
        folder.mkdir(mode=0o700, parents=True)
        return PlainStore(folder / "plain.db")

    def measure_import(self) -> tuple[JournalLocation, Path]:
        """Import into fresh stores ``repeat`` times; the last pair is kept for the rest."""
        for warmup in (self.new_encrypted(), self.new_plain()):
            _bulk_import(warmup, self.entries[:WARMUP_ENTRIES])
            warmup.close()
        kept: dict[str, Path] = {}

        def importing(make: Callable[[], Store], name: str) -> Callable[[], float]:
            def measure() -> float:
                store = make()
                seconds = timed(lambda: _bulk_import(store, self.entries))
                if name in kept:
                    shutil.rmtree(kept[name].parent)
                kept[name] = database_file(store)
                store.close()
                return seconds

            return measure

        self.rows.append(
            alternating(
                f"bulk import ({len(self.entries):,} entries, 1 transaction)",
                self.config.repeat,
                importing(self.new_encrypted, "encrypted"),
                importing(self.new_plain, "plain"),
            )
        )
        return JournalLocation(kept["encrypted"].parent), kept["plain"]

    def record_files(self, location: JournalLocation, plain: Path) -> None:
        sizes = {
            "encrypted": [location.database.stat().st_size / 1e6],
            "plain": [plain.stat().st_size / 1e6],
        }
        self.rows.append(row("database file size (MB)", sizes))
        with location.database.open("rb") as encrypted, plain.open("rb") as baseline:
            header = b"SQLite format 3\0"
            self.dataset["encrypted_file_has_no_sqlite_header"] = encrypted.read(16) != header
            self.dataset["plain_file_has_sqlite_header"] = baseline.read(16) == header

    def measure_open(self, location: JournalLocation, plain: Path) -> None:
        month = (self.entries[-1].day.year, self.entries[-1].day.month)
        by_keyring = _opener(lambda: open_journal(location, keyring=self.keys), month)
        plain_open = _opener(lambda: PlainStore(plain), month)
        by_keyring(), plain_open()  # warm-up
        name = "open with the keyring's key + first query"
        self.rows.append(
            alternating(name, self.config.repeat, by_keyring, plain_open, max_seconds=0.05)
        )
        self.rows[-1].note = (
            "open_journal() given the raw key as a keyring returns it (key file, key check, "
            "SQLCipher open, migration check, month_counts); no D-Bus, no Argon2id"
        )
        by_passphrase = _opener(lambda: open_journal(location, passphrase=PASSPHRASE), month)
        samples = {"encrypted": [by_passphrase() for _ in range(self.config.repeat)]}
        kdf = self.config.kdf
        unlock = row("open with passphrase (Argon2id) + first query", samples)
        unlock.note = f"Argon2id t={kdf.time_cost} m={kdf.memory_cost_kib} KiB p={kdf.parallelism}"
        self.rows.append(unlock)
        if self.config.keyring:
            self.measure_real_keyring(location, month)
        else:
            self.notes.append("real keyring: skipped (--no-keyring)")

    def measure_real_keyring(self, location: JournalLocation, month: tuple[int, int]) -> None:
        """The Secret Service round trip, when there is one. The benchmark puts its own
        throwaway journal's key there and takes it out again afterwards."""
        check = find_usable_keyring()
        if check.backend is None:
            self.notes.append(f"real keyring: skipped, no usable Secret Service ({check.reason})")
            return
        store = KeyringKeyStore(check.backend)
        journal_id = read_key_file(location.key_file).journal_id
        data_key = self.keys.load(journal_id)
        assert data_key is not None
        store.store(journal_id, data_key)
        try:
            store.load(journal_id)  # warm-up
            loads = [timed(lambda: store.load(journal_id)) for _ in range(self.config.repeat)]
            measure = _opener(lambda: open_journal(location, keyring=store), month)
            measure()
            opens = [measure() for _ in range(self.config.repeat)]
        finally:
            store.forget(journal_id)
        self.rows.append(row("real keyring: read the key", {"encrypted": loads}))
        self.rows[-1].note = type(check.backend).__module__
        self.rows.append(
            row("real keyring: open + first query", {"encrypted": opens}, max_seconds=0.05)
        )

    def measure_reads_and_saves(self, location: JournalLocation, plain: Path) -> None:
        busy = year, month = synthetic.busiest_month(self.entries)
        day = synthetic.busiest_day(self.entries, year, month)
        common, rare = synthetic.search_words(self.entries)
        journal = open_journal(location, keyring=self.keys)
        baseline = PlainStore(plain)
        self.versions = engine_versions(journal)
        try:
            self.dataset.update(
                busy_month=f"{year}-{month:02d}",
                busy_month_entries=sum(journal.entries.month_counts(year, month).values()),
                busy_day=day.isoformat(),
                busy_day_entries=len(journal.entries.on_day(day)),
                common_word=common,
                common_word_entries=_match_count(journal, common),
                rare_word=rare,
                rare_word_entries=_match_count(journal, rare),
            )
            reads: list[tuple[str, Callable[[Store], object]]] = [
                (f"month_counts ({year}-{month:02d})", lambda s: s.entries.month_counts(*busy)),
                (f"on_day ({day.isoformat()})", lambda s: s.entries.on_day(day)),
                (f"search common word '{common}'", lambda s: search_entries(s.db, common)),
                (f"search rare word '{rare}'", lambda s: search_entries(s.db, rare)),
            ]  # fmt: skip
            for name, read in reads:
                self.rows.append(self._compare(name, journal, baseline, read))
            saves = itertools.cycle(self.new_entries)
            save = {
                s: lambda s=s: timed(lambda: _save(s, next(saves))) for s in (journal, baseline)
            }
            save[journal](), save[baseline]()  # warm-up
            name = "durable save (create one entry, WAL + synchronous=FULL)"
            self.rows.append(
                alternating(name, self.config.saves, save[journal], save[baseline], max_ratio=2.0)
            )
        finally:
            journal.close()
            baseline.close()

    def _compare(
        self, name: str, journal: Store, plain: Store, read: Callable[[Store], object]
    ) -> Row:
        calls = {store: timing.calls_for(partial(read, store)) for store in (journal, plain)}

        def sample(store: Store) -> Callable[[], float]:
            return lambda: timing.per_call(lambda: read(store), calls[store])

        return alternating(name, self.config.repeat, sample(journal), sample(plain), max_ratio=1.5)


def database_file(store: Store) -> Path:
    main = store.db.execute("PRAGMA database_list").fetchone()
    return Path(main[2])


def _first_query(store: Store, month: tuple[int, int]) -> Store:
    """What the app does right after unlocking: show the current month."""
    store.entries.month_counts(*month)
    return store


def _match_count(journal: Journal, word: str) -> int:
    found = journal.db.execute(
        "SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (f'"{word}"',)
    ).fetchone()
    return int(found[0])


def engine_versions(journal: Journal) -> dict[str, str]:
    def ask(sql: str) -> str:
        return str(journal.db.execute(sql).fetchone()[0])

    return {
        "python": platform.python_version(),
        "sqlcipher": cipher_version(journal.db),
        "sqlite_in_sqlcipher": ask("SELECT sqlite_version()"),
        "sqlite_plain_stdlib": sqlite3.sqlite_version,
        "crypto_provider": ask("PRAGMA cipher_provider_version"),
        "platform": platform.platform(),
        "cpus": str(os.cpu_count()),
    }


def run(config: Config) -> dict[str, Any]:
    """Run every measurement and return the results as JSON-ready data."""
    workdir = Path(tempfile.mkdtemp(prefix="kindspace-bench-", dir=config.workdir))
    try:
        bench = Bench(config, workdir)
        location, plain = bench.measure_import()
        bench.record_files(location, plain)
        bench.measure_open(location, plain)
        bench.measure_reads_and_saves(location, plain)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    bench.notes.append(
        "OS caches were not dropped: every operation ran once as a warm-up and was then timed "
        "warm (the journal files were written moments before)."
    )
    return {
        "benchmark": "store",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "versions": bench.versions,
        "config": {
            **asdict(config),
            "workdir": str(workdir),
            "out": str(config.out),
            "kdf": asdict(config.kdf),
        },
        "dataset": {"entries": len(bench.entries), **bench.dataset},
        "results": [row.to_json() for row in bench.rows],
        "rows": bench.rows,
        "notes": bench.notes,
    }


def parse_args(argv: Sequence[str] | None) -> Config:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_store", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--entries", type=int, default=synthetic.DEFAULT_ENTRIES)
    parser.add_argument("--repeat", type=int, default=5, help="samples per figure (median)")
    parser.add_argument("--saves", type=int, default=50, help="single saves timed per store")
    parser.add_argument("--seed", type=int, default=synthetic.DEFAULT_SEED)
    parser.add_argument(
        "--workdir",
        type=Path,
        help="where the journals are written (use a real disk: tmpfs makes fsync free)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for JSON results")
    parser.add_argument(
        "--no-keyring", action="store_true", help="skip the Secret Service (it may ask to unlock)"
    )
    parser.add_argument("--fast-kdf", action="store_true", help="cheap Argon2id (tests only)")
    args = parser.parse_args(argv)
    if args.entries < 10 or args.repeat < 1 or args.saves < 1:
        parser.error("need at least 10 entries, 1 repeat and 1 save")
    options = vars(args)
    kdf = vault.FAST_TEST_KDF if options.pop("fast_kdf") else vault.DEFAULT_KDF
    keyring = not options.pop("no_keyring")
    return Config(**options, keyring=keyring, kdf=kdf)


def main(argv: Sequence[str] | None = None) -> int:
    config = parse_args(argv)
    started = time.perf_counter()
    results = run(config)
    print(f"kindspace store benchmark: {config.entries:,} synthetic entries (seed {config.seed}), "
          f"{config.repeat} repeats, {config.saves} saves")  # fmt: skip
    timing.print_report(results)
    print(f"JSON results: {timing.write_json(results, config.out, 'store')}")
    print(f"total time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
