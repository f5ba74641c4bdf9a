"""The start-up benchmark runs end to end on a tiny journal (no timings asserted).

Why: it starts the real program under Xvfb with a real Secret Service and waits for the
app's probe to report the calendar's marks painted; a change to the probe, the start path
or the benchmark that breaks that chain should fail here, not on release day. Timings belong
in docs/performance.md, not in pass/fail.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import bench_startup, profile_startup

pytestmark = [pytest.mark.system, pytest.mark.slow]


def test_the_startup_benchmark_reports_every_variant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = bench_startup.main(["--entries", "40", "--repeat", "1", "--out", str(tmp_path)])

    assert code == 0
    [written] = tmp_path.glob("startup-*.json")
    results = json.loads(written.read_text(encoding="utf-8"))
    summary = results["summary"]
    assert set(summary) == {
        "bare window + calendar",
        "key handed over: journal, marks",
        "keyed window: key, journal, marks",
        "kindspace, first start of the day",
        "kindspace, normal start",
    }
    for row in summary.values():
        assert row["start_s"] > 0 and row["rss_mib"] > 0
    first = summary["kindspace, first start of the day"]
    assert first["backup_done_s"] > 0  # the daily backup really ran in that start
    assert first["longest_wait_ms"] >= 0
    out = capsys.readouterr().out
    assert "target" in out and "× the keyed window" in out


def test_the_start_profile_reports_imports_calls_and_memory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = profile_startup.main(["--entries", "40", "--top", "5", "--out", str(tmp_path)])

    assert code == 0
    [written] = tmp_path.glob("profile-startup-*.json")
    results = json.loads(written.read_text(encoding="utf-8"))
    assert any("kindspace" in module for _, _, module in results["imports"])
    assert results["resident_kib"]["[heap]"] > 0
    out = capsys.readouterr().out
    assert "cumulative" in out and "resident at ready" in out


def test_the_start_timeline_notes_every_step_up_to_the_marks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = profile_startup.main(["--entries", "40", "--timeline", "1", "--out", str(tmp_path)])

    assert code == 0
    rows = [line.split(maxsplit=2) for line in capsys.readouterr().out.splitlines()[1:]]
    steps = [step for _median, _fastest, step in rows]
    # Every milestone was really wrapped and reached: a renamed function shows up here.
    for _module, qualified in profile_startup.MILESTONES:
        assert profile_startup.step_name(qualified) in steps
    assert steps[-1] == "marks painted"
    assert steps.index("application") < steps.index("AppController._attach")
