"""What the Insights view costs on a long journal, compared with the month query in the same run.

Why the month query as the baseline: it is what the main window runs every time the calendar
turns a page, so everyone already accepts its cost; Insights reads the count of each kind on
each day (an index) and whole entries of practices only (notes, most of a journal, are not
read), and is recomputed each time the view is shown, so its cost relative to that
query on the same journal, disk and moment says whether "recompute on show" stays cheap.
Absolute figures are printed too, with the share spent reading and decrypting versus working
out the figures.

The journal is the synthetic 20-year one of the store benchmark (9,500 entries by default),
imported into a real encrypted journal in a temporary folder, with one exercise that logs
critic phrases so the critic-to-friend log is filled as well. Every figure is the median of
``--repeat`` warm samples.

Run: ``python -m benchmarks.bench_insights [--entries N] [--repeat R]`` (see ``--help``).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import synthetic_journal as synthetic
from benchmarks import timing
from kindspace.journal import vault
from kindspace.journal.database import write_transaction
from kindspace.journal.journal import Journal, JournalLocation, create_journal, open_journal
from kindspace.practice.definitions import CriticLog, Exercise, load_exercises
from kindspace.practice.insights import gather, summarise
from kindspace.practice.insights_words import summary_in_words

DEFAULT_OUT = Path(__file__).resolve().parent / "out"
PASSPHRASE = "benchmark passphrase, thrown away"  # protects a scratch journal only


@dataclass
class Figure:
    operation: str
    seconds: float
    samples: list[float]
    note: str = ""


def exercises() -> list[Exercise]:
    """The shipped exercises plus the synthetic journal's critic exercise, which logs its
    critic phrases and rewrites (under its own id and step names) like the shipped one."""
    shipped = load_exercises()
    synthetic_critic = replace(
        shipped["critic_to_friend"],
        id="inner-critic-reframe",
        title="Inner critic reframe",
        critic_log=CriticLog(phrase_step="critic_said", rewrite_step="kinder_words"),
    )
    return [*shipped.values(), synthetic_critic]


def build_journal(folder: Path, count: int, seed: int) -> tuple[JournalLocation, dict[str, Any]]:
    entries = synthetic.generate_entries(count, seed=seed)
    location = JournalLocation(folder / "journal")
    journal, _recovery = create_journal(
        location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=vault.FAST_TEST_KDF
    )
    with journal, write_transaction(journal.db):
        for entry in entries:
            journal.entries._insert(entry)
    year, month = synthetic.busiest_month(entries)
    dataset = {
        "entries": len(entries),
        "first_day": entries[0].day.isoformat(),
        "last_day": entries[-1].day.isoformat(),
        "busy_month": f"{year}-{month:02d}",
    }
    return location, dataset


def median_of(action: Callable[[], object], repeat: int) -> tuple[float, list[float]]:
    """Median seconds per call over ``repeat`` samples; quick calls are looped per sample."""
    calls = timing.calls_for(action)
    samples = [timing.per_call(action, calls) for _ in range(repeat)]
    return statistics.median(samples), samples


def measure(journal: Journal, dataset: dict[str, Any], repeat: int) -> list[Figure]:
    year, month = (int(part) for part in dataset["busy_month"].split("-"))
    catalog = exercises()
    today = datetime.fromisoformat(dataset["last_day"]).date()
    loaded = list(journal.entries.iter_all())
    insights = summarise(loaded, catalog, today)
    dataset.update(
        rated_exercises=len(insights.ratings),
        rating_pairs=sum(ratings.times for ratings in insights.ratings),
        critic_rewrites=len(insights.rewrites),
        practice_days=insights.practice_days,
        years=len(insights.years()),
    )
    first, last = datetime(year, month, 1).date(), datetime(year, month, 28).date()
    kinds = sorted({kind for _day, kind, _n in journal.entries.day_kind_counts()} - {"note"})
    actions: list[tuple[str, Callable[[], object], str]] = [
        (f"baseline: month_counts ({year}-{month:02d})", lambda: journal.entries.month_counts(
            year, month), "the calendar page query"),
        (f"baseline: between (entries of {year}-{month:02d})", lambda: journal.entries.between(
            first, last), "one month of whole entries"),
        ("insights: gather (counts + practice entries)", lambda: gather(
            journal, catalog, today), "what the view runs on show"),
        ("  of which: day and kind counts (index)", journal.entries.day_kind_counts, ""),
        ("  of which: practice entries (read + decode)", lambda: journal.entries.of_kinds(
            kinds), ""),
        ("before: read every entry + work out", lambda: summarise(
            journal.entries.iter_all(), catalog, today), "how gather read until 2026-12-06"),
        ("  of which: iter_all (read + decrypt + decode)", lambda: list(
            journal.entries.iter_all()), ""),
        ("  of which: summarise (entries already in memory)", lambda: summarise(
            loaded, catalog, today), ""),
        ("summary in words (one year)", lambda: summary_in_words(insights, today.year), ""),
        ("change year (pick one year's days)", lambda: insights.year(year), ""),
    ]  # fmt: skip
    return [Figure(name, *median_of(action, repeat), note=note) for name, action, note in actions]


def report(figures: Sequence[Figure]) -> str:
    baseline = figures[0].seconds
    header = f"{'operation':<52} {'median':>10} {'× month_counts':>15}"
    lines = [header, "-" * len(header)]
    for figure in figures:
        ratio = figure.seconds / baseline if baseline else float("nan")
        duration = timing._duration(figure.seconds)
        lines.append(f"{figure.operation:<52} {duration:>10} {ratio:>14.1f}×")
    return "\n".join(lines)


def run(entries: int, repeat: int, seed: int, workdir: Path | None) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix="kindspace-bench-insights-", dir=workdir))
    try:
        location, dataset = build_journal(folder, entries, seed)
        journal = open_journal(location, passphrase=PASSPHRASE, daily_backup=False)
        try:
            figures = measure(journal, dataset, repeat)
        finally:
            journal.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {
        "benchmark": "insights",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "config": {"entries": entries, "repeat": repeat, "seed": seed},
        "dataset": dataset,
        "results": [figure.__dict__ for figure in figures],
        "figures": figures,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_insights", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--entries", type=int, default=synthetic.DEFAULT_ENTRIES)
    parser.add_argument("--repeat", type=int, default=5, help="samples per figure (median)")
    parser.add_argument("--seed", type=int, default=synthetic.DEFAULT_SEED)
    parser.add_argument("--workdir", type=Path, help="where the scratch journal is written")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for JSON results")
    args = parser.parse_args(argv)
    if args.entries < 10 or args.repeat < 1:
        parser.error("need at least 10 entries and 1 repeat")
    started = time.perf_counter()
    results = run(args.entries, args.repeat, args.seed, args.workdir)
    print(f"kindspace insights benchmark: {args.entries:,} synthetic entries "
          f"(seed {args.seed}), {args.repeat} repeats")  # fmt: skip
    print()
    print(report(results["figures"]))
    print()
    print(f"dataset: {results['dataset']}")
    written = timing.write_json(
        {key: value for key, value in results.items() if key != "figures"}, args.out, "insights"
    )
    print(f"JSON results: {written}")
    print(f"total time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
