"""Where Qt could only abort, the app says in one sentence what is missing and exits.

The inputs are real: a real process without a display, a real copy of Qt's xcb plugin whose
own Qt libraries are genuinely out of the loader's reach, a real X server and a display
number nobody serves.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kindspace.gui.platform_check import (
    NoWindow,
    ensure_window_possible,
    missing_libraries,
    missing_libraries_sentence,
    window_problem,
    xcb_plugin,
)

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="Qt's xcb plugin is Linux's platform"
)
DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


@linux_only
def test_without_a_display_the_app_says_so_in_one_sentence_and_qt_never_aborts(
    tmp_path: Path,
) -> None:
    env = {key: value for key, value in os.environ.items() if key not in DISPLAY_VARIABLES}
    env["KINDSPACE_DATA_DIR"] = str(tmp_path / "journal")
    done = subprocess.run(
        [sys.executable, "-m", "kindspace"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [
        "kindspace: The window needs a desktop session, and there is no display here "
        "(DISPLAY is not set); the commands in 'kindspace --help' work without a window."
    ]
    assert done.stdout == ""
    assert not (tmp_path / "journal").exists(), "nothing was set up for a window never shown"


@linux_only
@pytest.mark.parametrize(
    "env",
    [
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "wayland"},
        {"QT_QPA_PLATFORM": "wayland;xcb"},  # Qt falls back by itself
        {"WAYLAND_DISPLAY": "wayland-0"},  # Qt may choose Wayland: its own call
    ],
)
def test_platforms_other_than_xcb_alone_are_left_to_qt(env: dict[str, str]) -> None:
    assert window_problem(env, Path("/nonexistent/libqxcb.so")) is None


@linux_only
@pytest.mark.parametrize("env", [{}, {"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}])
def test_xcb_without_a_display_is_named(env: dict[str, str]) -> None:
    problem = window_problem(env, xcb_plugin())

    assert problem is not None
    assert "there is no display here (DISPLAY is not set)" in problem
    with pytest.raises(NoWindow) as raised:
        ensure_window_possible(env)
    assert raised.value.exit_code == 1


@linux_only
@pytest.mark.system
def test_a_plugin_whose_libraries_cannot_be_found_names_them(
    xvfb_display: str, tmp_path: Path
) -> None:
    # xvfb_display first: it proves the system's libraries are there, so only Qt's are not.
    # Away from PySide6, the plugin's $ORIGIN/../../lib holds none of Qt's libraries.
    plugin = tmp_path / "platforms" / "libqxcb.so"
    plugin.parent.mkdir()
    shutil.copy2(xcb_plugin(), plugin)

    missing = missing_libraries(plugin)
    problem = window_problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, plugin)

    assert "libQt6XcbQpa.so.6" in missing
    assert problem is not None
    assert "libQt6XcbQpa.so.6" in problem
    assert "reinstalling kindspace brings them back" in problem


@linux_only
def test_a_missing_plugin_is_named(tmp_path: Path) -> None:
    problem = window_problem({"DISPLAY": ":0"}, tmp_path / "libqxcb.so")

    assert problem is not None
    assert f"which is missing ({tmp_path / 'libqxcb.so'})" in problem


def test_missing_system_libraries_come_with_each_systems_install_command() -> None:
    sentence = missing_libraries_sentence(
        ["libQt6XcbQpa.so.6", "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-shape.so.0",
         "libxcb-xkb.so.1"]
    )  # fmt: skip

    assert sentence.startswith(
        "The window needs system libraries that are missing (libxcb-cursor.so.0, "
        "libxcb-icccm.so.4, libxcb-shape.so.0, libxcb-xkb.so.1); please install them ("
    )
    assert "Debian/Ubuntu: sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-shape0 " in sentence
    assert "Fedora: sudo dnf install xcb-util-cursor xcb-util-wm libxcb)" not in sentence
    assert "Fedora: sudo dnf install xcb-util-cursor xcb-util-wm libxcb;" in sentence
    assert "Arch: sudo pacman -S xcb-util-cursor xcb-util-wm libxcb)" in sentence
    assert sentence.endswith("the commands in 'kindspace --help' work without a window.")


@linux_only
@pytest.mark.system
def test_a_display_nobody_serves_is_named(xvfb_display: str) -> None:
    # xvfb_display first: it proves Qt's xcb plugin loads here, so only the display is wrong.
    unused = next(n for n in range(4000, 5000) if not Path(f"/tmp/.X11-unix/X{n}").exists())

    problem = window_problem({"DISPLAY": f":{unused}", "QT_QPA_PLATFORM": "xcb"}, xcb_plugin())

    assert problem is not None
    assert f"the one at DISPLAY=:{unused} isn't answering" in problem


@linux_only
@pytest.mark.system
def test_a_working_x_server_passes(xvfb_display: str) -> None:
    assert window_problem({"DISPLAY": xvfb_display, "QT_QPA_PLATFORM": "xcb"}, xcb_plugin()) is None
