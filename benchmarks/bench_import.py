"""How long importing a whole journal takes, from jrnl and Day One next to kindspace's own JSON.

Why kindspace JSON in the same run: absolute timings say as much about the machine as about
the importers, while the same synthetic journal imported from three formats on the same disk
at the same moment shows what reading jrnl's text or Day One's zip adds to the shared
writing path. Every format carries the same entries (the synthetic 20-year journal of
``synthetic_journal.py``, exercise answers folded into the words where a format has no place
for them). Each sample imports into a fresh encrypted journal, through the real code:
``read_import`` (read, detect, check) and ``apply_import`` (one transaction). The second,
idempotent import of the same file (everything "left as it was") is timed too. Figures are
medians over repeats, formats taking turns at going first.

Run: ``python -m benchmarks.bench_import [--entries N] [--repeat R]`` (see ``--help``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from benchmarks import synthetic_journal as synthetic
from benchmarks import timing
from kindspace import __version__
from kindspace.journal import vault
from kindspace.journal.journal import JournalLocation, create_journal
from kindspace.journal.models import Entry
from kindspace.transfer.importing import ImportFormat, ImportPlan, apply_import
from kindspace.transfer.json_format import FORMAT_NAME, FORMAT_VERSION, entry_to_document
from kindspace.transfer.readers import read_import

DEFAULT_OUT = Path(__file__).resolve().parent / "out"
#: jrnl's times carry no zone; the benchmark places them here so every run reads alike.
ZONE = ZoneInfo("Europe/Berlin")
PASSPHRASE = "benchmark passphrase, not a secret"


@dataclass
class Config:
    entries: int = synthetic.DEFAULT_ENTRIES
    repeat: int = 3
    seed: int = synthetic.DEFAULT_SEED
    workdir: Path | None = None
    out: Path = DEFAULT_OUT


# -- the same journal in three formats ------------------------------------------------------


def _words(entry: Entry) -> str:
    """An entry's words, answers included, for formats that only keep text."""
    answers = [text for text in entry.to_row()["answers_text"].splitlines() if text.strip()]
    return "\n\n".join(part for part in (entry.body, *answers) if part.strip()) or "(no words)"


def write_kindspace(entries: Sequence[Entry], path: Path) -> None:
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "entries": [entry_to_document(entry) for entry in entries],
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_dayone_zip(entries: Sequence[Entry], path: Path) -> None:
    """Day One's shape: a zip holding ``Journal.json``, text escaped the way Day One does."""
    items = []
    for entry in entries:
        text = _words(entry).replace(".", "\\.").replace("-", "\\-")
        if entry.title:
            text = f"# {entry.title}\n\n{text}"
        created = entry.created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        items.append(
            {
                "uuid": entry.id.replace("-", "").upper(),
                "creationDate": created,
                "modifiedDate": created,
                "timeZone": "Europe/Berlin",
                "starred": False,
                "tags": list(entry.tags),
                "text": text,
            }
        )
    document = {"metadata": {"version": "1.0"}, "entries": items}
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Journal.json", json.dumps(document, indent=2, ensure_ascii=False))


def write_jrnl(entries: Sequence[Entry], path: Path) -> None:
    """jrnl's journal file: ``[YYYY-MM-DD HH:MM] title``, the body, tags as ``@words``."""
    parts = []
    for entry in entries:
        wall = entry.created.astimezone(ZONE)
        title = entry.title or "A note."
        tags = " ".join(f"@{tag.replace(' ', '-')}" for tag in entry.tags)
        body = _words(entry) + (f"\n{tags}" if tags else "")
        parts.append(f"[{wall:%Y-%m-%d %H:%M}] {title}\n{body}\n")
    path.write_text("\n".join(parts), encoding="utf-8")


WRITERS: dict[ImportFormat, tuple[str, Callable[[Sequence[Entry], Path], None]]] = {
    ImportFormat.KINDSPACE: ("export.json", write_kindspace),
    ImportFormat.DAYONE_JSON: ("Day One export.zip", write_dayone_zip),
    ImportFormat.JRNL_TEXT: ("journal.txt", write_jrnl),
}


# -- measuring ------------------------------------------------------------------------------


class Bench:
    def __init__(self, config: Config, workdir: Path) -> None:
        self.config = config
        self.workdir = workdir
        self.entries = synthetic.generate_entries(config.entries, seed=config.seed)
        self.files: dict[ImportFormat, Path] = {}
        for import_format, (name, write) in WRITERS.items():
            path = workdir / name
            write(self.entries, path)
            self.files[import_format] = path
        self.samples: dict[ImportFormat, dict[str, list[float]]] = {
            import_format: {"read": [], "write": [], "again": []} for import_format in WRITERS
        }
        self.counts: dict[ImportFormat, int] = {}
        self._journals = 0

    def sample(self, import_format: ImportFormat) -> None:
        """One fresh journal: read, write, then the same file again (all unchanged)."""
        self._journals += 1
        location = JournalLocation(self.workdir / f"journal-{self._journals}")
        journal, _ = create_journal(
            location, passphrase=PASSPHRASE, use_keyring=False, kdf_params=vault.FAST_TEST_KDF
        )
        path = self.files[import_format]
        with journal:
            plans: list[ImportPlan] = []
            read = timing.timed(lambda: plans.append(read_import(path, local_zone=ZONE)))
            plan = plans[0]
            assert plan.format is import_format, plan.format
            write = timing.timed(lambda: apply_import(journal, plan))
            assert journal.entries.count() == plan.count
            again = timing.timed(lambda: apply_import(journal, read_import(path, local_zone=ZONE)))
        shutil.rmtree(location.database.parent, ignore_errors=True)
        samples = self.samples[import_format]
        samples["read"].append(read)
        samples["write"].append(write)
        samples["again"].append(again)
        self.counts[import_format] = plan.count

    def run(self) -> None:
        formats = list(WRITERS)
        for import_format in formats:  # warm-up: caches, zoneinfo, imports
            self.sample(import_format)
            for samples in self.samples[import_format].values():
                samples.clear()
        for index in range(self.config.repeat):
            shift = index % len(formats)
            for import_format in formats[shift:] + formats[:shift]:
                self.sample(import_format)

    def results(self) -> list[dict[str, Any]]:
        rows = []
        for import_format, samples in self.samples.items():
            read = statistics.median(samples["read"])
            write = statistics.median(samples["write"])
            total = read + write
            rows.append(
                {
                    "format": import_format.label,
                    "file_bytes": self.files[import_format].stat().st_size,
                    "entries": self.counts[import_format],
                    "read_s": read,
                    "write_s": write,
                    "total_s": total,
                    "entries_per_s": self.counts[import_format] / total,
                    "again_s": statistics.median(samples["again"]),
                    "samples": samples,
                }
            )
        return rows


def run(config: Config) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="kindspace-bench-import-", dir=config.workdir))
    try:
        bench = Bench(config, workdir)
        bench.run()
        rows = bench.results()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return {
        "benchmark": "import",
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "versions": {
            "kindspace": __version__,
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": str(os.cpu_count()),
        },
        "config": {**asdict(config), "workdir": str(workdir), "out": str(config.out)},
        "dataset": {"entries": len(bench.entries), "seed": config.seed},
        "results": rows,
        "notes": [
            "Each sample imports into a new encrypted journal (cheap Argon2id: unlocking is not "
            "what is measured). 'again' is a second import of the same file: all unchanged.",
            "OS caches were not dropped; one warm-up sample per format ran first.",
        ],
    }


def format_table(rows: Sequence[dict[str, Any]]) -> str:
    header = (
        f"{'format':<26} {'file':>9} {'entries':>8} {'read':>8} {'write':>8} {'total':>8} "
        f"{'entries/s':>10} {'again':>8}"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        lines.append(
            f"{row['format']:<26} {row['file_bytes'] / 1e6:>7.1f}MB {row['entries']:>8,} "
            f"{row['read_s']:>7.2f}s {row['write_s']:>7.2f}s {row['total_s']:>7.2f}s "
            f"{row['entries_per_s']:>10,.0f} {row['again_s']:>7.2f}s"
        )
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> Config:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_import", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--entries", type=int, default=synthetic.DEFAULT_ENTRIES)
    parser.add_argument("--repeat", type=int, default=3, help="samples per figure (median)")
    parser.add_argument("--seed", type=int, default=synthetic.DEFAULT_SEED)
    parser.add_argument(
        "--workdir",
        type=Path,
        help="where the files and journals are written (use a real disk: tmpfs makes fsync free)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for JSON results")
    args = parser.parse_args(argv)
    if args.entries < 10 or args.repeat < 1:
        parser.error("need at least 10 entries and 1 repeat")
    return Config(**vars(args))


def main(argv: Sequence[str] | None = None) -> int:
    config = parse_args(argv)
    started = time.perf_counter()
    results = run(config)
    print(
        f"kindspace import benchmark: {config.entries:,} synthetic entries "
        f"(seed {config.seed}), {config.repeat} repeats"
    )
    print(", ".join(f"{key} {value}" for key, value in results["versions"].items()))
    print()
    print(format_table(results["results"]))
    print()
    for note in results["notes"]:
        print(f"note: {note}")
    print(f"JSON results: {timing.write_json(results, config.out, 'import')}")
    print(f"total time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
