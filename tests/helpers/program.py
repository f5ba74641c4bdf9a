"""Running ``python -m kindspace`` as a person's shell would, for tests of the real program.

Why one helper: several test files start the program in its own process (keyrings, exit
codes, pipes) and each needs the same things: this checkout on the path, no passphrase
inherited from the test's environment unless a test hands one over, no waiting on a
terminal for input, and never a traceback on stderr.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_program(
    *argv: str, stdin: str | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run ``kindspace ARGV``; ``env`` adds to (or overrides) the test's environment."""
    environment = {**os.environ, "PYTHONPATH": str(REPO)}
    environment.pop("KINDSPACE_PASSPHRASE", None)
    environment.update(env or {})
    result = subprocess.run(
        [sys.executable, "-m", "kindspace", *argv],
        input=stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        cwd=REPO,
        env=environment,
        timeout=timeout,
        check=False,
    )
    assert "Traceback" not in result.stderr
    return result


def run_in_journal(
    data_dir: Path, *argv: str, stdin: str | None = None, timeout: float = 120
) -> tuple[int, str, str]:
    """``kindspace --data-dir DATA_DIR ARGV``: exit code, standard output and error."""
    result = run_program("--data-dir", str(data_dir), *argv, stdin=stdin, timeout=timeout)
    return result.returncode, result.stdout, result.stderr
