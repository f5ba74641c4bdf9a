"""A second start finds the first one and asks it to come forward instead of opening twice."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kindspace.gui.single_instance import SingleInstance, ask_first_instance_to_show, server_name


def test_the_second_instance_asks_the_first_to_show(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.acquire()
    try:
        assert not SingleInstance(tmp_path).acquire()
        with qtbot.waitSignal(first.show_requested, timeout=3000):
            assert ask_first_instance_to_show(tmp_path)
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


def test_nobody_answers_when_nothing_runs(tmp_path: Path) -> None:
    assert not ask_first_instance_to_show(tmp_path)


def test_names_differ_per_journal_and_hide_the_path(tmp_path: Path) -> None:
    one, two = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert one != two
    assert "a" not in one.removeprefix("kindspace-").strip("0123456789abcdef")
    assert str(tmp_path) not in one


def test_the_lock_file_is_private_whatever_the_umask(tmp_path: Path) -> None:
    import os
    import stat

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
