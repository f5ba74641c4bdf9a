"""The export benchmark works end to end on a tiny journal (no timing is asserted here).

It lives with the GUI tests because its PDF figure lays pages out with Qt.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import bench_export


def test_the_export_benchmark_measures_each_format_against_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    out, work = tmp_path / "out", tmp_path / "work"
    work.mkdir()
    code = bench_export.main(
        ["--entries", "40", "--repeat", "1", "--out", str(out), "--workdir", str(work)]
    )
    assert code == 0
    [written] = out.glob("export-*.json")
    figures = json.loads(written.read_text(encoding="utf-8"))["figures"]
    names = [figure["operation"] for figure in figures]
    assert [name.split(",")[0] for name in names] == ["JSON", "Markdown", "JSON", "Markdown", "PDF"]
    for figure in figures:
        assert figure["seconds"] > 0 and figure["output_bytes"] > 0 and figure["entries"] > 0
        if not figure["operation"].startswith("JSON"):
            assert figure["ratio_to_json"] > 0
    printed = capsys.readouterr().out
    assert all(name in printed for name in names)
    assert list(work.iterdir()) == []  # its journal and exports are cleaned up


def test_the_pdf_memory_benchmark_reports_peak_and_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benchmarks import bench_pdf_memory

    code = bench_pdf_memory.main(["--entries", "20", "--repeat", "1", "--out", str(tmp_path)])

    assert code == 0
    [written] = tmp_path.glob("pdf-memory-*.json")
    row = json.loads(written.read_text(encoding="utf-8"))["summary"]["now"]
    assert row["entries"] == 20 and row["peak_mib"] >= row["rss_before_mib"] > 0
    assert row["seconds"] > 0 and row["bytes"] > 0
    assert "peak" in capsys.readouterr().out
