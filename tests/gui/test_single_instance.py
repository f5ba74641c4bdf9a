"""A second start finds the first one and asks it to come forward instead of opening twice."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from kindspace.gui.single_instance import (
    REQUEST_NAME,
    SingleInstance,
    ask_first_instance_to_show,
)


def test_the_second_instance_asks_the_first_to_show(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    try:
        assert not SingleInstance(tmp_path).acquire()
        answers: list[bool] = []
        # The second start runs apart from the first's event loop, as in another process.
        asking = threading.Thread(
            target=lambda: answers.append(ask_first_instance_to_show(tmp_path))
        )
        with qtbot.waitSignal(first.show_requested, timeout=10_000):
            asking.start()
        asking.join(timeout=10)
        assert answers == [True]
        assert not (tmp_path / REQUEST_NAME).exists()
    finally:
        first.release()


def test_a_second_start_in_another_process_brings_the_first_forward(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kindspace.gui.single_instance import SingleInstance, ask_first_instance_to_show\n"
        "folder = Path(sys.argv[1])\n"
        "assert not SingleInstance(folder).acquire()\n"
        "sys.exit(0 if ask_first_instance_to_show(folder, timeout_s=30) else 3)\n"
    )
    try:
        second = subprocess.Popen([sys.executable, "-c", code, str(tmp_path)])
        with qtbot.waitSignal(first.show_requested, timeout=60_000):
            pass
        assert second.wait(timeout=60) == 0
    finally:
        first.release()


def test_after_release_a_new_instance_can_start(tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    first.release()
    second = SingleInstance(tmp_path)
    try:
        assert second.acquire()
    finally:
        second.release()


def test_nobody_answering_is_said_and_leaves_no_request_behind(tmp_path: Path) -> None:
    assert not ask_first_instance_to_show(tmp_path, timeout_s=0.2)
    assert not (tmp_path / REQUEST_NAME).exists()


def test_a_request_left_from_before_is_not_taken_for_a_new_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    (tmp_path / REQUEST_NAME).write_bytes(b"show\n")  # a start that gave up, then a crash
    first = SingleInstance(tmp_path)
    try:
        with qtbot.assertNotEmitted(first.show_requested, wait=300):
            assert first.acquire()
        assert not (tmp_path / REQUEST_NAME).exists()
    finally:
        first.release()


def test_the_lock_file_is_private_whatever_the_umask(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        first = SingleInstance(tmp_path)
        assert first.acquire()
    finally:
        os.umask(previous)
    try:
        assert stat.S_IMODE((tmp_path / "kindspace.lock").stat().st_mode) == 0o600
    finally:
        first.release()
