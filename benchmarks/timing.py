"""Timing and reporting shared by the benchmarks: medians, alternation, tables, JSON.

Why alternate and take medians: the machine running a benchmark is rarely idle (other builds,
tests, indexing), so each figure is the median of several samples, and the two things being
compared take turns at going first so that a slow moment hurts both rather than one.
"""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

#: Loop a quick operation until one timed sample lasts about this long (timer resolution).
SAMPLE_SECONDS = 0.05


@dataclass
class Row:
    """One measured operation: medians in seconds and the target it is held to."""

    operation: str
    encrypted: float | None
    plain: float | None = None
    max_ratio: float | None = None
    max_seconds: float | None = None
    note: str = ""
    samples: dict[str, list[float]] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.encrypted is None or not self.plain:
            return None
        return self.encrypted / self.plain

    @property
    def target(self) -> str:
        if self.max_ratio is not None:
            return f"≤ {self.max_ratio:g}×"
        if self.max_seconds is not None:
            return f"< {_duration(self.max_seconds)}"
        return "info"

    @property
    def passed(self) -> bool | None:
        if self.max_ratio is not None and self.ratio is not None:
            return self.ratio <= self.max_ratio
        if self.max_seconds is not None and self.encrypted is not None:
            return self.encrypted < self.max_seconds
        return None

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio, "target": self.target, "passed": self.passed}


def timed(action: Callable[[], object]) -> float:
    """Seconds for one call, without the garbage collector stepping in halfway."""
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        action()
        return time.perf_counter() - start
    finally:
        gc.enable()


def per_call(action: Callable[[], object], calls: int) -> float:
    def loop() -> None:
        for _ in range(calls):
            action()

    return timed(loop) / calls


def calls_for(action: Callable[[], object]) -> int:
    """How many calls make one sample long enough to time reliably (also a warm-up)."""
    once = timed(action)
    return max(1, min(2000, int(SAMPLE_SECONDS / max(once, 1e-6))))


def row(
    operation: str,
    samples: dict[str, list[float]],
    max_ratio: float | None = None,
    max_seconds: float | None = None,
) -> Row:
    medians = {name: statistics.median(values) for name, values in samples.items()}
    encrypted, plain = medians["encrypted"], medians.get("plain")
    return Row(operation, encrypted, plain, max_ratio, max_seconds, samples=samples)


def alternating(
    operation: str,
    repeat: int,
    encrypted: Callable[[], float],
    plain: Callable[[], float],
    max_ratio: float | None = None,
    max_seconds: float | None = None,
) -> Row:
    """Median of ``repeat`` samples each, the stores taking turns at going first."""
    samples: dict[str, list[float]] = {"encrypted": [], "plain": []}
    for index in range(repeat):
        order = [("encrypted", encrypted), ("plain", plain)]
        for name, measure in order if index % 2 == 0 else reversed(order):
            samples[name].append(measure())
    return row(operation, samples, max_ratio, max_seconds)


def _duration(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"


def _value(row: Row, value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.1f} MB" if row.operation.endswith("(MB)") else _duration(value)


def format_table(rows: Sequence[Row]) -> str:
    header = f"{'operation':<58} {'encrypted':>10} {'plain':>10} {'ratio':>7} {'target':>9}  result"
    lines = [header, "-" * len(header)]
    for row in rows:
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "–"
        result = {True: "pass", False: "FAIL", None: "–"}[row.passed]
        lines.append(
            f"{row.operation:<58} {_value(row, row.encrypted):>10} {_value(row, row.plain):>10} "
            f"{ratio:>7} {row.target:>9}  {result}"
        )
    return "\n".join(lines)


def print_report(results: dict[str, Any]) -> None:
    """The human-readable part of a run: versions, the table, notes and dataset details."""
    print(", ".join(f"{key} {value}" for key, value in results["versions"].items()))
    print()
    print(format_table(results["rows"]))
    print()
    for row in results["rows"]:
        if row.note:
            print(f"note: {row.operation}: {row.note}")
    for note in results["notes"]:
        print(f"note: {note}")
    print(f"dataset: {json.dumps(results['dataset'], ensure_ascii=False)}")


def write_json(results: dict[str, Any], out: Path, name: str) -> Path:
    """Write ``results`` (minus the Row objects) to ``out/<name>-<UTC time>.json``."""
    out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    path = out / f"{name}-{stamp}.json"
    data = {key: value for key, value in results.items() if key != "rows"}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
