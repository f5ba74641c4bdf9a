"""The store benchmark and its synthetic journal work end to end, on a tiny journal.

Why: a benchmark that only runs before a release rots quietly. Running every code path small
on each test run keeps it working, and checks what its figures rely on: the plain baseline is
really plaintext, the journal really is not, and the generated data has a journal's shape.
No timing is asserted here; timings belong in docs/performance.md, not in pass/fail.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from benchmarks import bench_store
from benchmarks import synthetic_journal as synthetic
from kindspace.journal.keyring_store import find_usable_keyring
from tests.helpers.system import require_system_part

COMPARED = (
    "bulk import",
    "database file size",
    "open with the keyring's key + first query",
    "month_counts",
    "on_day",
    "search common word",
    "search rare word",
    "durable save",
)
ENCRYPTED_ONLY = ("open with passphrase (Argon2id) + first query",)


def _run(tmp_path: Path, *extra: str) -> dict[str, Any]:
    out, work = tmp_path / "out", tmp_path / "work"
    work.mkdir()
    arguments = ["--entries", "50", "--repeat", "1", "--saves", "3", "--fast-kdf"]
    code = bench_store.main([*arguments, "--out", str(out), "--workdir", str(work), *extra])
    assert code == 0
    [written] = out.glob("store-*.json")
    results: dict[str, Any] = json.loads(written.read_text(encoding="utf-8"))
    return results


def test_store_benchmark_measures_every_operation_with_ratios(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = _run(tmp_path, "--no-keyring")
    printed = capsys.readouterr().out

    lines = printed.splitlines()
    for operation in COMPARED:
        [line] = [line for line in lines if line.startswith(operation)]
        assert re.search(r"\d+\.\d\d×", line), line
    for operation in ENCRYPTED_ONLY:
        assert any(line.startswith(operation) for line in lines)
    assert "real keyring: skipped" in printed
    assert "warm-up" in printed

    def result(operation: str) -> dict[str, Any]:
        found: list[dict[str, Any]] = [
            row for row in results["results"] if row["operation"].startswith(operation)
        ]
        assert len(found) == 1, operation
        return found[0]

    for operation in COMPARED:
        row = result(operation)
        assert row["encrypted"] > 0 and row["plain"] > 0
        assert row["ratio"] == pytest.approx(row["encrypted"] / row["plain"])
    assert result("durable save")["target"] == "≤ 2×"
    assert result("search rare word")["passed"] in (True, False)
    assert result("open with the keyring's key")["max_seconds"] == 0.05

    dataset = results["dataset"]
    assert dataset["entries"] == 50
    assert dataset["encrypted_file_has_no_sqlite_header"] is True
    assert dataset["plain_file_has_sqlite_header"] is True
    assert dataset["rare_word_entries"] >= 1
    assert results["versions"]["sqlcipher"]
    # The journals are scratch data: nothing is left behind but the JSON results.
    assert list((tmp_path / "work").iterdir()) == []


@pytest.mark.system
def test_store_benchmark_times_the_real_keyring(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], secret_service: str
) -> None:
    check = find_usable_keyring()
    if not check.usable:
        require_system_part("Secret Service", check.reason)
    results = _run(tmp_path)
    printed = capsys.readouterr().out
    assert "real keyring: read the key" in printed
    operations = [row["operation"] for row in results["results"]]
    assert "real keyring: open + first query" in operations


def test_synthetic_journal_is_deterministic_and_shaped_like_a_journal() -> None:
    entries = synthetic.generate_entries(400)

    assert entries == synthetic.generate_entries(400)
    assert entries != synthetic.generate_entries(400, seed=1)
    kinds = Counter(entry.kind for entry in entries)
    assert kinds["note"] > 0.7 * len(entries)
    assert len(kinds) >= 4
    exercises = [entry for entry in entries if entry.kind != "note"]
    assert all(entry.answers for entry in exercises)
    assert sum(entry.intensity_before is not None for entry in exercises) > len(exercises) / 2
    assert max(Counter(entry.day for entry in entries).values()) >= 2
    assert {tag for entry in entries for tag in entry.tags} <= set(synthetic.TAGS)
    words = [len(f"{entry.title} {entry.body}".split()) for entry in entries]
    assert 150 < sum(words) / len(words) < 450
    assert entries[0].day.year <= 2007 and entries[-1].day.year >= 2024
    assert [entry.created for entry in entries] == sorted(entry.created for entry in entries)


def test_vocabulary_gives_common_and_rare_search_words() -> None:
    vocabulary = synthetic.vocabulary()
    assert len(vocabulary) >= 2000
    assert len(set(vocabulary)) == len(vocabulary)
    entries = synthetic.generate_entries(1000)
    frequencies = synthetic.document_frequencies(entries)
    common, rare = synthetic.search_words(entries)
    assert frequencies[common] > 0.25 * len(entries)
    assert 1 <= frequencies[rare] <= 10
    assert common not in synthetic.FUNCTION_WORDS
