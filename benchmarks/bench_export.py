"""How long the readable exports take for a twenty-year journal, against the JSON export.

Why JSON as the baseline, in the same run: JSON is the plainest way to copy every entry out
of the encrypted journal (one streamed file), so the ratio to it shows what Markdown (one
private, fsynced file per entry) and PDF (Qt text layout and font embedding) add on top of
reading and decrypting, on the same data, disk and moment. Each figure is the median of
``--repeat`` runs after one warm-up; every run writes into a fresh folder so no run benefits
from another's files. Qt runs headless (offscreen), as ``kindspace export --format pdf`` does.

Run: ``python -m benchmarks.bench_export [--entries N] [--repeat R]`` (see ``--help``).
"""

from __future__ import annotations

import argparse
import itertools
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks import synthetic_journal as synthetic
from benchmarks import timing
from benchmarks.timing import timed
from kindspace import __version__
from kindspace.journal import vault
from kindspace.journal.database import write_transaction
from kindspace.journal.journal import Journal, JournalLocation, create_journal
from kindspace.practice.definitions import ExerciseCatalog, load_exercises
from kindspace.transfer.json_export import export_json
from kindspace.transfer.markdown_export import export_markdown
from kindspace.transfer.selection import EntrySelection

DEFAULT_OUT = Path(__file__).resolve().parent / "out"


@dataclass
class Figure:
    """One export: median seconds, what it wrote, and how it compares with JSON."""

    operation: str
    seconds: float
    entries: int
    output_bytes: int
    baseline_seconds: float | None = None
    samples: list[float] = field(default_factory=list)

    @property
    def ratio(self) -> float | None:
        return self.seconds / self.baseline_seconds if self.baseline_seconds else None

    def line(self) -> str:
        ratio = f"{self.ratio:.2f}×" if self.ratio is not None else "baseline"
        per_entry = self.seconds / self.entries * 1e3 if self.entries else 0.0
        return (
            f"{self.operation:<44} {_duration(self.seconds):>10} {per_entry:>8.2f} ms "
            f"{_megabytes(self.output_bytes):>11} {ratio:>9}"
        )


def _timed_export(export: Callable[[Path], int], target: Path) -> tuple[float, int]:
    written: list[int] = []
    seconds = timed(lambda: written.append(export(target)))
    return seconds, written[0]


def _duration(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1e3:.0f} ms"


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.0f} kB"


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(item.stat().st_size for item in path.iterdir())


class Bench:
    def __init__(self, journal: Journal, workdir: Path, repeat: int) -> None:
        self.journal = journal
        self.workdir = workdir
        self.repeat = repeat
        self.catalog: ExerciseCatalog = load_exercises()
        self._runs = itertools.count(1)

    def measure(
        self,
        operation: str,
        export: Callable[[Path], int],
        suffix: str,
        baseline: Figure | None = None,
    ) -> Figure:
        samples: list[float] = []
        count = size = 0
        for index in range(self.repeat + 1):  # the first run warms caches and is not counted
            target = self.workdir / f"run-{next(self._runs)}{suffix}"
            seconds, count = _timed_export(export, target)
            size = _size(target)
            if target.is_dir():
                shutil.rmtree(target)
            else:
                target.unlink()
            if index:
                samples.append(seconds)
        return Figure(
            operation,
            statistics.median(samples),
            count,
            size,
            baseline.seconds if baseline else None,
            samples,
        )

    def run(self, month: tuple[int, int]) -> list[Figure]:
        from kindspace.gui.pdf_export import ensure_gui_application, export_pdf

        ensure_gui_application()
        journal, catalog = self.journal, self.catalog
        everything = EntrySelection()
        year, number = month
        last = (date(year + number // 12, number % 12 + 1, 1) - date.resolution).day
        one_month = EntrySelection(date(year, number, 1), date(year, number, last))
        label = f"{year}-{number:02d}"

        json_all = self.measure("JSON, whole journal", lambda p: export_json(journal, p), ".json")
        markdown_all = self.measure(
            "Markdown, whole journal",
            lambda p: export_markdown(journal, p, everything, catalog),
            "",
            json_all,
        )
        json_month = self.measure(
            f"JSON, one month ({label})",
            lambda p: export_json(journal, p, one_month),
            ".json",
        )
        markdown_month = self.measure(
            f"Markdown, one month ({label})",
            lambda p: export_markdown(journal, p, one_month, catalog),
            "",
            json_month,
        )
        pdf_month = self.measure(
            f"PDF, one month ({label})",
            lambda p: export_pdf(journal, p, one_month, catalog=catalog),
            ".pdf",
            json_month,
        )
        return [json_all, markdown_all, json_month, markdown_month, pdf_month]


def _import(journal: Journal, count: int, seed: int) -> list[Any]:
    entries = synthetic.generate_entries(count, seed=seed)
    with write_transaction(journal.db):
        for entry in entries:
            journal.entries._insert(entry)
    return entries


def run(entries: int, repeat: int, seed: int, workdir: Path) -> dict[str, Any]:
    location = JournalLocation(workdir / "journal")
    journal, _ = create_journal(
        location,
        passphrase="benchmark passphrase",
        use_keyring=False,
        kdf_params=vault.FAST_TEST_KDF,
    )
    try:
        generated = _import(journal, entries, seed)
        month = synthetic.busiest_month(generated)
        figures = Bench(journal, workdir, repeat).run(month)
    finally:
        journal.close()
    from PySide6 import __version__ as pyside_version

    return {
        "versions": {
            "kindspace": __version__,
            "python": platform.python_version(),
            "PySide6": pyside_version,
            "machine": f"{platform.system()} {platform.machine()}",
        },
        "dataset": {"entries": entries, "seed": seed, "repeat": repeat},
        "figures": [{**asdict(figure), "ratio_to_json": figure.ratio} for figure in figures],
        "_figures": figures,
    }


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_export", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--entries", type=int, default=synthetic.DEFAULT_ENTRIES)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per figure (median)")
    parser.add_argument("--seed", type=int, default=synthetic.DEFAULT_SEED)
    parser.add_argument(
        "--workdir",
        type=Path,
        help="where the journal and exports are written (use a real disk: tmpfs makes fsync free)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for JSON results")
    args = parser.parse_args(argv)
    if args.entries < 10 or args.repeat < 1:
        parser.error("need at least 10 entries and 1 repeat")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kindspace-bench-export-", dir=args.workdir) as work:
        results = run(args.entries, args.repeat, args.seed, Path(work))
    figures: list[Figure] = results.pop("_figures")
    print(
        f"kindspace export benchmark: {args.entries:,} synthetic entries (seed {args.seed}), "
        f"median of {args.repeat} runs"
    )
    print(", ".join(f"{key} {value}" for key, value in results["versions"].items()))
    print()
    header = f"{'export':<44} {'time':>10} {'per entry':>11} {'size':>11} {'vs JSON':>9}"
    print(header)
    print("-" * len(header))
    for figure in figures:
        print(figure.line())
    print()
    print(f"JSON results: {timing.write_json(results, args.out, 'export')}")
    print(f"total time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
