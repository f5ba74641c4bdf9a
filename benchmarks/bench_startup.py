"""Cold start of the main window on a 20-year journal against a bare Qt calendar window.

Both variants run as fresh processes, alternating, in the same run; the figure is the time
from starting the process to the first paint of its window (offscreen platform), the RSS
right after it, and the time to show and paint the next month in the calendar. The
kindspace journal is unlocked with a passphrase of the cheapest Argon2id cost, so the
figure is the app's own start-up, not a key-derivation setting (that is in bench_store).

    python -m benchmarks.bench_startup [--entries 9500] [--repeat 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import synthetic_journal as synthetic
from benchmarks.startup_child import PASSPHRASE
from kindspace.journal import vault
from kindspace.journal.database import write_transaction
from kindspace.journal.journal import JournalLocation, create_journal

TARGET_START_RATIO = 1.3
TARGET_MONTH_MS = 16.0


def build_journal(folder: Path, entries: int) -> None:
    journal, _ = create_journal(
        JournalLocation(folder),
        passphrase=PASSPHRASE,
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    with journal, write_transaction(journal.db):
        for entry in synthetic.generate_entries(entries):
            journal.entries._insert(entry)


def one_start(variant: str, data_dir: Path) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.startup_child", variant, str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    result["start_s"] = result["painted_at"] - started
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=synthetic.DEFAULT_ENTRIES)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kindspace-bench-start-") as temp:
        data_dir = Path(temp) / "journal"
        build_journal(data_dir, args.entries)
        samples: dict[str, list[dict[str, Any]]] = {"bare": [], "kindspace": []}
        for variant in samples:  # one warm-up each: fills the OS file cache for both alike
            one_start(variant, data_dir)
        for _ in range(args.repeat):
            for variant in samples:
                samples[variant].append(one_start(variant, data_dir))
    summary = {}
    for variant, runs in samples.items():
        switches = [ms for run in runs for ms in run["month_switch_ms"]]
        summary[variant] = {
            "start_s": statistics.median(run["start_s"] for run in runs),
            "rss_mib": statistics.median(run["rss_kib"] for run in runs) / 1024,
            "month_ms_median": statistics.median(switches),
            "month_ms_max": max(switches),
        }
    ratio = summary["kindspace"]["start_s"] / summary["bare"]["start_s"]
    print(f"entries: {args.entries}, repeats: {args.repeat} (medians)")
    print("variant     start (s)  RSS (MiB)  month switch median / max (ms)")
    for variant, row in summary.items():
        print(
            f"{variant:<10} {row['start_s']:9.3f} {row['rss_mib']:10.1f}"
            f"  {row['month_ms_median']:6.2f} / {row['month_ms_max']:.2f}"
        )
    rss_ratio = summary["kindspace"]["rss_mib"] / summary["bare"]["rss_mib"]
    print(f"start ratio {ratio:.2f}x (target <= {TARGET_START_RATIO}x); RSS ratio {rss_ratio:.2f}x")
    month = summary["kindspace"]["month_ms_median"]
    print(f"month switch {month:.2f} ms (target < {TARGET_MONTH_MS} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
