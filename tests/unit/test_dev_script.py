"""scripts/dev.py passes its child's exit status on in a form a shell understands."""

from __future__ import annotations

import importlib.util
import signal
import sys
from pathlib import Path
from types import ModuleType

import pytest

DEV = Path(__file__).resolve().parents[2] / "scripts" / "dev.py"


def dev_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kindspace_dev_script", DEV)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_a_child_killed_by_a_signal_exits_with_128_plus_the_signal() -> None:
    kill_self = "import os, signal; os.kill(os.getpid(), signal.SIGTERM)"

    code = dev_module().run([sys.executable, "-c", kill_self])

    assert code == 128 + signal.SIGTERM


def test_an_ordinary_exit_code_is_passed_on_unchanged() -> None:
    assert dev_module().run([sys.executable, "-c", "raise SystemExit(3)"]) == 3
