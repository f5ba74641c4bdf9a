"""Fixtures every test gets: a private home for kindspace's files, a Qt platform, a display.

Why autouse isolation: a test that forgets to pass a data folder must never read or write the
real user's journal, keyring settings or caches, so every per-user location is redirected to
the test's own temporary folder before the test starts.
"""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from kindspace.cycle_collection import collect_as_python_would
from tests.helpers.moments import MOMENTS, ORDINARY, pinned_at
from tests.helpers.xvfb import running_xvfb

# The private Secret Service fixtures (secret_service, locked_secret_service) are shared by
# unit, integration and benchmark smoke tests alike.
pytest_plugins = ["tests.helpers.secret_service"]

#: Per-user locations kindspace, platformdirs, Qt and keyring read, and their folder names.
ISOLATED_DIRS = {
    "KINDSPACE_DATA_DIR": "kindspace-data",
    "XDG_DATA_HOME": "xdg-data",
    "XDG_CONFIG_HOME": "xdg-config",
    "XDG_CACHE_HOME": "xdg-cache",
    "XDG_STATE_HOME": "xdg-state",
}

# Qt reads the platform once, when the QApplication is created, and that may happen in any
# fixture or at import: set it here, before anything else runs. Tests that need a real display
# use the xvfb_display fixture and set QT_QPA_PLATFORM=xcb for the process they start.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Point every per-user location at this test's tmp folder; returns the mapping.

    KINDSPACE_DATA_DIR is left uncreated so tests can check that kindspace creates it (0700);
    the XDG base folders exist, as they do on a real desktop.
    """
    dirs: dict[str, Path] = {}
    # The machine's language must not decide what tests read: English unless a test says so.
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    for variable, folder in ISOLATED_DIRS.items():
        path = tmp_path / folder
        if variable != "KINDSPACE_DATA_DIR":
            path.mkdir()
        monkeypatch.setenv(variable, str(path))
        dirs[variable] = path
    return dirs


@pytest.fixture(autouse=True, scope="session")
def cycles_collected_on_the_main_thread() -> Iterator[None]:
    """As in the app (see ``kindspace.gui.main_thread_gc``): the tests make many windows and
    start worker threads, and a Qt object of an earlier test collected on a worker thread
    breaks Qt ("Timers cannot be stopped from another thread", then a crash). Collected
    here, between tests, instead."""
    gc.disable()
    yield
    gc.enable()


def pytest_runtest_setup(item: pytest.Item) -> None:
    collect_as_python_would()  # the earlier tests' cycles, on the main thread (see above)


@pytest.fixture(autouse=True, scope="session")
def private_runtime_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Give Qt an XDG_RUNTIME_DIR when the machine has none (containers, CI as root).

    Without one, Qt logs "XDG_RUNTIME_DIR not set" as a warning, which fails any Qt test
    (qt_log_level_fail = WARNING). An existing one is kept: D-Bus and the keyring daemon of
    the session may live there.
    """
    if os.environ.get("XDG_RUNTIME_DIR"):
        yield
        return
    # mkdtemp creates the folder 0700, as the XDG spec requires (Qt checks).
    runtime = Path(tempfile.mkdtemp(prefix="runtime-", dir=tmp_path_factory.getbasetemp()))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_RUNTIME_DIR", str(runtime))
        yield


@pytest.fixture(scope="session")
def xvfb_display() -> Iterator[str]:
    """A headless X server for the whole session; the value is its DISPLAY (":N").

    Skips (fails under KINDSPACE_REQUIRE_SYSTEM=1) when Xvfb is not installed or Qt's xcb
    platform cannot start on it.
    """
    with running_xvfb() as display:
        yield display


@pytest.fixture(params=list(MOMENTS))
def pinned_now(request: pytest.FixtureRequest) -> Iterator[datetime]:
    """Pin the whole stack's clock at an ordinary evening and at each hostile moment.

    A test that asks for this runs once per moment in ``tests/helpers/moments.py``; the value
    is "now" as kindspace sees it. Ask for it first, so that the journal and window the test
    builds are made at the pinned moment too.
    """
    with pinned_at(MOMENTS[request.param]) as now:
        yield now


@pytest.fixture
def ordinary_now() -> Iterator[datetime]:
    """Pin the whole stack's clock at one ordinary evening, for tests about other things.

    Use it (``pytest.mark.usefixtures("ordinary_now")``) where a test relies on "today" being
    a known day but is not about dates; tests about dates ask for ``pinned_now``.
    """
    with pinned_at(ORDINARY) as now:
        yield now


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--pin-every-test-at",
        choices=list(MOMENTS),
        help="run every test with the system clock pinned at this moment (tests/helpers/"
        "moments.py), to find tests that depend on the real date",
    )


@pytest.fixture(autouse=True)
def pinned_for_the_whole_run(request: pytest.FixtureRequest) -> Iterator[None]:
    """Honour ``--pin-every-test-at``: a search for date-dependent tests, not a default."""
    moment = request.config.getoption("--pin-every-test-at")
    if moment is None or "pinned_now" in request.fixturenames:
        yield
        return
    with pinned_at(MOMENTS[moment]):
        yield
