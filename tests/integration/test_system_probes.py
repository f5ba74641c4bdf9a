"""The probes that decide whether a system part is there say yes and no for the right reasons.

Why test them: a probe that always says "missing" turns the suite green by skipping, and one
that always says "there" brings back the failures it was written to prevent. Each is asked
about real things: a working X server, a copy of Qt's xcb plugin whose libraries are genuinely
out of reach, a display nobody serves, and a real tray host.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kindspace.gui.platform_check import xcb_plugin
from tests.helpers.tray_host import running_tray_host, tray_owner
from tests.helpers.xvfb import qt_xcb_problem, running_xvfb

pytestmark = pytest.mark.system


def test_qt_starts_on_a_working_x_server(xvfb_display: str) -> None:
    assert qt_xcb_problem(xvfb_display, xcb_plugin()) is None


def test_a_plugin_that_cannot_load_is_reported_with_what_it_misses(
    xvfb_display: str, tmp_path: Path
) -> None:
    plugin = tmp_path / "platforms" / "libqxcb.so"
    plugin.parent.mkdir()
    shutil.copy2(xcb_plugin(), plugin)  # away from PySide6, Qt's own libraries are not found

    problem = qt_xcb_problem(xvfb_display, plugin)

    assert problem is not None
    assert problem.startswith(f"{plugin} cannot load, ")
    assert "libQt6XcbQpa.so.6" in problem


def test_a_display_where_qt_cannot_start_is_reported(xvfb_display: str) -> None:
    unused = next(n for n in range(4000, 5000) if not Path(f"/tmp/.X11-unix/X{n}").exists())

    problem = qt_xcb_problem(f":{unused}", xcb_plugin())

    assert problem is not None
    assert problem.startswith(f"a Qt app did not start on :{unused} (exit ")


@pytest.mark.slow
def test_the_tray_host_owns_the_tray_while_it_runs(tmp_path: Path) -> None:
    with running_xvfb() as display:
        assert tray_owner(display) == 0
        with running_tray_host(display, tmp_path / "trayer.log"):
            assert tray_owner(display) != 0
        assert tray_owner(display) == 0
