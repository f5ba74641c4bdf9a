"""Run ``main(argv)`` in the test process the way a shell runs one command after another."""

from __future__ import annotations

import os
from collections.abc import Sequence

import pytest

from kindspace.cli import main
from kindspace.process_guard import PASSPHRASE_ENV


def run_main(argv: Sequence[str], monkeypatch: pytest.MonkeyPatch) -> int:
    """Each kindspace command takes ``KINDSPACE_PASSPHRASE`` out of its environment; the next
    command, like a new process started from the same shell, gets it again."""
    shell_passphrase = os.environ.get(PASSPHRASE_ENV)
    try:
        return main(argv)
    finally:
        if shell_passphrase is not None:
            monkeypatch.setenv(PASSPHRASE_ENV, shell_passphrase)
