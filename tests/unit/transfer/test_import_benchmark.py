"""The import benchmark works end to end on a tiny journal (no timing is asserted here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import bench_import
from kindspace.transfer.importing import ImportFormat


def test_the_import_benchmark_measures_each_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, work = tmp_path / "out", tmp_path / "work"
    work.mkdir()
    code = bench_import.main(
        ["--entries", "40", "--repeat", "1", "--out", str(out), "--workdir", str(work)]
    )
    assert code == 0
    [written] = out.glob("import-*.json")
    results = json.loads(written.read_text(encoding="utf-8"))
    rows = {row["format"]: row for row in results["results"]}
    expected = {ImportFormat.KINDSPACE, ImportFormat.DAYONE_JSON, ImportFormat.JRNL_TEXT}
    assert set(rows) == {fmt.label for fmt in expected}
    for row in rows.values():
        assert row["entries"] == 40
        assert row["total_s"] > 0 and row["entries_per_s"] > 0
    printed = capsys.readouterr().out
    for fmt in expected:
        assert fmt.label in printed
    assert list(work.iterdir()) == []  # its journals and files are cleaned up
