"""Where a real start spends its time and memory before the calendar's marks are painted.

``bench_startup`` says how long a start takes; this says why. It starts the real program
the same way (private Xvfb and Secret Service, the synthetic journal, the test probe) three
times: once under ``python -X importtime`` (imports, slowest first), once under cProfile
and once plain, each stopped at the moment the probe records ``ready_at``. At that moment
the plain start reads its own ``/proc/self/smaps`` and sums resident memory by what is
mapped (anonymous memory, the Python heap, each shared library and font), so a cut can
be aimed at what is actually resident.

    python -m benchmarks.profile_startup [--entries 9500] [--top 30]
    python -m benchmarks.profile_startup --timeline 7

``--timeline N`` instead starts it N times and says when each step of the start was
reached (ms from launch): the window's imports, ``application()``, the controller built
and shown, the key's answer from the helper, the journal opened and attached, the marks
painted. Which step comes last before the marks is the one worth making shorter.

The profiled process runs :func:`run_until_ready` (``-m benchmarks.profile_startup --child
MODE``); nothing in the app knows it is being profiled.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "benchmarks" / "out"
TIMEOUT_S = 180


def resident_by_mapping() -> dict[str, int]:
    """Resident KiB of this process by mapping name (libraries by file name)."""
    totals: dict[str, int] = defaultdict(int)
    name = "[anon]"
    header = re.compile(r"^[0-9a-f]+-[0-9a-f]+ ")
    for line in Path("/proc/self/smaps").read_text().splitlines():
        if header.match(line):
            parts = line.split(maxsplit=5)
            name = Path(parts[5]).name if len(parts) > 5 else "[anon]"
        elif line.startswith("Rss:"):
            totals[name] += int(line.split()[1])
    return dict(totals)


#: The steps of a start, in the order a start takes them: (module, qualified name) of the
#: function whose return marks the step. Timeline mode records when each first returned,
#: or, for a name in ``ENTERED``, when it was first called.
MILESTONES = (
    ("kindspace.journal.key_read_ahead", "KeyReader.start"),
    ("kindspace.gui.app", "application"),
    ("kindspace.gui.controller", "AppController.__init__"),
    # The key's answer is in the app, whether it came before the window was shown (then it
    # is taken at once, inside ``start``) or a worker waited for it.
    ("kindspace.gui.controller", "AppController._continue_start"),
    ("kindspace.journal.journal", "open_unlocked"),
    ("kindspace.gui.controller", "AppController._attach"),
    ("kindspace.gui.controller", "AppController.start"),
)
ENTERED = {"AppController._continue_start"}


def step_name(qualified: str) -> str:
    return f"{qualified} (called)" if qualified in ENTERED else qualified


def _fully_loaded(name: str) -> bool:
    module = sys.modules.get(name)
    spec = getattr(module, "__spec__", None)
    return module is not None and not getattr(spec, "_initializing", False)


def _when_imported(callbacks: dict[str, Callable[[ModuleType], None]]) -> None:
    """Call each module's callback once it is fully imported, by whoever imports it.

    Never earlier: importing the app's modules here would move their cost ahead of the
    start and hide where it falls.
    """
    import builtins

    plain_import = builtins.__import__

    def importing(name: str, *args: Any, **kwargs: Any) -> Any:
        module = plain_import(name, *args, **kwargs)
        for loaded in [each for each in callbacks if _fully_loaded(each)]:
            callbacks.pop(loaded)(sys.modules[loaded])
        return module

    builtins.__import__ = importing


def _milestone_wrappers(times: dict[str, float]) -> dict[str, Callable[[ModuleType], None]]:
    """For each milestone's module: note its import, and wrap its functions so their first
    return is noted (``time.monotonic``, on any thread)."""
    import functools
    import time

    def wrap(module: ModuleType) -> None:
        times.setdefault(f"imported {module.__name__}", time.monotonic())
        for owner_name, qualified in MILESTONES:
            if owner_name != module.__name__:
                continue
            owner: Any = module
            *path, name = qualified.split(".")
            for part in path:
                owner = getattr(owner, part)
            original = getattr(owner, name)

            def noted(*args: Any, _run: Any = original, _step: str = qualified, **kw: Any) -> Any:
                if _step in ENTERED:
                    times.setdefault(step_name(_step), time.monotonic())
                result = _run(*args, **kw)
                times.setdefault(step_name(_step), time.monotonic())
                return result

            setattr(owner, name, functools.wraps(original)(noted))

    return {module: wrap for module, _ in MILESTONES}


def run_until_ready(mode: str, out: Path) -> None:
    """Start kindspace as ``python -m kindspace`` would; stop at ``ready_at`` (child side)."""
    import time

    times: dict[str, float] = {"interpreter up": time.monotonic()}
    profiler = cProfile.Profile() if mode == "profile" else None

    def stop_at_the_marks(probe: ModuleType) -> None:
        original = probe.StatusProbe._on_marks_painted

        def on_marks_painted(self: Any) -> None:
            original(self)
            if self._ready_at is None:
                return
            if profiler is not None:
                profiler.disable()
                profiler.dump_stats(str(out))
            elif mode == "timeline":
                times["marks painted"] = self._ready_at
                out.write_text(json.dumps(times))
            else:
                out.write_text(json.dumps(resident_by_mapping()))
            sys.stdout.flush()
            os._exit(0)

        probe.StatusProbe._on_marks_painted = on_marks_painted

    callbacks = _milestone_wrappers(times) if mode == "timeline" else {}
    callbacks["kindspace.gui.probe"] = stop_at_the_marks
    _when_imported(callbacks)
    from kindspace.cli import main

    sys.argv = ["kindspace"]
    if profiler is not None:
        profiler.enable()
    main()


def _start(mode: str, env: dict[str, str], data_dir: Path, base: Path) -> tuple[Path, str]:
    out = base / f"{mode}.out"
    out.unlink(missing_ok=True)
    flags = ["-X", "importtime"] if mode == "importtime" else []
    run_env = {
        **env,
        "PYTHONPATH": str(ROOT),
        "KINDSPACE_DATA_DIR": str(data_dir),
        "KINDSPACE_TEST_PROBE": str(base / "probe.json"),
    }
    done = subprocess.run(
        [sys.executable, *flags, "-m", "benchmarks.profile_startup", "--child", mode, str(out)],
        env=run_env, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT_S, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"the {mode} start failed: {done.stderr[-2000:]}")
    return out, done.stderr


def slowest_imports(stderr: str, top: int) -> list[tuple[int, int, str]]:
    """(cumulative µs, self µs, module) from ``-X importtime`` lines, slowest first."""
    rows = []
    for line in stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(.*)$", line)
        if match:
            rows.append((int(match[2]), int(match[1]), match[3].rstrip()))
    return sorted(rows, reverse=True)[:top]


def _print_timeline(env: dict[str, str], data_dir: Path, base: Path, starts: int) -> int:
    """Each step's median time from launch (just before the process starts) over ``starts``."""
    import statistics
    import time

    steps: dict[str, list[float]] = defaultdict(list)
    for _ in range(starts):
        launched = time.monotonic()
        out, _ = _start("timeline", env, data_dir, base)
        for step, at in json.loads(out.read_text()).items():
            steps[step].append((at - launched) * 1000)
    print(f"load: {os.getloadavg()}; {starts} starts; ms from launch (median, fastest)")
    for step, times in sorted(steps.items(), key=lambda item: statistics.median(item[1])):
        print(f"{statistics.median(times):8.1f} {min(times):8.1f}  {step}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=9500)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for JSON results")
    parser.add_argument(
        "--timeline", type=int, default=0, metavar="N",
        help="only time N starts step by step (ms from launch, medians)",
    )  # fmt: skip
    parser.add_argument("--child", nargs=2, metavar=("MODE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run_until_ready(args.child[0], Path(args.child[1]))
        return 1  # only reached when the app ended before it was ready
    from benchmarks.bench_startup import build_journal, system_parts
    from benchmarks.timing import write_json
    from kindspace.clock import system_clock

    results: dict[str, Any] = {"benchmark": "profile_startup", "entries": args.entries}
    with tempfile.TemporaryDirectory(prefix="kindspace-profile-start-") as temp:
        base = Path(temp)
        with system_parts(base) as env:
            data_dir = base / "journal"
            build_journal(data_dir, args.entries, system_clock().date())
            _start("plain", env, data_dir, base)  # warm-up: the file cache is warm for all
            if args.timeline:
                return _print_timeline(env, data_dir, base, args.timeline)
            _out, stderr = _start("importtime", env, data_dir, base)
            imports = slowest_imports(stderr, args.top)
            profile, _ = _start("profile", env, data_dir, base)
            text = io.StringIO()
            pstats.Stats(str(profile), stream=text).sort_stats("cumulative").print_stats(args.top)
            memory, _ = _start("plain", env, data_dir, base)
            resident = json.loads(memory.read_text())
    print(f"load: {os.getloadavg()}")
    print("slowest imports (cumulative ms, self ms):")
    for cumulative, own, module in imports:
        print(f"{cumulative / 1000:8.1f} {own / 1000:8.1f}  {module}")
    print(text.getvalue())
    total = sum(resident.values())
    print(f"resident at ready: {total / 1024:.1f} MiB; largest parts (MiB):")
    for name, kib in sorted(resident.items(), key=lambda item: -item[1])[: args.top]:
        print(f"{kib / 1024:8.1f}  {name}")
    results.update(imports=imports, resident_kib=resident, load=os.getloadavg())
    print(f"results: {write_json(results, args.out, 'profile-startup')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
