"""Size of the Linux packages, and start-up of the packaged app against running from source.

Why both in one run: the sizes say what a person downloads and installs; the start-up ratio
says whether the bundle costs anything over the development setup on the same machine at the
same moment (PyInstaller reads modules from one archive instead of many .pyc files, and
carries its own copies of Qt and Python). The packages are built with the real
``packaging/build-linux.sh``, and each start is a fresh process on a real X server (Xvfb),
timed from starting it to its first visible window with "kindspace" in the title, found with
``xdotool``. The two variants alternate which goes first, after one untimed warm-up each;
every start gets its own empty data folder, so each shows the same first-run window.

"Cold" here means a new process, not an empty disk cache: dropping the operating system's
cache needs root and slows every other program on the machine, so the files are warm for
both variants alike.

Run: ``python -m benchmarks.bench_package [--dist DIR] [--repeat N] [--display :N]``.
Without ``--dist`` the packages are built first, into a temporary folder (about 2 minutes).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import timing
from kindspace import __version__

REPO = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = REPO / "packaging" / "build-linux.sh"
DEFAULT_OUT = Path(__file__).resolve().parent / "out"
MB = 1_000_000
TARGET_BUNDLE_MB = 130.0
TARGET_DEB_MB = 45.0
TARGET_START_RATIO = 1.1
WINDOW_TIMEOUT_S = 30.0
POLL_S = 0.01


@dataclass
class Figure:
    """One measured figure, the target it is held to (None: for information) and samples."""

    name: str
    value: float
    unit: str
    target: float | None = None
    samples: list[float] = field(default_factory=list)

    @property
    def passed(self) -> bool | None:
        return None if self.target is None else self.value <= self.target

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "passed": self.passed}


@dataclass(frozen=True)
class Packages:
    bundle: Path
    deb: Path
    tarball: Path


def find_packages(dist: Path) -> Packages:
    """The bundle, .deb and .tar.gz that build-linux.sh left in ``dist``."""
    debs = sorted(dist.glob("kindspace_*.deb"))
    tarballs = sorted(dist.glob("kindspace-*-linux-*.tar.gz"))
    bundle = dist / "kindspace"
    if not (bundle / "kindspace").is_file() or len(debs) != 1 or len(tarballs) != 1:
        raise SystemExit(f"{dist} does not hold one bundle, one .deb and one .tar.gz")
    return Packages(bundle, debs[0], tarballs[0])


def build_packages(dist: Path, work: Path) -> float:
    """Run build-linux.sh into ``dist``; returns the seconds it took."""
    started = time.perf_counter()
    subprocess.run(
        [str(BUILD_SCRIPT), "--dist", str(dist), "--work", str(work), "--python", sys.executable],
        check=True,
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(work / "pyinstaller-cache")},
    )
    return time.perf_counter() - started


def unpacked_bytes(folder: Path) -> int:
    """The size of every file below ``folder`` (symbolic links not followed or counted)."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def visible_window(display: str, pid: int) -> bool:
    """Whether process ``pid`` has a visible (mapped) window with "kindspace" in its title."""
    found = subprocess.run(
        ["xdotool", "search", "--all", "--onlyvisible", "--pid", str(pid), "--name", "kindspace"],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        text=True,
        check=False,
    )
    return bool(found.stdout.split())


def time_to_window(command: Sequence[str], display: str, home: Path) -> float:
    """Seconds from starting ``command`` to its first visible kindspace window.

    Every per-user folder points into a fresh scratch folder below ``home``, so each start
    is a first run and nothing of the person's own settings is read or written.
    """
    with tempfile.TemporaryDirectory(prefix="start-", dir=home) as scratch:
        env = {
            **os.environ,
            "XDG_RUNTIME_DIR": os.environ.get("XDG_RUNTIME_DIR") or str(home / "runtime"),
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "KINDSPACE_DATA_DIR": str(Path(scratch) / "journal"),
        }
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[variable] = str(Path(scratch) / variable.lower())
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        try:
            while not visible_window(display, process.pid):
                if process.poll() is not None:
                    error = process.stderr.read().decode(errors="replace") if process.stderr else ""
                    raise RuntimeError(f"{command[0]} exited ({process.returncode}):\n{error}")
                if time.perf_counter() - started > WINDOW_TIMEOUT_S:
                    raise RuntimeError(f"{command[0]} showed no window in {WINDOW_TIMEOUT_S} s")
                time.sleep(POLL_S)
            return time.perf_counter() - started
        finally:
            process.terminate()
            try:
                process.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.communicate()


def compare_starts(variants: dict[str, Callable[[], float]], repeat: int) -> dict[str, list[float]]:
    """``repeat`` samples per variant after one warm-up each, taking turns at going first."""
    for measure in variants.values():
        measure()
    samples: dict[str, list[float]] = {name: [] for name in variants}
    order = list(variants.items())
    for index in range(repeat):
        for name, measure in order if index % 2 == 0 else reversed(order):
            samples[name].append(measure())
    return samples


@contextlib.contextmanager
def x_display(display: str | None) -> Iterator[str]:
    """The given display, or a private Xvfb, with one client kept connected throughout.

    Why the idle client: an X server resets itself whenever its last client leaves, and a
    program that connects during the reset is turned away, so back-to-back starts would fail
    now and then. ``xdotool sleep`` holds a connection open and does nothing else.
    """
    for tool, package in (("Xvfb", "xvfb"), ("xdotool", "xdotool")):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed (Debian/Ubuntu package: {package})")
    with contextlib.ExitStack() as stack:
        if not display:
            from tests.helpers.xvfb import running_xvfb

            display = stack.enter_context(running_xvfb())
        keeper = subprocess.Popen(
            ["xdotool", "sleep", "86400"], env={**os.environ, "DISPLAY": display}
        )
        stack.callback(keeper.wait)
        stack.callback(keeper.terminate)
        yield display


def run(args: argparse.Namespace) -> dict[str, Any]:
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="kindspace-bench-package-") as temp:
        home = Path(temp)
        (home / "runtime").mkdir(mode=0o700)  # Qt wants one; used when there is none
        dist = args.dist
        if dist is None:
            dist = home / "dist"
            seconds = build_packages(dist, home / "work")
            notes.append(f"built the packages in {seconds:.0f} s")
        packages = find_packages(dist)
        figures = [
            Figure(
                "bundle, unpacked", unpacked_bytes(packages.bundle) / MB, "MB", TARGET_BUNDLE_MB
            ),
            Figure(".deb", packages.deb.stat().st_size / MB, "MB", TARGET_DEB_MB),
            Figure(".tar.gz", packages.tarball.stat().st_size / MB, "MB"),
        ]
        with x_display(args.display) as display:
            samples = compare_starts(
                {
                    "packaged": lambda: time_to_window(
                        [str(packages.bundle / "kindspace")], display, home
                    ),
                    "source": lambda: time_to_window(
                        [sys.executable, "-m", "kindspace"], display, home
                    ),
                },
                args.repeat,
            )
    packaged, source = (statistics.median(samples[name]) for name in ("packaged", "source"))
    figures += [
        Figure("start to window, packaged", packaged, "s", samples=samples["packaged"]),
        Figure("start to window, from source", source, "s", samples=samples["source"]),
        Figure("start-up packaged / source", packaged / source, "×", TARGET_START_RATIO),
    ]
    return {
        "figures": figures,
        "notes": notes,
        "versions": {
            "kindspace": __version__,
            "python": platform.python_version(),
            "machine": platform.machine(),
            "system": platform.platform(),
        },
        "repeat": args.repeat,
        "packages": {"deb": packages.deb.name, "tarball": packages.tarball.name},
    }


def print_report(results: dict[str, Any]) -> None:
    print(", ".join(f"{key} {value}" for key, value in results["versions"].items()))
    print(f"{'figure':<32} {'value':>10} {'target':>10}  result")
    for figure in results["figures"]:
        target = "info" if figure.target is None else f"≤ {figure.target:g} {figure.unit}"
        result = {True: "pass", False: "FAIL", None: "–"}[figure.passed]
        value = (
            f"{figure.value:.3f} {figure.unit}" if figure.unit != "MB" else f"{figure.value:.1f} MB"
        )
        print(f"{figure.name:<32} {value:>10} {target:>10}  {result}")
    for note in results["notes"]:
        print(f"note: {note}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.bench_package",
        description="Size of the Linux packages and start-up of the packaged app vs source.",
    )
    parser.add_argument("--dist", type=Path, help="use the packages already built in DIR")
    parser.add_argument("--repeat", type=int, default=7, help="starts per variant (median)")
    parser.add_argument("--display", help="an X display to use instead of a private Xvfb")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for JSON results")
    args = parser.parse_args(argv)
    results = run(args)
    print_report(results)
    written = timing.write_json(
        {**results, "figures": [figure.to_json() for figure in results["figures"]]},
        args.out,
        "package",
    )
    print(f"results: {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
