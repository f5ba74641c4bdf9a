"""Start-up on the path a person takes, against a bare Qt window holding a calendar.

Each sample starts the real program, ``python -m kindspace``, as a new process on a private
Xvfb with a private, real Secret Service holding the journal's key, exactly as a person's
start: keyring read off the GUI thread, journal opened, window built, calendar marked. The
time runs from just before the process is started until the calendar's marks for the
current month are painted, which the app's test probe reports (``ready_at``, read from
``time.monotonic()``, one clock for every process on the machine). The floor is
``python -m benchmarks.bare_window`` started the same way (same display, bus and probe
variable) and timed to its calendar's first paint. A second floor,
``python -m benchmarks.keyed_window``, adds only what "ready" itself needs to that bare
window (kindspace's key helper, the key unwrapped, the journal opened, the month's marks),
so ``kindspace ÷ keyed window`` is what kindspace's own window costs on top of them. The
same program once more with the key handed over through a pipe (read here from the Secret
Service, never written to a file) starts with no helper and no keyring: the journal alone.

Two kinds of kindspace start are measured: the first start of the day, when the daily
backup is due (today's backups are removed before it), and a normal start. Variants take
turns in every round (the order rotates), so a busy moment slows all of them alike.
``--before TREE`` adds the same two starts of another checkout (e.g. ``git worktree`` of
an older commit) to the same rounds, for a before/after in one run.

    python -m benchmarks.bench_startup [--entries 9500] [--repeat 7] [--before TREE]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks import synthetic_journal as synthetic
from benchmarks.keyed_window import KEY_ON_STDIN
from benchmarks.timing import write_json
from kindspace.clock import system_clock
from kindspace.journal.backup import list_backups
from kindspace.journal.database import write_transaction
from kindspace.journal.journal import Journal, JournalLocation, create_journal, open_journal
from kindspace.journal.keyring_store import (
    KeyringKeyStore,
    find_keyring_for_reading,
    find_usable_keyring,
)
from kindspace.journal.unlocking import read_journal_keys

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "benchmarks" / "out"
TARGET_START_RATIO = 1.3
TARGET_FIRST_OF_DAY_RATIO = 1.1
TARGET_RSS_RATIO = 1.6
ENTRIES_PER_YEAR = 475
START_TIMEOUT_S = 120.0
#: How often the probe's file is read. The times come from the probe itself (``ready_at``),
#: so this only has to notice them; reading it every 2 ms took CPU from the start measured.
POLL_S = 0.02
#: After the backup, two of the probe's ticks (150 ms apart) so its longest wait is in.
SETTLE_S = 0.35


@dataclass(frozen=True)
class Variant:
    name: str
    module: str
    root: Path
    first_of_day: bool = False
    #: Its own copy of the journal (an older checkout can't open a newer schema).
    own_journal: bool = False
    #: Extra arguments; ``keyed_window.KEY_ON_STDIN`` gets the journal's key on stdin.
    arguments: tuple[str, ...] = ()


def build_journal(data_dir: Path, entries: int, today: date) -> None:
    """The synthetic journal, ending today (so this month has marks), key in the keyring."""
    check = find_usable_keyring()
    if check.backend is None:
        raise SystemExit(f"The Secret Service is not usable: {check.reason}")
    years = max(1, round(entries / ENTRIES_PER_YEAR))
    journal, _ = create_journal(JournalLocation(data_dir), keyring=KeyringKeyStore(check.backend))
    with journal, write_transaction(journal.db):
        first = today - timedelta(days=365 * years - 1)
        for entry in synthetic.generate_entries(entries, first_day=first, last_day=today):
            journal.entries._insert(entry)


def schema_of(tree: Path) -> int:
    """The newest schema step another checkout knows (it refuses a journal that is newer)."""
    text = (tree / "kindspace" / "journal" / "migrations.py").read_text(encoding="utf-8")
    return max(int(number) for number in re.findall(r"Migration\((\d+),", text))


def step_back_schema(journal: Journal, version: int) -> None:
    """Make a scratch copy of the journal openable by a checkout that knows only ``version``:
    undo what later steps made (step 6 only adds an index; step 5's sync tables are left, as an
    older checkout never looks at them) and the record of them."""
    with write_transaction(journal.db):
        if version < 6:
            journal.db.execute("DROP INDEX IF EXISTS entries_by_update")
        journal.db.execute("DELETE FROM schema_migrations WHERE number > ?", (version,))
        journal.db.execute(f"PRAGMA user_version = {int(version)}")


def copy_for(tree: Path, data_dir: Path, target: Path, **secret: Any) -> Path:
    """``data_dir`` copied to ``target`` as ``tree``'s code can open it (same key)."""
    shutil.copytree(data_dir, target)
    with open_journal(JournalLocation(target), daily_backup=False, **secret) as journal:
        step_back_schema(journal, schema_of(tree))
    return target


def _status(probe: Path) -> dict[str, Any]:
    try:
        return dict(json.loads(probe.read_text()))
    except (FileNotFoundError, ValueError):
        return {}


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _backed_up_today(location: JournalLocation, today: date) -> bool:
    return any(
        info.made_at.date() == today and info.key_file is not None
        for info in list_backups(location)
    )


def journal_key(data_dir: Path) -> bytes:
    """The journal's data key, read from the run's Secret Service (for the handed-key start)."""
    store = KeyringKeyStore(find_keyring_for_reading().backend)  # type: ignore[arg-type]
    key = store.load(read_journal_keys(JournalLocation(data_dir)).journal_id)
    if key is None:
        raise RuntimeError("the benchmark's journal has no key in the Secret Service")
    return key


def one_start(variant: Variant, env: dict[str, str], data_dir: Path, probe: Path) -> dict[str, Any]:
    if variant.own_journal:
        data_dir = data_dir.with_name(data_dir.name + "-before")
    location = JournalLocation(data_dir)
    today = system_clock().date()
    if variant.first_of_day:
        shutil.rmtree(location.backups_dir, ignore_errors=True)
    probe.unlink(missing_ok=True)
    run_env = {
        **env,
        "PYTHONPATH": str(variant.root),
        "KINDSPACE_DATA_DIR": str(data_dir),
        "KINDSPACE_TEST_PROBE": str(probe),
    }
    # Read before the clock starts: the start measured must not wait for this process.
    handed_key = journal_key(data_dir) if KEY_ON_STDIN in variant.arguments else None
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", variant.module, *variant.arguments],
        env=run_env,
        cwd=variant.root,
        stdin=subprocess.DEVNULL if handed_key is None else subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        if handed_key is not None and process.stdin is not None:
            process.stdin.write(handed_key.hex().encode() + b"\n")
            process.stdin.close()
            process.stdin = None  # closed: ``communicate`` at the end must not flush it
        status = _wait(process, probe, lambda s: s.get("ready_at") is not None)
        sample = {"start_s": status["ready_at"] - started, "rss_mib": _rss_mib(process.pid)}
        if variant.first_of_day:
            _wait(process, probe, lambda _s: _backed_up_today(location, today))
            sample["backup_done_s"] = time.monotonic() - started
            time.sleep(SETTLE_S)
            sample["longest_wait_ms"] = _status(probe).get("longest_wait_ms")
        return sample
    finally:
        with contextlib.suppress(ProcessLookupError):
            process.send_signal(signal.SIGKILL)
        process.communicate(timeout=30)


def _wait(process: subprocess.Popen[bytes], probe: Path, done: Any) -> dict[str, Any]:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        status = _status(probe)
        if status and done(status):
            return status
        if process.poll() is not None:
            _out, err = process.communicate()
            raise RuntimeError(f"the process ended before it was ready: {err.decode()[-2000:]}")
        time.sleep(POLL_S)
    raise RuntimeError(f"not ready within {START_TIMEOUT_S} s; last status: {_status(probe)}")


@contextlib.contextmanager
def system_parts(base: Path) -> Iterator[dict[str, str]]:
    """A private Xvfb and Secret Service; yields the environment the starts run in."""
    from tests.helpers.secret_service import running_secret_service
    from tests.helpers.xvfb import running_xvfb

    (base / "keyring").mkdir()
    with running_secret_service(base / "keyring") as bus, running_xvfb() as display:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "KINDSPACE_", "PYTHON_KEYRING"))
            and key not in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS")
            and key not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")
        }
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", DBUS_SESSION_BUS_ADDRESS=bus)
        # Compiled modules are cached, as in every installed copy (wheel, .deb, bundle); a
        # shell with PYTHONDONTWRITEBYTECODE would make each start compile kindspace's own
        # modules again (~0.15 s) and no bare window pays that. The cache lives in the run's
        # temporary folder, so the checkouts stay clean; the warm-up starts fill it.
        env["PYTHONPYCACHEPREFIX"] = str(base / "pycache")
        previous = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = bus  # this process builds the journal there
        try:
            yield env
        finally:
            if previous is None:
                os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
            else:
                os.environ["DBUS_SESSION_BUS_ADDRESS"] = previous


BARE = "bare window + calendar"
HANDED = "key handed over: journal, marks"
KEYED = "keyed window: key, journal, marks"


def _variants(before: Path | None) -> list[Variant]:
    variants = [
        Variant(BARE, "benchmarks.bare_window", ROOT),
        Variant(HANDED, "benchmarks.keyed_window", ROOT, arguments=(KEY_ON_STDIN,)),
        Variant(KEYED, "benchmarks.keyed_window", ROOT),
        Variant("kindspace, first start of the day", "kindspace", ROOT, first_of_day=True),
        Variant("kindspace, normal start", "kindspace", ROOT),
    ]
    if before is not None:
        variants += [
            Variant("before: first start of the day", "kindspace", before, True, True),
            Variant("before: normal start", "kindspace", before, own_journal=True),
        ]
    return variants


def _summary(samples: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, float]]:
    summary: dict[str, dict[str, float]] = {}
    for name, runs in samples.items():
        row = {
            "start_s": statistics.median(run["start_s"] for run in runs),
            "rss_mib": statistics.median(run["rss_mib"] for run in runs),
        }
        if runs and "backup_done_s" in runs[0]:
            row["backup_done_s"] = statistics.median(run["backup_done_s"] for run in runs)
            row["longest_wait_ms"] = max(run["longest_wait_ms"] or 0 for run in runs)
        summary[name] = row
    return summary


def _print(summary: dict[str, dict[str, float]], entries: int, repeat: int) -> None:
    bare, keyed = summary[BARE], summary[KEYED]
    normal = summary["kindspace, normal start"]
    print(f"entries: {entries}, rounds: {repeat} (medians); load: {os.getloadavg()}")
    print(f"{'variant':<36} {'ready (s)':>9} {'× bare':>7} {'× keyed':>8} {'RSS MiB':>8}"
          f" {'× bare':>7} {'backup done (s)':>15} {'longest wait (ms)':>17}")  # fmt: skip
    for name, row in summary.items():
        backup = f"{row['backup_done_s']:15.3f}" if "backup_done_s" in row else f"{'–':>15}"
        wait = f"{row['longest_wait_ms']:17.0f}" if "longest_wait_ms" in row else f"{'–':>17}"
        print(
            f"{name:<36} {row['start_s']:9.3f} {row['start_s'] / bare['start_s']:6.2f}×"
            f" {row['start_s'] / keyed['start_s']:7.2f}× {row['rss_mib']:8.1f}"
            f" {row['rss_mib'] / bare['rss_mib']:6.2f}× {backup} {wait}"
        )
    first, handed = summary["kindspace, first start of the day"], summary[HANDED]
    print(
        f"the journal alone (key handed over) {handed['start_s'] / bare['start_s']:.2f}× bare; "
        f"normal start {normal['start_s'] / bare['start_s']:.2f}× bare (target ≤ "
        f"{TARGET_START_RATIO}×), {normal['start_s'] / keyed['start_s']:.2f}× the keyed window; "
        f"first start of the day {first['start_s'] / normal['start_s']:.2f}"
        f"× a normal start (target ≤ {TARGET_FIRST_OF_DAY_RATIO}×); RSS "
        f"{normal['rss_mib'] / bare['rss_mib']:.2f}× bare (target ≤ {TARGET_RSS_RATIO}×)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=synthetic.DEFAULT_ENTRIES)
    parser.add_argument("--repeat", type=int, default=7, help="rounds (each variant once)")
    parser.add_argument("--before", type=Path, help="another checkout to start in the same rounds")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for JSON results")
    args = parser.parse_args(argv)
    variants = _variants(args.before.resolve() if args.before else None)
    samples: dict[str, list[dict[str, Any]]] = {variant.name: [] for variant in variants}
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="kindspace-bench-start-") as temp:
        base = Path(temp)
        with system_parts(base) as env:
            data_dir = base / "journal"
            build_journal(data_dir, args.entries, system_clock().date())
            if args.before:
                store = KeyringKeyStore(find_usable_keyring().backend)  # type: ignore[arg-type]
                copy_for(args.before, data_dir, base / "journal-before", keyring=store)
            probe = base / "probe.json"
            for variant in variants:  # one warm-up each: the OS file cache is warm for all
                one_start(variant, env, data_dir, probe)
            for round_number in range(args.repeat):
                shift = round_number % len(variants)
                for variant in variants[shift:] + variants[:shift]:
                    samples[variant.name].append(one_start(variant, env, data_dir, probe))
    summary = _summary(samples)
    _print(summary, args.entries, args.repeat)
    results = {
        "benchmark": "startup",
        "entries": args.entries,
        "rounds": args.repeat,
        "load_average_before": load_before,
        "load_average_after": os.getloadavg(),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "summary": summary,
        "samples": samples,
    }
    print(f"results: {write_json(results, args.out, 'startup')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
