"""Real kindspace processes refuse core dumps and don't pass the passphrase on.

The flags are read where a person's system would see them: ``/proc/PID/limits`` for the
core file size, ``prctl(PR_GET_DUMPABLE)`` inside the process (the app reports it through
its test probe), and the environment of a real child process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.app_driver import RunningApp
from tests.helpers.journals import PASSPHRASE, make_passphrase_journal

ON_LINUX = sys.platform.startswith("linux")
DEADLINE_S = 60.0
WORD = "lanternharbourquiet"

CLI_THEN_CHILD = """
import json, subprocess, sys
from kindspace.cli import main
from kindspace.process_guard import core_file_limit, is_dumpable
code = main(sys.argv[1:])
child = subprocess.run(["env"], capture_output=True, text=True, check=True).stdout
print(json.dumps({
    "code": code,
    "child_sees_passphrase": "KINDSPACE_PASSPHRASE" in child,
    "dumpable": is_dumpable(),
    "core_file_limit": core_file_limit(),
}))
"""


@pytest.fixture(autouse=True)
def core_dumps_allowed() -> Iterator[None]:
    """Start each kindspace process with core files allowed, as many desktops do, so only
    kindspace itself can have turned them off."""
    if not hasattr(os, "fork"):
        yield
        return
    import resource

    before = resource.getrlimit(resource.RLIMIT_CORE)
    if before[1] == 0:
        pytest.skip("core files are forbidden here, so turning them off can't be seen")
    resource.setrlimit(resource.RLIMIT_CORE, (before[1], before[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_CORE, before)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "journal"
    make_passphrase_journal(folder)
    return folder


def _core_limit_of(pid: int) -> str:
    for line in Path(f"/proc/{pid}/limits").read_text().splitlines():
        if line.startswith("Max core file size"):
            return line.split()[4]  # the soft limit
    raise AssertionError("no core limit in /proc/PID/limits")


def test_a_command_hides_the_passphrase_from_children_and_refuses_core_dumps(
    data_dir: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CLI_THEN_CHILD, "--data-dir", str(data_dir), "search", "sea"],
        env={**os.environ, "KINDSPACE_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=DEADLINE_S,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0, result.stderr  # it did unlock with the variable
    assert report["child_sees_passphrase"] is False
    assert report["core_file_limit"] == 0
    if ON_LINUX:
        assert report["dumpable"] is False


@pytest.mark.skipif(not ON_LINUX, reason="reads /proc")
def test_a_waiting_command_has_no_core_limit_in_proc(data_dir: Path) -> None:
    """The real ``python -m kindspace`` process, seen from outside while it waits on stdin."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kindspace", "--data-dir", str(data_dir), "note", "-"],
        env={**os.environ, "KINDSPACE_PASSPHRASE": PASSPHRASE},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + DEADLINE_S
        limit = ""
        while time.monotonic() < deadline and limit != "0":
            limit = _core_limit_of(process.pid)  # set first thing in main()
            time.sleep(0.05)
        assert limit == "0"
        _out, err = process.communicate(f"a note about {WORD}\n", timeout=DEADLINE_S)
        assert process.returncode == 0, err
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def _clipboard_text(display: str) -> str:
    """What another X client sees on the clipboard (a separate real process)."""
    reader = (
        "import json\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication([])\n"
        "print(json.dumps(app.clipboard().text()))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", reader],
        env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        text=True,
        timeout=DEADLINE_S,
        check=True,
    )
    return str(json.loads(result.stdout.strip()))


@pytest.fixture
def app(
    xvfb_display: str, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[RunningApp]:
    monkeypatch.setenv("KINDSPACE_PASSPHRASE", PASSPHRASE)  # the app must not pass it on
    running = RunningApp(xvfb_display, data_dir, tmp_path / "probe.json")
    yield running
    running.stop()


@pytest.mark.system
@pytest.mark.slow
@pytest.mark.skipif(not ON_LINUX, reason="reads /proc")
def test_the_app_refuses_core_dumps_and_clears_its_copy_on_lock(app: RunningApp) -> None:
    status = app.wait_for("the unlock screen", lambda s: s["unlock_ready"])
    assert status["dumpable"] is False
    assert status["core_file_limit"] == 0
    assert status["passphrase_in_environment"] is False
    assert _core_limit_of(status["pid"]) == "0"

    app.focus_window()
    app.type(PASSPHRASE)
    app.keys("Return")
    app.wait_for("the journal to open", lambda s: not s["locked"])
    app.keys("ctrl+n")
    app.wait_for("the editor", lambda s: s["view"] == "editor")
    app.type(f"a quiet {WORD} evening")
    app.wait_for("the words in the editor", lambda s: s["editor_words"] == 4)
    app.keys("ctrl+a", "ctrl+c")
    deadline = time.monotonic() + DEADLINE_S
    while WORD not in _clipboard_text(app.display):
        assert time.monotonic() < deadline, "the copy never reached the clipboard"
    app.keys("ctrl+l")
    app.wait_for("the lock screen", lambda s: s["locked"])
    assert WORD not in _clipboard_text(app.display)
