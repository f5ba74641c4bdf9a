"""Peak memory and time of a whole-journal PDF, each export in a fresh process.

Why a process per export: peak resident memory (``VmHWM``) only ever grows within a process,
so one export per process is the only way to see each export's own peak. The figure is the
peak during the export less the resident memory just before it (journal open, Qt started),
plus both absolute values. ``--before TREE`` runs the same exports with another checkout's
``kindspace`` (e.g. ``git archive`` of an older commit), taking turns in every round, so a
busy machine slows both alike.

    python -m benchmarks.bench_pdf_memory [--entries 9500] [--repeat 3] [--before TREE]

Qt runs headless (offscreen), as ``kindspace export --format pdf`` does. ``--worker`` runs
each export the way File ▸ Export does instead: on the export dialog's worker thread, with
progress and the Stop check, while the main thread runs Qt's event loop.
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

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase, thrown away"  # protects a scratch journal only


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _pages(target: Path) -> int:
    """How many pages the file holds (counted after the peak is read), or -1 without pypdf."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return -1
    return len(PdfReader(target).pages)


def _on_worker(journal: Any, target: Path) -> int:
    """The export as File ▸ Export runs it: an ``ExportJob`` on a ``TransferTask``."""
    from PySide6.QtCore import QEventLoop

    from kindspace.gui import transfer_worker
    from kindspace.transfer.selection import ALL_PARTS, EntrySelection, ExportFormat

    job = transfer_worker.ExportJob(
        journal, ExportFormat.PDF, target, EntrySelection(), ALL_PARTS, None, True,
        journal.entries.count(),
    )  # fmt: skip
    try:
        task = transfer_worker.TransferTask(job.run, qt_thread=True)  # type: ignore[call-arg]
    except TypeError:  # a checkout from before PDFs ran on a QThread
        task = transfer_worker.TransferTask(job.run)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    task.succeeded.connect(lambda written: (outcome.update(written=written), loop.quit()))
    task.failed.connect(lambda error: (outcome.update(error=error), loop.quit()))
    task.start()
    loop.exec()
    if "error" in outcome:
        raise outcome["error"]
    return int(outcome["written"])


def child(journal_dir: Path, target: Path, worker: bool = False) -> dict[str, Any]:
    """One whole-journal PDF in this process (run with the checkout under test on the path)."""
    from kindspace.gui.pdf_export import ensure_gui_application, export_pdf
    from kindspace.journal.journal import JournalLocation, open_journal

    ensure_gui_application()
    with open_journal(
        JournalLocation(journal_dir), passphrase=PASSPHRASE, daily_backup=False
    ) as journal:
        before = _status_kib("VmRSS")
        started = time.perf_counter()
        count = _on_worker(journal, target) if worker else export_pdf(journal, target)
        seconds = time.perf_counter() - started
        peak = _status_kib("VmHWM")
    return {
        "pages": _pages(target),
        "seconds": seconds,
        "entries": count,
        "rss_before_mib": before / 1024,
        "peak_mib": peak / 1024,
        "added_mib": (peak - before) / 1024,
        "bytes": target.stat().st_size,
    }


def _one(tree: Path, journal_dir: Path, work: Path, worker: bool) -> dict[str, Any]:
    target = work / "whole.pdf"
    env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, str(Path(__file__)), "--child", str(journal_dir), str(target),
         *(["--worker"] if worker else [])],
        env=env, cwd=work, capture_output=True, text=True, check=False, timeout=3600,
    )  # fmt: skip
    target.unlink(missing_ok=True)
    if done.returncode != 0:
        raise RuntimeError(f"the export failed: {done.stderr[-2000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def build(journal_dir: Path, entries: int) -> None:
    from benchmarks import synthetic_journal as synthetic
    from kindspace.journal import vault
    from kindspace.journal.database import write_transaction
    from kindspace.journal.journal import JournalLocation, create_journal

    journal, _ = create_journal(
        JournalLocation(journal_dir), passphrase=PASSPHRASE, use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )  # fmt: skip
    with journal, write_transaction(journal.db):
        for entry in synthetic.generate_entries(entries):
            journal.entries._insert(entry)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=9500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--before", type=Path, help="another checkout, in the same rounds")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    parser.add_argument("--worker", action="store_true", help="on File ▸ Export's worker")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(*args.child, worker=args.worker)))
        return 0
    from benchmarks.timing import write_json

    trees = {"now": ROOT}
    if args.before:
        trees["before"] = args.before.resolve()
    samples: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    load = [os.getloadavg()]
    with tempfile.TemporaryDirectory(prefix="kindspace-bench-pdf-") as temp:
        work = Path(temp)
        build(work / "journal", args.entries)
        journals = {"now": work / "journal"}
        if args.before:  # an older checkout can't open a newer schema: its own copy
            from benchmarks.bench_startup import copy_for

            journals["before"] = copy_for(
                args.before, work / "journal", work / "journal-before", passphrase=PASSPHRASE
            )
        for round_number in range(args.repeat):
            names = (
                list(trees)[round_number % len(trees) :] + list(trees)[: round_number % len(trees)]
            )
            for name in names:
                samples[name].append(_one(trees[name], journals[name], work, args.worker))
    load.append(os.getloadavg())
    where = "on the export worker" if args.worker else "on the main thread"
    print(
        f"whole-journal PDF {where}, {args.entries} entries, median of {args.repeat}; load {load}"
    )
    summary = {}
    for name, runs in samples.items():
        row = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
        summary[name] = row
        print(
            f"{name:<7} {row['seconds']:8.2f} s  peak {row['peak_mib']:7.1f} MiB  "
            f"(+{row['added_mib']:.1f} MiB over {row['rss_before_mib']:.1f} before)  "
            f"{row['bytes'] / 1e6:.1f} MB, {row['pages']:.0f} pages"
        )
    results = {"benchmark": "pdf_memory", "entries": args.entries, "load": load,
               "worker": args.worker,
               "summary": summary, "samples": samples}  # fmt: skip
    print(f"results: {write_json(results, args.out, 'pdf-memory')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
