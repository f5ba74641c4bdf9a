"""A windowed build has no console: what the command line would print is shown in a box."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from kindspace.cli import main
from tests.gui.conftest import answer_next_message_box


def test_without_a_console_a_problem_is_shown_in_a_calm_box(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    seen = answer_next_message_box(lambda box: box.button(QMessageBox.StandardButton.Ok))
    missing = tmp_path / "nowhere.json"
    code = main(["--data-dir", str(tmp_path / "journal"), "import", str(missing)])
    assert code == 1
    assert len(seen) == 1
    assert f"There is nothing at {missing}" in seen[0]
    assert "Nothing was imported." in seen[0] and "Traceback" not in seen[0]
