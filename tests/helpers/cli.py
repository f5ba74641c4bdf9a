"""The command line driven in-process through ``main(argv)``, for tests/unit/test_cli*.py."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.helpers.shell import run_main


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


class Cli:
    """Runs ``main(argv)`` with the given stdin (not a terminal) and the test's data folder."""

    def __init__(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_dir: Path
    ) -> None:
        self.capsys, self.monkeypatch, self.data_dir = capsys, monkeypatch, data_dir

    def __call__(self, *argv: str, stdin: str = "", data: bool = True) -> Result:
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        args = ["--data-dir", str(self.data_dir), *argv] if data else list(argv)
        code = run_main(args, self.monkeypatch)
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err  # a user's mistake never shows one
        return Result(code, out, err)
