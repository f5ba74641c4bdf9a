"""The self-test in-process: it passes on a working install and names the step that failed."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest

from kindspace.selftest import run_self_test


def test_the_self_test_passes_in_a_private_folder_and_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    out, err = io.StringIO(), io.StringIO()
    assert run_self_test(out, err) == 0, out.getvalue() + err.getvalue()
    lines = out.getvalue().splitlines()
    assert lines[-1] == "Self-test passed."
    assert all(line.endswith("… ok") for line in lines[1:-1])
    assert "  look for the note's words in every file… ok" in lines
    assert "  refuse a wrong passphrase… ok" in lines
    assert "  read the exercises, Learn and Support pages… ok" in lines
    assert err.getvalue() == ""
    assert list(temp.iterdir()) == []


def test_a_failing_step_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "missing"))
    out, err = io.StringIO(), io.StringIO()
    assert run_self_test(out, err) == 1
    assert out.getvalue().rstrip().endswith("failed")
    assert err.getvalue().startswith(
        "kindspace: The self-test failed at “make a private temporary folder”: "
    )
    assert "Traceback" not in err.getvalue()


def test_missing_exercise_files_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr("kindspace.paths.resource_root", lambda: tmp_path / "empty-bundle")
    out, err = io.StringIO(), io.StringIO()
    assert run_self_test(out, err) == 1
    assert err.getvalue().startswith(
        "kindspace: The self-test failed at “read the exercises, Learn and Support pages”: "
    )
    assert "Traceback" not in err.getvalue()
